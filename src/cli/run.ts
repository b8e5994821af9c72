/**
 * Running a command: its language, exit codes, and bad input → exit 2. Kept apart from the fleet
 * loader (src/cli/common.ts) so that commands which read no fleet file (`check` on agent configs)
 * do not load it, its schema and zod at start-up.
 */
import type { Command } from 'commander';
import type { FleetInputError } from '../fleet/load.js';
import { detectLang, type Lang } from '../i18n/index.js';
import { cliMessages } from '../i18n/messages/cli.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_BAD_INPUT = 2;

export function langOf(cmd: Command): Lang {
  const opts = cmd.optsWithGlobals() as { lang?: string };
  return detectLang(opts.lang);
}

/** Print fleet-file problems (file:line:column field: message / fix) to stderr. */
export function printInputErrors(err: FleetInputError, lang: Lang): void {
  for (const p of err.problems) {
    process.stderr.write(`${p.file}:${p.line}:${p.column}: ${p.field}: ${p.message[lang]}\n`);
    if (p.hint) process.stderr.write(`  ${cliMessages.fix[lang]({ hint: p.hint[lang] })}\n`);
  }
  process.stderr.write(`${cliMessages.inputErrors[lang]({ count: err.problems.length })}\n`);
}

/** Run a command body; bad input → exit 2, anything unexpected → exit 2 with its message. */
export async function runCommand(
  cmd: Command,
  body: (lang: Lang) => Promise<number> | number,
): Promise<never> {
  let lang: Lang = 'en';
  try {
    lang = langOf(cmd);
    process.exit(await body(lang));
  } catch (err) {
    // Only a command that loaded a fleet file can get here with its problems: the loader is loaded.
    const { FleetInputError } = await import('../fleet/load.js');
    if (err instanceof FleetInputError) printInputErrors(err, lang);
    else process.stderr.write(`${cliMessages.unexpected[lang]({ detail: (err as Error).message })}\n`);
    process.exit(EXIT_BAD_INPUT);
  }
}
