import { checkInputRules as t } from '../../i18n/messages/check-rules-input.js';
import { deriveFleetPolicy, PolicyError } from '../../policy/derive.js';
import { defineRule, ruleMeta } from '../rule.js';

/** Overrides render would refuse (src/policy/derive.ts), so check and render never disagree. */
export const fleetPolicyRefused = defineRule(
  ruleMeta(t, 'TF1001', 'fleet-policy-refused', 'error', 'fleet', ['src/policy/derive.ts']),
  (ctx) => {
    for (const f of ctx.ws.fleets) {
      if (!f.loaded) continue;
      try {
        deriveFleetPolicy(f.loaded.fleet);
      } catch (err) {
        if (!(err instanceof PolicyError)) throw err;
        for (const p of err.problems)
          ctx.report({
            loc: { file: f.doc.file, ...f.loaded.locate(p.path) },
            message: p.message,
            ...(p.hint ? { fix: p.hint } : {}),
          });
      }
    }
  },
);
