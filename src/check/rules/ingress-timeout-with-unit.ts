import { say } from '../../i18n/index.js';
import { checkIngressRules as t } from '../../i18n/messages/check-rules-ingress.js';
import { TIMEOUT_ANNOTATIONS } from '../knowledge/ingress-nginx.js';
import { defineRule, ruleMeta } from '../rule.js';
import { intValue, nginxAnnotation } from '../views.js';

export const ingressTimeoutWithUnit = defineRule(
  ruleMeta(t, 'TF2302', 'ingress-timeout-with-unit', 'error', 'timeouts', [
    'ingress.md §1.2 (validator = Atoi; proxy Parse ignores the error), §7',
  ]),
  (ctx) => {
    for (const ing of ctx.ws.ingresses)
      for (const [name, def] of Object.entries(TIMEOUT_ANNOTATIONS)) {
        const a = nginxAnnotation(ing, name);
        if (a && intValue(a.value) === undefined)
          ctx.report({ loc: a.loc, message: say(t['TF2302.msg'], { name, value: a.value ?? '', def }) });
      }
  },
);
