/**
 * The receiver: Prometheus 2.42 with `--web.enable-remote-write-receiver` standing in for Thanos
 * Receive (datapath.md §4: it answers /api/v1/write with 204 and serves the query API).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startOnFreePorts } from './listen.js';
import { httpAnswers, type ManagedProcess, spawnManaged } from './process.js';

export interface Receiver {
  proc: ManagedProcess;
  port: number;
  dir: string;
  logFile: string;
  /** Remote-write path of this stand-in (Thanos Receive uses /api/v1/receive on 19291). */
  writePath: '/api/v1/write';
}

function launch(dir: string, port: number, logFile: string): ManagedProcess {
  return spawnManaged(
    'receiver',
    'prometheus',
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--web.enable-remote-write-receiver',
      '--web.enable-lifecycle',
      '--storage.tsdb.retention.time=1d',
    ],
    { cwd: dir, logFile, keepable: true },
  );
}

/** Start the receiver on a free port (or on `port` when restarting it). */
export async function startReceiver(dir: string, port?: number): Promise<Receiver> {
  mkdirSync(dir, { recursive: true });
  const logFile = join(dir, 'receiver.log');
  // No scraping: only remote-written series exist (sandbox.md §2).
  writeFileSync(join(dir, 'prometheus.yml'), 'scrape_configs: []\n');
  const ready = (r: { port: number }) => httpAnswers(`http://127.0.0.1:${r.port}/-/ready`);
  if (port !== undefined) {
    const proc = launch(dir, port, logFile);
    const r = { proc, port };
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (proc.child.exitCode !== null) throw new Error(`receiver exited restarting on port ${port}`);
      if (await ready(r).catch(() => false)) break;
      if (Date.now() > deadline) {
        await proc.stop(2000);
        throw new Error(`receiver not ready on port ${port}`);
      }
      await new Promise((res) => setTimeout(res, 50));
    }
    return { proc, port, dir, logFile, writePath: '/api/v1/write' };
  }
  const { started } = await startOnFreePorts<{ proc: ManagedProcess; port: number }>(
    'receiver',
    1,
    logFile,
    ([p]) => ({ proc: launch(dir, p!, logFile), port: p! }),
    ready,
  );
  return { proc: started.proc, port: started.port, dir, logFile, writePath: '/api/v1/write' };
}
