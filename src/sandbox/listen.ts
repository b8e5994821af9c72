/**
 * Start a process that listens on free ports, retrying with new ports when a port was taken between
 * choosing it (bind to :0, close) and the process binding it: that race is retried, never fatal.
 */
import { readFileSync } from 'node:fs';
import { freePort, type ManagedProcess } from './process.js';

const IN_USE = /address already in use|Address already in use/;

export class PortRaceError extends Error {}

function logTail(file: string, from: number): string {
  try {
    return readFileSync(file, 'utf8').slice(from);
  } catch {
    return '';
  }
}

function logSize(file: string): number {
  try {
    return readFileSync(file, 'utf8').length;
  } catch {
    return 0;
  }
}

/**
 * `launch(ports)` starts the process on `count` fresh ports; `ready(ports)` says when it serves.
 * Retries up to `attempts` times when the process dies of a taken port.
 */
export async function startOnFreePorts<T extends { proc: ManagedProcess }>(
  what: string,
  count: number,
  logFile: string,
  launch: (ports: number[]) => T | Promise<T>,
  ready: (started: T) => Promise<boolean>,
  attempts = 5,
  timeoutMs = 30_000,
): Promise<{ started: T; ports: number[] }> {
  for (let attempt = 1; ; attempt++) {
    const ports: number[] = [];
    while (ports.length < count) {
      const p = await freePort();
      if (!ports.includes(p)) ports.push(p);
    }
    const before = logSize(logFile);
    const started = await launch(ports);
    let died = false;
    started.proc.exited.then(() => {
      died = true;
    });
    try {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if (died) throw new PortRaceError(`${what} exited`);
        if (await ready(started).catch(() => false)) break;
        if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return { started, ports };
    } catch (err) {
      await started.proc.stop(2000);
      // A piped log is written asynchronously: give the last lines a moment to land.
      await new Promise((r) => setTimeout(r, 100));
      const tail = logTail(logFile, before);
      if (attempt < attempts && IN_USE.test(tail)) continue;
      const last = tail.trim().split('\n').slice(-3).join(' | ');
      throw new Error(`${what}: ${(err as Error).message}${last ? ` — ${last}` : ''}`);
    }
  }
}
