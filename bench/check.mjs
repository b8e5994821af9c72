#!/usr/bin/env node
/**
 * Benchmark: `thanos-fleet check` vs one `promtool check config --agent` over the same agent configs.
 * Run after `npm run build`:  node bench/check.mjs [counts…]   (default: 2000 20000)
 * Generates N agent configs (one edge each) into a temp dir, times both tools' wall clock (one process
 * each, output discarded; five runs each, interleaved, medians) and prints them side by side.
 * Target: check ≤ 2 × promtool.
 * Also shown: the check engine alone (runCheck in this process, after import, one run), i.e. without
 * the CLI's start-up: Node itself and the bundled CLI compiled from its code cache (dist/bin,
 * src/cli/launcher.ts), about 0.11 s here for one file, of which ~0.07 s is Node loading
 * NODE_EXTRA_CA_CERTS when set. The fleet loader and the `yaml` library run only when an input needs
 * them. At 2,000 files most of the engine's time is code not yet optimised by V8 and garbage collection.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const { runCheck } = await import('../dist/check/engine.js');
const main = fileURLToPath(new URL('../dist/bin/thanos-fleet.js', import.meta.url));
const counts = process.argv.slice(2).map(Number);

function agentConfig(i) {
  const name = `edge-${String(i).padStart(5, '0')}`;
  return `global:
  scrape_interval: 30s
  external_labels:
    cluster: ${name}
    region: r${i % 7}
scrape_configs:
  - job_name: node
    static_configs:
      - targets: [localhost:9100]
remote_write:
  - url: https://thanos-receive.example.com/api/v1/receive
    remote_timeout: 30s
    basic_auth:
      username: ${name}
      password_file: /etc/prometheus/secrets/password
    queue_config:
      capacity: 10000
      max_shards: 50
      max_samples_per_send: 2000
      retry_on_http_429: true
`;
}

function time(cmd, args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, status: r.status, stderr: r.stderr?.toString().slice(0, 400) };
}

const RUNS = 5;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const rows = [];
for (const n of counts.length > 0 ? counts : [2000, 20000]) {
  const dir = mkdtempSync(join(tmpdir(), 'tf-bench-'));
  const files = [];
  for (let i = 0; i < n; i++) {
    const f = join(dir, `edge-${String(i).padStart(5, '0')}.yml`);
    writeFileSync(f, agentConfig(i));
    files.push(f);
  }
  // Both tools RUNS times, interleaved so a busy moment of the machine hits both alike; medians shown.
  const promtoolRuns = [];
  const ourRuns = [];
  for (let run = 0; run < RUNS; run++) {
    const p = time('promtool', ['check', 'config', '--agent', ...files]);
    if (p.status !== 0) throw new Error(`promtool failed: ${p.stderr}`);
    const o = time(process.execPath, [main, 'check', '--format', 'json', dir]);
    if (o.status !== 0) throw new Error(`check failed (exit ${o.status}): ${o.stderr}`);
    promtoolRuns.push(p.ms);
    ourRuns.push(o.ms);
  }
  const promtool = { ms: median(promtoolRuns) };
  const ours = { ms: median(ourRuns) };
  const start = process.hrtime.bigint();
  const inProcess = await runCheck({ paths: [dir], options: { prometheusVersion: '2.42.0' } });
  const engine = Number(process.hrtime.bigint() - start) / 1e6;
  if (inProcess.summary.files !== n) throw new Error(`engine checked ${inProcess.summary.files} files, not ${n}`);
  rows.push({ n, promtool: promtool.ms, check: ours.ms, engine });
  rmSync(dir, { recursive: true, force: true });
}

const pad = (s, w) => String(s).padStart(w);
console.log(
  `${pad('configs', 8)} ${pad('promtool ms', 12)} ${pad('check CLI ms', 13)} ${pad('ratio', 6)} ${pad('engine ms', 10)} ${pad('ratio', 6)} ${pad('engine µs/file', 15)}`,
);
for (const r of rows)
  console.log(
    `${pad(r.n, 8)} ${pad(r.promtool.toFixed(0), 12)} ${pad(r.check.toFixed(0), 13)} ${pad((r.check / r.promtool).toFixed(2), 6)} ${pad(r.engine.toFixed(0), 10)} ${pad((r.engine / r.promtool).toFixed(2), 6)} ${pad(((r.engine * 1000) / r.n).toFixed(0), 15)}`,
  );
