import { say } from '../../i18n/index.js';
import { checkAgentRules as t } from '../../i18n/messages/check-rules-agent.js';
import { CERT_MANAGER_ANNOTATIONS } from '../knowledge/charts.js';
import { defineRule, ruleMeta } from '../rule.js';
import { get, items } from '../yaml-nodes.js';

export const ingressTlsWithoutCertificateSource = defineRule(
  ruleMeta(t, 'TF2601', 'ingress-tls-without-certificate-source', 'error', 'tls', [
    'charts.md §1.7 (bitnami/common templates/_ingress.tpl, templates/*/ingress.yaml)',
  ]),
  (ctx) => {
    for (const ing of ctx.ws.ingresses) {
      if (ing.origin !== 'thanos-values' && ing.origin !== 'fragment') continue;
      if (!ing.enabled || ing.tlsFlag?.value !== true) continue;
      const certManager = CERT_MANAGER_ANNOTATIONS.some((a) => ing.annotations.has(a));
      if (certManager || ing.selfSigned || items(get(ing.node, 'extraTls')).length > 0) continue;
      ctx.report({ loc: ing.tlsFlag.loc, message: say(t['TF2601.msg'], { ingress: ing.label }) });
    }
  },
);
