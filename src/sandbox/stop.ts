/**
 * `thanos-fleet sandbox stop <dir>`: stop a sandbox left running with --keep, by the pids it recorded,
 * agents first (datapath.md §1.2), and only processes that still run the command we started there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pidAlive } from './process.js';

export interface SandboxInfo {
  dir: string;
  fleetFile: string;
  stateFile: string;
  caFile: string;
  resolve: string[];
  ports: { receiver: number; https: number; http: number; agents: Record<string, number> };
  pids: { receiver: number; nginx: number; agents: Record<string, number> };
  doctorCommand: string;
}

export function readSandboxInfo(dir: string): SandboxInfo | undefined {
  const file = join(dir, 'sandbox.json');
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as SandboxInfo;
}

/** The pid still runs a process that belongs to this sandbox (its command line names the folder). */
function ours(pid: number, dir: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dir);
  } catch {
    return false;
  }
}

async function stopPid(pid: number, dir: string, graceMs: number): Promise<boolean> {
  if (!pidAlive(pid) || !ours(pid, dir)) return false;
  try {
    process.kill(pid, 'SIGCONT'); // a timeout fault leaves the receiver stopped
    process.kill(pid, 'SIGTERM');
  } catch {
    return false;
  }
  const deadline = Date.now() + graceMs;
  while (pidAlive(pid)) {
    if (Date.now() > deadline) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone
      }
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

/** Stop every recorded process; returns how many were running. */
export async function stopSandboxDir(dir: string): Promise<number | undefined> {
  const info = readSandboxInfo(dir);
  if (!info) return undefined;
  const agents = await Promise.all(Object.values(info.pids.agents).map((p) => stopPid(p, info.dir, 10_000)));
  const nginx = await stopPid(info.pids.nginx, info.dir, 5000);
  const receiver = await stopPid(info.pids.receiver, info.dir, 10_000);
  return [...agents, nginx, receiver].filter(Boolean).length;
}
