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
  const entry = (part: string): MessageEntry<void> => {
    const e = catalogue[`${code}.${part}`];
    if (!e) throw new Error(`catalogue has no ${code}.${part}`);
    return e as MessageEntry<void>;
  };
  // Entries are looked up now (a missing one fails as the rule is defined); the texts are filled in
  // when first read, and kept: a run reads them only for the rules it reports, and every rule is
  // defined as the check command starts.
  const titleEntry = entry('title');
  const whyEntry = entry('why');
  const fixEntry = entry('fix');
  let title: Localized | undefined;
  let why: Localized | undefined;
  let fix: Localized | undefined;
  return {
    code,
    slug,
    severity,
    category,
    get title() {
      title ??= say(titleEntry);
      return title;
    },
    get why() {
      why ??= say(whyEntry);
      return why;
    },
    get fix() {
      fix ??= say(fixEntry);
      return fix;
    },
    sources,
  };
}

export function defineRule(meta: RuleMeta, check: (ctx: CheckContext) => void): Rule {
  return { meta, check };
}
