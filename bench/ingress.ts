/**
 * Ingress cost of the nginx provider's config, measured with real nginx 1.22 on loopback.
 *
 *   npx vite-node bench/ingress.ts            (vite-node ships with vitest; no build needed)
 *
 * 1. nginx worker CPU per authorised remote-write request for no auth, {SHA} (what thanos-fleet
 *    renders for edges), bcrypt cost 5 and cost 10: the worker's utime+stime from /proc/<pid>/stat
 *    before and after N requests, divided by N. Also {SHA} with the htpasswd files of a fleet with
 *    1,000 and 10,000 more edges (the rendered layout: one file per user, picked by $remote_user;
 *    nginx has no cache and reads the user's file on every request). With every edge in one file, the
 *    layout before, these rows cost 0.09–0.10 / 0.71–0.79 ms against 0.01–0.02 ms for 3 edges; with one
 *    file per user all three are 0.01–0.02 ms, within this measurement's noise of each other.
 * 2. Requests/s through the full path (TLS + basic auth + limit_req + limit_conn + body limit) versus
 *    straight to the backend, for two backends:
 *    - a Prometheus 2.42 receiver (`--web.enable-remote-write-receiver`), the sandbox's stand-in for
 *      Thanos Receive: the faithful ratio, since the backend does the work a receiver does;
 *    - a null node:http backend answering 204 without work: what nginx + TLS cost on their own.
 *
 * Bodies are real remote-write requests: snappy-compressed protobuf WriteRequests of 270 samples
 * (~7 KB on the wire, sandbox.md §4) over the series of a real Prometheus /metrics page. Each of the
 * 16 connections is one edge's shard with its own series, sending one request at a time with strictly
 * later timestamps, so the receiver appends every sample (checked: every answer 2xx, and the
 * receiver's appended-samples counter grows by what was sent). The load generator
 * (bench/remote-write-load.ts) keeps connections alive, as Prometheus shards do.
 *
 * Targets (issue 4): auth adds ≤ 0.1 ms CPU per request; full path ≥ 80 % of direct throughput.
 * Client, nginx and backends share the machine's cores, so CPU-bound estimates are printed too:
 * CPU per request direct vs full, for the central side (nginx worker + backend; in production the
 * clients are the edges) and for the whole path here (+ the load generator). The client speaks
 * HTTP/1.1, one connection per shard, as Prometheus 3.x does; 2.x agents negotiate HTTP/2 over TLS
 * (not measured here). Loopback only, free ports, every process stopped by pid, also on failure.
 */
import { readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import bcrypt from 'bcryptjs';
import { RECEIVE_PATH } from '../src/fleet/names.js';
import { type FleetState, newMachineSecret } from '../src/fleet/state.js';
import type { FleetPolicy, Route } from '../src/policy/model.js';
import { type NginxHtpasswdFile, nginxHtpasswdFiles } from '../src/render/ingress/nginx/htpasswd.js';
import { startOnFreePorts } from '../src/sandbox/listen.js';
import { httpAnswers, type ManagedProcess, spawnManaged, stopAllManaged } from '../src/sandbox/process.js';
import { startReceiver } from '../src/sandbox/receiver.js';
import {
  hostsOf,
  type LoadedTestFleet,
  loadTestFleet,
  referenceFleetDoc,
  startIngress,
  workDir,
} from '../test/ingress/nginx-harness.js';
import { createTestPki } from '../test/support/pki.js';
import { parseExposition, type SeriesSample, ShardWriter } from '../test/support/remote-write.js';
import { snappyCompress } from '../test/support/snappy.js';
import { buildRequests, type LoadResult, type LoadTarget, runLoad } from './remote-write-load.js';

/** Linux USER_HZ: /proc/<pid>/stat times are in 1/100 s on every mainstream kernel config. */
const CLK_TCK = 100;
/** Samples per request: a 2.42 agent's 1 s batch is 264–288 samples, 5.9–7.3 KB (sandbox.md §4). */
const SAMPLES_PER_BODY = 270;
const CONNECTIONS = 16;
const ROUNDS = 3;
/** Null-backend rows cycle through a pool of bodies per connection (that backend ignores them). */
const POOL_PER_CONNECTION = 32;
const WARMUP_PER_CONNECTION = 4;
const USER = 'edge-cluster-01';

type BackendKind = 'null' | 'receiver';

interface Row {
  name: string;
  backend: BackendKind;
  /** Through nginx: the worker's pid; direct: undefined. */
  worker?: number;
  target: LoadTarget;
  requests: number;
  connections: number;
  /** Throughput rounds, interleaved with the other rows (the box may be shared: medians). */
  rounds: number;
  /** The no-auth row auth CPU is measured against. */
  authBaseline?: boolean;
  tally: Tally;
}

interface Tally {
  requests: number;
  non2xx: number;
  firstError?: string;
  reconnects: number;
  rps: number[];
  workerTicks: number;
  backendTicks: number;
  clientMs: number;
}

interface NginxScenario {
  name: string;
  backend: BackendKind;
  requests: number;
  connections: number;
  rounds: number;
  hash?: (password: string) => string;
  noAuth?: boolean;
  /**
   * More edges in the fleet's htpasswd files (rendered as for a fleet that size). nginx.conf stays the
   * 3-edge one: its worker_connections would be sized for every edge's shards (a 10,000-edge fleet
   * asks for over a million), and nothing else in it depends on the number of edges' credentials.
   */
  otherEdges?: number;
}

const NGINX: NginxScenario[] = [
  {
    name: 'nginx, no auth',
    backend: 'null',
    requests: 10_000,
    connections: CONNECTIONS,
    rounds: ROUNDS,
    noAuth: true,
  },
  { name: 'nginx, {SHA}', backend: 'null', requests: 10_000, connections: CONNECTIONS, rounds: ROUNDS },
  {
    name: 'nginx, bcrypt 5',
    backend: 'null',
    requests: 1_000,
    connections: 4,
    rounds: 1,
    hash: (p) => bcrypt.hashSync(p, 5),
  },
  {
    name: 'nginx, bcrypt 10',
    backend: 'null',
    requests: 60,
    connections: 2,
    rounds: 1,
    hash: (p) => bcrypt.hashSync(p, 10),
  },
  {
    name: 'nginx, {SHA} 1k',
    backend: 'null',
    requests: 3_000,
    connections: CONNECTIONS,
    rounds: 1,
    otherEdges: 1_000,
  },
  {
    name: 'nginx, {SHA} 10k',
    backend: 'null',
    requests: 3_000,
    connections: CONNECTIONS,
    rounds: 1,
    otherEdges: 10_000,
  },
  { name: 'nginx, {SHA}', backend: 'receiver', requests: 4_000, connections: CONNECTIONS, rounds: ROUNDS },
];
const DIRECT_REQUESTS: Record<BackendKind, number> = { null: 10_000, receiver: 4_000 };

function cpuTicks(pid: number): number {
  // Fields after the command name "(nginx)": state is field 3, utime 14, stime 15.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const newTally = (): Tally => ({
  requests: 0,
  non2xx: 0,
  reconnects: 0,
  rps: [],
  workerTicks: 0,
  backendTicks: 0,
  clientMs: 0,
});

function benchFleet(noAuth: boolean): LoadedTestFleet {
  const doc = referenceFleetDoc();
  // Limits on, but above the load: the bench measures their cost, not their effect.
  doc.central.components.receive!.ingress = { rateLimitRps: 1_000_000, rateLimitBurst: 1_000_000 };
  const loaded = loadTestFleet(doc);
  if (noAuth) for (const p of loaded.policy.policies) if (p.remoteWrite) delete p.auth;
  return loaded;
}

/** The rendered htpasswd files of the fleet with `more` edges added (no rotation open). */
function largerFleetHtpasswd(loaded: LoadedTestFleet, more: number): NginxHtpasswdFile[] {
  const names = Array.from({ length: more }, (_, i) => `edge-other-${String(i).padStart(5, '0')}`);
  const state: FleetState = {
    ...loaded.state,
    edges: {
      ...Object.fromEntries(names.map((n) => [n, { password: newMachineSecret() }])),
      ...loaded.state.edges,
    },
  };
  const policy: FleetPolicy = {
    ...loaded.policy,
    policies: loaded.policy.policies.map((p) =>
      p.auth?.credentialKind === 'machine'
        ? { ...p, auth: { ...p.auth, users: [...names, ...p.auth.users] } }
        : p,
    ),
  };
  return nginxHtpasswdFiles(policy, state);
}

/** The rendered htpasswd files with the edges' passwords hashed by `hash` instead of {SHA}. */
function edgeHtpasswdHashedWith(
  loaded: LoadedTestFleet,
  hash: (password: string) => string,
): NginxHtpasswdFile[] {
  return nginxHtpasswdFiles(loaded.policy, loaded.state).map((f) => {
    const user = f.content.slice(0, f.content.indexOf(':'));
    const edge = loaded.state.edges[user];
    return edge ? { ...f, content: `${user}:${hash(edge.password)}\n` } : f;
  });
}

