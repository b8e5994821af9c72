import { say } from '../../i18n/index.js';
import { checkIngressRules as t } from '../../i18n/messages/check-rules-ingress.js';
import { defineRule, ruleMeta } from '../rule.js';
import { nginxAnnotation } from '../views.js';

export const corsUnneededWithProxyAccess = defineRule(
  ruleMeta(t, 'TF3001', 'cors-unneeded-with-proxy-access', 'warning', 'cors', [
    'datapath.md §7 (access: proxy; direct removed in Grafana 9.2, grafana/grafana#50162)',
  ]),
  (ctx) => {
    const ds = ctx.ws.datasources.filter((d) => d.type === undefined || d.type === 'prometheus');
    if (ds.length === 0 || ds.some((d) => d.access === 'direct')) return;
    for (const ing of ctx.ws.ingresses) {
      if (ing.component !== 'query' && ing.component !== 'queryFrontend') continue;
      const a = nginxAnnotation(ing, 'enable-cors');
      if (a?.value === 'true')
        ctx.report({ loc: a.loc, message: say(t['TF3001.msg'], { ingress: ing.label }) });
    }
  },
);
