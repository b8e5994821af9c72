import { say } from '../../i18n/index.js';
import { checkChartRules as t } from '../../i18n/messages/check-rules-chart.js';
import { defineRule, ruleMeta } from '../rule.js';
import { bool, get, getIn, pairOf, str } from '../yaml-nodes.js';

export const thanosImageRegistryNotAllowed = defineRule(
  ruleMeta(t, 'TF1202', 'thanos-image-registry-not-allowed', 'error', 'image', [
    'charts.md §1.11 (bitnami/common templates/_errors.tpl)',
  ]),
  (ctx) => {
    for (const v of ctx.ws.thanosValues) {
      const imagePair = pairOf(v.node, 'image');
      if (!imagePair) continue;
      const registry = str(get(imagePair.value, 'registry')) ?? 'docker.io';
      const repo = str(get(imagePair.value, 'repository')) ?? 'bitnami/thanos';
      const bitnami =
        /^(docker\.io\/)?bitnami(legacy)?\//.test(`${registry}/${repo}`) || repo.startsWith('bitnami');
      if (bitnami) continue;
      if (bool(getIn(v.node, ['global', 'security', 'allowInsecureImages'])) === true) continue;
      ctx.report({
        loc: v.doc.pos.of(imagePair),
        message: say(t['TF1202.msg'], { image: `${registry}/${repo}` }),
      });
    }
  },
);
