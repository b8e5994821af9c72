/**
 * Ingress cost of the nginx provider's config, measured with real nginx 1.22 on loopback.
 *
 *   npx vite-node bench/ingress.ts            (vite-node ships with vitest; no build needed)
 *
 * 1. nginx worker CPU per authorised remote-write request for no auth, {SHA} (what thanos-fleet
 *    renders for edges), bcrypt cost 5 and cost 10: the worker's utime+stime from /proc/<pid>/stat
 *    before and after N requests, divided by N.
 * 2. Requests/s through the full path (TLS + basic auth + limit_req + limit_conn + body limit) versus
 *    straight to the backend, with ApacheBench (a C client, so the load generator stays cheap).
 *
 * Both paths use keep-alive connections, as Prometheus shards do. Targets (issue 4): auth adds
 * ≤ 0.1 ms CPU per request; full path ≥ 80 % of direct throughput. Everything bounded, loopback only,
 * every process stopped by pid.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import bcrypt from 'bcryptjs';
import { stopAllManaged } from '../src/sandbox/process.js';
import {
  type Backend,
  hostsOf,
  type LoadedTestFleet,
  loadTestFleet,
  referenceFleetDoc,
  startBackend,
  startIngress,
  workDir,
} from '../test/ingress/nginx-harness.js';
import { createTestPki } from '../test/support/pki.js';

const run = promisify(execFile);
/** Linux USER_HZ: /proc/<pid>/stat times are in 1/100 s on every mainstream kernel config. */
const CLK_TCK = 100;
/** Average remote-write request body seen from a 2.42 agent (sandbox.md §4: ~7 KB). */
const BODY_BYTES = 7051;
const CONCURRENCY = 16;

interface Scenario {
  name: string;
  requests: number;
  concurrency: number;
  /** Throughput rounds, interleaved with the direct path (the box may be shared: medians). */
  rounds: number;
  hash?: (password: string) => string;
  noAuth?: boolean;
}

const ROUNDS = 3;
const SCENARIOS: Scenario[] = [
  { name: 'nginx, no auth', requests: 10_000, concurrency: CONCURRENCY, rounds: ROUNDS, noAuth: true },
  { name: 'nginx, {SHA}', requests: 10_000, concurrency: CONCURRENCY, rounds: ROUNDS },
  { name: 'nginx, bcrypt 5', requests: 1_000, concurrency: 4, rounds: 1, hash: (p) => bcrypt.hashSync(p, 5) },
  { name: 'nginx, bcrypt 10', requests: 60, concurrency: 2, rounds: 1, hash: (p) => bcrypt.hashSync(p, 10) },
];

interface Tally {
  name: string;
  requests: number;
  failed: number;
  keepAlive: number;
  rps: number[];
  ticks: number;
  /** CPU of the load generator and of the backend (this process), ms. */
  clientMs: number;
  backendMs: number;
}

