/**
 * What the charts accept. bitnami/thanos 17.6.0 values.yaml (charts.md §1.2, §1.5) and the
 * grafana-community grafana chart 12.11.1 (charts.md §2.1).
 */

/** bitnami/thanos top-level keys (charts.md §1.2). */
export const THANOS_TOP_LEVEL_KEYS = [
  'global',
  'kubeVersion',
  'nameOverride',
  'fullnameOverride',
  'commonLabels',
  'commonAnnotations',
  'clusterDomain',
  'extraDeploy',
  'image',
  'objstoreConfig',
  'indexCacheConfig',
  'bucketCacheConfig',
  'existingObjstoreSecret',
  'existingObjstoreSecretItems',
  'httpConfig',
  'existingHttpConfigSecret',
  'https',
  'auth',
  'query',
  'queryFrontend',
  'bucketweb',
  'compactor',
  'storegateway',
  'ruler',
  'receive',
  'receiveDistributor',
  'metrics',
  'volumePermissions',
  'minio',
];

/** Component keys, lower-cased for typo matching (storeGateway, bucketWeb …). */
export const THANOS_COMPONENT_KEYS = [
  'query',
  'queryfrontend',
  'bucketweb',
  'compactor',
  'storegateway',
  'ruler',
  'receive',
  'receivedistributor',
  'receiver',
  'store',
  'compact',
  'rule',
];

/** Keys of `<component>.ingress` in bitnami/thanos (charts.md §1.5). */
export const THANOS_INGRESS_KEYS = [
  'enabled',
  'hostname',
  'ingressClassName',
  'labels',
  'annotations',
  'extraHosts',
  'extraTls',
  'secrets',
  'extraRules',
  'tls',
  'selfSigned',
  'apiVersion',
  'path',
  'pathType',
];

/** Extra ingress keys of single components (charts.md §1.5). */
export const THANOS_INGRESS_EXTRA_KEYS: Record<string, string[]> = {
  query: ['secretName', 'grpc'],
  storegateway: ['grpc'],
  queryFrontend: ['overrideAlertQueryURL'],
};

/** Components whose chart block has an ingress (receiveDistributor has none, charts.md §1.5). */
export const THANOS_INGRESS_COMPONENTS = [
  'query',
  'queryFrontend',
  'receive',
  'storegateway',
  'compactor',
  'ruler',
  'bucketweb',
];

/** Components that only talk inside the cluster (guide's own table; charts.md §1.9). */
export const INTERNAL_COMPONENTS = ['compactor', 'storegateway', 'ruler'];

/** Keys of the grafana chart's `ingress` (charts.md §2.1). */
export const GRAFANA_INGRESS_KEYS = [
  'enabled',
  'ingressClassName',
  'annotations',
  'labels',
  'path',
  'pathType',
  'hosts',
  'extraPaths',
  'tls',
];

/** Annotations that make bitnami render a TLS entry with `tls: true` (charts.md §1.7). */
export const CERT_MANAGER_ANNOTATIONS = [
  'cert-manager.io/cluster-issuer',
  'cert-manager.io/issuer',
  'kubernetes.io/tls-acme',
];

/** bitnami's default image, gone since the 2025 catalog change (charts.md §1.11). */
export const BITNAMI_DEFAULT_THANOS_IMAGE = 'docker.io/bitnami/thanos:0.39.2-debian-12-r2';
