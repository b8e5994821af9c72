/**
 * Cookie affinity on OSS nginx. ingress-nginx sets its own cookie and pins it in the Lua balancer;
 * `sticky` is NGINX Plus only ("unknown directive" in 1.22, ingress.md §8). The nearest OSS
 * equivalent: read the cookie, hash it with `hash … consistent` (nginx.org/r/hash), and when the
 * client has none yet, hash a fresh $request_id and hand it out as the cookie, so the next request
 * lands on the same server.
 */
import type { IngressPolicy } from '../../../policy/model.js';
import { type ConfWriter, componentId, quote, variable } from './syntax.js';

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * http-level maps. $cookie_<name> cannot be used: nginx variable names stop at "-" even in
 * braces (ngx_http_script.c), and the policy's cookie ("grafana-session") has one; so the Cookie
 * header is matched with a named capture instead.
 */
export function writeAffinityMaps(w: ConfWriter, p: IngressPolicy): void {
  const cookie = p.affinityCookie;
  if (!cookie) return;
  // PCRE2 caps capture names at 32 code units (nginx -t: "subpattern name is too long").
  const capture = `tf_${componentId(p)}_cookie`;
  const current = variable(p, 'affinity_cookie');
  w.block(`map $http_cookie ${current}`, () => {
    w.directive('default', quote(''));
    w.directive(quote(`~(?:^|;\\s*)${escapeRegex(cookie)}=(?<${capture}>[^;\\s]+)`), `$${capture}`);
  });
  w.block(`map ${current} ${variable(p, 'affinity_key')}`, () => {
    w.directive(quote(''), '$request_id');
    w.directive('default', current);
  });
  // Session cookie like ingress-nginx's default (no expiry, path /); Secure because only HTTPS proxies.
  w.block(`map ${current} ${variable(p, 'affinity_set')}`, () => {
    w.directive(quote(''), quote(`${cookie}=$request_id; Path=/; Secure; HttpOnly; SameSite=Lax`));
    w.directive('default', quote(''));
  });
}

/** Inside the upstream block, before keepalive (nginx.org/r/keepalive: balancer first). */
export function writeAffinityHash(w: ConfWriter, p: IngressPolicy): void {
  if (p.affinityCookie) w.directive('hash', variable(p, 'affinity_key'), 'consistent');
}

/** In the location: an empty value sends no header, so only cookie-less clients get one. */
export function writeAffinityCookie(w: ConfWriter, p: IngressPolicy): void {
  if (p.affinityCookie) w.directive('add_header', 'Set-Cookie', variable(p, 'affinity_set'));
}
