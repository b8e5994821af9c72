import { say } from '../../i18n/index.js';
import { checkChartRules as t } from '../../i18n/messages/check-rules-chart.js';
import { defineRule, ruleMeta } from '../rule.js';
import { bool, get, getIn, pairOf, str } from '../yaml-nodes.js';

export const receiveAutoscalingStandalone = defineRule(
  ruleMeta(t, 'TF1302', 'receive-autoscaling-standalone', 'error', 'receive', [
    'charts.md §1.1 (bitnami/thanos templates/_helpers.tpl thanos.validateValues)',
  ]),
  (ctx) => {
    for (const v of ctx.ws.thanosValues) {
      const receive = get(v.node, 'receive');
      const mode = str(get(receive, 'mode')) ?? 'standalone';
      if (mode !== 'standalone' || bool(getIn(receive, ['autoscaling', 'enabled'])) !== true) continue;
      ctx.report({
        loc: v.doc.pos.of(pairOf(get(receive, 'autoscaling'), 'enabled')),
        message: say(t['TF1302.msg']),
      });
    }
  },
);
