import { checkInputRules as t } from '../../i18n/messages/check-rules-input.js';
import { defineRule, ruleMeta } from '../rule.js';

/** Reported by the engine while it applies suppressions (src/check/engine.ts). */
export const suppressionWithoutReason = defineRule(
  ruleMeta(t, 'TF0010', 'suppression-without-reason', 'warning', 'input', []),
  () => {},
);
