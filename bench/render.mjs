#!/usr/bin/env node
// bench/render: `thanos-fleet render` as a user runs it, for generated fleets of 10, 1,000 and 10,000
// edges, in both layouts (files, and --layout gitops with a third of the edges on each deployable
// form), side by side with writing the same bytes with plain fs.writeFile. Run after `npm run build`:
//   node bench/render.mjs [sizes...]          (output under $TMPDIR, default /tmp)
//
// Per size and layout:
//   CLI cold     first run: creates the state file (credentials, bcrypt for operators)
//   CLI warm     best and median of four more runs with the state in place: what a re-render costs
//                (this VM's speed drifts by ±25 % within minutes: compare rows of one run)
//   peak RSS     the CLI process's maximum resident set (GNU time %M), largest of the warm runs
//   in-process   load + render without any disk write (the stream consumed and dropped)
//   writeFile    the same files and bytes written with plain fs.writeFileSync into a fresh folder:
//                the file system's floor (this disk is shared; compare the columns, not the runs)
// Also printed: Node's own start-up here (`node -e ''`, which the CLI pays too; with NODE_EXTRA_CA_CERTS
// set, as in this sandbox, Node parses that whole file of certificates first, so it is also timed
// without) and a fixed pure-JS loop, so figures from runs on a slower or faster moment of the
// machine can be set side by side.
// Targets (issues 3 and 8): 1,000 edges ≤ 1 s warm; 10,000 edges ≤ 10 s and ≤ 500 MB.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/bin/thanos-fleet.js');

if (process.argv[2] === '--in-process') {
  // Load + render with nothing written: the CPU part of a render, for the breakdown column.
  const [, , , fleetFile, stateFile, layout] = process.argv;
  const { loadFleetFile } = await import(join(root, 'dist/fleet/load.js'));
  const { deriveFleetPolicy } = await import(join(root, 'dist/policy/derive.js'));
  const { readState, reconcileState } = await import(join(root, 'dist/fleet/state.js'));
  const { streamFleet } = await import(join(root, 'dist/render/index.js'));
  const { gitopsLayout } = await import(join(root, 'dist/render/gitops/index.js'));
  const times = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const loaded = loadFleetFile(fleetFile);
    const { state } = reconcileState(loaded.fleet, readState(stateFile));
    const ctx = { fleet: loaded.fleet, policy: deriveFleetPolicy(loaded.fleet), state, provider: 'ingress-nginx', lang: 'en' };
    const { artifacts } = streamFleet(ctx);
    let bytes = 0;
    for (const a of layout === 'gitops' ? gitopsLayout(ctx, artifacts) : artifacts) bytes += a.content.length;
    times.push(performance.now() - t0);
  }
  process.stdout.write(JSON.stringify({ ms: Math.min(...times.slice(1)) }));
  process.exit(0);
}

if (process.argv[2] === '--plain-write') {
  // The baseline: every file of a finished render read into memory first, then written with plain
  // writeFileSync (mkdir as needed, no temporary folder, no rename, no modes); only the writing is timed.
  const [, , , from, to] = process.argv;
  const files = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else files.push([relative(from, p), readFileSync(p)]);
    }
  };
  walk(from);
  rmSync(to, { recursive: true, force: true });
  const t0 = performance.now();
  const made = new Set();
  for (const [rel, content] of files) {
    const f = join(to, rel);
    const d = dirname(f);
    if (!made.has(d)) mkdirSync(d, { recursive: true }), made.add(d);
    writeFileSync(f, content);
  }
  process.stdout.write(JSON.stringify({ ms: performance.now() - t0, files: files.length, bytes: files.reduce((n, [, c]) => n + c.length, 0) }));
  process.exit(0);
}

function fleetText(size, layout) {
  const base = readFileSync(join(root, 'fleets/reference.yaml'), 'utf8').split('\nedges:')[0];
  // gitops: a third of the edges on each deployable form, like a fleet mid-migration.
  const forms = ['raw', 'kube-prometheus-stack', 'prometheus-operator'];
  const edges = Array.from({ length: size }, (_, i) => {
    const form = layout === 'gitops' ? `\n    form: ${forms[i % 3]}` : '';
    return `  - name: edge-${String(i).padStart(5, '0')}\n    externalLabels: { region: r${i % 7} }\n    egress: nat-${i % 50}${form}`;
  }).join('\n');
  return `${base}\nedges:\n${edges}\n`;
}

