import { say } from '../../i18n/index.js';
import { checkIngressRules as t } from '../../i18n/messages/check-rules-ingress.js';
import { defineRule, ruleMeta } from '../rule.js';
import { busiestLabel, intValue, nginxAnnotation, remoteWriteIngresses, traffic } from '../views.js';

export const ingressRateBelowFleet = defineRule(
  ruleMeta(t, 'TF2202', 'ingress-rate-below-fleet', 'warning', 'limits', [
    'ingress.md §1.3 (limit_req keyed by $binary_remote_addr)',
    'src/policy/sizing.ts fleetTraffic.rpsNeeded',
  ]),
  (ctx) => {
    const ingresses = remoteWriteIngresses(ctx.ws);
    // The fleet's traffic is computed only when there is an ingress to compare it with.
    if (ingresses.length === 0) return;
    const need = traffic(ctx.ws).rpsNeeded;
    for (const ing of ingresses) {
      const rpsA = nginxAnnotation(ing, 'limit-rps');
      const rpmA = nginxAnnotation(ing, 'limit-rpm');
      const a = rpsA ?? rpmA;
      const raw = intValue(a?.value);
      if (!a || raw === undefined || raw === 0) continue;
      const rps = rpsA ? raw : raw / 60;
      if (rps < need)
        ctx.report({
          loc: a.loc,
          message: say(t['TF2202.msg'], {
            rps: Math.round(rps * 100) / 100,
            need,
            who: busiestLabel(ctx.ws),
          }),
        });
    }
  },
);
