import { checkInputRules as t } from '../../i18n/messages/check-rules-input.js';
import { defineRule, ruleMeta } from '../rule.js';

/** The fleet loader's own problems (src/fleet/load.ts), with its positions. */
export const fleetInvalid = defineRule(
  ruleMeta(t, 'TF1000', 'fleet-invalid', 'error', 'fleet', ['src/fleet/load.ts', 'src/fleet/validate.ts']),
  (ctx) => {
    for (const { error } of ctx.ws.fleetErrors)
      for (const p of error.problems)
        ctx.report({
          loc: { file: p.file, line: p.line, column: p.column },
          message: p.message,
          ...(p.hint ? { fix: p.hint } : {}),
        });
  },
);
