/**
 * CORS with stock nginx: no more_set_headers (headers-more is not in stock builds, ingress.md §8), so
 * an allowlist `map $http_origin` yields the origin to echo or "", and `add_header … always` with an
 * empty value sends nothing. Every CORS header hangs off that one map, so a foreign origin gets none.
 */
import type { CorsPolicy, IngressPolicy } from '../../../policy/model.js';
import { type ConfWriter, quote, variable } from './syntax.js';

/** Headers a backend may answer on its own; the proxy drops them (sandbox.md gotcha 3). */
export const BACKEND_CORS_HEADERS = [
  'Access-Control-Allow-Origin',
  'Access-Control-Allow-Methods',
  'Access-Control-Allow-Headers',
  'Access-Control-Allow-Credentials',
  'Access-Control-Expose-Headers',
  'Access-Control-Max-Age',
] as const;

/** [header, value, variable suffix] for every header that follows the origin. */
function corsHeaders(cors: CorsPolicy): [string, string, string][] {
  const h: [string, string, string][] = [
    ['Access-Control-Allow-Methods', cors.methods.join(', '), 'cors_methods'],
    ['Access-Control-Allow-Headers', cors.headers.join(', '), 'cors_headers'],
    ['Access-Control-Max-Age', String(cors.maxAgeSeconds), 'cors_max_age'],
  ];
  if (cors.credentials) h.push(['Access-Control-Allow-Credentials', 'true', 'cors_credentials']);
  return h;
}

/** http-level maps: origin allowlist, then each header's value only when the origin is allowed. */
export function writeCorsMaps(w: ConfWriter, p: IngressPolicy): void {
  const cors = p.cors;
  if (!cors) return;
  const origin = variable(p, 'cors_origin');
  w.block(`map $http_origin ${origin}`, () => {
    // "*" is only reachable without credentials (src/policy/derive.ts refuses * + credentials).
    w.directive('default', quote(cors.origins.includes('*') ? '*' : ''));
    for (const o of cors.origins.filter((x) => x !== '*')) w.directive(quote(o), '$http_origin');
  });
  for (const [, value, suffix] of corsHeaders(cors)) {
    w.block(`map ${origin} ${variable(p, suffix)}`, () => {
      w.directive(quote(''), quote(''));
      w.directive('default', quote(value));
    });
  }
}

/** Location-level headers. `always` so 401/403/503 answers carry them too and a browser can read them. */
export function writeCorsHeaders(w: ConfWriter, p: IngressPolicy): void {
  const cors = p.cors;
  if (!cors) return;
  w.directive('add_header', 'Access-Control-Allow-Origin', variable(p, 'cors_origin'), 'always');
  for (const [name, , suffix] of corsHeaders(cors))
    w.directive('add_header', name, variable(p, suffix), 'always');
  w.directive('add_header', 'Vary', 'Origin', 'always');
}
