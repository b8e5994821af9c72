import { checkInputRules as t } from '../../i18n/messages/check-rules-input.js';
import { defineRule, ruleMeta } from '../rule.js';

export const inputUnparseable = defineRule(
  ruleMeta(t, 'TF0001', 'input-unparseable', 'error', 'input', ['YAML 1.2 (eemeli/yaml parser)']),
  (ctx) => {
    for (const e of ctx.ws.inputErrors)
      if (e.kind === 'unparseable') ctx.report({ loc: e.loc, message: e.message });
  },
);