/** The null backend in its own process (its CPU read from /proc, like nginx's and the receiver's). */
async function startNullBackend(dir: string): Promise<{ proc: ManagedProcess; port: number }> {
  const script = join(import.meta.dirname, 'null-backend.mjs');
  const logFile = join(dir, 'null-backend.log');
  const { started } = await startOnFreePorts(
    'null backend',
    1,
    logFile,
    ([port]) => ({
      proc: spawnManaged('null-backend', process.execPath, [script, String(port)], { logFile }),
      port: port!,
    }),
    (s) => httpAnswers(`http://127.0.0.1:${s.port}/`, 404),
  );
  return started;
}

/** Sum of a counter family on a Prometheus /metrics page. */
async function counter(port: number, name: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  return parseExposition(text)
    .filter((s) => s.labels.__name__ === name)
    .reduce((a, s) => a + s.value, 0);
}

/** `n` series spread over the page (every family represented, as in an agent's batch). */
function pickSeries(all: SeriesSample[], n: number): SeriesSample[] {
  if (all.length < n) throw new Error(`only ${all.length} series on the receiver's /metrics page`);
  return Array.from({ length: n }, (_, i) => all[Math.floor((i * all.length) / n)]!);
}

interface Setup {
  rows: Row[];
  backendPid: Record<BackendKind, number>;
  receiverPort: number;
  /** Bodies for a row: `perConnection` per connection, in send order. */
  bodiesFor(row: Row, perConnection: number): Buffer[][];
}

interface Sizes {
  bodies: number;
  wireBytes: number;
  rawBytes: number;
}

const APPENDED = 'prometheus_tsdb_head_samples_appended_total';

async function setUp(dir: string, sizes: Sizes, sent: { samples: number }): Promise<Setup> {
  const receiver = await startReceiver(join(dir, 'receiver'));
  const nullBackend = await startNullBackend(dir);

  // Series: the receiver's own metrics (a Prometheus 2.42 page, like what edge agents scrape).
  const series = pickSeries(
    parseExposition(await (await fetch(`http://127.0.0.1:${receiver.port}/metrics`)).text()),
    SAMPLES_PER_BODY,
  );
  // Batches each shard sends to the receiver over the run (warm-up included).
  const steps = [
    { requests: DIRECT_REQUESTS.receiver, connections: CONNECTIONS, rounds: ROUNDS },
    ...NGINX.filter((s) => s.backend === 'receiver'),
  ].reduce((n, r) => n + WARMUP_PER_CONNECTION + r.rounds * Math.ceil(r.requests / r.connections), 0);
  // One sample per series per second, ending before now (a sample from the future would move the
  // receiver's head window, sandbox.md gotcha 10), all within the head's 1 h appendable window.
  const stepMs = Math.min(1000, Math.floor((45 * 60_000) / steps));
  const startMs = Date.now() - steps * stepMs - 60_000;
  const shardLabels = (prefix: string, c: number) => ({
    cluster: `${prefix}-${String(c + 1).padStart(2, '0')}`,
    region: 'us-west',
    instance: '127.0.0.1:9090',
    job: 'prometheus-agent',
  });
  const measured = (raw: Buffer) => {
    const body = snappyCompress(raw);
    sizes.bodies++;
    sizes.rawBytes += raw.length;
    sizes.wireBytes += body.length;
    return body;
  };
  const shards = Array.from(
    { length: CONNECTIONS },
    (_, c) => new ShardWriter(series, shardLabels('edge-cluster', c), startMs, stepMs),
  );
  const pool = Array.from({ length: CONNECTIONS }, (_, c) => {
    const w = new ShardWriter(series, shardLabels('null-edge', c), startMs, stepMs);
    return Array.from({ length: POOL_PER_CONNECTION }, () => measured(w.nextRaw()));
  });
  const bodiesFor = (row: Row, perConnection: number): Buffer[][] =>
    Array.from({ length: row.connections }, (_, c) => {
      if (row.backend === 'null')
        return Array.from({ length: perConnection }, (_, i) => pool[c]![i % POOL_PER_CONNECTION]!);
      sent.samples += perConnection * SAMPLES_PER_BODY;
      return Array.from({ length: perConnection }, () => measured(shards[c]!.nextRaw()));
    });

  const pki = await createTestPki(join(dir, 'pki'), hostsOf(benchFleet(false).policy));
  const receiveHost = benchFleet(false).policy.policies.find((p) => p.remoteWrite)!.hosts[0]!;
  const rows: Row[] = [];
  for (const kind of ['null', 'receiver'] as const) {
    const port = kind === 'null' ? nullBackend.port : receiver.port;
    rows.push({
      name: 'direct (HTTP)',
      backend: kind,
      target: { port, path: kind === 'null' ? RECEIVE_PATH : receiver.writePath, host: `127.0.0.1:${port}` },
      requests: DIRECT_REQUESTS[kind],
      connections: CONNECTIONS,
      rounds: ROUNDS,
      tally: newTally(),
    });
  }
  // One nginx per scenario, all up at once, so throughput rounds can interleave.
  for (const s of NGINX) {
    const loaded = benchFleet(s.noAuth ?? false);
    let htpasswd: NginxHtpasswdFile[] | undefined;
    if (s.otherEdges) htpasswd = largerFleetHtpasswd(loaded, s.otherEdges);
    if (s.hash) htpasswd = edgeHtpasswdHashedWith(loaded, s.hash);
    const toReceiver = s.backend === 'receiver';
    const ingress = await startIngress({
      loaded,
      backendPort: toReceiver ? receiver.port : nullBackend.port,
      pki,
      ...(htpasswd ? { htpasswd } : {}),
      // The Prometheus stand-in serves remote write on /api/v1/write (as the sandbox's site).
      ...(toReceiver
        ? {
            upstreamPath: (r: Route) => (r.path === RECEIVE_PATH && r.exact ? receiver.writePath : undefined),
          }
        : {}),
    });
    rows.push({
      name: s.name,
      backend: s.backend,
      worker: ingress.workerPid(),
      target: {
        port: ingress.httpsPort,
        path: RECEIVE_PATH,
        host: receiveHost,
        ca: pki.caPem,
        ...(s.noAuth ? {} : { basicAuth: `${USER}:${loaded.state.edges[USER]!.password}` }),
      },
      requests: s.requests,
      connections: s.connections,
      rounds: s.rounds,
      ...(s.noAuth ? { authBaseline: true } : {}),
      tally: newTally(),
    });
  }
  return {
    rows,
    backendPid: { null: nullBackend.proc.pid, receiver: receiver.proc.pid },
    receiverPort: receiver.port,
    bodiesFor,
  };
}

