/** `thanos-fleet doctor`: diagnose a live fleet hop by hop (src/doctor). */
import { readFileSync } from 'node:fs';
import { type Command, Option } from 'commander';
import {
  type DoctorOptions,
  formatReport,
  healthy,
  type OutputFormat,
  parseResolve,
  runDoctor,
} from '../doctor/index.js';
import { durationSeconds } from '../fleet/defaults.js';
import { DURATION_RE } from '../fleet/schema.js';
import { readState, stateFileFor } from '../fleet/state.js';
import type { Lang } from '../i18n/index.js';
import { doctorMessages as m } from '../i18n/messages/doctor.js';
import { EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, loadFleetAndPolicy, runCommand } from './common.js';

interface DoctorFlags {
  state?: string;
  resolve: string[];
  cacert?: string;
  timeout: string;
  certWarnDays: string;
  certFailDays: string;
  writeProbe?: boolean;
  edge?: string;
  agentMetrics: string[];
  agentGap: string;
  concurrency: string;
  httpPort: string;
  output: OutputFormat;
}

const collect = (v: string, prev: string[]) => [...prev, v];

class BadInput extends Error {}

function durationMs(flag: string, value: string, lang: Lang): number {
  const ms = DURATION_RE.test(value) ? durationSeconds(value) * 1000 : Number.NaN;
  if (!(ms > 0)) throw new BadInput(m.badDuration[lang]({ flag, value }));
  return ms;
}

function wholeNumber(flag: string, value: string, lang: Lang, min = 0): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new BadInput(m.badNumber[lang]({ flag, value }));
  return n;
}

export function registerDoctor(program: Command): void {
  program
    .command('doctor')
    .description(
      'Diagnose a live fleet hop by hop: DNS, TCP, TLS, redirect, auth, write, query, CORS, agents',
    )
    .argument('[fleet]', 'fleet file (default: built-in reference fleet)')
    .option('--state <file>', 'state file with generated credentials (default: <fleet>.state.yaml)')
    .option(
      '--resolve <host:port:address>',
      'connect to ADDRESS for HOST:PORT, like curl (repeatable)',
      collect,
      [],
    )
    .option('--cacert <file>', 'trust this CA bundle instead of the system roots, like curl')
    .option('--timeout <duration>', 'deadline per request', '5s')
    .option('--cert-warn-days <days>', 'warn when a certificate expires within this many days', '21')
    .option('--cert-fail-days <days>', 'fail when a certificate expires within this many days', '7')
    .option('--write-probe', 'send one real sample per edge and read it back through Query')
    .option('--edge <regex>', 'only edges whose name matches')
    .option('--agent-metrics <edge=url>', "an agent's /metrics URL (repeatable)", collect, [])
    .option('--agent-gap <duration>', 'time between the two agent scrapes', '3s')
    .option('--concurrency <n>', 'hosts probed at once', '8')
    .option(
      '--http-port <port>',
      'plain-HTTP port for the redirect check (pair with --resolve HOST:PORT:ADDRESS)',
      '80',
    )
    .addOption(
      new Option('-o, --output <format>', 'output format').choices(['text', 'json', 'short']).default('text'),
    )
    .action(async (fleetFile: string | undefined, flags: DoctorFlags, cmd: Command) =>
      runCommand(cmd, async (lang) => {
        let opts: DoctorOptions;
        const { loaded, policy } = loadFleetAndPolicy(fleetFile);
        try {
          opts = buildOptions(
            flags,
            fleetFile,
            loaded.fleet.edges.map((e) => e.name),
            lang,
          );
        } catch (err) {
          if (!(err instanceof BadInput)) throw err;
          process.stderr.write(`${err.message}\n`);
          return EXIT_BAD_INPUT;
        }
        const report = await runDoctor(loaded.fleet, policy, opts);
        process.stdout.write(formatReport(report, flags.output, lang));
        return healthy(report.results) ? EXIT_OK : EXIT_FINDINGS;
      }),
    );
}

export function buildOptions(
  flags: DoctorFlags,
  fleetFile: string | undefined,
  edgeNames: string[],
  lang: Lang,
): DoctorOptions {
  const resolve = flags.resolve.map((v) => {
    const r = parseResolve(v);
    if (!r) throw new BadInput(m.badResolve[lang]({ value: v }));
    return r;
  });
  const agentMetrics: Record<string, string> = {};
  for (const v of flags.agentMetrics) {
    const i = v.indexOf('=');
    const edge = v.slice(0, i);
    const url = v.slice(i + 1);
    let okUrl = false;
    try {
      okUrl = /^https?:$/.test(new URL(url).protocol);
    } catch {
      okUrl = false;
    }
    if (i <= 0 || !okUrl || !edgeNames.includes(edge))
      throw new BadInput(m.badAgentMetrics[lang]({ value: v }));
    agentMetrics[edge] = url;
  }
  let edgeFilter: RegExp | undefined;
  if (flags.edge !== undefined) {
    try {
      edgeFilter = new RegExp(flags.edge);
    } catch (err) {
      throw new BadInput(m.badRegex[lang]({ value: flags.edge, detail: (err as Error).message }));
    }
    if (!edgeNames.some((e) => edgeFilter!.test(e)))
      throw new BadInput(m.noEdgeMatches[lang]({ value: flags.edge }));
  }
  let ca: string[] | undefined;
  if (flags.cacert) {
    try {
      const pem = readFileSync(flags.cacert, 'utf8');
      if (!pem.includes('-----BEGIN CERTIFICATE-----')) throw new Error('no PEM certificate');
      ca = [pem];
    } catch (err) {
      throw new BadInput(m.badCacert[lang]({ file: flags.cacert, detail: (err as Error).message }));
    }
  }
  const stateFile = flags.state ?? stateFileFor(fleetFile);
  let state: DoctorOptions['state'];
  try {
    state = readState(stateFile);
  } catch (err) {
    throw new BadInput(m.badState[lang]({ file: stateFile, detail: (err as Error).message }));
  }
  const certWarnDays = wholeNumber('--cert-warn-days', flags.certWarnDays, lang);
  const certFailDays = wholeNumber('--cert-fail-days', flags.certFailDays, lang);
  return {
    resolve,
    ...(ca ? { ca } : {}),
    ...(flags.cacert ? { caFile: flags.cacert } : {}),
    timeoutMs: durationMs('--timeout', flags.timeout, lang),
    certWarnDays: Math.max(certWarnDays, certFailDays),
    certFailDays,
    writeProbe: flags.writeProbe === true,
    ...(edgeFilter ? { edgeFilter } : {}),
    agentMetrics,
    agentGapMs: durationMs('--agent-gap', flags.agentGap, lang),
    concurrency: wholeNumber('--concurrency', flags.concurrency, lang, 1),
    httpPort: wholeNumber('--http-port', flags.httpPort, lang, 1),
    stateFile,
    ...(state ? { state } : {}),
  };
}
