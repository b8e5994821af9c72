/**
 * doctor against the local sandbox (real nginx 1.22, Prometheus 2.42 receiver and agents, a private
 * CA): healthy → no failures; then injected faults show up with their named causes.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseResolve } from '../../src/doctor/context.js';
import { runDoctor } from '../../src/doctor/run.js';
import { readState } from '../../src/fleet/state.js';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js';
import { options } from './support.js';

let sb: Sandbox | undefined;

beforeAll(async () => {
  sb = await startSandbox();
}, 120_000);
afterAll(async () => {
  await sb?.stop({ removeDir: true });
}, 120_000);

function doctorOptions(s: Sandbox) {
  const hosts = s.resolve.map((r) => parseResolve(r)!);
  return options({
    resolve: [...hosts, ...hosts.map((h) => ({ ...h, port: s.ports.http }))],
    ca: [readFileSync(s.caFile, 'utf8')],
    caFile: s.caFile,
    httpPort: s.ports.http,
    timeoutMs: 5000,
    state: readState(s.stateFile),
    stateFile: s.stateFile,
    writeProbe: true,
    agentMetrics: Object.fromEntries(
      Object.entries(s.ports.agents).map(([e, p]) => [e, `http://127.0.0.1:${p}/metrics`]),
    ),
    agentGapMs: 3000,
  });
}

describe('doctor against the sandbox', () => {
  it('a healthy sandbox: no failures', async () => {
    const report = await runDoctor(sb!.fleet, sb!.policy, doctorOptions(sb!));
    const bad = report.results.filter((r) => r.status === 'fail' || r.status === 'warn');
    if (bad.length) console.log(JSON.stringify(bad, null, 1));
    expect(report.results.filter((r) => r.status === 'fail')).toEqual([]);
    expect(report.results.some((r) => r.category === 'write' && r.status === 'ok')).toBe(true);
    expect(report.results.filter((r) => r.category === 'agent').map((r) => r.status)).toEqual([
      'ok',
      'ok',
      'ok',
    ]);
  }, 60_000);

  it.each([
    // The agent's password file is wrong: the agent drops its batches (401 is non-recoverable).
    [
      'wrong-password',
      (codes: Record<string, string[]>, edge: string) => expect(codes[`agent:${edge}`]).toContain('TF9801'),
    ],
    // Receiver stopped: nginx answers 502 to the write probe and to Query; agents retry.
    [
      'receiver-down',
      (codes: Record<string, string[]>, edge: string) => {
        expect(codes[`write:${edge}`]).toContain('TF9503');
        expect(codes[`agent:${edge}`]).toContain('TF9802');
      },
    ],
    // Receiver hung, nginx waits longer than doctor: no answer in time — what an agent logs as
    // "context deadline exceeded" when its remote_timeout is shorter than the ingress read timeout.
    [
      'timeout',
      (codes: Record<string, string[]>, edge: string) => expect(codes[`write:${edge}`]).toContain('TF9505'),
    ],
  ] as const)(
    'fault %s shows up with its cause',
    async (name, expectCodes) => {
      const fault = await sb!.injectFault(name);
      try {
        const edge = fault.edges[0]!;
        const report = await runDoctor(sb!.fleet, sb!.policy, {
          ...doctorOptions(sb!),
          timeoutMs: 3000,
          edgeFilter: new RegExp(`^${edge}$`),
        });
        const codes: Record<string, string[]> = {};
        for (const r of report.results)
          if (r.diagnosis && r.status !== 'ok') {
            const key = `${r.category}:${r.target}`;
            codes[key] = [...(codes[key] ?? []), r.diagnosis.code];
          }
        expectCodes(codes, edge);
      } finally {
        await fault.restore();
      }
    },
    120_000,
  );
});
