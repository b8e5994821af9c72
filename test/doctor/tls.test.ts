/** TLS: the three x509 failures agents log are told apart, and expiry windows warn or fail. */
import * as https from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeTls } from '../../src/doctor/probes/tls.js';
import { RECEIVE, Servers, TestPki, tempDir } from './support.js';

const servers = new Servers();
const tmp = tempDir();
let pki: TestPki;
let other: TestPki;
const port: Record<string, number> = {};

async function serve(name: string, cert: { cert: string; key: string }) {
  port[name] = await servers.listen(https.createServer(cert, (_q, r) => r.end('ok')));
}

beforeAll(async () => {
  pki = new TestPki(tmp.dir);
  other = new TestPki(tmp.dir, 'other');
  await serve('good', pki.issue('good', [RECEIVE]));
  await serve('expired', pki.issue('expired', [RECEIVE], -1));
  await serve('wronghost', pki.issue('wrong', ['thanos.fleet.test']));
  await serve('soon', pki.issue('soon', [RECEIVE], 3));
  await serve('warn', pki.issue('warn', [RECEIVE], 10));
  await serve('otherca', other.issue('otherca', [RECEIVE]));
});
afterAll(async () => {
  await servers.closeAll();
  tmp.remove();
});

const probe = (name: string, trust: 'private' | 'system' = 'private') =>
  probeTls(
    { host: RECEIVE, address: '127.0.0.1', port: port[name]! },
    {
      ...(trust === 'private' ? { ca: [pki.caPem] } : {}),
      caFile: 'ca.crt',
      timeoutMs: 2000,
      warnDays: 21,
      failDays: 7,
    },
  );

describe('TLS probe', () => {
  it('a certificate from the trusted CA for the host: ✔ with protocol and days left', async () => {
    const r = await probe('good');
    expect(r.status).toBe('ok');
    expect(r.facts?.protocol).toMatch(/^TLSv1\.[23]$/);
    expect(r.facts?.daysLeft).toBeGreaterThanOrEqual(29);
    expect(r.message.en).toMatch(/day\(s\) left/);
  });
  it('signed by another CA: unknown authority (TF9201)', async () => {
    const r = await probe('otherca');
    expect(r.diagnosis?.code).toBe('TF9201');
    expect(r.diagnosis?.cause.en).toMatch(/x509: certificate signed by unknown authority/);
  });
  it('our private CA against the system roots: unknown authority (TF9201)', async () => {
    expect((await probe('good', 'system')).diagnosis?.code).toBe('TF9201');
  });
  it('host not in the certificate (TF9202), naming what it is valid for', async () => {
    const r = await probe('wronghost');
    expect(r.diagnosis?.code).toBe('TF9202');
    expect(r.diagnosis?.cause.en).toContain('thanos.fleet.test');
  });
  it('expired (TF9203)', async () => {
    expect((await probe('expired')).diagnosis?.code).toBe('TF9203');
  });
  it('expires inside --cert-fail-days: fail (TF9204); inside --cert-warn-days: warn (TF9205)', async () => {
    const soon = await probe('soon');
    expect([soon.status, soon.diagnosis?.code]).toEqual(['fail', 'TF9204']);
    const warn = await probe('warn');
    expect([warn.status, warn.diagnosis?.code]).toEqual(['warn', 'TF9205']);
  });
});
