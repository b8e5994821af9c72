/**
 * Building rules: a rule's title, why and fix come from its family's catalogue under
 * `<code>.title`, `<code>.why`, `<code>.fix`, so every text exists in English and Korean.
 */
import { type Localized, type MessageEntry, say } from '../i18n/index.js';
import type { Category, CheckContext, Rule, RuleMeta, Severity } from './types.js';

// biome-ignore lint/suspicious/noExplicitAny: catalogues hold entries of any parameter shape
type Catalogue = Record<string, MessageEntry<any>>;

export function ruleMeta(
  catalogue: Catalogue,
  code: string,
  slug: string,
  severity: Severity,
  category: Category,
  sources: string[],
): RuleMeta {
  const text = (part: string): Localized => {
    const entry = catalogue[`${code}.${part}`];
    if (!entry) throw new Error(`catalogue has no ${code}.${part}`);
    return say(entry as MessageEntry<void>);
  };
  return {
    code,
    slug,
    severity,
    category,
    title: text('title'),
    why: text('why'),
    fix: text('fix'),
    sources,
  };
}

export function defineRule(meta: RuleMeta, check: (ctx: CheckContext) => void): Rule {
  return { meta, check };
}
