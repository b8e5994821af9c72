import { checkInputRules as t } from '../../i18n/messages/check-rules-input.js';
import { defineRule, ruleMeta } from '../rule.js';

export const inputUnreadable = defineRule(
  ruleMeta(t, 'TF0002', 'input-unreadable', 'error', 'input', []),
  (ctx) => {
    for (const e of ctx.ws.inputErrors)
      if (e.kind === 'unreadable') ctx.report({ loc: e.loc, message: e.message });
  },
);
