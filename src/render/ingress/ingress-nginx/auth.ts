/**
 * Basic auth: `auth-type: basic` + `auth-secret` naming a Secret whose key `auth` holds htpasswd lines
 * (`auth-secret-type: auth-file`, the default). The Secret itself is rendered by the central renderer;
 * we only reference it by name, in the same namespace (cross-namespace Secrets are refused by default
 * since v1.12.0). INX annotations.md via ingress.md §1.2, §5.
 */
import type { IngressPolicy } from '../../../policy/model.js';
import { type Annotations, inx } from './annotations.js';

export function authAnnotations(p: IngressPolicy): Annotations {
  if (!p.auth) return {};
  return {
    [inx('auth-type')]: 'basic',
    [inx('auth-secret')]: p.auth.secretName,
    [inx('auth-realm')]: p.auth.realm,
  };
}
