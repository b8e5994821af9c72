/**
 * Plain networking.k8s.io/v1 Ingress objects, for clusters that install the charts with their own
 * ingresses disabled (`central.ingress.standaloneIngress: true`). Same annotations as the chart blocks;
 * the paths are exactly the policy's routes (no extra HTTP path on receive, unlike the chart).
 */
import type { IngressPolicy } from '../../../policy/model.js';
import type { Annotations } from './annotations.js';
import { perHostTls } from './tls.js';

export function standaloneIngress(
  p: IngressPolicy,
  namespace: string,
  className: string,
  annotations: Annotations,
): Record<string, unknown> {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: {
      name: p.name,
      namespace,
      labels: { 'app.kubernetes.io/managed-by': 'thanos-fleet' },
      annotations,
    },
    spec: {
      ingressClassName: className,
      tls: perHostTls(p.hosts),
      rules: p.hosts.map((host) => ({
        host,
        http: {
          paths: p.routes.map((r) => ({
            path: r.path,
            pathType: r.exact ? 'Exact' : 'Prefix',
            backend: { service: { name: r.service, port: { number: r.port } } },
          })),
        },
      })),
    },
  };
}
