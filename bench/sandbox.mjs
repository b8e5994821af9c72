#!/usr/bin/env node
/**
 * Sandbox benchmark (run after `npm run build`): for 3, 10 and 30 edges, time from start to every
 * edge queryable, peak memory (sum of RSS of every sandbox process, from /proc) and CPU seconds used
 * until then plus a 10 s steady state. Targets: 3 edges ≤ 15 s; 30 edges ≤ 30 s and ≤ 2 GB.
 *
 *   node bench/sandbox.mjs            # 3 10 30
 *   node bench/sandbox.mjs 3 5        # chosen sizes
 */
import { fileURLToPath } from 'node:url';

const dist = process.env.THANOS_FLEET_DIST ?? fileURLToPath(new URL('../dist/', import.meta.url));
const { startSandbox } = await import(`${dist}sandbox/index.js`);
const { usage } = await import(`${dist}sandbox/resources.js`);

const sizes = process.argv.slice(2).map(Number);
const rows = [];
for (const edges of sizes.length > 0 ? sizes : [3, 10, 30]) {
  const pids = new Set();
  let peak = 0;
  let sb;
  const sample = () => {
    if (sb) for (const p of [sb.pids.receiver, sb.pids.nginx, ...Object.values(sb.pids.agents)]) pids.add(p);
    if (pids.size > 0) peak = Math.max(peak, usage([...pids]).rssBytes);
  };
  const timer = setInterval(sample, 250);
  const t0 = Date.now();
  try {
    sb = await startSandbox({
      edges,
    });
    const greenMs = sb.timings.greenMs;
    sample();
    await new Promise((r) => setTimeout(r, 10_000));
    sample();
    const u = usage([...pids]);
    rows.push({
      edges,
      greenSeconds: +(greenMs / 1000).toFixed(1),
      peakRssMiB: Math.round(peak / 2 ** 20),
      cpuSeconds: +u.cpuSeconds.toFixed(1),
      wallSeconds: +((Date.now() - t0) / 1000).toFixed(1),
    });
    console.error(JSON.stringify(rows.at(-1)));
  } finally {
    clearInterval(timer);
    await sb?.stop({ removeDir: true });
  }
}
console.log('edges  start→green  peak RSS  CPU (start + 10 s)');
for (const r of rows)
  console.log(
    `${String(r.edges).padStart(5)}  ${`${r.greenSeconds} s`.padStart(11)}  ${`${r.peakRssMiB} MiB`.padStart(8)}  ${`${r.cpuSeconds} s`.padStart(8)}`,
  );
