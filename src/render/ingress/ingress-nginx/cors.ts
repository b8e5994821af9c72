/**
 * CORS: explicit origins only. With `cors-allow-origin: *` ingress-nginx sends `*` together with
 * `Access-Control-Allow-Credentials: true` (its default), which browsers refuse; the policy never
 * carries `*` with credentials (src/policy/derive.ts refuses it). `cors-allow-credentials` is written
 * even when true (the default) so the intent is visible. INX annotations.md via ingress.md §1.2.
 */
import type { IngressPolicy } from '../../../policy/model.js';
import { type Annotations, inx } from './annotations.js';

export function corsAnnotations(p: IngressPolicy): Annotations {
  const c = p.cors;
  if (!c) return {};
  return {
    [inx('enable-cors')]: 'true',
    [inx('cors-allow-origin')]: c.origins.join(', '),
    [inx('cors-allow-methods')]: c.methods.join(', '),
    [inx('cors-allow-headers')]: c.headers.join(', '),
    [inx('cors-allow-credentials')]: String(c.credentials),
    [inx('cors-max-age')]: String(c.maxAgeSeconds),
  };
}
