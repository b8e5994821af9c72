import { suggest } from '../../fleet/suggest.js';
import { say } from '../../i18n/index.js';
import { checkChartRules as t } from '../../i18n/messages/check-rules-chart.js';
import { THANOS_TOP_LEVEL_KEYS } from '../knowledge/charts.js';
import { defineRule, ruleMeta } from '../rule.js';
import { entries } from '../yaml-nodes.js';

// Reported by TF1101 instead; `thanos` marks an umbrella chart whose values are nested.
const HANDLED_ELSEWHERE = ['grafana', 'thanos'];
const ALIASES: Record<string, string> = {
  receiver: 'receive',
  store: 'storegateway',
  compact: 'compactor',
  rule: 'ruler',
  bucketWeb: 'bucketweb',
};

export const thanosUnknownTopLevelKey = defineRule(
  ruleMeta(t, 'TF1103', 'thanos-unknown-top-level-key', 'error', 'chart', [
    'charts.md §1.2 (bitnami/thanos values.yaml)',
  ]),
  (ctx) => {
    for (const v of ctx.ws.thanosValues) {
      if (entries(v.node).some(([k]) => k === 'thanos')) continue;
      for (const [key, pair] of entries(v.node)) {
        if (THANOS_TOP_LEVEL_KEYS.includes(key) || HANDLED_ELSEWHERE.includes(key)) continue;
        const suggestion = ALIASES[key] ?? suggest(key, THANOS_TOP_LEVEL_KEYS);
        ctx.report({
          loc: v.doc.pos.of(pair),
          message: say(t['TF1103.msg'], { key, ...(suggestion ? { suggestion } : {}) }),
        });
      }
    }
  },
);
