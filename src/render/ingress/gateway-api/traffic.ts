/**
 * BackendTrafficPolicy (EG api/v1alpha1 backendtrafficpolicy_types.go via ingress.md §3.3):
 *
 * - rateLimit: per client address needs `global` with `sourceCIDR {type: Distinct}` — local rate
 *   limits are per Envoy replica and do not support Distinct. Global needs Envoy's rate-limit service
 *   with Redis (a warning says so). One rule per address family, so IPv6 clients are counted too.
 *   Over-limit → 429. Fixed windows, no burst: `requests` = the policy's rps per Second.
 * - requestBuffer.limit: the body-size cap (413). Never on Grafana: with requestBuffer set the default
 *   websocket upgrade is dropped (EG httpUpgrade doc via ingress.md §3.3).
 * - timeout.tcp.connectTimeout: proxy-connect-timeout. timeout.http.streamIdleTimeout: the idle
 *   timeout (closest analogue of proxy-read/send-timeout); without it the listener's 5-minute stream
 *   idle timeout applies, which would cut an idle Grafana websocket or a query given more than 300 s.
 * - loadBalancer consistentHash Cookie: cookie affinity. `ttl: 0s` makes Envoy generate a session
 *   cookie when the client has none (Envoy route.proto RouteAction.HashPolicy.Cookie), as
 *   ingress-nginx's `affinity: cookie` does without session-cookie-expires.
 * - circuitBreaker: Envoy's defaults (1024 parallel/pending requests per backend and Envoy replica)
 *   would answer 503 once the whole fleet's remote-write concurrency exceeds them; raised only then.
 */
import type { Fleet } from '../../../fleet/defaults.js';
import type { IngressPolicy } from '../../../policy/model.js';
import { edgeConcurrency } from '../../../policy/sizing.js';
import { ENVOY_GATEWAY, metadata, type Obj, routeTarget, seconds } from './common.js';

/** Envoy circuit-breaker default (EG circuitBreaker.maxParallelRequests / maxPendingRequests default). */
export const ENVOY_CIRCUIT_BREAKER_DEFAULT = 1024;

/** bytes → Kubernetes quantity ("4Mi", "512Ki", or plain bytes). */
export function quantity(bytes: number): string {
  if (bytes % 1024 ** 3 === 0) return `${bytes / 1024 ** 3}Gi`;
  if (bytes % 1024 ** 2 === 0) return `${bytes / 1024 ** 2}Mi`;
  if (bytes % 1024 === 0) return `${bytes / 1024}Ki`;
  return String(bytes);
}

/** Remote-write requests the whole fleet can have in flight, with the policy's ×1.25 margin. */
export function fleetConcurrency(fleet: Fleet): number {
  return Math.ceil(fleet.edges.reduce((n, e) => n + edgeConcurrency(e), 0) * 1.25);
}

export function bodyLimitApplies(p: IngressPolicy): boolean {
  return !p.websockets;
}

export function backendTrafficPolicy(fleet: Fleet, p: IngressPolicy): Obj {
  const spec: Obj = { targetRefs: routeTarget(p.name) };
  if (p.rateLimit) {
    const limit = { requests: p.rateLimit.rps, unit: 'Second' };
    spec.rateLimit = {
      global: {
        rules: ['0.0.0.0/0', '::/0'].map((value) => ({
          clientSelectors: [{ sourceCIDR: { type: 'Distinct', value } }],
          limit,
        })),
      },
    };
  }
  if (bodyLimitApplies(p)) spec.requestBuffer = { limit: quantity(p.bodySizeBytes) };
  spec.timeout = {
    tcp: { connectTimeout: seconds(p.timeouts.connectSeconds) },
    http: { streamIdleTimeout: seconds(Math.max(p.timeouts.readSeconds, p.timeouts.sendSeconds)) },
  };
  if (p.affinityCookie) {
    spec.loadBalancer = {
      type: 'ConsistentHash',
      consistentHash: { type: 'Cookie', cookie: { name: p.affinityCookie, ttl: '0s' } },
    };
  }
  if (p.remoteWrite) {
    const need = fleetConcurrency(fleet);
    if (need > ENVOY_CIRCUIT_BREAKER_DEFAULT) {
      spec.circuitBreaker = { maxConnections: need, maxParallelRequests: need, maxPendingRequests: need };
    }
  }
  return {
    apiVersion: ENVOY_GATEWAY,
    kind: 'BackendTrafficPolicy',
    metadata: metadata(fleet, p.name),
    spec,
  };
}
