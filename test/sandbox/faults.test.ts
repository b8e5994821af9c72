import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULT_NAMES, type FaultName, type Sandbox, startSandbox } from '../../src/sandbox/index.js';
import { runProof } from '../../src/sandbox/proof.js';
import { expectGone, type Footprint, footprint } from './support.js';

/** The documented symptom of each fault (sandbox.md §6): agent log text, metric, ingress status. */
const DOCUMENTED: Record<
  FaultName,
  { log: RegExp; metric: string; status?: number | RegExp; error?: RegExp }
> = {
  'wrong-password': {
    log: /level=error .*msg="non-recoverable error" .*err="server returned HTTP status 401 Unauthorized: <html>"/,
    metric: 'prometheus_remote_storage_samples_failed_total',
    status: 401,
    error: /user "edge-cluster-01": password mismatch/,
  },
  'untrusted-ca': {
    log: /level=warn .*msg="Failed to send batch, retrying" .*x509: certificate signed by unknown authority/,
    metric: 'prometheus_remote_storage_samples_retried_total',
  },
  'receiver-down': {
    log: /msg="Failed to send batch, retrying" err="server returned HTTP status 502 Bad Gateway: <html>"/,
    metric: 'prometheus_remote_storage_samples_retried_total',
    status: 502,
    error: /connect\(\) failed \(111: Connection refused\) while connecting to upstream/,
  },
  'body-limit': {
    log: /msg="non-recoverable error" .*err="server returned HTTP status 413 Request Entity Too Large: <html>"/,
    metric: 'prometheus_remote_storage_samples_failed_total',
    status: 413,
    error: /client intended to send too large body: \d+ bytes/,
  },
  'rate-limit': {
    log: /msg="Failed to send batch, retrying" err="server returned HTTP status 503 Service (Temporarily )?Unavailable: <html>"/,
    metric: 'prometheus_remote_storage_samples_retried_total',
    status: 503,
    error: /limiting requests, excess: [\d.]+ by zone/,
  },
  timeout: {
    log: /msg="Failed to send batch, retrying" err="Post \\"https:\/\/127\.0\.0\.1:\d+\/api\/v1\/receive\\": context deadline exceeded"/,
    metric: 'prometheus_remote_storage_samples_retried_total',
    status: 499,
  },
};

describe('sandbox faults: each produces its documented symptom, and restoring heals the fleet', () => {
  let sb: Sandbox | undefined;
  let fp: Footprint | undefined;
  beforeAll(async () => {
    sb = await startSandbox();
    fp = footprint(sb);
  });
  afterAll(async () => {
    await sb?.stop({ removeDir: true });
    if (fp) await expectGone(fp);
  });

  for (const name of FAULT_NAMES) {
    it(name, async () => {
      const f = await sb!.injectFault(name);
      try {
        const want = DOCUMENTED[name];
        expect(f.held).toBe(true);
        expect(f.symptom.agentLog).toMatch(want.log);
        expect(f.symptom.metric.name).toBe(want.metric);
        expect(f.symptom.metric.after).toBeGreaterThan(f.symptom.metric.before);
        if (want.status instanceof RegExp) expect(String(f.symptom.ingressStatus)).toMatch(want.status);
        else if (want.status !== undefined) expect(f.symptom.ingressStatus).toBe(want.status);
        else expect(f.symptom.ingressStatus).toBeUndefined();
        if (want.error) expect(f.symptom.errorLog).toMatch(want.error);
      } finally {
        await f.restore();
      }
    });
  }

  it('after every fault is restored, the fleet writes cleanly again', async () => {
    const proof = await runProof(sb!);
    const edgeChecks = proof.checks.filter((c) => c.kind === 'edgeNoFailures' || c.kind === 'notThrottled');
    expect(edgeChecks.filter((c) => !c.held)).toEqual([]);
  });
});
