/**
 * `startSandbox`: the fleet's data path on one machine — private CA, receiver, nginx with the rendered
 * config, one Prometheus agent per edge — all on 127.0.0.1 free ports, each process in its own folder,
 * every process stopped by pid (agents before the receiver: datapath.md §1.2).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { Fleet } from '../fleet/defaults.js';
import { type LoadedFleet, loadFleetFile, loadFleetText, REFERENCE_FLEET_FILE } from '../fleet/load.js';
import { type FleetState, reconcileState, serializeState } from '../fleet/state.js';
import type { Lang } from '../i18n/index.js';
import { deriveFleetPolicy } from '../policy/derive.js';
import type { FleetPolicy, IngressPolicy } from '../policy/model.js';
import { egressGroups } from '../policy/sizing.js';
import { type Agent, startAgent } from './agents.js';
import { type FaultName, type FaultResult, injectFault } from './faults.js';
import { request } from './http.js';
import { type Ingress, startIngress } from './ingress.js';
import { fetchMetrics, fileSize, type RemoteWriteHealth, remoteWriteHealth } from './observe.js';
import { makePki, type Pki } from './pki.js';
import { releaseManaged } from './process.js';
import { type Receiver, startReceiver } from './receiver.js';
import { checkTools, type ToolProblem } from './tools.js';

export type { FaultName, FaultResult } from './faults.js';
export { FAULT_NAMES } from './faults.js';

export class ToolsMissingError extends Error {
  constructor(readonly problems: ToolProblem[]) {
    super(problems.map((p) => `${p.tool}: ${p.kind}`).join(', '));
  }
}

export type Phase = 'pki' | 'receiver' | 'ingress' | 'agents' | 'green';
export interface Progress {
  phase: Phase;
  /** Set when one edge became queryable. */
  edge?: string;
  /** Milliseconds since start. */
  ms: number;
}

export interface SandboxOptions {
  /** Fleet file; the built-in reference fleet when absent. */
  fleetFile?: string;
  /** Replace the fleet's edges by this many generated ones. */
  edges?: number;
  /** Working folder (created, mode 0700); a fresh temp folder when absent. */
  dir?: string;
  lang?: Lang;
  onProgress?: (p: Progress) => void;
  /** Wait until every edge is queryable before returning (default true). */
  waitGreen?: boolean;
}

export interface Timings {
  pkiMs: number;
  receiverMs: number;
  ingressMs: number;
  agentsMs: number;
  /** Start of startSandbox → every edge queryable through the ingress. */
  greenMs?: number;
  /** Per edge: start → its series queryable. */
  edgeGreenMs: Record<string, number>;
}

/** One local change the sandbox made to the rendered policy, and why. */
export interface LocalAdjustment {
  component: string;
  item: string;
  rendered: string;
  local: string;
  why: 'allowlist' | 'sharedAddress';
}

export interface Sandbox {
  dir: string;
  /** The fleet file the sandbox runs (written into `dir`, with its state file beside it). */
  fleetFile: string;
  stateFile: string;
  caFile: string;
  otherCaFile: string;
  /** curl-style `HOST:PORT:127.0.0.1` for every exposed host on the HTTPS port. */
  resolve: string[];
  ports: { receiver: number; https: number; http: number; agents: Record<string, number> };
  pids: { receiver: number; nginx: number; agents: Record<string, number> };
  fleet: Fleet;
  /** The policy nginx runs (the fleet's, with `adjustments`). */
  policy: FleetPolicy;
  adjustments: LocalAdjustment[];
  receiveHost: string;
  queryHost: string;
  operator: string;
  timings: Timings;
  /** The `thanos-fleet doctor` command line that diagnoses this sandbox. */
  doctorCommand: string;
  /** Wait until every edge's series are queryable through the query host. */
  waitGreen(timeoutMs?: number): Promise<number>;
  /** Inject one troubleshooting case and return its observed symptom; `restore()` undoes it. */
  injectFault(name: FaultName): Promise<FaultResult>;
  /** Remote-write health of every agent now. */
  health(): Promise<Record<string, RemoteWriteHealth>>;
  /** Stop everything, agents first; idempotent. `removeDir` deletes the working folder afterwards. */
  stop(opts?: { removeDir?: boolean }): Promise<void>;
  /** Leave every process running after this process exits (--keep). */
  keep(): void;
  /** Internals the proof, faults and soak use. */
  internal: SandboxInternals;
}

