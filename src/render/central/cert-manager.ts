/**
 * central/cluster-issuer.yaml: the ACME ClusterIssuer the exposed hosts get their certificates from.
 * The HTTP-01 solver answers through whatever carries the traffic: an Ingress of the controller's class
 * (ingress-nginx) or an HTTPRoute on the fleet's Gateway (gateway-api, ingress.md §3.2). The nginx
 * provider is a proxy outside Kubernetes, so there is no cert-manager there (README explains).
 */
import { centralMessages as m } from '../../i18n/messages/central.js';
import type { Artifact } from '../artifact.js';
import type { RenderContext } from '../context.js';
import { objectsFile } from '../yaml.js';

/** Secret (in cert-manager's namespace) holding the ACME account key. */
export function acmeAccountKeySecret(issuer: string): string {
  return `${issuer}-account-key`;
}

export function renderCertManager(ctx: RenderContext): Artifact[] {
  const { fleet, lang, provider } = ctx;
  if (provider === 'nginx' || ctx.policy.policies.length === 0) return [];
  const c = fleet.central;
  const cm = c.certManager;
  const ingress = c.ingress;
  const solver =
    provider === 'gateway-api'
      ? {
          http01: {
            gatewayHTTPRoute: {
              // No sectionName: the route attaches to every listener that admits it, including the
              // plain-HTTP one the ACME server connects to on port 80; listener names are the provider's.
              parentRefs: [
                {
                  group: 'gateway.networking.k8s.io',
                  kind: 'Gateway',
                  name: ingress.gatewayName,
                  namespace: c.namespace,
                },
              ],
            },
          },
        }
      : { http01: { ingress: { ingressClassName: ingress.className } } };
  const issuer = {
    apiVersion: 'cert-manager.io/v1',
    kind: 'ClusterIssuer',
    metadata: { name: cm.issuer },
    spec: {
      acme: {
        server: cm.server,
        email: cm.email,
        privateKeySecretRef: { name: acmeAccountKeySecret(cm.issuer) },
        solvers: [solver],
      },
    },
  };
  const why =
    provider === 'gateway-api'
      ? m.issuerGateway[lang]({ gateway: ingress.gatewayName, ns: c.namespace })
      : m.issuerIngress[lang]({ className: ingress.className });
  return [
    objectsFile('central/cluster-issuer.yaml', {
      list: [issuer],
      header: m.issuerHeader[lang]({ issuer: cm.issuer }),
      comments: [{ path: ['spec', 'acme', 'solvers'], text: why }],
    }),
  ];
}
