/** What every command shares: language, loading a fleet with exit-2 errors, printing. */
import type { Command } from 'commander';
import {
  FleetInputError,
  formatPath,
  type LoadedFleet,
  loadFleetFile,
  REFERENCE_FLEET_FILE,
} from '../fleet/load.js';
import { detectLang, type Lang } from '../i18n/index.js';
import { cliMessages } from '../i18n/messages/cli.js';
import { deriveFleetPolicy, PolicyError } from '../policy/derive.js';
import type { FleetPolicy } from '../policy/model.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_BAD_INPUT = 2;

export function langOf(cmd: Command): Lang {
  const opts = cmd.optsWithGlobals() as { lang?: string };
  return detectLang(opts.lang);
}

export interface FleetWithPolicy {
  loaded: LoadedFleet;
  policy: FleetPolicy;
  /** The fleet file given, or undefined for the built-in reference fleet. */
  file: string | undefined;
}

/** Load and validate a fleet file (or the built-in reference fleet) and derive its policy. */
export function loadFleetAndPolicy(file: string | undefined): FleetWithPolicy {
  const loaded = loadFleetFile(file ?? REFERENCE_FLEET_FILE);
  try {
    return { loaded, policy: deriveFleetPolicy(loaded.fleet), file };
  } catch (err) {
    if (err instanceof PolicyError) {
      throw new FleetInputError(
        err.problems.map((p) => ({
          ...p,
          file: loaded.file,
          field: formatPath(p.path),
          ...loaded.locate(p.path),
        })),
      );
    }
    throw err;
  }
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
    if (err instanceof FleetInputError) printInputErrors(err, lang);
    else process.stderr.write(`${cliMessages.unexpected[lang]({ detail: (err as Error).message })}\n`);
    process.exit(EXIT_BAD_INPUT);
  }
}
