import { say } from '../../i18n/index.js';
import { checkIngressRules as t } from '../../i18n/messages/check-rules-ingress.js';
import { MAX_EFFECTIVE_CONNECT_TIMEOUT } from '../knowledge/ingress-nginx.js';
import { defineRule, ruleMeta } from '../rule.js';
import { intValue, nginxAnnotation } from '../views.js';

export const ingressConnectTimeoutOver75s = defineRule(
  ruleMeta(t, 'TF2301', 'ingress-connect-timeout-over-75s', 'warning', 'timeouts', [
    'nginx.org/r/proxy_connect_timeout',
    'ingress.md §1.2, §7',
  ]),
  (ctx) => {
    for (const ing of ctx.ws.ingresses) {
      const a = nginxAnnotation(ing, 'proxy-connect-timeout');
      const v = intValue(a?.value);
      if (a && v !== undefined && v > MAX_EFFECTIVE_CONNECT_TIMEOUT)
        ctx.report({ loc: a.loc, message: say(t['TF2301.msg'], { value: v }) });
    }
  },
);
