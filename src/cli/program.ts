/**
 * The thanos-fleet program: global options and the commands, each loaded only when it runs.
 * Exit codes everywhere: 0 clean, 1 findings/problems, 2 bad input.
 */
import { Command, Option } from 'commander';
import { detectLang, type Lang } from '../i18n/index.js';
import { commandName } from './command-name.js';

type Register = (program: Command) => void;

/**
 * Each command's module, loaded only when that command runs: loading every command costs ~0.5 s of
 * start-up, which dominates `check` on many small files (bench/check.mjs).
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  render: async () => (await import('./render.js')).registerRender,
  schema: async () => (await import('./schema.js')).registerSchema,
  init: async () => (await import('./init.js')).registerInit,
  providers: async () => (await import('./providers.js')).registerProviders,
  check: async () => (await import('./check.js')).registerCheck,
  sandbox: async () => (await import('./sandbox.js')).registerSandbox,
  doctor: async () => (await import('./doctor.js')).registerDoctor,
  edge: async () => (await import('./edge.js')).registerEdge,
  rotate: async () => (await import('./rotate.js')).registerRotate,
};

/** Language of the help text: --lang when valid, else LANG (an invalid --lang is reported by commander). */
function helpLang(argv: readonly string[]): Lang {
  const i = argv.indexOf('--lang');
  const flag = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  try {
    return detectLang(flag);
  } catch {
    return detectLang();
  }
}

export async function buildProgram(
  argv: readonly string[] = process.argv.slice(2),
  lang: Lang = helpLang(argv),
): Promise<Command> {
  const program = new Command('thanos-fleet')
    .description(
      'One fleet file → every artifact of a Prometheus-agent → Thanos Receive fleet; check, prove, diagnose.',
    )
    .version('0.1.0')
    .addOption(
      new Option('--lang <lang>', 'message language: ko or en (default from LANG)').choices(['ko', 'en']),
    )
    .showHelpAfterError()
    .exitOverride((err) => {
      // commander usage errors are bad input: exit 2, like every other bad input.
      process.exit(err.exitCode === 0 ? 0 : 2);
    });
  const name = commandName(argv);
  const wanted = name && name in COMMANDS ? [name] : Object.keys(COMMANDS);
  for (const register of await Promise.all(wanted.map((n) => COMMANDS[n]!()))) register(program);
  // English help is registered as written; other languages load their catalogue.
  if (lang !== 'en') (await import('./help.js')).localizeHelp(program, lang);
  return program;
}
