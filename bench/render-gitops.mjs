#!/usr/bin/env node
// bench/render-gitops: time and peak memory of `render --layout gitops` for generated fleets of
// 1,000 and 10,000 edges: the render itself, the layout transform (toGitopsLayout) and writing the
// layout to disk, each timed separately. Run after `npm run build`:
//   node bench/render-gitops.mjs [sizes...]
// Each size runs in its own process so peak RSS (maxRSS) belongs to that size alone.
// Targets: 1,000 edges ≤ 1 s warm; 10,000 edges ≤ 10 s and ≤ 500 MB.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

if (process.argv[2] === '--child') {
  const [, , , size, outDir] = process.argv;
  const { loadFleetText } = await import(join(root, 'dist/fleet/load.js'));
  const { deriveFleetPolicy } = await import(join(root, 'dist/policy/derive.js'));
  const { reconcileState } = await import(join(root, 'dist/fleet/state.js'));
  const { renderFleet } = await import(join(root, 'dist/render/index.js'));
  const { toGitopsLayout } = await import(join(root, 'dist/render/gitops/index.js'));
  const { writeArtifactsAtomically } = await import(join(root, 'dist/render/write.js'));
  const base = readFileSync(join(root, 'fleets/reference.yaml'), 'utf8').split('\nedges:')[0];
  // A third of the edges on each deployable form, like a fleet mid-migration.
  const forms = ['raw', 'kube-prometheus-stack', 'prometheus-operator'];
  const edges = Array.from(
    { length: Number(size) },
    (_, i) =>
      `  - name: edge-${String(i).padStart(5, '0')}\n    externalLabels: { region: r${i % 7} }\n    egress: nat-${i % 50}\n    form: ${forms[i % 3]}`,
  ).join('\n');
  const text = `${base}\nedges:\n${edges}\ngitops:\n  repoURL: https://git.example.com/fleet.git\n`;
  // Credentials are generated once per fleet, not per render: outside the timed part.
  const { state } = reconcileState(loadFleetText(text, 'bench.yaml').fleet, undefined);
  const runs = [];
  let layout;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const loaded = loadFleetText(text, 'bench.yaml');
    const ctx = { fleet: loaded.fleet, policy: deriveFleetPolicy(loaded.fleet), state, provider: 'ingress-nginx', lang: 'en' };
    const artifacts = renderFleet(ctx).artifacts;
    const t1 = performance.now();
    layout = toGitopsLayout(ctx, artifacts);
    const t2 = performance.now();
    writeArtifactsAtomically(outDir, layout);
    const t3 = performance.now();
    runs.push({ render: t1 - t0, layout: t2 - t1, write: t3 - t2, total: t3 - t0 });
  }
  const warm = runs.slice(1).reduce((a, r) => (r.total < a.total ? r : a));
  const bytes = layout.reduce((n, a) => n + Buffer.byteLength(a.content), 0);
  process.stdout.write(
    JSON.stringify({ cold: runs[0], warm, files: layout.length, bytes, maxRssMb: process.resourceUsage().maxRSS / 1024 }),
  );
  process.exit(0);
}

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const work = mkdtempSync(join(tmpdir(), 'tf-bench-gitops-'));
const ms = (v) => `${v.toFixed(0).padStart(7)} ms`;
console.log('edges    files     MB |     render      layout       write  warm total |  cold total   peak RSS');
for (const size of sizes.length ? sizes : [1000, 10000]) {
  const r = JSON.parse(
    execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', String(size), join(work, `gitops-${size}`)], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    }),
  );
  console.log(
    `${String(size).padStart(5)}  ${String(r.files).padStart(7)}  ${(r.bytes / 1e6).toFixed(1).padStart(5)} | ${ms(r.warm.render)} ${ms(r.warm.layout)} ${ms(r.warm.write)} ${ms(r.warm.total)} | ${ms(r.cold.total)} ${r.maxRssMb.toFixed(0).padStart(6)} MB`,
  );
}
rmSync(work, { recursive: true, force: true });
console.log('targets: 1,000 edges ≤ 1 s warm; 10,000 edges ≤ 10 s and ≤ 500 MB');
