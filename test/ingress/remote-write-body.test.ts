/**
 * The remote-write bodies and load generator bench/ingress.ts relies on: the snappy encoder
 * round-trips, the protobuf matches src/doctor/wire.ts byte for byte, and a real Prometheus 2.42
 * receiver appends every sample, directly and through the rendered nginx config (TLS, basic auth,
 * limits), while an out-of-order replay is refused, so "every answer 2xx" means "every sample written".
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRequests, runLoad } from '../../bench/remote-write-load.js';
import { encodeWriteRequest, REMOTE_WRITE_HEADERS, snappyLiteralBlock } from '../../src/doctor/wire.js';
import { RECEIVE_PATH } from '../../src/fleet/names.js';
import { stopAllManaged } from '../../src/sandbox/process.js';
import { type Receiver, startReceiver } from '../../src/sandbox/receiver.js';
import {
  encodeLabels,
  encodeSamples,
  type Labels,
  parseExposition,
  type SeriesSample,
  ShardWriter,
} from '../support/remote-write.js';
import { snappyCompress, snappyDecompress } from '../support/snappy.js';
import { loadTestFleet, referenceFleetDoc, startIngress } from './nginx-harness.js';

describe('snappy block format', () => {
  const inputs: [string, Buffer][] = [];
  for (const n of [0, 1, 3, 4, 5, 59, 60, 61, 255, 256, 257, 4096, 65_535, 65_536, 65_537, 200_000]) {
    inputs.push([`random ${n}`, randomBytes(n)]);
    inputs.push([`one byte ${n}`, Buffer.alloc(n, 7)]);
    inputs.push([
      `patterned ${n}`,
      Buffer.from(Array.from({ length: n }, (_, i) => ((i * 7) % 251) ^ (i >> 10))),
    ]);
  }

  it.each(inputs)('round-trips %s', (_, data) => {
    expect(snappyDecompress(snappyCompress(data)).equals(data)).toBe(true);
  });

  it('compresses repetitive data and decodes the literal-only blocks of src/doctor/wire.ts', () => {
    expect(snappyCompress(Buffer.alloc(100_000, 1)).length).toBeLessThan(5_000);
    const data = randomBytes(70_000);
    expect(snappyDecompress(snappyLiteralBlock(data)).equals(data)).toBe(true);
  });
});

describe('WriteRequest encoding', () => {
  it('matches src/doctor/wire.ts byte for byte', () => {
    const ts = 1_700_000_000_123;
    const series: { labels: Labels; value: number; timestampMs: number }[] = [
      { labels: { __name__: 'up', job: 'x', cluster: 'edge-01' }, value: 1, timestampMs: ts },
      { labels: { b: 'zwei', __name__: 'foo_total' }, value: 3.5, timestampMs: ts },
    ];
    const ours = encodeSamples(
      series.map((s) => encodeLabels(s.labels)),
      series.map((s) => s.value),
      ts,
    );
    expect(ours.equals(encodeWriteRequest(series))).toBe(true);
  });

  it('parses an exposition page, escapes included', () => {
    const page = [
      '# HELP go_info Information about the Go environment.',
      '# TYPE go_info gauge',
      'go_info{version="go1.19.8"} 1',
      'prometheus_http_requests_total{code="200",handler="/-/ready"} 12',
      'odd{msg="a \\"quoted\\" \\\\ value"} NaN',
      'plain_gauge 2.5e3',
    ].join('\n');
    expect(parseExposition(page)).toEqual([
      { labels: { __name__: 'go_info', version: 'go1.19.8' }, value: 1 },
      { labels: { __name__: 'prometheus_http_requests_total', code: '200', handler: '/-/ready' }, value: 12 },
      { labels: { __name__: 'odd', msg: 'a "quoted" \\ value' }, value: 0 },
      { labels: { __name__: 'plain_gauge' }, value: 2500 },
    ]);
  });
});

describe('against a real Prometheus 2.42 receiver', () => {
  let receiver: Receiver;
  let receiverDir: string | undefined;
  let series: SeriesSample[];
  const appended = async () =>
    parseExposition(await (await fetch(`http://127.0.0.1:${receiver.port}/metrics`)).text())
      .filter((s) => s.labels.__name__ === 'prometheus_tsdb_head_samples_appended_total')
      .reduce((a, s) => a + s.value, 0);
  const post = (body: Buffer) =>
    fetch(`http://127.0.0.1:${receiver.port}${receiver.writePath}`, {
      method: 'POST',
      headers: REMOTE_WRITE_HEADERS,
      body,
    });

  beforeAll(async () => {
    receiverDir = mkdtempSync(join(tmpdir(), 'thanos-fleet-rw-body-'));
    receiver = await startReceiver(receiverDir);
    series = parseExposition(await (await fetch(`http://127.0.0.1:${receiver.port}/metrics`)).text()).slice(
      0,
      270,
    );
  });

  afterAll(async () => {
    await stopAllManaged();
    if (receiverDir) rmSync(receiverDir, { recursive: true, force: true });
  });

  it('appends every sample of realistic ~7 KB bodies, and refuses an out-of-order replay', async () => {
    const w = new ShardWriter(series, { cluster: 'body-test' }, Date.now() - 60_000, 1000);
    const bodies = [w.next(), w.next(), w.next()];
    for (const b of bodies) {
      expect(b.length).toBeGreaterThan(3_000);
      expect(b.length).toBeLessThan(12_000);
    }
    const before = await appended();
    for (const b of bodies) expect((await post(b)).status).toBe(204);
    expect((await appended()) - before).toBe(3 * series.length);
    const replay = await post(bodies[0]!);
    expect(replay.status).toBe(400);
    expect(await replay.text()).toMatch(/out of order/);
  });

  it('the bench load generator writes through the rendered nginx config: all 2xx, every sample appended', async () => {
    const loaded = loadTestFleet(referenceFleetDoc());
    const ingress = await startIngress({
      loaded,
      backendPort: receiver.port,
      upstreamPath: (r) => (r.path === RECEIVE_PATH && r.exact ? receiver.writePath : undefined),
    });
    const user = 'edge-cluster-01';
    const target = {
      port: ingress.httpsPort,
      path: RECEIVE_PATH,
      host: loaded.policy.policies.find((p) => p.remoteWrite)!.hosts[0]!,
      ca: ingress.pki.caPem,
      basicAuth: `${user}:${loaded.state.edges[user]!.password}`,
    };
    const shards = [0, 1, 2].map(
      (c) => new ShardWriter(series, { cluster: `load-${c}` }, Date.now() - 60_000, 1000),
    );
    const before = await appended();
    const r = await runLoad(
      target,
      buildRequests(
        target,
        shards.map((w) => [w.next(), w.next(), w.next(), w.next()]),
      ),
    );
    expect(r.statuses).toEqual({ 204: 12 });
    expect(r.requests).toBe(12);
    expect((await appended()) - before).toBe(12 * series.length);
    await ingress.stop();
  });
});
