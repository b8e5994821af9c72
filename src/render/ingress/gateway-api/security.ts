/**
 * SecurityPolicy (EG api/v1alpha1 securitypolicy_types.go via ingress.md §3.3):
 * - basicAuth.users → the Secret the central renderer writes for this provider: key `.htpasswd`,
 *   `{SHA}` hashes only ("only SHA hash algorithm is supported"), same namespace.
 * - cors → Envoy answers preflights; explicit origins, never `*` with credentials; maxAge is a Duration.
 * - authorization → allowlist: defaultAction Deny, one Allow rule on principal.clientCIDRs (403).
 */
import type { Fleet } from '../../../fleet/defaults.js';
import type { IngressPolicy } from '../../../policy/model.js';
import { ENVOY_GATEWAY, metadata, type Obj, routeTarget, seconds } from './common.js';

export function securityPolicy(fleet: Fleet, p: IngressPolicy): Obj | undefined {
  const spec: Obj = {};
  if (p.auth) spec.basicAuth = { users: { name: p.auth.secretName } };
  if (p.cors) {
    spec.cors = {
      allowOrigins: [...p.cors.origins],
      allowMethods: [...p.cors.methods],
      allowHeaders: [...p.cors.headers],
      allowCredentials: p.cors.credentials,
      maxAge: seconds(p.cors.maxAgeSeconds),
    };
  }
  if (p.allowlist && p.allowlist.length > 0) {
    spec.authorization = {
      defaultAction: 'Deny',
      rules: [{ name: 'allowlist', action: 'Allow', principal: { clientCIDRs: [...p.allowlist] } }],
    };
  }
  if (Object.keys(spec).length === 0) return undefined;
  return {
    apiVersion: ENVOY_GATEWAY,
    kind: 'SecurityPolicy',
    metadata: metadata(fleet, p.name),
    spec: { targetRefs: routeTarget(p.name), ...spec },
  };
}
