import { checkInputRules as t } from '../../i18n/messages/check-rules-input.js';
import { defineRule, ruleMeta } from '../rule.js';

/**
 * Overrides render would refuse (src/policy/derive.ts), so check and render never disagree: the policy
 * is derived when the fleet file is read (src/check/fleet-docs.ts).
 */
export const fleetPolicyRefused = defineRule(
  ruleMeta(t, 'TF1001', 'fleet-policy-refused', 'error', 'fleet', ['src/policy/derive.ts']),
  (ctx) => {
    for (const f of ctx.ws.fleets) {
      if (!f.loaded) continue;
      for (const p of f.policyProblems)
        ctx.report({
          loc: { file: f.doc.file, ...f.loaded.locate(p.path) },
          message: p.message,
          ...(p.hint ? { fix: p.hint } : {}),
        });
    }
  },
);
