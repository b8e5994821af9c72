import { say } from '../../i18n/index.js';
import { checkIngressRules as t } from '../../i18n/messages/check-rules-ingress.js';
import { defineRule, ruleMeta } from '../rule.js';
import { intValue, nginxAnnotation, remoteWriteIngresses, traffic } from '../views.js';

/**
 * The threshold is what render derives for the receive read timeout, max(60, remote_timeout + 30)
 * (src/policy/derive.ts), so rendered output never triggers it.
 */
export const ingressReadTimeoutBeyondRemoteTimeout = defineRule(
  ruleMeta(t, 'TF2304', 'ingress-read-timeout-beyond-remote-timeout', 'info', 'timeouts', [
    "datapath.md §1.3, §10c (context deadline exceeded = the agent's remote_timeout)",
  ]),
  (ctx) => {
    const ingresses = remoteWriteIngresses(ctx.ws);
    // The fleet's traffic is computed only when there is an ingress to compare it with.
    if (ingresses.length === 0) return;
    const remote = Math.ceil(traffic(ctx.ws).maxRemoteTimeoutSeconds);
    const derived = Math.max(60, remote + 30);
    for (const ing of ingresses) {
      const a = nginxAnnotation(ing, 'proxy-read-timeout');
      const v = intValue(a?.value);
      if (a && v !== undefined && v > derived)
        ctx.report({ loc: a.loc, message: say(t['TF2304.msg'], { read: v, remote }) });
    }
  },
);
