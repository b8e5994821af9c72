/**
 * `thanos-fleet sandbox [FLEET]`: prove the rendered fleet's data path on this machine with real
 * Prometheus agents, nginx and a receiver; `--fault` shows one troubleshooting case's symptom,
 * `--duration` soaks; `sandbox stop <dir>` stops one left running with --keep.
 */
import { type Command, Option } from 'commander';
import { durationSeconds } from '../fleet/defaults.js';
import type { Lang } from '../i18n/index.js';
import { sandboxMessages as m } from '../i18n/messages/sandbox.js';
import {
  FAULT_NAMES,
  type FaultName,
  type FaultResult,
  type Progress,
  type Sandbox,
  startSandbox,
  ToolsMissingError,
} from '../sandbox/index.js';
import { stopAllManaged } from '../sandbox/process.js';
import { type Proof, runProof } from '../sandbox/proof.js';
import { buildReport, renderText } from '../sandbox/report.js';
import { usage } from '../sandbox/resources.js';
import { type SoakResult, soak } from '../sandbox/soak.js';
import { stopSandboxDir } from '../sandbox/stop.js';
import { checkTools, type ToolProblem } from '../sandbox/tools.js';
import { EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, loadFleetAndPolicy, runCommand } from './common.js';

interface SandboxOpts {
  edges?: string;
  keep?: boolean;
  format: 'text' | 'json';
  fault?: FaultName;
  duration?: string;
  dir?: string;
}

export function printToolProblems(problems: ToolProblem[], lang: Lang): void {
  for (const p of problems) {
    process.stderr.write(
      `${p.kind === 'missing' ? m.toolMissing[lang](p) : m.toolOld[lang]({ ...p, found: p.found ?? '?' })}\n`,
    );
  }
  process.stderr.write(`${m.nothingStarted[lang]()}\n`);
}

function progressPrinter(lang: Lang, live: boolean, edges: number): (p: Progress) => void {
  return (p) => {
    if (!live) return;
    const text =
      p.phase === 'pki'
        ? m.phasePki[lang]()
        : p.phase === 'receiver'
          ? m.phaseReceiver[lang]()
          : p.phase === 'ingress'
            ? m.phaseIngress[lang]()
            : p.phase === 'agents'
              ? m.phaseAgents[lang]({ n: edges })
              : p.edge
                ? m.phaseEdgeGreen[lang]({ edge: p.edge })
                : m.phaseGreen[lang]();
    process.stderr.write(`  ${(p.ms / 1000).toFixed(1).padStart(5)} s  ${text}\n`);
  };
}

async function runSandbox(fleetFile: string | undefined, opts: SandboxOpts, lang: Lang): Promise<number> {
  // 1. Tools before anything else: missing or old → say which and how to install, exit 2.
  const tools = checkTools();
  if (!tools.tools) {
    printToolProblems(tools.problems, lang);
    return EXIT_BAD_INPUT;
  }
  const edges = opts.edges === undefined ? undefined : Number(opts.edges);
  if (edges !== undefined && (!Number.isInteger(edges) || edges < 1 || edges > 500)) {
    process.stderr.write('--edges: 1..500\n');
    return EXIT_BAD_INPUT;
  }
  const seconds = opts.duration ? durationSeconds(opts.duration) : undefined;
  if (opts.duration && !seconds) {
    process.stderr.write('--duration: e.g. 60s, 5m\n');
    return EXIT_BAD_INPUT;
  }
  // 2. The fleet file's own errors are reported with their positions (exit 2) before anything starts.
  const { loaded } = loadFleetAndPolicy(fleetFile);
  const live = opts.format === 'text' && process.stderr.isTTY === true;

  let sb: Sandbox | undefined;
  let interrupted = false;
  const onSigint = () => {
    if (interrupted) return;
    interrupted = true;
    process.stderr.write(`\n${m.interrupted[lang]()}\n`);
    // Ordered stop when the sandbox is up; otherwise every process started so far, by pid.
    void (sb ? sb.stop() : stopAllManaged()).finally(() => process.exit(130));
  };
  process.on('SIGINT', onSigint);
  process.on('SIGTERM', onSigint);
  try {
    sb = await startSandbox({
      ...(fleetFile ? { fleetFile } : {}),
      ...(edges ? { edges } : {}),
      ...(opts.dir ? { dir: opts.dir } : {}),
      lang,
      onProgress: progressPrinter(lang, live, edges ?? loaded.fleet.edges.length),
    });
    if (live) process.stderr.write(`  ${m.proving[lang]()}\n`);
    const proof: Proof = await runProof(sb);
    let fault: FaultResult | undefined;
    let restoredMs: number | undefined;
    if (opts.fault) {
      fault = await sb.injectFault(opts.fault);
      if (!opts.keep) {
        const t = Date.now();
        await fault.restore();
        restoredMs = Date.now() - t;
      }
    }
    let soaked: SoakResult | undefined;
    if (seconds) soaked = await soak(sb, seconds);
    const resources = usage([...Object.values(sb.pids.agents), sb.pids.nginx, sb.pids.receiver]);
    const report = buildReport(sb, {
      proof,
      ...(fault ? { fault } : {}),
      ...(restoredMs !== undefined ? { restoredMs } : {}),
      ...(soaked ? { soak: soaked } : {}),
      resources,
      kept: opts.keep === true,
    });
    if (opts.keep) sb.keep();
    else await sb.stop({ removeDir: opts.dir === undefined });
    process.stdout.write(
      opts.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderText(report, lang),
    );
    return report.held ? EXIT_OK : EXIT_FINDINGS;
  } catch (err) {
    await (sb ? sb.stop() : stopAllManaged());
    if (err instanceof ToolsMissingError) {
      printToolProblems(err.problems, lang);
      return EXIT_BAD_INPUT;
    }
    process.stderr.write(`${m.failed[lang]({ detail: (err as Error).message })}\n`);
    return EXIT_FINDINGS;
  } finally {
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigint);
  }
}

export function registerSandbox(program: Command): void {
  const sandbox = program
    .command('sandbox')
    .description(
      "Prove the fleet's data path on this machine: real Prometheus agents → nginx with the rendered config → a receiver",
    )
    .argument('[fleet]', 'fleet file (default: built-in reference fleet)')
    .option('--edges <n>', "replace the fleet's edges by N generated ones")
    .option('--keep', 'leave it running; print URLs, how to stop it and the doctor command line')
    .addOption(new Option('--format <format>', 'report format').choices(['text', 'json']).default('text'))
    .addOption(
      new Option('--fault <name>', 'inject one troubleshooting case and show its symptom').choices([
        ...FAULT_NAMES,
      ]),
    )
    .option('--duration <duration>', 'soak: keep writing this long (e.g. 60s), restart the receiver midway')
    .option('--dir <dir>', 'working folder (default: a new temporary folder, removed afterwards)')
    .action(async (fleetFile: string | undefined, opts: SandboxOpts, cmd: Command) =>
      runCommand(cmd, (lang) => runSandbox(fleetFile, opts, lang)),
    );
  sandbox
    .command('stop')
    .description('stop a sandbox left running with --keep')
    .argument('<dir>', 'the sandbox folder')
    .action(async (dir: string, _opts: unknown, cmd: Command) =>
      runCommand(cmd, async (lang) => {
        const n = await stopSandboxDir(dir);
        if (n === undefined) {
          process.stderr.write(`${m.notASandbox[lang]({ dir })}\n`);
          return EXIT_BAD_INPUT;
        }
        process.stdout.write(`${m.stopped[lang]({ dir, n })}\n`);
        return EXIT_OK;
      }),
    );
}
