/** The hand-made remote write (protobuf + literal-only snappy) against a real Prometheus 2.42 receiver. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpRequest } from '../../src/doctor/net.js';
import { PROBE_METRIC, probeBody } from '../../src/doctor/probes/write.js';
import { EMPTY_WRITE_BODY, REMOTE_WRITE_HEADERS, snappyLiteralBlock } from '../../src/doctor/wire.js';
import {
  freePort,
  httpAnswers,
  type ManagedProcess,
  spawnManaged,
  waitFor,
} from '../../src/sandbox/process.js';
import { loadFixture, tempDir } from './support.js';

const tmp = tempDir();
let receiver: ManagedProcess | undefined;
let port = 0;

beforeAll(async () => {
  port = await freePort();
  const dir = join(tmp.dir, 'receiver');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'prometheus.yml'), 'scrape_configs: []\n');
  receiver = spawnManaged(
    'doctor-test-receiver',
    'prometheus',
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--web.enable-remote-write-receiver',
    ],
    { cwd: dir, logFile: join(dir, 'receiver.log') },
  );
  await waitFor('receiver ready', () => httpAnswers(`http://127.0.0.1:${port}/-/ready`), 30_000);
});
afterAll(async () => {
  await receiver?.stop(2000);
  tmp.remove();
});

const ep = () => ({ host: '127.0.0.1', address: '127.0.0.1', port });
const write = (body: Buffer) =>
  httpRequest({
    endpoint: ep(),
    tls: false,
    method: 'POST',
    path: '/api/v1/write',
    headers: REMOTE_WRITE_HEADERS,
    body,
    timeoutMs: 5000,
  });

describe('remote write by hand', () => {
  it('snappy literal blocks: short, one-byte and two-byte length tags', () => {
    expect([...snappyLiteralBlock(Buffer.from('abc'))]).toEqual([3, 2 << 2, 0x61, 0x62, 0x63]);
    expect([...snappyLiteralBlock(Buffer.alloc(100, 1)).subarray(0, 3)]).toEqual([100, 60 << 2, 99]);
    expect([...snappyLiteralBlock(Buffer.alloc(300, 1)).subarray(0, 5)]).toEqual([
      0xac,
      0x02,
      61 << 2,
      0x2b,
      0x01,
    ]);
  });

  it('the empty WriteRequest used for credential checks is accepted (204) and writes nothing', async () => {
    const out = await write(EMPTY_WRITE_BODY);
    expect(out.ok && out.res.status).toBe(204);
  });

  it('a probe sample at the current time is accepted and can be queried back with its labels', async () => {
    const { fleet } = loadFixture();
    const edge = fleet.edges[0]!;
    const out = await write(probeBody(edge, 'run-1', Date.now()));
    expect(out.ok && out.res.status).toBe(204);
    const q = await httpRequest({
      endpoint: ep(),
      tls: false,
      path: `/api/v1/query?query=${encodeURIComponent(`${PROBE_METRIC}{doctor_run="run-1"}`)}`,
      timeoutMs: 5000,
    });
    expect(q.ok).toBe(true);
    const body = JSON.parse(q.ok ? q.res.body.toString() : '{}');
    expect(body.data.result).toHaveLength(1);
    expect(body.data.result[0].metric).toEqual({
      __name__: PROBE_METRIC,
      cluster: 'edge-01',
      doctor_run: 'run-1',
    });
    expect(body.data.result[0].value[1]).toBe('1');
  });

  it('a sample far in the past is rejected 400 out of bounds, like the receiver does for agents', async () => {
    const { fleet } = loadFixture();
    await write(probeBody(fleet.edges[1]!, 'run-2', Date.now()));
    const out = await write(probeBody(fleet.edges[1]!, 'run-2', Date.now() - 3 * 3600_000));
    expect(out.ok && out.res.status).toBe(400);
  });
});
