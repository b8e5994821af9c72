import { say } from '../../i18n/index.js';
import { checkIngressRules as t } from '../../i18n/messages/check-rules-ingress.js';
import { defineRule, ruleMeta } from '../rule.js';
import { busiestLabel, intValue, nginxAnnotation, remoteWriteIngresses, traffic } from '../views.js';

export const ingressConnectionsBelowShards = defineRule(
  ruleMeta(t, 'TF2201', 'ingress-connections-below-shards', 'error', 'limits', [
    'ingress.md §1.3, §7c (nginx limit_conn counts in-flight requests)',
    'src/policy/sizing.ts edgeConcurrency, fleetTraffic',
  ]),
  (ctx) => {
    for (const ing of remoteWriteIngresses(ctx.ws)) {
      const a = nginxAnnotation(ing, 'limit-connections');
      const limit = intValue(a?.value);
      if (!a || limit === undefined || limit === 0) continue;
      // The fleet's traffic only when there is a limit to compare it with.
      const need = traffic(ctx.ws).connectionsNeeded;
      if (limit < need)
        ctx.report({ loc: a.loc, message: say(t['TF2201.msg'], { limit, need, who: busiestLabel(ctx.ws) }) });
    }
  },
);
