import { say } from '../../i18n/index.js';
import { checkMessages as m } from '../../i18n/messages/check.js';
import { checkInputRules as t } from '../../i18n/messages/check-rules-input.js';
import { defineRule, ruleMeta } from '../rule.js';

export const inputUnrecognised = defineRule(
  ruleMeta(t, 'TF0003', 'input-unrecognised', 'info', 'input', []),
  (ctx) => {
    const docs = ctx.ws.docs;
    for (let i = 0; i < docs.length; i++) {
      const d = docs[i]!;
      if (d.kind === 'unknown') ctx.report({ loc: d.pos.of(d.root), message: say(m.unknownDoc) });
    }
  },
);
