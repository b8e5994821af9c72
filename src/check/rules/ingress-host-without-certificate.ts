import { say } from '../../i18n/index.js';
import { checkAgentRules as t } from '../../i18n/messages/check-rules-agent.js';
import { defineRule, ruleMeta } from '../rule.js';

export const ingressHostWithoutCertificate = defineRule(
  ruleMeta(t, 'TF2602', 'ingress-host-without-certificate', 'warning', 'tls', [
    'ingress.md §1.5 (INX createServers; cert-manager ingress-shim)',
    'charts.md §1.6 (receive TLS hosts include extraHosts), §1.7',
  ]),
  (ctx) => {
    for (const ing of ctx.ws.ingresses) {
      if (!ing.enabled || ing.tlsHosts.size === 0) continue;
      for (const h of ing.hosts)
        if (!ing.tlsHosts.has(h.host.toLowerCase()))
          ctx.report({ loc: h.loc, message: say(t['TF2602.msg'], { host: h.host }) });
    }
  },
);
