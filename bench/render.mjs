#!/usr/bin/env node
// bench/render: time and peak memory of `render` for generated fleets of 10, 1,000 and 10,000 edges,
// side by side with writing the same bytes with plain fs.writeFile. Run after `npm run build`:
//   node bench/render.mjs [sizes...]
// Each size runs in its own process so peak RSS (maxRSS) belongs to that size alone.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

if (process.argv[2] === '--child') {
  const [, , , size, mode, outDir] = process.argv;
  const { loadFleetText } = await import(join(root, 'dist/fleet/load.js'));
  const { deriveFleetPolicy } = await import(join(root, 'dist/policy/derive.js'));
  const { reconcileState } = await import(join(root, 'dist/fleet/state.js'));
  const { renderFleet } = await import(join(root, 'dist/render/index.js'));
  const { writeArtifactsAtomically } = await import(join(root, 'dist/render/write.js'));
  const base = readFileSync(join(root, 'fleets/reference.yaml'), 'utf8').split('\nedges:')[0];
  const edges = Array.from({ length: Number(size) }, (_, i) =>
    `  - name: edge-${String(i).padStart(5, '0')}\n    externalLabels: { region: r${i % 7} }\n    egress: nat-${i % 50}`,
  ).join('\n');
  const text = `${base}\nedges:\n${edges}\n`;
  // State is prepared outside the timed part: credentials are generated once per fleet, not per render.
  const loaded0 = loadFleetText(text, 'bench.yaml');
  const { state } = reconcileState(loaded0.fleet, undefined);
  const runs = [];
  let artifacts;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const loaded = loadFleetText(text, 'bench.yaml');
    const policy = deriveFleetPolicy(loaded.fleet);
    const result = renderFleet({ fleet: loaded.fleet, policy, state, provider: 'ingress-nginx', lang: 'en' });
    artifacts = result.artifacts;
    if (mode === 'render') writeArtifactsAtomically(outDir, artifacts);
    else {
      // Baseline: the same bytes, plain fs.writeFile, no temp folder and rename.
      rmSync(outDir, { recursive: true, force: true });
      const made = new Set();
      for (const a of artifacts) {
        const f = join(outDir, a.path);
        const d = dirname(f);
        if (!made.has(d)) mkdirSync(d, { recursive: true }), made.add(d);
        writeFileSync(f, a.content);
      }
    }
    runs.push(performance.now() - t0);
  }
  const bytes = artifacts.reduce((n, a) => n + Buffer.byteLength(a.content), 0);
  process.stdout.write(JSON.stringify({ cold: runs[0], warm: Math.min(...runs.slice(1)), files: artifacts.length, bytes, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}


const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const work = mkdtempSync(join(tmpdir(), 'tf-bench-render-'));
console.log('edges   files    MB   render cold  render warm  peak RSS   | fs.writeFile (same bytes, incl. render)  peak RSS');
for (const size of sizes.length ? sizes : [10, 1000, 10000]) {
  const run = (mode) => JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', String(size), mode, join(work, `${mode}-${size}`)], { encoding: 'utf8', maxBuffer: 1 << 24 }));
  const r = run('render');
  const b = run('plain');
  console.log(
    `${String(size).padStart(5)}  ${String(r.files).padStart(6)}  ${(r.bytes / 1e6).toFixed(1).padStart(5)}  ${r.cold.toFixed(0).padStart(8)} ms  ${r.warm.toFixed(0).padStart(8)} ms  ${r.maxRssMb.toFixed(0).padStart(5)} MB   | ${b.warm.toFixed(0).padStart(8)} ms warm                      ${b.maxRssMb.toFixed(0).padStart(5)} MB`,
  );
}
rmSync(work, { recursive: true, force: true });
console.log('targets: 1,000 edges ≤ 1 s warm; 10,000 edges ≤ 10 s and ≤ 500 MB');
