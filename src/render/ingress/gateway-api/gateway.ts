/**
 * The Gateway and the HTTP → HTTPS redirect.
 *
 * TLS: one HTTPS listener per host, TLS Terminate, certificateRefs = the host's own `<host>-tls` Secret
 * in the Gateway's namespace. cert-manager (with `enableGatewayAPI`) reads the `cert-manager.io/
 * cluster-issuer` annotation on the Gateway and issues one Certificate per distinct certificateRef, with
 * the hostnames of the listeners using it; it skips listeners without hostname, not Terminate, or with a
 * Secret in another namespace (CM gateway.md via ingress.md §3.2).
 *
 * Redirect: statusCode 301. 301 and 302 are Core in every Gateway API release; 303/307/308 only exist in
 * the CRDs from v1.5.0 (ingress.md §3.1), and a cluster whose CRDs are older would reject the whole
 * route. ingress-nginx answers 308; the difference only matters for a POST sent to http://, and every
 * URL thanos-fleet renders for clients is https (noted in the README differences).
 */
import type { Fleet } from '../../../fleet/defaults.js';
import { tlsSecretName } from '../../../fleet/names.js';
import type { FleetPolicy } from '../../../policy/model.js';
import { GATEWAY_API, HTTP_LISTENER, listenerNames, metadata, type Obj } from './common.js';

export const REDIRECT_STATUS = 301;

export function allHosts(policy: FleetPolicy): string[] {
  return policy.policies.flatMap((p) => p.hosts);
}

export function gateway(fleet: Fleet, policy: FleetPolicy): Obj {
  const hosts = allHosts(policy);
  const names = listenerNames(hosts);
  return {
    apiVersion: GATEWAY_API,
    kind: 'Gateway',
    metadata: metadata(fleet, fleet.central.ingress.gatewayName, {
      annotations: { 'cert-manager.io/cluster-issuer': policy.issuer },
    }),
    spec: {
      gatewayClassName: fleet.central.ingress.gatewayClassName,
      listeners: [
        // No hostname: answers every host on port 80 (redirect, and cert-manager's HTTP-01 solver
        // routes, whose Exact challenge path wins over the redirect's prefix match).
        { name: HTTP_LISTENER, protocol: 'HTTP', port: 80, allowedRoutes: { namespaces: { from: 'Same' } } },
        ...hosts.map((host) => ({
          name: names.get(host)!,
          hostname: host,
          protocol: 'HTTPS',
          port: 443,
          tls: { mode: 'Terminate', certificateRefs: [{ kind: 'Secret', name: tlsSecretName(host) }] },
          allowedRoutes: { namespaces: { from: 'Same' } },
        })),
      ],
    },
  };
}

/**
 * Bound to the HTTP listener only, without hostnames (so it never meets the 16-hostname limit of an
 * HTTPRoute): every plain-HTTP request is sent to https on the same host and path.
 */
export function redirectRoute(fleet: Fleet): Obj {
  const gw = fleet.central.ingress.gatewayName;
  return {
    apiVersion: GATEWAY_API,
    kind: 'HTTPRoute',
    metadata: metadata(fleet, `${gw}-https-redirect`),
    spec: {
      parentRefs: [{ name: gw, sectionName: HTTP_LISTENER }],
      rules: [
        {
          filters: [
            { type: 'RequestRedirect', requestRedirect: { scheme: 'https', statusCode: REDIRECT_STATUS } },
          ],
        },
      ],
    },
  };
}
