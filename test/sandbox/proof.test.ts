import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js';
import { runProof } from '../../src/sandbox/proof.js';
import { usage } from '../../src/sandbox/resources.js';
import { soak } from '../../src/sandbox/soak.js';
import { expectGone, type Footprint, footprint } from './support.js';

const CORS_FLEET = fileURLToPath(new URL('./fixtures/cors-allowlist.yaml', import.meta.url));

describe('sandbox: the reference fleet', () => {
  let sb: Sandbox | undefined;
  let fp: Footprint | undefined;
  afterAll(async () => {
    await sb?.stop({ removeDir: true });
    if (fp) await expectGone(fp);
  });

  it('goes green end to end: every edge queryable by its cluster label through the query host', async () => {
    sb = await startSandbox();
    fp = footprint(sb);
    const t = sb.timings;
    // Timings are printed, not asserted (they depend on the machine's load).
    console.log(
      `start → 3 edges queryable: ${t.greenMs} ms (pki ${t.pkiMs}, receiver ${t.receiverMs}, nginx ${t.ingressMs}, agents ${t.agentsMs}); ${(usage(fp.pids).rssBytes / 2 ** 20).toFixed(0)} MiB RSS`,
    );
    expect(Object.keys(t.edgeGreenMs).sort()).toEqual([
      'edge-cluster-01',
      'edge-cluster-02',
      'edge-cluster-03',
    ]);
    expect(sb.resolve).toContain(`thanos-receiver.k8s-central.example.com:${sb.ports.https}:127.0.0.1`);
    expect(sb.doctorCommand).toContain(`--cacert ${sb.caFile}`);
    expect(existsSync(sb.stateFile)).toBe(true);
  });

  it('proves every rendered policy item and every edge', async () => {
    const proof = await runProof(sb!);
    const failed = proof.checks.filter((c) => !c.held);
    expect(failed).toEqual([]);
    const kinds = new Set(proof.checks.map((c) => c.kind));
    for (const k of [
      'tls',
      'tlsUntrusted',
      'redirect',
      'unknownHost',
      'authMissing',
      'authWrong',
      'authOk',
      'bodyLimit',
      'rateLimit',
      'edgeQueryable',
      'edgeNoFailures',
      'notThrottled',
    ] as const)
      expect(kinds).toContain(k);
    const rate = proof.checks.find((c) => c.kind === 'rateLimit')!;
    expect(rate.observed.en).toMatch(/×503/);
  });

  it('soaks with a receiver restart and loses no sample', async () => {
    const r = await soak(sb!, 12);
    console.log(JSON.stringify(r));
    expect(r.edges).toHaveLength(3);
    for (const e of r.edges) {
      expect(e.sent).toBeGreaterThan(0);
      expect(e.stored).toBe(e.sent);
    }
    expect(r.held).toBe(true);
  }, 120_000);
});

describe('sandbox: a fleet with CORS and an allowlist', () => {
  let sb: Sandbox | undefined;
  let fp: Footprint | undefined;
  afterAll(async () => {
    await sb?.stop({ removeDir: true });
    if (fp) await expectGone(fp);
  });

  it('proves CORS for the declared origin and the allowlist 403 from 127.0.0.2', async () => {
    sb = await startSandbox({ fleetFile: CORS_FLEET });
    fp = footprint(sb);
    expect(sb.adjustments.map((a) => a.item).sort()).toEqual(['allowlist']);
    const proof = await runProof(sb);
    expect(proof.checks.filter((c) => !c.held)).toEqual([]);
    const kinds = proof.checks.map((c) => c.kind);
    for (const k of ['allowlist', 'cors', 'corsOther', 'corsPreflight'] as const) expect(kinds).toContain(k);
  });
});
