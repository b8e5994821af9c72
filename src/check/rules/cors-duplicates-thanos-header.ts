import { say } from '../../i18n/index.js';
import { checkIngressRules as t } from '../../i18n/messages/check-rules-ingress.js';
import { defineRule, ruleMeta } from '../rule.js';
import { nginxAnnotation } from '../views.js';
import { get, items, str } from '../yaml-nodes.js';

export const corsDuplicatesThanosHeader = defineRule(
  ruleMeta(t, 'TF3003', 'cors-duplicates-thanos-header', 'warning', 'cors', [
    'datapath.md §6 (Query/QFE send Access-Control-Allow-Origin: *; --web.disable-cors)',
  ]),
  (ctx) => {
    const disabled = ctx.ws.thanosValues.some((v) =>
      ['query', 'queryFrontend'].some((c) =>
        items(get(get(v.node, c), 'extraFlags')).some((f) => str(f)?.startsWith('--web.disable-cors')),
      ),
    );
    if (disabled) return;
    for (const ing of ctx.ws.ingresses) {
      if (ing.component !== 'query' && ing.component !== 'queryFrontend') continue;
      const a = nginxAnnotation(ing, 'enable-cors');
      if (a?.value === 'true')
        ctx.report({ loc: a.loc, message: say(t['TF3003.msg'], { ingress: ing.label }) });
    }
  },
);
