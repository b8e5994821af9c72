/** What every sandbox test asserts afterwards: none of its processes left, none of its ports bound. */
import { createServer } from 'node:net';
import { expect } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { pidAlive } from '../../src/sandbox/process.js';
import { withChildren } from '../../src/sandbox/resources.js';

export interface Footprint {
  pids: number[];
  ports: number[];
}

/** Every pid (with children, e.g. nginx workers) and port of a running sandbox. */
export function footprint(sb: Sandbox): Footprint {
  return {
    pids: withChildren([sb.pids.receiver, sb.pids.nginx, ...Object.values(sb.pids.agents)]),
    ports: [sb.ports.receiver, sb.ports.https, sb.ports.http, ...Object.values(sb.ports.agents)],
  };
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen({ host: '127.0.0.1', port }, () => srv.close(() => resolve(true)));
  });
}

export async function expectGone(fp: Footprint): Promise<void> {
  // Workers exit right after their master; allow them a moment.
  const deadline = Date.now() + 5000;
  while (fp.pids.some(pidAlive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  expect(fp.pids.filter(pidAlive)).toEqual([]);
  const bound: number[] = [];
  for (const p of fp.ports) if (!(await portFree(p))) bound.push(p);
  expect(bound).toEqual([]);
}
