/** An agent's remote-write health from two scrapes of its /metrics (sandbox.md §6, gotcha 5). */
import * as http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMetrics, probeAgent } from '../../src/doctor/probes/agent.js';
import { Servers } from './support.js';

const servers = new Servers();
let port = 0;
/** Each scrape returns the next page of the current script. */
let script: string[] = [];
let served = 0;

const Q = '{remote_name="thanos-receive",url="https://thanos-receive.fleet.test/api/v1/receive"}';
function page(o: {
  total: number;
  failed?: number;
  retried?: number;
  pending?: number;
  shards?: number;
  max?: number;
  sent: number;
  highest: number;
}) {
  return [
    '# HELP prometheus_remote_storage_samples_total Total number of samples sent to remote storage.',
    '# TYPE prometheus_remote_storage_samples_total counter',
    `prometheus_remote_storage_samples_total${Q} ${o.total}`,
    `prometheus_remote_storage_samples_failed_total${Q} ${o.failed ?? 0}`,
    `prometheus_remote_storage_samples_retried_total${Q} ${o.retried ?? 0}`,
    `prometheus_remote_storage_samples_pending${Q} ${o.pending ?? 0}`,
    `prometheus_remote_storage_shards${Q} ${o.shards ?? 1}`,
    `prometheus_remote_storage_shards_max${Q} ${o.max ?? 50}`,
    `prometheus_remote_storage_queue_highest_sent_timestamp_seconds${Q} ${o.sent}`,
    `prometheus_remote_storage_highest_timestamp_in_seconds ${o.highest}`,
    '',
  ].join('\n');
}

beforeAll(async () => {
  port = await servers.listen(
    http.createServer((_q, r) => {
      r.end(script[Math.min(served++, script.length - 1)]);
    }),
  );
});
afterAll(() => servers.closeAll());

async function probe(pages: string[]) {
  script = pages;
  served = 0;
  return probeAgent('edge-01', `http://127.0.0.1:${port}/metrics`, { timeoutMs: 2000, gapMs: 50 });
}

const T = 1_800_000_000;

describe('agent probe', () => {
  it('parses the exposition format', () => {
    const s = parseMetrics(`a_total{x="1",y="a\\"b"} 3\n# c\nb 4.5 1700000000\n`);
    expect(s).toEqual([
      { name: 'a_total', labels: { x: '1', y: 'a\\"b' }, value: 3 },
      { name: 'b', labels: {}, value: 4.5 },
    ]);
  });
  it('healthy: samples sent, nothing failed or retried, small lag', async () => {
    const r = await probe([
      page({ total: 1000, sent: T, highest: T + 1 }),
      page({ total: 1300, sent: T + 3, highest: T + 4 }),
    ]);
    expect(r.map((x) => x.status)).toEqual(['ok']);
    expect(r[0]?.facts).toMatchObject({ sent: 300, failed: 0, retried: 0, lagSeconds: 1 });
  });
  it('failed samples rise: dropped as non-recoverable, even though the lag is 0 (TF9801)', async () => {
    const r = await probe([
      page({ total: 1000, failed: 0, sent: T, highest: T }),
      page({ total: 1264, failed: 264, sent: T + 3, highest: T + 3 }),
    ]);
    expect([r[0]?.status, r[0]?.diagnosis?.code]).toEqual(['fail', 'TF9801']);
  });
  it('retried samples rise with a growing lag: retrying 5xx/TLS (TF9802)', async () => {
    const r = await probe([
      page({ total: 1000, retried: 100, pending: 3000, sent: T, highest: T + 150 }),
      page({ total: 1500, retried: 600, pending: 3287, sent: T, highest: T + 153 }),
    ]);
    expect([r[0]?.status, r[0]?.diagnosis?.code]).toEqual(['fail', 'TF9802']);
  });
  it('counters went backwards: a reload recreated the queue (TF9805)', async () => {
    const r = await probe([
      page({ total: 39036, sent: T, highest: T }),
      page({ total: 2304, sent: T + 3, highest: T + 3 }),
    ]);
    expect([r[0]?.status, r[0]?.diagnosis?.code]).toEqual(['warn', 'TF9805']);
  });
  it('a sent timestamp of 0 is "never sent", not a lag of 1.8e9 s (TF9806)', async () => {
    const r = await probe([
      page({ total: 0, pending: 500, sent: 0, highest: T }),
      page({ total: 0, pending: 800, sent: 0, highest: T + 3 }),
    ]);
    expect([r[0]?.status, r[0]?.diagnosis?.code]).toEqual(['fail', 'TF9806']);
    expect(r[0]?.facts?.lagSeconds).toBe(-1);
  });
  it('at maximum shards (TF9804)', async () => {
    const r = await probe([
      page({ total: 1000, shards: 4, max: 4, sent: T, highest: T }),
      page({ total: 2000, shards: 4, max: 4, sent: T + 3, highest: T + 3 }),
    ]);
    expect([r[0]?.status, r[0]?.diagnosis?.code]).toEqual(['warn', 'TF9804']);
  });
  it('not an agent with remote_write (TF9808); unreachable (TF9807)', async () => {
    expect((await probe(['up 1\n']))[0]?.diagnosis?.code).toBe('TF9808');
    const r = await probeAgent('edge-01', 'http://127.0.0.1:1/metrics', { timeoutMs: 1000, gapMs: 50 });
    expect(r[0]?.diagnosis?.code).toBe('TF9807');
  });
});
