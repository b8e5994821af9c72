import { say } from '../../i18n/index.js';
import { checkIngressRules as t } from '../../i18n/messages/check-rules-ingress.js';
import { INGRESS_NGINX_DEFAULTS } from '../knowledge/ingress-nginx.js';
import { defineRule, ruleMeta } from '../rule.js';
import { intValue, nginxAnnotation, nginxAnnotations, remoteWriteIngresses, traffic } from '../views.js';

export const ingressReadTimeoutBelowRemoteTimeout = defineRule(
  ruleMeta(t, 'TF2303', 'ingress-read-timeout-below-remote-timeout', 'warning', 'timeouts', [
    'datapath.md §1.3 (remote_timeout per attempt), §10c',
    'src/policy/derive.ts receivePolicy',
  ]),
  (ctx) => {
    const ingresses = remoteWriteIngresses(ctx.ws);
    // The fleet's traffic is computed only when there is an ingress to compare it with.
    if (ingresses.length === 0) return;
    const remote = Math.ceil(traffic(ctx.ws).maxRemoteTimeoutSeconds);
    for (const ing of ingresses)
      for (const name of ['proxy-read-timeout', 'proxy-send-timeout']) {
        const a = nginxAnnotation(ing, name);
        const v = intValue(a?.value);
        if (a && v !== undefined && v <= remote)
          ctx.report({ loc: a.loc, message: say(t['TF2303.msg'], { read: v, remote }) });
        // Unset on an ingress-nginx ingress: the default 60 s applies (datapath.md §9).
        if (
          !a &&
          name === 'proxy-read-timeout' &&
          nginxAnnotations(ing).length > 0 &&
          INGRESS_NGINX_DEFAULTS.readTimeout <= remote
        )
          ctx.report({
            loc: ing.annotationsLoc,
            message: say(t['TF2303.msg'], { read: INGRESS_NGINX_DEFAULTS.readTimeout, remote }),
          });
      }
  },
);