export interface SandboxInternals {
  pki: Pki;
  state: FleetState;
  receiver: Receiver;
  ingress: Ingress;
  agents: Agent[];
  /** The policy as first run (faults reload variants of it and restore this). */
  basePolicy: FleetPolicy;
  /** Offsets and counters the proof compares against (reset after a fault is restored). */
  baseline: { accessLog: number; health: Record<string, RemoteWriteHealth> };
  startedAt: number;
  lang: Lang;
  /** Instant query through the ingress's query host (operator basic auth), optionally at `time` (s). */
  query(promql: string, time?: number): Promise<QueryResult[]>;
  /** Stop the receiver, keep it down `downMs`, start it again on the same port. */
  restartReceiver(downMs?: number): Promise<void>;
  /** Wait until every edge's newest sample is fresh again (after a fault). */
  waitFresh(timeoutMs?: number): Promise<void>;
  resetBaseline(): Promise<void>;
}

export interface QueryResult {
  metric: Record<string, string>;
  value: [number, string];
  /** Present when the query is a range selector (raw samples). */
  values?: [number, string][];
}

/** The fleet with `n` generated edges instead of its own (--edges N), as fleet-file text. */
function withGeneratedEdges(loaded: LoadedFleet, n: number): string {
  const doc = parseDocument(loaded.text);
  const regions = ['us-west', 'us-east', 'eu-central', 'ap-northeast'];
  doc.set(
    'edges',
    Array.from({ length: n }, (_, i) => ({
      name: `edge-${String(i + 1).padStart(2, '0')}`,
      externalLabels: { region: regions[i % regions.length] },
    })),
  );
  return doc.toString();
}

/**
 * What a single machine cannot reproduce, adjusted and reported: allowlists name real networks
 * (locally: 127.0.0.1 only, so 127.0.0.2 proves the 403), and every agent leaves through 127.0.0.1,
 * so per-address connection limits are summed over the fleet's egress addresses (sandbox.md gotcha 7).
 */
function localPolicy(
  fleet: Fleet,
  policy: FleetPolicy,
): { policy: FleetPolicy; adjustments: LocalAdjustment[] } {
  const adjustments: LocalAdjustment[] = [];
  const groups = egressGroups(fleet.edges).length;
  const policies = policy.policies.map((p): IngressPolicy => {
    const q: IngressPolicy = structuredClone(p);
    if (q.allowlist) {
      adjustments.push({
        component: q.component,
        item: 'allowlist',
        rendered: q.allowlist.join(' '),
        local: '127.0.0.1/32',
        why: 'allowlist',
      });
      q.allowlist = ['127.0.0.1/32'];
    }
    if (q.remoteWrite && groups > 1 && q.connections !== undefined) {
      const local = q.connections * groups;
      adjustments.push({
        component: q.component,
        item: 'connections',
        rendered: `${q.connections}`,
        local: `${local}`,
        why: 'sharedAddress',
      });
      q.connections = local;
    }
    return q;
  });
  return { policy: { ...policy, policies }, adjustments };
}