/** One CLI run through GNU time: wall time and peak RSS of the CLI process itself. */
function run(args) {
  const r = spawnTimed(args);
  const m = /tf-bench ([\d.]+) (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`render failed (exit ${r.status}): ${r.stderr.slice(0, 400)}`);
  return { ms: Number(m[1]) * 1000, rssMb: Number(m[2]) / 1024 };
}

function spawnTimed(args) {
  const r = spawnSync('/usr/bin/time', ['-f', 'tf-bench %e %M', process.execPath, cli, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  return { status: r.status, stderr: r.stderr };
}

const child = (args) =>
  JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), ...args], { encoding: 'utf8', maxBuffer: 1 << 24 }));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
};

/** Wall time of a fresh Node process running `code`, median of five. */
function nodeMs(code, env = process.env) {
  const times = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    execFileSync(process.execPath, ['-e', code], { env });
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** This environment without NODE_EXTRA_CA_CERTS, which Node 20 parses whole at every start-up. */
function withoutExtraCaCerts() {
  const { NODE_EXTRA_CA_CERTS: _, ...env } = process.env;
  return env;
}

/** A fixed pure-JS loop timed inside a fresh process, median of five: how fast the CPU is right now. */
function loopMs() {
  const code = 'const t=performance.now();let x=0;for(let i=0;i<3e8;i++)x+=i%7;process.stdout.write(String(performance.now()-t+x*0))';
  return median(Array.from({ length: 5 }, () => Number(execFileSync(process.execPath, ['-e', code], { encoding: 'utf8' }))));
}

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const work = mkdtempSync(join(tmpdir(), 'tf-bench-render-'));
const load0 = loadavg()[0];
const rows = [];
try {
  for (const size of sizes.length ? sizes : [10, 1000, 10000]) {
    for (const layout of ['files', 'gitops']) {
      const fleet = join(work, `fleet-${size}-${layout}.yaml`);
      writeFileSync(fleet, fleetText(size, layout));
      const out = join(work, `out-${size}-${layout}`);
      const args = ['render', fleet, '-o', out, '--layout', layout];
      const cold = run(args);
      const warm = [run(args), run(args), run(args), run(args)];
      const inProcess = child(['--in-process', fleet, fleet.replace(/\.yaml$/, '.state.yaml'), layout]);
      const plain = child(['--plain-write', out, join(work, `plain-${size}-${layout}`)]);
      rmSync(join(work, `plain-${size}-${layout}`), { recursive: true, force: true });
      rows.push({
        size,
        layout,
        files: plain.files,
        mb: plain.bytes / 1e6,
        cold: cold.ms,
        warm: Math.min(...warm.map((w) => w.ms)),
        warmMedian: median(warm.map((w) => w.ms)),
        rss: Math.max(...warm.map((w) => w.rssMb)),
        inProcess: inProcess.ms,
        plain: plain.ms,
      });
      rmSync(out, { recursive: true, force: true });
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const pad = (s, n) => String(s).padStart(n);
console.log(`${tmpdir()}; load average ${load0.toFixed(1)} → ${loadavg()[0].toFixed(1)}`);
console.log(
  `node start-up ${nodeMs('').toFixed(0)} ms (NODE_EXTRA_CA_CERTS ${process.env.NODE_EXTRA_CA_CERTS ? `set; ${nodeMs('', withoutExtraCaCerts()).toFixed(0)} ms without it` : 'unset'}); ` +
    `fixed JS loop ${loopMs().toFixed(0)} ms (406 ms on this VM's fast moments)`,
);
console.log(
  `${pad('edges', 6)} ${pad('layout', 7)} ${pad('files', 7)} ${pad('MB', 6)} ${pad('CLI cold', 10)} ${pad('CLI warm', 10)} ${pad('warm med', 10)} ${pad('peak RSS', 9)} | ${pad('in-process', 11)} ${pad('writeFile', 10)}`,
);
for (const r of rows)
  console.log(
    `${pad(r.size, 6)} ${pad(r.layout, 7)} ${pad(r.files, 7)} ${pad(r.mb.toFixed(1), 6)} ${pad(`${r.cold.toFixed(0)} ms`, 10)} ${pad(`${r.warm.toFixed(0)} ms`, 10)} ${pad(`${r.warmMedian.toFixed(0)} ms`, 10)} ${pad(`${r.rss.toFixed(0)} MB`, 9)} | ${pad(`${r.inProcess.toFixed(0)} ms`, 11)} ${pad(`${r.plain.toFixed(0)} ms`, 10)}`,
  );
console.log('targets: 1,000 edges ≤ 1 s warm; 10,000 edges ≤ 10 s and ≤ 500 MB (CLI warm, peak RSS)');
