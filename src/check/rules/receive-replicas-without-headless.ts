import { say } from '../../i18n/index.js';
import { checkChartRules as t } from '../../i18n/messages/check-rules-chart.js';
import { defineRule, ruleMeta } from '../rule.js';
import { bool, get, getIn, num, pairOf } from '../yaml-nodes.js';

export const receiveReplicasWithoutHeadless = defineRule(
  ruleMeta(t, 'TF1301', 'receive-replicas-without-headless', 'error', 'receive', [
    'charts.md §1.8 (bitnami/thanos templates/_helpers.tpl thanos.receive.config)',
  ]),
  (ctx) => {
    for (const v of ctx.ws.thanosValues) {
      const receive = get(v.node, 'receive');
      const pair = pairOf(receive, 'replicaCount');
      const replicas = num(pair?.value) ?? 1;
      const rf = num(get(receive, 'replicationFactor')) ?? 1;
      if (replicas <= 1 && rf <= 1) continue;
      if (bool(getIn(receive, ['service', 'additionalHeadless'])) === true) continue;
      ctx.report({
        loc: v.doc.pos.of(pair ?? pairOf(receive, 'replicationFactor')),
        message: say(t['TF1301.msg'], { replicas }),
      });
    }
  },
);