function record(t: Tally, r: LoadResult, workerTicks: number, backendTicks: number): void {
  t.requests += r.requests;
  t.reconnects += r.reconnects;
  t.clientMs += r.clientCpuMs;
  t.workerTicks += workerTicks;
  t.backendTicks += backendTicks;
  t.rps.push((1000 * r.requests) / r.elapsedMs);
  for (const [status, n] of Object.entries(r.statuses))
    if (Number(status) < 200 || Number(status) > 299) t.non2xx += n;
  t.firstError ??= r.firstError;
}

async function measure(s: Setup): Promise<{ appended: number }> {
  const appended0 = await counter(s.receiverPort, APPENDED);
  // Warm up every path (TLS, upstream keepalive pool, the receiver's series, page cache).
  for (const row of s.rows) {
    const warm = newTally();
    const requests = buildRequests(row.target, s.bodiesFor(row, WARMUP_PER_CONNECTION));
    record(warm, await runLoad(row.target, requests), 0, 0);
    if (warm.non2xx > 0) throw new Error(`warm-up of ${row.name} → ${row.backend}: ${warm.firstError}`);
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const row of s.rows) {
      if (round >= row.rounds) continue;
      const load = buildRequests(row.target, s.bodiesFor(row, Math.ceil(row.requests / row.connections)));
      const w0 = row.worker ? cpuTicks(row.worker) : 0;
      const b0 = cpuTicks(s.backendPid[row.backend]);
      const r = await runLoad(row.target, load);
      const w1 = row.worker ? cpuTicks(row.worker) : 0;
      record(row.tally, r, w1 - w0, cpuTicks(s.backendPid[row.backend]) - b0);
    }
  }
  return { appended: (await counter(s.receiverPort, APPENDED)) - appended0 };
}

const ms = (ticks: number) => ticks * (1000 / CLK_TCK);

