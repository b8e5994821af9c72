/** Names in the GitOps layout: DNS-1123 object names, file names and apply order. */
import { hash as digest } from 'node:crypto';

const DNS1123_LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const ALREADY = new Set<string>();

/**
 * A DNS-1123 label (lower-case a-z, 0-9, '-', ≤ `max` characters, alphanumeric at both ends). A
 * shortened name ends in a hash of the full one, so two long names never collapse into one.
 */
export function dns1123(name: string, max = 63): string {
  // Most names already are one (edge names are validated as such), and the same few (kinds, object
  // names) recur in every edge's folder: remembered as such, else one test instead of four rewrites.
  if (ALREADY.has(name) && name.length <= max) return name;
  if (name.length <= max && DNS1123_LABEL.test(name)) {
    if (ALREADY.size < 10_000) ALREADY.add(name);
    return name;
  }
  let s = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s === '') s = 'x';
  if (s.length <= max) return s;
  const hash = digest('sha256', name, 'hex').slice(0, 8);
  return `${s.slice(0, max - 9).replace(/-+$/, '')}-${hash}`;
}

/**
 * Apply order by kind: Argo CD sync wave and file-name prefix. Namespaces and CRDs first, then what
 * other objects reference (issuers, Secrets, ConfigMaps, RBAC, Helm repositories), then certificates
 * and gateways, then workloads and releases, then routes and policies that point at their Services.
 */
const WAVES: Record<string, number> = {
  Namespace: 0,
  CustomResourceDefinition: 0,
  ClusterIssuer: 1,
  Issuer: 1,
  Secret: 1,
  ExternalSecret: 1,
  ConfigMap: 1,
  ServiceAccount: 1,
  ClusterRole: 1,
  ClusterRoleBinding: 1,
  Role: 1,
  RoleBinding: 1,
  GitRepository: 1,
  HelmRepository: 1,
  Certificate: 2,
  GatewayClass: 2,
  EnvoyProxy: 2,
  Gateway: 2,
  Kustomization: 2,
  Service: 3,
  Deployment: 3,
  StatefulSet: 3,
  DaemonSet: 3,
  HelmRelease: 3,
  PrometheusAgent: 3,
  Ingress: 4,
  HTTPRoute: 4,
  ReferenceGrant: 4,
  Middleware: 4,
  SecurityPolicy: 4,
  BackendTrafficPolicy: 4,
  ClientTrafficPolicy: 4,
};
export const DEFAULT_WAVE = 3;

export function waveOf(kind: string): number {
  return WAVES[kind] ?? DEFAULT_WAVE;
}

/** `10-secret-thanos-receive-auth.yaml`: wave ×10, kind and name, all DNS-1123. */
export function objectFileName(wave: number, kind: string, name: string): string {
  return `${String(wave * 10).padStart(2, '0')}-${dns1123(kind)}-${dns1123(name, 200)}.yaml`;
}
