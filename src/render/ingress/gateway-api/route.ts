/**
 * One HTTPRoute per exposed component, attached to the HTTPS listeners of its hosts.
 *
 * - backendRefs: the policy's routes, i.e. the Service and port the charts create (receive: only
 *   `/api/v1/receive`, Exact, → `<fn>-receive` port 19291, charts.md §1.6).
 * - timeouts.request: Envoy's route timeout defaults to 15 s when none is set (EG
 *   tasks/traffic/http-timeouts.md via ingress.md §3.1), which would cut long Thanos queries. Gateway API
 *   `request` is a whole-request deadline (standard since v1.2.0); it gets the policy's read timeout,
 *   which the policy defines as that deadline for Gateway API (src/policy/model.ts Timeouts).
 * - HSTS: ingress-nginx adds `Strict-Transport-Security: max-age=31536000; includeSubDomains` to every
 *   TLS host by default (ConfigMap `hsts`, ingress.md §1.2); a ResponseHeaderModifier keeps that.
 */
import type { Fleet } from '../../../fleet/defaults.js';
import type { IngressPolicy } from '../../../policy/model.js';
import { GATEWAY_API, metadata, type Obj, seconds } from './common.js';

export const HSTS = 'max-age=31536000; includeSubDomains';

/** The whole-request deadline of a policy's routes, in seconds. */
export function requestTimeoutSeconds(p: IngressPolicy): number {
  return Math.max(p.timeouts.readSeconds, p.timeouts.sendSeconds);
}

export function httpRoute(fleet: Fleet, p: IngressPolicy, listeners: Map<string, string>): Obj {
  const gw = fleet.central.ingress.gatewayName;
  return {
    apiVersion: GATEWAY_API,
    kind: 'HTTPRoute',
    metadata: metadata(fleet, p.name),
    spec: {
      parentRefs: p.hosts.map((h) => ({ name: gw, sectionName: listeners.get(h)! })),
      hostnames: [...p.hosts],
      rules: p.routes.map((r) => ({
        matches: [{ path: { type: r.exact ? 'Exact' : 'PathPrefix', value: r.path } }],
        filters: [
          {
            type: 'ResponseHeaderModifier',
            responseHeaderModifier: { set: [{ name: 'Strict-Transport-Security', value: HSTS }] },
          },
        ],
        backendRefs: [{ name: r.service, port: r.port }],
        timeouts: { request: seconds(requestTimeoutSeconds(p)) },
      })),
    },
  };
}
