import { say } from '../../i18n/index.js';
import { checkIngressRules as t } from '../../i18n/messages/check-rules-ingress.js';
import { INGRESS_NGINX_DEFAULTS } from '../knowledge/ingress-nginx.js';
import { defineRule, ruleMeta } from '../rule.js';
import { intValue, nginxAnnotation, remoteWriteIngresses, traffic } from '../views.js';

/** nginx burst = rate × limit-burst-multiplier, nodelay (ingress.md §1.3). */
export const ingressBurstBelowWave = defineRule(
  ruleMeta(t, 'TF2203', 'ingress-burst-below-wave', 'warning', 'limits', [
    'ingress.md §1.3 (limit_req burst=N×mult nodelay)',
    'sandbox.md gotcha 7',
  ]),
  (ctx) => {
    const ingresses = remoteWriteIngresses(ctx.ws);
    // The fleet's traffic is computed only when there is an ingress to compare it with.
    if (ingresses.length === 0) return;
    const need = traffic(ctx.ws).connectionsNeeded;
    for (const ing of ingresses) {
      const a = nginxAnnotation(ing, 'limit-rps') ?? nginxAnnotation(ing, 'limit-rpm');
      const rate = intValue(a?.value);
      if (!a || rate === undefined || rate === 0) continue;
      const multA = nginxAnnotation(ing, 'limit-burst-multiplier');
      const mult = intValue(multA?.value) ?? INGRESS_NGINX_DEFAULTS.burstMultiplier;
      const burst = rate * mult;
      if (burst < need)
        ctx.report({ loc: multA?.loc ?? a.loc, message: say(t['TF2203.msg'], { burst, need }) });
    }
  },
);
