/**
 * Help text in the user's language. Descriptions are registered in English and translated when the
 * help is laid out; commander's own words (headings, "(default: …)" and the like) come from the
 * catalogue through commander's Help hooks (configureHelp), on every command.
 */
import type { Command, HelpConfiguration } from 'commander';
import type { Lang } from '../i18n/index.js';
import { helpFrameMessages as f, helpKo } from '../i18n/messages/help.js';

/** Translations of the registered English descriptions, per language other than English. */
const DESCRIPTIONS: Readonly<Record<Exclude<Lang, 'en'>, Readonly<Record<string, string>>>> = { ko: helpKo };

/** Every description of a command tree (commands, options, arguments), for translation and its test. */
export function helpDescriptions(program: Command): string[] {
  const out: string[] = [];
  const walk = (c: Command) => {
    out.push(c.description(), c.summary());
    for (const o of c.options) out.push(o.description, o.defaultValueDescription ?? '');
    for (const a of c.registeredArguments) out.push(a.description, a.defaultValueDescription ?? '');
    c.commands.forEach(walk);
  };
  walk(program);
  return out.filter((d) => d !== '');
}

/**
 * Commander's Help, with every word in `lang`. Mirrors commander 14's Help.optionDescription and
 * argumentDescription (which notes they add, and when), with the notes' words from the catalogue.
 */
export function helpIn(lang: Lang): HelpConfiguration {
  const table = lang === 'en' ? undefined : DESCRIPTIONS[lang];
  const tr = (text: string) => table?.[text] ?? text;
  const titles = new Map(
    [f.usage, f.arguments, f.options, f.globalOptions, f.commands].map((e) => [e.en(), e[lang]()]),
  );
  const quoted = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');
  const shown = (value: unknown, description: string | undefined) =>
    description ? tr(description) : JSON.stringify(value);
  const withNotes = (description: string, notes: string[]) => {
    const text = tr(description);
    if (notes.length === 0) return text;
    const extra = `(${notes.join(', ')})`;
    return text ? `${text} ${extra}` : extra;
  };
  return {
    styleTitle: (title) => titles.get(title) ?? tr(title),
    commandDescription: (cmd) => tr(cmd.description()),
    subcommandDescription: (cmd) => tr(cmd.summary() || cmd.description()),
    optionDescription: (o) => {
      const notes: string[] = [];
      if (o.argChoices) notes.push(f.choices[lang]({ values: quoted(o.argChoices) }));
      // Like commander: a default is shown for options taking a value, and for booleans only when boolean.
      if (
        o.defaultValue !== undefined &&
        (o.required || o.optional || (o.isBoolean() && typeof o.defaultValue === 'boolean'))
      ) {
        notes.push(f.default[lang]({ value: shown(o.defaultValue, o.defaultValueDescription) }));
      }
      if (o.presetArg !== undefined && o.optional) {
        notes.push(f.preset[lang]({ value: JSON.stringify(o.presetArg) }));
      }
      if (o.envVar !== undefined) notes.push(f.env[lang]({ name: o.envVar }));
      return withNotes(o.description, notes);
    },
    argumentDescription: (a) => {
      const notes: string[] = [];
      if (a.argChoices) notes.push(f.choices[lang]({ values: quoted(a.argChoices) }));
      if (a.defaultValue !== undefined) {
        notes.push(f.default[lang]({ value: shown(a.defaultValue, a.defaultValueDescription) }));
      }
      return withNotes(a.description, notes);
    },
  };
}

/**
 * Lay out the help of every command of the tree in `lang`. Commander's built-in help option and help
 * command describe themselves as 'display help for command', translated like any description.
 */
export function localizeHelp(program: Command, lang: Lang): void {
  if (lang === 'en') return;
  const help = helpIn(lang);
  const walk = (c: Command) => {
    c.configureHelp({ ...c.configureHelp(), ...help });
    c.commands.forEach(walk);
  };
  walk(program);
}
