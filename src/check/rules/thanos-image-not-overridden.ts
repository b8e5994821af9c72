import { say } from '../../i18n/index.js';
import { checkChartRules as t } from '../../i18n/messages/check-rules-chart.js';
import { BITNAMI_DEFAULT_THANOS_IMAGE } from '../knowledge/charts.js';
import { defineRule, ruleMeta } from '../rule.js';
import { get, pairOf, str } from '../yaml-nodes.js';

/** Only full values files: a document with component blocks (not a lone snippet such as `receive.ingress`). */
export const thanosImageNotOverridden = defineRule(
  ruleMeta(t, 'TF1201', 'thanos-image-not-overridden', 'error', 'image', [
    'charts.md §1.11 (bitnami/charts#35164, #36343)',
  ]),
  (ctx) => {
    for (const v of ctx.ws.thanosValues) {
      if (v.prefix) continue;
      const image = get(v.node, 'image');
      const repo = str(get(image, 'repository'));
      const tag = str(get(image, 'tag'));
      const registry = str(get(image, 'registry'));
      const overridden = repo !== undefined || tag !== undefined || registry !== undefined;
      const componentBlocks = ['receive', 'query'].filter((k) => pairOf(v.node, k));
      // Snippets that only show one block are not whole values files; judge files that enable Receive.
      const isWholeFile =
        componentBlocks.length === 2 || pairOf(get(v.node, 'receive'), 'enabled') !== undefined;
      if (overridden || !isWholeFile) continue;
      ctx.report({
        loc: v.doc.pos.of(v.node),
        message: say(t['TF1201.msg'], { image: BITNAMI_DEFAULT_THANOS_IMAGE }),
      });
    }
  },
);
