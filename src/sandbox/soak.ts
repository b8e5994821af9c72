/**
 * Soak: keep the fleet writing for a while, restart the receiver in the middle, and compare per edge
 * the samples the agent took in (prometheus_remote_storage_samples_in_total) with the samples the
 * receiver stored for its cluster over exactly the same window. Zero lost is the bar: a receiver
 * outage is retried by 2.42 without loss (sandbox.md §6, "receiver down").
 */
import { durationSeconds } from '../fleet/defaults.js';
import type { Agent } from './agents.js';
import type { Sandbox } from './index.js';
import { fetchMetrics, remoteWriteHealth } from './observe.js';

export interface SoakEdge {
  edge: string;
  sent: number;
  stored: number;
  lost: number;
}

export interface SoakResult {
  seconds: number;
  receiverDownSeconds: number;
  edges: SoakEdge[];
  held: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Read samples_in at the middle between two scrapes of this agent, so no scrape straddles the
 * moment: the window (t, t'] then holds whole scrapes only.
 */
async function readAtMidScrape(sb: Sandbox, a: Agent): Promise<{ t: number; samplesIn: number }> {
  const interval = durationSeconds('1s') * 1000;
  const r = await sb.internal.query(`timestamp(up{cluster="${a.edge.clusterLabel}"})`);
  const last = Number(r[0]?.value[1] ?? Date.now() / 1000) * 1000;
  const now = Date.now();
  let target = last + interval / 2;
  while (target < now + 50) target += interval;
  await sleep(target - now);
  const t = Date.now();
  const samplesIn = remoteWriteHealth(await fetchMetrics(a.port)).samplesIn;
  return { t, samplesIn };
}

export async function soak(
  sb: Sandbox,
  seconds: number,
  onEvent?: (e: { restartedAfterMs: number; downMs: number }) => void,
): Promise<SoakResult> {
  const it = sb.internal;
  const start = await Promise.all(it.agents.map((a) => readAtMidScrape(sb, a)));
  const t0 = Date.now();
  await sleep((seconds * 1000) / 2);
  const down0 = Date.now();
  // A real outage: down for a tenth of the run (at least 3 s), long enough for queues to back up.
  await it.restartReceiver(Math.max(3000, seconds * 100));
  const downMs = Date.now() - down0;
  onEvent?.({ restartedAfterMs: down0 - t0, downMs });
  const rest = t0 + seconds * 1000 - Date.now();
  if (rest > 0) await sleep(rest);
  const end = await Promise.all(it.agents.map((a) => readAtMidScrape(sb, a)));
  // Wait until every queue has sent past the end of the window.
  const deadline = Date.now() + 60_000;
  for (;;) {
    const h = await sb.health();
    const caught = it.agents.every((a, i) => {
      const x = h[a.edge.name]!;
      return x.lagSeconds !== undefined && x.lagSeconds < 2 && Date.now() - end[i]!.t > 3000;
    });
    if (caught || Date.now() > deadline) break;
    await sleep(250);
  }
  const edges: SoakEdge[] = [];
  for (const [i, a] of it.agents.entries()) {
    const from = start[i]!;
    const to = end[i]!;
    const rangeMs = to.t - from.t;
    // Every raw sample of every series of the edge in (from, to]: a range selector evaluated at `to`
    // (count_over_time would drop __name__ and collide across metric names).
    const r = await it.query(`{cluster="${a.edge.clusterLabel}"}[${rangeMs}ms]`, to.t / 1000);
    const stored = r.reduce((n, s) => n + (s.values?.length ?? 0), 0);
    const sent = to.samplesIn - from.samplesIn;
    edges.push({ edge: a.edge.name, sent, stored, lost: Math.max(0, sent - stored) });
  }
  return {
    seconds,
    receiverDownSeconds: downMs / 1000,
    edges,
    held: edges.every((e) => e.lost === 0),
  };
}
