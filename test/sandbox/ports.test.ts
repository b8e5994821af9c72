import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startOnFreePorts } from '../../src/sandbox/listen.js';
import { httpAnswers, type ManagedProcess, pidAlive, spawnManaged } from '../../src/sandbox/process.js';

describe('a port taken between choosing and binding', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thanos-fleet-ports-'));
  let squatter: Server | undefined;
  let proc: ManagedProcess | undefined;
  afterAll(async () => {
    await proc?.stop();
    squatter?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is retried on new ports, not fatal', async () => {
    // Someone else holds this port: the first launch is forced onto it and dies of EADDRINUSE.
    squatter = createServer();
    const taken = await new Promise<number>((resolve) =>
      squatter!.listen({ host: '127.0.0.1', port: 0 }, () =>
        resolve((squatter!.address() as { port: number }).port),
      ),
    );
    writeFileSync(join(dir, 'prometheus.yml'), 'scrape_configs: []\n');
    const logFile = join(dir, 'receiver.log');
    const tried: number[] = [];
    const launched: ManagedProcess[] = [];
    const { started, ports } = await startOnFreePorts<{ proc: ManagedProcess; port: number }>(
      'receiver',
      1,
      logFile,
      ([p]) => {
        const port = tried.length === 0 ? taken : p!;
        tried.push(port);
        const child = spawnManaged(
          'receiver',
          'prometheus',
          [
            `--config.file=${join(dir, 'prometheus.yml')}`,
            `--storage.tsdb.path=${join(dir, `data-${tried.length}`)}`,
            `--web.listen-address=127.0.0.1:${port}`,
          ],
          { logFile },
        );
        launched.push(child);
        return { proc: child, port };
      },
      (s) => httpAnswers(`http://127.0.0.1:${s.port}/-/ready`),
    );
    proc = started.proc;
    expect(tried).toHaveLength(2);
    expect(tried[0]).toBe(taken);
    expect(started.port).toBe(ports[0]);
    expect(pidAlive(launched[0]!.pid)).toBe(false);
    await proc.stop();
    expect(pidAlive(proc.pid)).toBe(false);
  });
});
