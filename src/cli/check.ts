/**
 * `thanos-fleet check <files or folders…>`: find the mistakes that break a Prometheus-agent →
 * Thanos Receive fleet in fleet files and hand-written configs. Exit 0 clean, 1 findings at or above
 * --fail-on, 2 bad input (the other inputs are still reported).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { exitCodeOf, runCheck } from '../check/engine.js';
import { formatJson } from '../check/format/json.js';
import { formatSarif } from '../check/format/sarif.js';
import { formatText, useColor } from '../check/format/text.js';
import { CONFIG_FILE } from '../check/suppress.js';
import { DEFAULT_PROMETHEUS_VERSION } from '../fleet/defaults.js';
import type { Lang } from '../i18n/index.js';
import { checkMessages as m } from '../i18n/messages/check.js';
import { EXIT_BAD_INPUT, runCommand } from './run.js';

export const TOOL_VERSION = '0.1.0';

export interface CheckCliOptions {
  format: 'text' | 'json' | 'sarif';
  failOn: 'error' | 'warning';
  prometheusVersion: string;
  config?: string;
  showSuppressed?: boolean;
}

export interface CheckIo {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** The command body, separate from process exit so tests can call it. Resolves to the exit code. */
export async function checkCommand(
  paths: string[],
  opts: CheckCliOptions,
  lang: Lang,
  io: CheckIo,
): Promise<number> {
  if (!/^\d+\.\d+(\.\d+)?$/.test(opts.prometheusVersion)) {
    io.stderr.write(`${m.badVersion[lang]({ v: opts.prometheusVersion })}\n`);
    return EXIT_BAD_INPUT;
  }
  if (paths.length === 0) {
    io.stderr.write(`${m.noInputs[lang]()}\n`);
    return EXIT_BAD_INPUT;
  }
  const defaultConfig = resolve(io.cwd, CONFIG_FILE);
  const configFile = opts.config ?? (existsSync(defaultConfig) ? defaultConfig : undefined);
  const result = await runCheck({
    paths,
    options: { prometheusVersion: opts.prometheusVersion },
    ...(configFile ? { configFile } : {}),
  });
  // Inputs that could not be read or parsed: always on stderr too, whatever the report format.
  for (const f of result.findings)
    if (f.code === 'TF0001' || f.code === 'TF0002')
      io.stderr.write(`${f.loc.file}:${f.loc.line}:${f.loc.column}: ${f.message[lang]}\n`);
  if (opts.format === 'json') io.stdout.write(formatJson(result, lang, TOOL_VERSION));
  else if (opts.format === 'sarif') io.stdout.write(formatSarif(result, lang, TOOL_VERSION));
  else
    io.stdout.write(
      formatText(result, {
        lang,
        color: useColor(io.stdout, io.env),
        ...(opts.showSuppressed ? { showSuppressed: true } : {}),
      }),
    );
  return exitCodeOf(result, opts.failOn);
}

function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()));
}

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description(
      'Check fleet files, chart values, Ingress/Secret/Gateway manifests and Prometheus agent configs (files or folders)',
    )
    .argument('<inputs...>', 'files or folders (kinds are detected from content)')
    .addOption(
      new Option('-f, --format <format>', 'report format').choices(['text', 'json', 'sarif']).default('text'),
    )
    .addOption(
      new Option('--fail-on <level>', 'exit 1 when a finding is at or above this level')
        .choices(['error', 'warning'])
        .default('error'),
    )
    .option(
      '--prometheus-version <version>',
      'Prometheus version of agent configs without a `# thanos-fleet: prometheus-version=` hint',
      DEFAULT_PROMETHEUS_VERSION,
    )
    .option('--config <file>', `suppressions file (default: ./${CONFIG_FILE} when present)`)
    .option('--show-suppressed', 'also list suppressed findings in the text report')
    .action(async (inputs: string[], opts: CheckCliOptions, cmd: Command) =>
      runCommand(cmd, async (lang) => {
        const code = await checkCommand(inputs, opts, lang, {
          stdout: process.stdout,
          stderr: process.stderr,
          env: process.env,
          cwd: process.cwd(),
        });
        // runCommand ends the process, which drops whatever a pipe has not taken yet (a large
        // report piped to a slow reader): wait until both streams are flushed.
        await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
        return code;
      }),
    );
}
