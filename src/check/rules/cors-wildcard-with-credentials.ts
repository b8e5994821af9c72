import { say } from '../../i18n/index.js';
import { checkIngressRules as t } from '../../i18n/messages/check-rules-ingress.js';
import { defineRule, ruleMeta } from '../rule.js';
import { nginxAnnotation } from '../views.js';
import { bool, get, getIn, items, pairOf, str } from '../yaml-nodes.js';

export const corsWildcardWithCredentials = defineRule(
  ruleMeta(t, 'TF3002', 'cors-wildcard-with-credentials', 'error', 'cors', [
    'ingress.md §1.2 (cors-allow-origin default *, cors-allow-credentials default true), §3.1, §3.3',
  ]),
  (ctx) => {
    for (const ing of ctx.ws.ingresses) {
      const enable = nginxAnnotation(ing, 'enable-cors');
      if (enable?.value !== 'true') continue;
      const origin = nginxAnnotation(ing, 'cors-allow-origin');
      const creds = nginxAnnotation(ing, 'cors-allow-credentials');
      const wildcard = !origin || (origin.value ?? '*').split(',').some((o) => o.trim() === '*');
      if (wildcard && creds?.value !== 'false')
        ctx.report({ loc: origin?.loc ?? enable.loc, message: say(t['TF3002.msg']) });
    }
    // Envoy Gateway SecurityPolicy.spec.cors and Traefik headers middleware.
    for (const d of ctx.ws.objects('SecurityPolicy')) {
      const cors = getIn(d.root, ['spec', 'cors']);
      const star = items(get(cors, 'allowOrigins')).some((o) => str(o) === '*');
      if (star && bool(get(cors, 'allowCredentials')) === true)
        ctx.report({ loc: d.pos.of(pairOf(cors, 'allowOrigins')), message: say(t['TF3002.msg']) });
    }
    for (const d of ctx.ws.objects('Middleware')) {
      const h = getIn(d.root, ['spec', 'headers']);
      const star = items(get(h, 'accessControlAllowOriginList')).some((o) => str(o) === '*');
      if (star && bool(get(h, 'accessControlAllowCredentials')) === true)
        ctx.report({
          loc: d.pos.of(pairOf(h, 'accessControlAllowOriginList')),
          message: say(t['TF3002.msg']),
        });
    }
  },
);
