/**
 * Local processes on 127.0.0.1: free ports, managed children stopped by pid, readiness waits.
 * Used by the sandbox and by tests that run real nginx / Prometheus.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, createWriteStream, mkdirSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname } from 'node:path';

/** A free TCP port on 127.0.0.1, chosen by the kernel (bind to port 0). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen({ host: '127.0.0.1', port: 0 }, () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

export interface ManagedProcess {
  name: string;
  pid: number;
  child: ChildProcess;
  /** Resolves with the exit code (or signal name) once the process has exited. */
  exited: Promise<number | string>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process is gone. */
  stop(graceMs?: number): Promise<void>;
  signal(sig: NodeJS.Signals): void;
}

const live = new Set<ManagedProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Last resort: never leave children behind, whatever ends this process.
  process.on('exit', () => {
    for (const p of live) {
      try {
        process.kill(p.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  });
}

export interface SpawnOptions {
  cwd?: string;
  /** stdout and stderr are appended here. */
  logFile: string;
  env?: NodeJS.ProcessEnv;
  /**
   * Write stdout/stderr straight to the log file (no pipe through this process) and give the child
   * its own process group, so it can outlive this process after `release` (sandbox --keep) and a
   * terminal's Ctrl-C reaches only us: we stop children ourselves, in order.
   */
  keepable?: boolean;
}

export function spawnManaged(
  name: string,
  command: string,
  args: string[],
  opts: SpawnOptions,
): ManagedProcess {
  installExitHook();
  mkdirSync(dirname(opts.logFile), { recursive: true });
  let child: ChildProcess;
  let log: { end(): void };
  if (opts.keepable) {
    const fd = openSync(opts.logFile, 'a');
    child = spawn(command, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['ignore', fd, fd],
      detached: true,
    });
    closeSync(fd);
    log = { end() {} };
  } else {
    const stream = createWriteStream(opts.logFile, { flags: 'a' });
    child = spawn(command, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Two sources into one file: neither may end it (the first to end would cut the other's last
    // lines, e.g. a bind error on stderr); it is ended once both have closed.
    child.stdout?.pipe(stream, { end: false });
    child.stderr?.pipe(stream, { end: false });
    child.on('close', () => stream.end());
    log = { end() {} };
  }
  if (child.pid === undefined) throw new Error(`${name}: could not start ${command}`);
  const exited = new Promise<number | string>((resolve) => {
    child.on('exit', (code, sig) => resolve(code ?? sig ?? -1));
    child.on('error', () => resolve(-1));
  });
  const proc: ManagedProcess = {
    name,
    pid: child.pid,
    child,
    exited,
    signal(sig) {
      try {
        process.kill(child.pid!, sig);
      } catch {
        // gone
      }
    },
    async stop(graceMs = 5000) {
      if (child.exitCode !== null || child.signalCode !== null) {
        live.delete(proc);
        return;
      }
      proc.signal('SIGTERM');
      const timer = setTimeout(() => proc.signal('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
      live.delete(proc);
    },
  };
  exited.then(() => {
    live.delete(proc);
    log.end();
  });
  live.add(proc);
  return proc;
}

/**
 * Let a `keepable` process outlive this one: no longer stopped by the exit hook or `stopAllManaged`,
 * and no longer keeping the event loop alive.
 */
export function releaseManaged(proc: ManagedProcess): void {
  live.delete(proc);
  proc.child.unref();
}

/** Is a process with this pid still there (not a zombie)? */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z /.test(stat);
  } catch {
    return true;
  }
}

/** Stop every process this module started (tests call it in afterAll/afterEach). */
export async function stopAllManaged(): Promise<void> {
  await Promise.all([...live].map((p) => p.stop()));
}

/** Poll until `probe` resolves true or the deadline passes. */
export async function waitFor(
  what: string,
  probe: () => Promise<boolean>,
  timeoutMs = 15000,
  everyMs = 50,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await probe()) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** True when an HTTP GET answers with the status (default 200). */
export async function httpAnswers(url: string, status = 200): Promise<boolean> {
  const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
  await res.arrayBuffer();
  return res.status === status;
}
