import { say } from '../../i18n/index.js';
import { checkChartRules as t } from '../../i18n/messages/check-rules-chart.js';
import { INTERNAL_COMPONENTS } from '../knowledge/charts.js';
import { defineRule, ruleMeta } from '../rule.js';
import { pairOf } from '../yaml-nodes.js';

export const internalComponentIngress = defineRule(
  ruleMeta(t, 'TF1401', 'internal-component-ingress', 'warning', 'exposure', [
    'guide table "컴포넌트별 Ingress 필요성"',
    'charts.md §1.9',
  ]),
  (ctx) => {
    for (const ing of ctx.ws.ingresses) {
      if (!ing.enabled || !ing.component || !INTERNAL_COMPONENTS.includes(ing.component)) continue;
      const loc = ing.origin === 'k8s' ? ing.loc : ing.doc.pos.of(pairOf(ing.node, 'enabled'), ing.loc);
      ctx.report({ loc, message: say(t['TF1401.msg'], { component: ing.component }) });
    }
  },
);
