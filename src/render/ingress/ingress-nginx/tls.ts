/**
 * TLS for ingress-nginx: cert-manager's ingress-shim issues one Certificate per `spec.tls[]` entry,
 * named after its secretName, with that entry's hosts as dnsNames (CM ingress.md via ingress.md §1.5).
 * A host that is in the rules but in no TLS entry is served with the controller's self-signed default
 * certificate and without HTTPS redirect, so every host must be listed in some entry.
 */
import { tlsSecretName } from '../../../fleet/names.js';
import type { IngressPolicy } from '../../../policy/model.js';
import { type Annotations, inx } from './annotations.js';

export interface TlsEntry {
  hosts: string[];
  secretName: string;
}

/**
 * The issuer annotation must sit on the Ingress itself: the bitnami chart renders its `tls:` entry
 * only when `<c>.ingress.annotations` carry a cert-manager annotation (charts.md §1.7; commonAnnotations
 * do not count). `ssl-redirect` restates the controller default (ConfigMap `ssl-redirect: true`, 308)
 * so the redirect does not depend on the cluster's ConfigMap (INX annotations.md via ingress.md §1.2).
 */
export function tlsAnnotations(p: IngressPolicy): Annotations {
  return {
    'cert-manager.io/cluster-issuer': p.tls.issuer,
    [inx('ssl-redirect')]: 'true',
  };
}

/** One entry per host, each with the host's own `<host>-tls` Secret (as the Gateway API provider). */
export function perHostTls(hosts: string[]): TlsEntry[] {
  return hosts.map((h) => ({ hosts: [h], secretName: tlsSecretName(h) }));
}
