/**
 * The `<component>.ingress` block of bitnami/thanos 17.6.0 and the `ingress` block of grafana 12.11.1,
 * with the charts' quirks (../shared/reference/charts.md §1.5–1.7, §2.1):
 *
 * - `tls: true` renders a TLS entry `<hostname>-tls` for `hostname` only when a cert-manager annotation
 *   is in `<c>.ingress.annotations` (tlsAnnotations puts it there); extra hosts are in no TLS entry
 *   (and so get the controller's self-signed certificate) unless listed in `extraTls`.
 * - receive's TLS entry lists `hostname` and every `extraHosts[].name`, so it needs no `extraTls`.
 * - queryFrontend's TLS entry is named `<fullname>-query-frontend`, not `<hostname>-tls`, and `ruler`
 *   has no `tls` key in values.yaml: for both the main host goes into `extraTls` instead, so each host
 *   has its own `<host>-tls` Secret as with the Gateway API provider (receive's extra hosts excepted:
 *   the chart puts them into the main host's certificate).
 * - receive's Ingress hard-codes `/api/v1/receive` → port `remote` (19291) and adds `receive.ingress.path`
 *   → port `http` (10902), both with `receive.ingress.pathType`; extra hosts get one path each, to
 *   `portName` (default `http`).
 * - grafana: `hosts` is a list of strings, `tls` a list of {secretName, hosts} passed through as is.
 */
import { RECEIVE_PATH } from '../../../fleet/names.js';
import type { IngressPolicy } from '../../../policy/model.js';
import type { Annotations } from './annotations.js';
import { perHostTls, type TlsEntry } from './tls.js';

/** The HTTP path the receive chart adds beside remote write: readiness only (Thanos serves /-/ready). */
export const RECEIVE_HTTP_PATH = '/-/ready';

/** Components whose chart names the hostname's TLS Secret `<hostname>-tls` under `tls: true`. */
const TLS_TRUE_NAMES_HOST_SECRET = new Set(['query', 'receive', 'storegateway', 'compactor', 'bucketweb']);

function pathType(p: IngressPolicy): 'Exact' | 'Prefix' {
  return p.routes.every((r) => r.exact) ? 'Exact' : 'Prefix';
}

export function thanosChartIngress(
  p: IngressPolicy,
  className: string,
  annotations: Annotations,
): Record<string, unknown> {
  const [host, ...extra] = p.hosts as [string, ...string[]];
  const tlsTrue = TLS_TRUE_NAMES_HOST_SECRET.has(p.component);
  const block: Record<string, unknown> = {
    enabled: true,
    hostname: host,
    ingressClassName: className,
    annotations,
  };
  if (p.component === 'receive') {
    // Exact for both paths: remote write is exactly /api/v1/receive, and the chart's second (HTTP)
    // path exposes nothing but readiness.
    Object.assign(block, {
      tls: true,
      path: RECEIVE_HTTP_PATH,
      pathType: 'Exact',
      extraHosts: extra.map((name) => ({ name, path: RECEIVE_PATH, pathType: 'Exact', portName: 'remote' })),
      extraTls: [],
    });
    return block;
  }
  const route = p.routes[0]!;
  const extraTls: TlsEntry[] = perHostTls(tlsTrue ? extra : p.hosts);
  if (p.component !== 'ruler') block.tls = tlsTrue;
  Object.assign(block, {
    path: route.path,
    pathType: pathType(p),
    extraHosts: extra.map((name) => ({ name, path: route.path, pathType: pathType(p) })),
    extraTls,
  });
  return block;
}

export function grafanaChartIngress(
  p: IngressPolicy,
  className: string,
  annotations: Annotations,
): Record<string, unknown> {
  return {
    enabled: true,
    // A documented (commented-out) key of grafana values.yaml, read by templates/ingress.yaml.
    ingressClassName: className,
    annotations,
    path: p.routes[0]!.path,
    pathType: pathType(p),
    hosts: [...p.hosts],
    tls: perHostTls(p.hosts),
  };
}

/**
 * The TLS entries the thanos chart renders from a block (charts.md §1.7), for tests and checks:
 * `tls: true` + cert-manager annotation → `<hostname>-tls` (queryFrontend: `<fullname>-query-frontend`)
 * over the hostname (receive: plus every extra host), then every `extraTls` entry.
 */
export function thanosChartTlsEntries(
  component: string,
  block: Record<string, unknown>,
  thanosFullname: string,
): TlsEntry[] {
  const out: TlsEntry[] = [];
  const annotations = (block.annotations ?? {}) as Annotations;
  const certManager = [
    'cert-manager.io/cluster-issuer',
    'cert-manager.io/issuer',
    'kubernetes.io/tls-acme',
  ].some((k) => k in annotations);
  const hostname = block.hostname as string;
  if (block.tls === true && (certManager || block.selfSigned === true) && hostname) {
    const extraHosts = ((block.extraHosts ?? []) as { name: string }[]).map((h) => h.name);
    out.push({
      hosts: component === 'receive' ? [hostname, ...extraHosts] : [hostname],
      secretName:
        component === 'queryFrontend'
          ? `${thanosFullname}-query-frontend`
          : component === 'query' && block.secretName
            ? (block.secretName as string)
            : `${hostname}-tls`,
    });
  }
  out.push(...((block.extraTls ?? []) as TlsEntry[]));
  return out;
}