function shellQuote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const startedAt = Date.now();
  const since = () => Date.now() - startedAt;
  const lang = options.lang ?? 'en';
  const progress = (phase: Phase, edge?: string) =>
    options.onProgress?.({ phase, ms: since(), ...(edge ? { edge } : {}) });

  // 1. Tools first: nothing starts when one is missing (exit 2 in the CLI).
  const { tools, problems } = checkTools();
  if (!tools) throw new ToolsMissingError(problems);

  // 2. The fleet (possibly with generated edges), its policy, a fresh state.
  const original = loadFleetFile(options.fleetFile ?? REFERENCE_FLEET_FILE);
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'thanos-fleet-sandbox-'));
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const fleetText = options.edges ? withGeneratedEdges(original, options.edges) : original.text;
  const fleetFile = join(dir, 'fleet.yaml');
  const loaded = options.edges ? loadFleetText(fleetText, fleetFile) : original;
  const fleet = loaded.fleet;
  const rendered = deriveFleetPolicy(fleet);
  const { policy, adjustments } = localPolicy(fleet, rendered);
  const { state } = reconcileState(fleet, undefined);
  const stateFile = join(dir, 'fleet.state.yaml');
  writeFileSync(fleetFile, fleetText);
  writeFileSync(stateFile, serializeState(state), { mode: 0o600 });

  const receivePolicy = policy.policies.find((p) => p.component === 'receive');
  const queryPolicy =
    policy.policies.find((p) => p.component === 'query') ??
    policy.policies.find((p) => p.component === 'queryFrontend');
  if (!receivePolicy || !queryPolicy) throw new Error('the sandbox needs receive and query exposed');
  const receiveHost = receivePolicy.hosts[0]!;
  const queryHost = queryPolicy.hosts[0]!;
  const operator = queryPolicy.auth?.users[0] ?? fleet.central.operators[0]!;
  const operatorPassword = state.operators[operator]?.password ?? '';
  const allHosts = [...new Set(policy.policies.flatMap((p) => p.hosts))];

  let receiver: Receiver | undefined;
  let ingress: Ingress | undefined;
  const agents: Agent[] = [];
  let stopped = false;
  const stop = async (opts: { removeDir?: boolean } = {}) => {
    if (!stopped) {
      stopped = true;
      // Agents first: with the receiver gone each queue waits its flush deadline (datapath.md §1.2).
      await Promise.all(agents.map((a) => a.proc.stop(8000)));
      await ingress?.proc.stop(5000);
      receiver?.proc.signal('SIGCONT'); // the timeout fault leaves it stopped
      await receiver?.proc.stop(10_000);
    }
    if (opts.removeDir) rmSync(dir, { recursive: true, force: true });
  };

  let pkiMs = 0;
  let receiverMs = 0;
  try {
    // The receiver needs no certificate: start both at once.
    const t0 = Date.now();
    const [pki, recv] = await Promise.all([
      makePki(join(dir, 'pki'), allHosts).then((p) => {
        progress('pki');
        return { p, ms: Date.now() - t0 };
      }),
      startReceiver(join(dir, 'receiver')).then((r) => {
        receiver = r;
        progress('receiver');
        return { r, ms: Date.now() - t0 };
      }),
    ]).then(([a, b]) => {
      pkiMs = a.ms;
      receiverMs = b.ms;
      return [a.p, b.r] as const;
    });
    const t2 = Date.now();
    ingress = await startIngress(join(dir, 'nginx'), policy, state, pki, recv.port);
    const ingressMs = Date.now() - t2;
    progress('ingress');
    const t3 = Date.now();
    const ctx = {
      fleet,
      lang,
      nginxHttpsPort: ingress.httpsPort,
      receiveHost,
      caFile: pki.caFile,
      binary: 'prometheus',
      version: tools.prometheus,
    };
    await Promise.all(
      fleet.edges.map(async (edge) => {
        const a = await startAgent(join(dir, 'edges', edge.name), edge, {
          ...ctx,
          password: state.edges[edge.name]!.password,
        });
        agents.push(a);
      }),
    );
    agents.sort((a, b) => a.edge.index - b.edge.index);
    const agentsMs = Date.now() - t3;
    progress('agents');

    const timings: Timings = { pkiMs, receiverMs, ingressMs, agentsMs, edgeGreenMs: {} };
    const ing = ingress;
    const query = async (promql: string, time?: number): Promise<QueryResult[]> => {
      const at = time === undefined ? '' : `&time=${time.toFixed(3)}`;
      const res = await request({
        port: ing.httpsPort,
        host: queryHost,
        path: `/api/v1/query?query=${encodeURIComponent(promql)}${at}`,
        auth: { user: operator, password: operatorPassword },
        caFile: pki.caFile,
      });
      if (res.status !== 200) throw new Error(`query ${res.status}: ${res.body.slice(0, 200)}`);
      const body = JSON.parse(res.body) as { data: { result: QueryResult[] } };
      return body.data.result;
    };

    const health = async (): Promise<Record<string, RemoteWriteHealth>> => {
      const out: Record<string, RemoteWriteHealth> = {};
      await Promise.all(
        agents.map(async (a) => {
          out[a.edge.name] = remoteWriteHealth(await fetchMetrics(a.port));
        }),
      );
      return out;
    };

    const internal: SandboxInternals = {
      pki,
      state,
      receiver: recv,
      ingress,
      agents,
      basePolicy: policy,
      baseline: { accessLog: 0, health: {} },
      startedAt,
      lang,
      query,
      async restartReceiver(downMs = 0) {
        const port = internal.receiver.port;
        await internal.receiver.proc.stop(10_000);
        if (downMs > 0) await new Promise((r) => setTimeout(r, downMs));
        internal.receiver = await startReceiver(internal.receiver.dir, port);
        receiver = internal.receiver;
        sandbox.pids.receiver = internal.receiver.proc.pid;
        writeInfo();
      },
      async waitFresh(timeoutMs = 60_000) {
        const deadline = Date.now() + timeoutMs;
        const want = new Set(fleet.edges.map((e) => e.clusterLabel));
        for (;;) {
          try {
            const r = await query('time() - max by (cluster) (timestamp(up)) < 3');
            const fresh = new Set(r.map((x) => x.metric.cluster));
            if ([...want].every((c) => fresh.has(c))) return;
          } catch {
            // not yet
          }
          if (Date.now() > deadline) throw new Error('edges did not recover');
          await new Promise((r) => setTimeout(r, 250));
        }
      },
      async resetBaseline() {
        internal.baseline = { accessLog: fileSize(ing.accessLog), health: await health() };
      },
    };

    const waitGreen = async (timeoutMs = 60_000 + 1000 * fleet.edges.length): Promise<number> => {
      const deadline = Date.now() + timeoutMs;
      const pending = new Map(fleet.edges.map((e) => [e.clusterLabel, e.name]));
      while (pending.size > 0) {
        try {
          for (const r of await query('count by (cluster) (up)')) {
            const name = pending.get(r.metric.cluster ?? '');
            if (name) {
              pending.delete(r.metric.cluster!);
              timings.edgeGreenMs[name] = since();
              progress('green', name);
            }
          }
        } catch {
          // not yet (nginx or receiver still warming)
        }
        if (pending.size === 0) break;
        if (Date.now() > deadline)
          throw new Error(`edges never queryable: ${[...pending.values()].join(', ')}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      if (timings.greenMs === undefined) timings.greenMs = since();
      progress('green');
      return timings.greenMs;
    };

    const resolve = allHosts.map((h) => `${h}:${ing.httpsPort}:127.0.0.1`);
    // The plain-HTTP port too, so doctor's redirect probe runs instead of being skipped.
    const resolveHttp = allHosts.map((h) => `${h}:${ing.httpPort}:127.0.0.1`);
    const doctorCommand = [
      'thanos-fleet',
      'doctor',
      fleetFile,
      ...[...resolve, ...resolveHttp].flatMap((r) => ['--resolve', r]),
      '--http-port',
      String(ing.httpPort),
      '--cacert',
      pki.caFile,
    ]
      .map(shellQuote)
      .join(' ');

    const sandbox: Sandbox = {
      dir,
      fleetFile,
      stateFile,
      caFile: pki.caFile,
      otherCaFile: pki.otherCaFile,
      resolve,
      ports: {
        receiver: recv.port,
        https: ingress.httpsPort,
        http: ingress.httpPort,
        agents: Object.fromEntries(agents.map((a) => [a.edge.name, a.port])),
      },
      pids: {
        receiver: recv.proc.pid,
        nginx: ingress.proc.pid,
        agents: Object.fromEntries(agents.map((a) => [a.edge.name, a.proc.pid])),
      },
      fleet,
      policy,
      adjustments,
      receiveHost,
      queryHost,
      operator,
      timings,
      doctorCommand,
      waitGreen,
      injectFault: (name) => injectFault(sandbox, name),
      health,
      stop,
      keep() {
        for (const a of agents) releaseManaged(a.proc);
        releaseManaged(internal.ingress.proc);
        releaseManaged(internal.receiver.proc);
        writeInfo();
      },
      internal,
    };
    const writeInfo = () =>
      writeFileSync(
        join(dir, 'sandbox.json'),
        `${JSON.stringify(
          {
            dir,
            fleetFile,
            stateFile,
            caFile: pki.caFile,
            resolve,
            ports: sandbox.ports,
            pids: sandbox.pids,
            doctorCommand,
          },
          null,
          2,
        )}\n`,
      );
    writeInfo();
    if (options.waitGreen !== false) await waitGreen();
    return sandbox;
  } catch (err) {
    await stop();
    throw err;
  }
}
