import { say } from '../../i18n/index.js';
import { checkIngressRules as t } from '../../i18n/messages/check-rules-ingress.js';
import { defineRule, ruleMeta } from '../rule.js';
import type { Loc } from '../types.js';
import { entries, get, getIn, num, pairOf, str } from '../yaml-nodes.js';

/**
 * Limiters that answer 429: Envoy Gateway BackendTrafficPolicy rateLimit, Traefik rateLimit /
 * inFlightReq, NGINX Gateway Fabric RateLimitPolicy rejectCode 429, an ingress-nginx controller
 * ConfigMap with limit-req/conn-status-code 429 (ingress.md §3.3–3.5, §7d).
 */
export const rateLimit429WithoutRetry = defineRule(
  ruleMeta(t, 'TF2401', 'rate-limit-429-without-retry', 'error', 'data-loss', [
    'datapath.md §1.2 (429 non-recoverable unless retry_on_http_429)',
    'ingress.md §3.3, §3.4, §3.5, §7d',
  ]),
  (ctx) => {
    const ws = ctx.ws;
    if (ws.edgesAssumed) return;
    const sources: { source: string; loc: Loc }[] = [];
    for (const d of ws.objects('BackendTrafficPolicy')) {
      const p = pairOf(get(d.root, 'spec'), 'rateLimit');
      if (p) sources.push({ source: `BackendTrafficPolicy ${d.name ?? ''}`.trim(), loc: d.pos.of(p) });
    }
    for (const d of ws.objects('Middleware')) {
      for (const key of ['rateLimit', 'inFlightReq']) {
        const p = pairOf(get(d.root, 'spec'), key);
        if (p) sources.push({ source: `Middleware ${d.name ?? ''} (${key})`, loc: d.pos.of(p) });
      }
    }
    for (const d of ws.objects('RateLimitPolicy')) {
      const p = pairOf(getIn(d.root, ['spec', 'rateLimit']), 'rejectCode');
      if (p && num(p.value) === 429)
        sources.push({ source: `RateLimitPolicy ${d.name ?? ''}`.trim(), loc: d.pos.of(p) });
    }
    for (const d of ws.objects('ConfigMap')) {
      for (const [key, p] of entries(get(d.root, 'data'))) {
        if ((key === 'limit-req-status-code' || key === 'limit-conn-status-code') && str(p.value) === '429')
          sources.push({ source: `ConfigMap ${d.name ?? ''} (${key})`, loc: d.pos.of(p) });
      }
    }
    // The edges are looked at only when some limiter answers 429: most runs have none.
    if (sources.length === 0) return;
    const dropping = ws.edges.filter((e) => !e.queue.retryOnHttp429);
    if (dropping.length === 0) return;
    const names = dropping.map((e) => e.name);
    const edges =
      names.length > 3 ? `${names.slice(0, 3).join(', ')} (+${names.length - 3})` : names.join(', ');
    for (const s of sources)
      ctx.report({ loc: s.loc, message: say(t['TF2401.msg'], { source: s.source, edges }) });
  },
);
