/** Help text in the user's language: descriptions are registered in English and translated here. */
import type { Command } from 'commander';
import type { Lang } from '../i18n/index.js';
import { helpKo } from '../i18n/messages/help.js';

/** Every description of a command tree (commands, options, arguments), for translation and its test. */
export function helpDescriptions(program: Command): string[] {
  const out: string[] = [];
  const walk = (c: Command) => {
    out.push(c.description());
    for (const o of c.options) out.push(o.description);
    for (const a of c.registeredArguments) out.push(a.description);
    c.commands.forEach(walk);
  };
  walk(program);
  return out.filter((d) => d !== '');
}

export function localizeHelp(program: Command, lang: Lang): void {
  if (lang === 'en') return;
  const tr = (text: string) => helpKo[text] ?? text;
  const walk = (c: Command) => {
    c.description(tr(c.description()));
    for (const o of c.options) o.description = tr(o.description);
    for (const a of c.registeredArguments) a.description = tr(a.description);
    c.helpOption('-h, --help', tr('display help for command'));
    c.commands.forEach(walk);
  };
  walk(program);
  program.helpCommand('help [command]', tr('display help for command'));
}
