import { say } from '../../i18n/index.js';
import { checkChartRules as t } from '../../i18n/messages/check-rules-chart.js';
import { THANOS_INGRESS_EXTRA_KEYS, THANOS_INGRESS_KEYS } from '../knowledge/charts.js';
import { defineRule, ruleMeta } from '../rule.js';
import { entries } from '../yaml-nodes.js';

export const thanosIngressUnknownKey = defineRule(
  ruleMeta(t, 'TF1104', 'thanos-ingress-unknown-key', 'error', 'chart', [
    'charts.md §1.5 (bitnami/thanos values.yaml <component>.ingress)',
  ]),
  (ctx) => {
    for (const ing of ctx.ws.ingresses) {
      if (ing.origin !== 'thanos-values' || !ing.component) continue;
      const known = [...THANOS_INGRESS_KEYS, ...(THANOS_INGRESS_EXTRA_KEYS[ing.component] ?? [])];
      for (const [key, pair] of entries(ing.node)) {
        if (!known.includes(key))
          ctx.report({ loc: ing.doc.pos.of(pair), message: say(t['TF1104.msg'], { path: ing.label, key }) });
      }
    }
  },
);
