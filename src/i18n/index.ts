/**
 * One typed catalogue for every sentence a person reads. Each entry must carry both languages:
 * `defineMessages` rejects an entry without `ko` or `en` at type-check time.
 */
export type Lang = 'en' | 'ko';
export const LANGS: readonly Lang[] = ['en', 'ko'];

/** A sentence already filled in, in both languages (findings and errors carry both). */
export type Localized = Readonly<Record<Lang, string>>;

// biome-ignore lint/suspicious/noExplicitAny: catalogue entries take any parameter shape
type Template<P = any> = (p: P) => string;
export type MessageEntry<P = void> = { readonly en: Template<P>; readonly ko: Template<P> };

export function defineMessages<const T extends Record<string, { en: Template; ko: Template }>>(
  messages: T,
): T {
  return messages;
}

/** Fill a catalogue entry in both languages. */
export function say<E extends { en: Template; ko: Template }>(
  entry: E,
  ...params: Parameters<E['en']>
): Localized {
  const p = params[0];
  return { en: entry.en(p), ko: entry.ko(p) };
}

/** --lang wins, then LANG/LC_ALL/LC_MESSAGES (ko_KR.UTF-8 → ko), else English. */
export function detectLang(flag?: string, env: NodeJS.ProcessEnv = process.env): Lang {
  if (flag) {
    const l = flag.toLowerCase().slice(0, 2);
    if (l === 'ko' || l === 'en') return l;
    throw new Error(`--lang must be "ko" or "en", not "${flag}"`);
  }
  for (const v of [env.LC_ALL, env.LC_MESSAGES, env.LANG]) {
    if (v && v.length > 0) return v.toLowerCase().startsWith('ko') ? 'ko' : 'en';
  }
  return 'en';
}

/** Plain text in one language. */
export function inLang(text: Localized, lang: Lang): string {
  return text[lang];
}
