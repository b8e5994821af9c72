/**
 * Body size, timeouts, allowlist and cookie affinity.
 *
 * - Timeouts are unitless integer seconds: the template appends `s`; a value such as "600s" fails
 *   validation and the parser silently falls back to the defaults 5/60/60 (INX proxy/main.go via
 *   ingress.md §1.2, §7).
 * - `proxy-body-size` takes an nginx size (`^\d+[bkmg]?$`); over-limit answers 413.
 * - `allowlist-source-range` is the primary name since v1.9.0 (`whitelist-source-range` is its alias).
 * - Affinity is `cookie` only, implemented in the Lua balancer.
 * - Websockets need nothing: every location proxies Upgrade/Connection over HTTP/1.1 by default
 *   (INX miscellaneous.md, nginx.tmpl); `websocket-services` is not an ingress-nginx annotation.
 */
import { formatSize, type IngressPolicy } from '../../../policy/model.js';
import { type Annotations, inx } from './annotations.js';

export function proxyAnnotations(p: IngressPolicy): Annotations {
  const out: Annotations = {
    [inx('proxy-body-size')]: formatSize(p.bodySizeBytes),
    [inx('proxy-connect-timeout')]: String(Math.trunc(p.timeouts.connectSeconds)),
    [inx('proxy-send-timeout')]: String(Math.trunc(p.timeouts.sendSeconds)),
    [inx('proxy-read-timeout')]: String(Math.trunc(p.timeouts.readSeconds)),
  };
  if (p.allowlist && p.allowlist.length > 0) out[inx('allowlist-source-range')] = p.allowlist.join(',');
  if (p.affinityCookie) {
    out[inx('affinity')] = 'cookie';
    out[inx('session-cookie-name')] = p.affinityCookie;
  }
  return out;
}