function cpuTicks(pid: number): number {
  // Fields after the command name "(nginx)": state is field 3, utime 14, stime 15.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

interface AbResult {
  rps: number;
  complete: number;
  failed: number;
  keepAlive: number;
  abCpuMs: number;
}

async function ab(args: string[]): Promise<AbResult> {
  // GNU time reports ab's own CPU on stderr, so the load generator's share is known too.
  const { stdout, stderr } = await run(
    '/usr/bin/time',
    ['-f', 'abcpu %U %S', 'ab', '-q', '-S', '-d', '-k', ...args],
    {
      maxBuffer: 1 << 20,
    },
  );
  const cpu = /abcpu ([\d.]+) ([\d.]+)/.exec(stderr);
  const num = (re: RegExp) => Number(re.exec(stdout)?.[1] ?? Number.NaN);
  const non2xx = num(/Non-2xx responses:\s+(\d+)/);
  return {
    rps: num(/Requests per second:\s+([\d.]+)/),
    complete: num(/Complete requests:\s+(\d+)/),
    failed: num(/Failed requests:\s+(\d+)/) + (Number.isNaN(non2xx) ? 0 : non2xx),
    keepAlive: num(/Keep-Alive requests:\s+(\d+)/),
    abCpuMs: cpu ? 1000 * (Number(cpu[1]) + Number(cpu[2])) : Number.NaN,
  };
}

function add(t: Tally, r: AbResult, backendMs: number, ticks = 0): void {
  t.clientMs += r.abCpuMs;
  t.backendMs += backendMs;
  t.requests += r.complete;
  t.failed += r.failed;
  t.keepAlive += r.keepAlive;
  t.rps.push(r.rps);
  t.ticks += ticks;
}

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function benchFleet(noAuth: boolean): LoadedTestFleet {
  const doc = referenceFleetDoc();
  // Limits on, but above the load: the bench measures their cost, not their effect.
  doc.central.components.receive!.ingress = { rateLimitRps: 1_000_000, rateLimitBurst: 1_000_000 };
  const loaded = loadTestFleet(doc);
  if (noAuth) for (const p of loaded.policy.policies) if (p.remoteWrite) delete p.auth;
  return loaded;
}

interface Target {
  scenario: Scenario;
  worker: number;
  args: string[];
  tally: Tally;
}

async function main(): Promise<void> {
  const dir = workDir('bench');
  const body = join(dir, 'body.bin');
  writeFileSync(body, Buffer.alloc(BODY_BYTES, 0x5a));
  const loadBefore = loadavg()[0]!;
  const backend: Backend = await startBackend({ writeStatus: 200, record: false });
  const post = ['-p', body, '-T', 'application/x-protobuf'];
  const directArgs = [...post, `http://127.0.0.1:${backend.port}/api/v1/receive`];
  const direct: Tally = {
    name: 'direct to backend (HTTP)',
    requests: 0,
    failed: 0,
    keepAlive: 0,
    rps: [],
    ticks: 0,
    clientMs: 0,
    backendMs: 0,
  };
  const targets: Target[] = [];
  try {
    const pki = await createTestPki(join(dir, 'pki'), [...hostsOf(benchFleet(false).policy), 'localhost']);
    // One nginx per scenario, all up at once, so throughput rounds can interleave.
    for (const s of SCENARIOS) {
      const loaded = benchFleet(s.noAuth ?? false);
      const user = 'edge-cluster-01';
      const htpasswd: Record<string, string> = {};
      if (s.hash) {
        const lines = Object.entries(loaded.state.edges).map(([u, c]) => `${u}:${s.hash!(c.password)}`);
        htpasswd[`${loaded.fleet.central.thanosFullname}-receive-auth`] = `${lines.join('\n')}\n`;
      }
      // ab sets SNI and Host from the URL; "localhost" resolves to 127.0.0.1 and names the receive vhost.
      const ingress = await startIngress({
        loaded,
        backendPort: backend.port,
        pki,
        htpasswd,
        receiveExtraServerNames: ['localhost'],
      });
      const auth = s.noAuth ? [] : ['-A', `${user}:${loaded.state.edges[user]!.password}`];
      targets.push({
        scenario: s,
        worker: ingress.workerPid(),
        args: [...post, ...auth, `https://localhost:${ingress.httpsPort}/api/v1/receive`],
        tally: {
          name: s.name,
          requests: 0,
          failed: 0,
          keepAlive: 0,
          rps: [],
          ticks: 0,
          clientMs: 0,
          backendMs: 0,
        },
      });
    }
    // Warm up every path (TLS session, upstream keepalive pool, page cache).
    await ab(['-c', '2', '-n', '200', ...directArgs]);
    for (const t of targets)
      await ab(['-c', '2', '-n', String(Math.min(100, t.scenario.requests)), ...t.args]);
    for (let round = 0; round < ROUNDS; round++) {
      const c0 = process.cpuUsage();
      const d = await ab(['-c', String(CONCURRENCY), '-n', '10000', ...directArgs]);
      add(direct, d, cpuMs(process.cpuUsage(c0)));
      for (const t of targets) {
        if (round >= t.scenario.rounds) continue;
        const before = cpuTicks(t.worker);
        const c0 = process.cpuUsage();
        const r = await ab([
          '-c',
          String(t.scenario.concurrency),
          '-n',
          String(t.scenario.requests),
          ...t.args,
        ]);
        add(t.tally, r, cpuMs(process.cpuUsage(c0)), cpuTicks(t.worker) - before);
      }
    }
  } finally {
    await stopAllManaged();
    await backend.close();
  }
  const loadAfter = loadavg()[0]!;

  const msPerReq = (t: Tally) => (t.ticks * (1000 / CLK_TCK)) / t.requests;
  // Whole path = load generator + nginx worker + backend: what bounds throughput on a dedicated box.
  const pathMs = (t: Tally) => (t.clientMs + t.backendMs + t.ticks * (1000 / CLK_TCK)) / t.requests;
  const base = msPerReq(targets[0]!.tally);
  const pad = (x: string, n: number) => x.padEnd(n);
  const lines = [
    `nginx 1.22 (1 worker), ApacheBench, node:http backend; ${cpus().length} CPU(s), load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}`,
    `POST ${BODY_BYTES} B bodies on keep-alive connections; req/s = median of the rounds`,
    '',
    `${pad('path', 26)}${pad('requests', 10)}${pad('failed', 8)}${pad('kept-alive', 12)}${pad('req/s', 9)}${pad('path CPU/req', 14)}${pad('worker CPU/req', 16)}auth CPU/req`,
  ];
  for (const t of [direct, ...targets.map((x) => x.tally)]) {
    const isDirect = t === direct;
    const cpu = isDirect ? '-' : `${msPerReq(t).toFixed(3)} ms`;
    const auth = isDirect || t === targets[0]!.tally ? '-' : `${(msPerReq(t) - base).toFixed(3)} ms`;
    lines.push(
      `${pad(t.name, 26)}${pad(String(t.requests), 10)}${pad(String(t.failed), 8)}${pad(String(t.keepAlive), 12)}${pad(median(t.rps).toFixed(0), 9)}${pad(`${pathMs(t).toFixed(3)} ms`, 14)}${pad(cpu, 16)}${auth}`,
    );
  }
  const sha = targets[1]!.tally;
  lines.push(
    '',
    `full path ({SHA} + TLS + limits) / direct throughput: ${((100 * median(sha.rps)) / median(direct.rps)).toFixed(0)} % (target ≥ 80 %); rounds: direct ${direct.rps.map((x) => x.toFixed(0)).join('/')}, full ${sha.rps.map((x) => x.toFixed(0)).join('/')}`,
    `CPU-bound estimate (dedicated cores): full path / direct = ${((100 * pathMs(direct)) / pathMs(sha)).toFixed(0)} % (path CPU per request ${pathMs(direct).toFixed(3)} ms direct vs ${pathMs(sha).toFixed(3)} ms full)`,
    `{SHA} auth CPU per request: ${(msPerReq(sha) - base).toFixed(3)} ms (target ≤ 0.1 ms); CPU resolution ${(1000 / CLK_TCK / sha.requests).toFixed(4)} ms/request`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch(async (err) => {
  await stopAllManaged();
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
