/**
 * Names, services and ports the charts create. Facts from bitnami/thanos 17.6.0 and grafana 12.11.1
 * (see ../shared/reference/charts.md §1.3–1.6, §2.1).
 */

// Zod-free, so what only needs the names (check, defaults) does not load the schema library.
export const API_VERSION = 'thanos-fleet.dev/v1alpha1';

export const componentNames = [
  'receive',
  'query',
  'queryFrontend',
  'storegateway',
  'compactor',
  'ruler',
  'bucketweb',
  'grafana',
] as const;
export type ComponentName = (typeof componentNames)[number];

/** bitnami common.names.fullname: the release if it already contains the chart name, else <release>-<chart>. */
export function chartFullname(release: string, chart: string): string {
  const r = release.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  return r.includes(chart) ? r : `${r}-${chart}`;
}

export interface ServicePort {
  /** Kubernetes Service name. */
  service: string;
  /** Service port number (not the container port: query's 10902 is exposed as 9090). */
  port: number;
  /** Service port name as the chart's Ingress references it. */
  portName: string;
}

const THANOS_SUFFIX: Record<Exclude<ComponentName, 'grafana'>, string> = {
  receive: 'receive',
  query: 'query',
  queryFrontend: 'query-frontend',
  storegateway: 'storegateway',
  compactor: 'compactor',
  ruler: 'ruler',
  bucketweb: 'bucketweb',
};

/** Main HTTP service of a component (charts.md §1.4 table, §2.1). */
export function componentHttpService(c: ComponentName, thanosFn: string, grafanaFn: string): ServicePort {
  if (c === 'grafana') return { service: grafanaFn, port: 80, portName: 'service' };
  const service = `${thanosFn}-${THANOS_SUFFIX[c]}`;
  if (c === 'receive') return { service, port: 10902, portName: 'http' };
  if (c === 'bucketweb') return { service, port: 8080, portName: 'http' };
  return { service, port: 9090, portName: 'http' };
}

/** Receive's remote-write port: Service `<fn>-receive` port `remote` 19291 (charts.md §1.6). */
export function receiveRemoteWriteService(thanosFn: string): ServicePort {
  return { service: `${thanosFn}-receive`, port: 19291, portName: 'remote' };
}

/** Default public host prefix per component. */
export const HOST_PREFIX: Record<ComponentName, string> = {
  receive: 'thanos-receive',
  query: 'thanos-query',
  queryFrontend: 'thanos-query-frontend',
  storegateway: 'thanos-storegateway',
  compactor: 'thanos-compactor',
  ruler: 'thanos-ruler',
  bucketweb: 'thanos-bucketweb',
  grafana: 'grafana',
};

/** Remote-write path on Thanos Receive (T pkg/receive/handler.go). */
export const RECEIVE_PATH = '/api/v1/receive';

/** Kubernetes TLS Secret name cert-manager creates for a host (bitnami: `<hostname>-tls`). */
export function tlsSecretName(host: string): string {
  return `${host}-tls`;
}
