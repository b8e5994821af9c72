import { say } from '../../i18n/index.js';
import { checkIngressRules as t } from '../../i18n/messages/check-rules-ingress.js';
import { RESTATED_DEFAULTS } from '../knowledge/ingress-nginx.js';
import { defineRule, ruleMeta } from '../rule.js';
import { nginxAnnotations } from '../views.js';

export const ingressAnnotationRestatesDefault = defineRule(
  ruleMeta(t, 'TF2106', 'ingress-annotation-restates-default', 'info', 'annotation', [
    'ingress.md §1.2 (defaults), §7 "Further guide mistakes"',
  ]),
  (ctx) => {
    for (const ing of ctx.ws.ingresses)
      for (const [name, a] of nginxAnnotations(ing)) {
        const def = RESTATED_DEFAULTS[name];
        if (def !== undefined && a.value !== undefined && a.value.toLowerCase() === def.toLowerCase())
          ctx.report({ loc: a.loc, message: say(t['TF2106.msg'], { name, value: a.value }) });
      }
  },
);
