import { say } from '../../i18n/index.js';
import { checkIngressRules as t } from '../../i18n/messages/check-rules-ingress.js';
import { formatSize } from '../../policy/model.js';
import { INGRESS_NGINX_DEFAULTS } from '../knowledge/ingress-nginx.js';
import type { IngressView } from '../model.js';
import { defineRule, ruleMeta } from '../rule.js';
import type { Loc } from '../types.js';
import { nginxAnnotation, nginxAnnotations, remoteWriteIngresses, sizeBytes, traffic } from '../views.js';
import { get, getIn, pairOf, str } from '../yaml-nodes.js';

/** Is this chart/fragment ingress served by ingress-nginx (so its 1m default applies when unset)? */
function servedByIngressNginx(ing: IngressView): boolean {
  const cls = str(get(ing.node, 'ingressClassName')) ?? str(getIn(ing.node, ['spec', 'ingressClassName']));
  return nginxAnnotations(ing).length > 0 || (cls !== undefined && /nginx/.test(cls));
}

export const ingressBodySizeTooSmall = defineRule(
  ruleMeta(t, 'TF2101', 'ingress-body-size-too-small', 'error', 'data-loss', [
    'datapath.md §1.2 (413 is non-recoverable), §3 (~22 B/sample), §9 (proxy-body-size default 1m)',
    'src/policy/sizing.ts MAX_BYTES_PER_SAMPLE',
  ]),
  (ctx) => {
    const check = (limit: number | undefined, text: string, loc: Loc, implicit: boolean) => {
      if (limit === undefined || limit === 0) return;
      // The fleet's traffic only when there is a limit to compare it with.
      const need = traffic(ctx.ws).bodyBytesNeeded;
      if (limit >= need) return;
      const mps = Math.max(...ctx.ws.edges.map((e) => e.queue.maxSamplesPerSend));
      ctx.report({
        loc,
        message: say(t['TF2101.msg'], { limit: text, need: formatSize(need), mps, implicit }),
      });
    };
    for (const ing of remoteWriteIngresses(ctx.ws)) {
      const a = nginxAnnotation(ing, 'proxy-body-size');
      if (a) check(sizeBytes(a.value), a.value ?? '', a.loc, false);
      else if (servedByIngressNginx(ing)) {
        const d = INGRESS_NGINX_DEFAULTS.proxyBodySize;
        check(sizeBytes(d), d, ing.annotationsLoc, true);
      }
    }
    // Envoy Gateway BackendTrafficPolicy.spec.requestBuffer.limit; Traefik buffering.maxRequestBodyBytes
    // (ingress.md §3.3, §3.5).
    for (const d of ctx.ws.objects('BackendTrafficPolicy')) {
      const p = pairOf(getIn(d.root, ['spec', 'requestBuffer']), 'limit');
      const v = str(p?.value);
      if (p && v) check(sizeBytes(v), v, d.pos.of(p), false);
    }
    for (const d of ctx.ws.objects('Middleware')) {
      const p = pairOf(getIn(d.root, ['spec', 'buffering']), 'maxRequestBodyBytes');
      const v = str(p?.value);
      if (p && v) check(sizeBytes(v), v, d.pos.of(p), false);
    }
  },
);
