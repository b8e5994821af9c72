/** Memory and CPU of the sandbox's processes (and their children, e.g. nginx workers), from /proc. */
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function children(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

export function withChildren(pids: number[]): number[] {
  const all = new Set<number>();
  const walk = (p: number) => {
    if (all.has(p)) return;
    all.add(p);
    for (const c of children(p)) walk(c);
  };
  for (const p of pids) walk(p);
  return [...all];
}

export interface Usage {
  /** Sum of resident memory in bytes. */
  rssBytes: number;
  /** User + system CPU seconds consumed so far. */
  cpuSeconds: number;
  processes: number;
}

export function usage(pids: number[]): Usage {
  let rss = 0;
  let ticks = 0;
  let n = 0;
  for (const pid of withChildren(pids)) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const m = /VmRSS:\s+(\d+) kB/.exec(status);
      if (m) rss += Number(m[1]) * 1024;
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // fields[11], [12] = utime, stime (proc(5) fields 14, 15)
      ticks += Number(fields[11]) + Number(fields[12]);
      n++;
    } catch {
      // exited meanwhile
    }
  }
  return { rssBytes: rss, cpuSeconds: ticks / TICKS_PER_SECOND, processes: n };
}