function report(
  rows: Row[],
  o: { loadBefore: number; loadAfter: number; appended: number; sent: number; sizes: Sizes },
): string[] {
  const per = (t: Tally, x: number) => x / t.requests;
  const workerMs = (t: Tally) => per(t, ms(t.workerTicks));
  // Central side = nginx worker + backend: what the ingress host and the receiver pay per request
  // (in production the clients are the edges' agents, elsewhere).
  const serverMs = (t: Tally) => per(t, ms(t.workerTicks) + ms(t.backendTicks));
  // Whole path on this box = load generator + nginx worker + backend: what bounds throughput here.
  const pathMs = (t: Tally) => serverMs(t) + per(t, t.clientMs);
  const base = rows.find((r) => r.authBaseline)!.tally;
  const f3 = (x: number) => x.toFixed(3);
  const cols: [string, number][] = [
    ['path', 18],
    ['backend', 10],
    ['requests', 10],
    ['non-2xx', 9],
    ['reconn.', 9],
    ['req/s', 8],
    ['client', 8],
    ['nginx', 8],
    ['backend', 9],
    ['auth', 8],
  ];
  const line = (xs: string[]) =>
    xs
      .map((x, i) => x.padEnd(cols[i]![1]))
      .join('')
      .trimEnd();
  const lines = [
    `nginx 1.22 (1 worker); backends: Prometheus 2.42 receiver, null node:http; ${cpus().length} CPU(s), load average ${o.loadBefore.toFixed(1)} → ${o.loadAfter.toFixed(1)}`,
    `bodies: ${SAMPLES_PER_BODY} samples, ${(o.sizes.wireBytes / o.sizes.bodies).toFixed(0)} B snappy (${(o.sizes.rawBytes / o.sizes.bodies).toFixed(0)} B protobuf); ${CONNECTIONS} keep-alive HTTP/1.1 connections, one request in flight each`,
    'req/s = median of the rounds; client, nginx (worker), backend, auth = CPU ms per request',
    '',
    line(cols.map((c) => c[0])),
  ];
  for (const r of rows) {
    const t = r.tally;
    const auth = !r.worker || r.authBaseline || r.backend !== 'null' ? '-' : f3(workerMs(t) - workerMs(base));
    lines.push(
      line([
        r.name,
        r.backend,
        String(t.requests),
        String(t.non2xx),
        String(t.reconnects),
        median(t.rps).toFixed(0),
        f3(per(t, t.clientMs)),
        r.worker ? f3(workerMs(t)) : '-',
        f3(per(t, ms(t.backendTicks))),
        auth,
      ]),
    );
  }
  const find = (backend: BackendKind, direct: boolean) =>
    rows.find(
      (r) => r.backend === backend && !r.authBaseline && (direct ? !r.worker : r.name === 'nginx, {SHA}'),
    )!.tally;
  lines.push('');
  for (const [backend, label] of [
    ['receiver', 'Prometheus receiver (stand-in for Thanos Receive)'],
    ['null', 'null backend (does no work: nginx + TLS cost alone)'],
  ] as const) {
    const d = find(backend, true);
    const f = find(backend, false);
    const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(0)} %`;
    lines.push(
      `${label}: full path ({SHA} + TLS + limits) / direct = ${pct(median(f.rps), median(d.rps))} of req/s (target ≥ 80 %); rounds direct ${d.rps.map((x) => x.toFixed(0)).join('/')}, full ${f.rps.map((x) => x.toFixed(0)).join('/')}`,
      `  CPU-bound estimates: central side (nginx + backend) ${pct(serverMs(d), serverMs(f))} (${f3(serverMs(d))} vs ${f3(serverMs(f))} ms/request); whole path incl. client ${pct(pathMs(d), pathMs(f))} (${f3(pathMs(d))} vs ${f3(pathMs(f))} ms)`,
    );
  }
  const sha = find('null', false);
  lines.push(
    `{SHA} auth CPU per request: ${f3(workerMs(sha) - workerMs(base))} ms (target ≤ 0.1 ms); CPU resolution ${(ms(1) / sha.requests).toFixed(4)} ms/request`,
    `receiver appended ${o.appended} of ${o.sent} samples sent to it (warm-up included)`,
  );
  for (const r of rows.filter((x) => x.tally.non2xx > 0))
    lines.push(
      `NOT ALL 2xx: ${r.name} → ${r.backend}: ${r.tally.non2xx} answers, first: ${r.tally.firstError}`,
    );
  if (o.appended !== o.sent) lines.push('NOT EVERY SAMPLE APPENDED: the receiver rows are not comparable');
  return lines;
}

async function main(): Promise<void> {
  const dir = workDir('bench');
  const loadBefore = loadavg()[0]!;
  const sizes: Sizes = { bodies: 0, wireBytes: 0, rawBytes: 0 };
  const sent = { samples: 0 };
  let lines: string[];
  try {
    const setup = await setUp(dir, sizes, sent);
    const { appended } = await measure(setup);
    lines = report(setup.rows, { loadBefore, loadAfter: loadavg()[0]!, appended, sent: sent.samples, sizes });
  } finally {
    await stopAllManaged();
    // The receiver's TSDB holds millions of samples (~50 MB): nothing to inspect there.
    rmSync(join(dir, 'receiver'), { recursive: true, force: true });
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  if (lines.some((l) => /^NOT /.test(l))) process.exitCode = 1;
}

main().catch(async (err) => {
  await stopAllManaged();
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
