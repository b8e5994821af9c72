import { say } from '../../i18n/index.js';
import { checkInputRules as t } from '../../i18n/messages/check-rules-input.js';
import { INTERNAL_COMPONENTS } from '../knowledge/charts.js';
import { defineRule, ruleMeta } from '../rule.js';

export const fleetExposesInternal = defineRule(
  ruleMeta(t, 'TF1002', 'fleet-exposes-internal', 'warning', 'exposure', [
    'guide table "컴포넌트별 Ingress 필요성"',
    'charts.md §1.9',
  ]),
  (ctx) => {
    for (const f of ctx.ws.fleets) {
      if (!f.loaded) continue;
      for (const name of INTERNAL_COMPONENTS) {
        const c = f.loaded.fleet.components[name as 'compactor'];
        if (!c.exposed) continue;
        ctx.report({
          loc: { file: f.doc.file, ...f.loaded.locate(['central', 'components', name, 'expose']) },
          message: say(t['TF1002.msg'], { component: name }),
        });
      }
    }
  },
);
