import { say } from '../../i18n/index.js';
import { checkChartRules as t } from '../../i18n/messages/check-rules-chart.js';
import { defineRule, ruleMeta } from '../rule.js';
import { pairOf } from '../yaml-nodes.js';

export const thanosValuesGrafanaBlock = defineRule(
  ruleMeta(t, 'TF1101', 'thanos-values-grafana-block', 'error', 'chart', [
    'charts.md §1.2, §3b (bitnami/thanos Chart.yaml, values.yaml)',
  ]),
  (ctx) => {
    for (const v of ctx.ws.thanosValues) {
      const pair = pairOf(v.node, 'grafana');
      // An umbrella chart with both charts as dependencies has a `thanos:` key too; then it is fine.
      if (pair && !pairOf(v.node, 'thanos'))
        ctx.report({ loc: v.doc.pos.of(pair), message: say(t['TF1101.msg']) });
    }
  },
);
