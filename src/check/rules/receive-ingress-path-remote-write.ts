import { RECEIVE_PATH } from '../../fleet/names.js';
import { say } from '../../i18n/index.js';
import { checkChartRules as t } from '../../i18n/messages/check-rules-chart.js';
import { defineRule, ruleMeta } from '../rule.js';
import { pairOf, str } from '../yaml-nodes.js';

export const receiveIngressPathRemoteWrite = defineRule(
  ruleMeta(t, 'TF1105', 'receive-ingress-path-remote-write', 'warning', 'chart', [
    'charts.md §1.6 (bitnami/thanos templates/receive/ingress.yaml)',
  ]),
  (ctx) => {
    for (const ing of ctx.ws.ingresses) {
      if (ing.origin !== 'thanos-values' || ing.component !== 'receive') continue;
      const p = pairOf(ing.node, 'path');
      if (p && str(p.value)?.startsWith(RECEIVE_PATH))
        ctx.report({ loc: ing.doc.pos.of(p), message: say(t['TF1105.msg']) });
    }
  },
);
