/**
 * A whole doctor run against a fake ingress: a healthy fleet is all ✔; each status a broken hop
 * answers maps to its named cause (guide 트러블슈팅 cases, sandbox.md §6 and gotcha 11).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DoctorOptions } from '../../src/doctor/context.js';
import { healthy } from '../../src/doctor/model.js';
import { runDoctor } from '../../src/doctor/run.js';
import { FakeIngress, type Hooks } from './fake-ingress.js';
import {
  FIXTURE,
  loadFixture,
  options,
  PASSWORDS,
  QUERY,
  RECEIVE,
  Servers,
  TestPki,
  tempDir,
} from './support.js';

const servers = new Servers();
const tmp = tempDir();
let pki: TestPki;
let ingress: FakeIngress;

beforeAll(async () => {
  pki = new TestPki(tmp.dir);
  ingress = new FakeIngress(pki.issue('ingress', [RECEIVE, QUERY]));
  await ingress.start(servers);
});
afterAll(async () => {
  await servers.closeAll();
  tmp.remove();
});

function opts(over: Partial<DoctorOptions> = {}): DoctorOptions {
  return options({
    ca: [pki.caPem],
    httpPort: ingress.httpPort,
    resolve: [RECEIVE, QUERY].flatMap((host) => [
      { host, port: ingress.httpsPort, address: '127.0.0.1' },
      { host, port: ingress.httpPort, address: '127.0.0.1' },
    ]),
    ...over,
  });
}

async function run(hooks: Hooks, over: Partial<DoctorOptions> = {}, fleetText?: string) {
  ingress.reset(hooks);
  const { fleet, policy } = loadFixture(fleetText);
  const report = await runDoctor(fleet, policy, opts(over));
  const codes = report.results.filter((r) => r.diagnosis && r.status !== 'ok').map((r) => r.diagnosis!.code);
  return { report, codes };
}

describe('doctor against a fake ingress', () => {
  it('a healthy fleet: every check ✔, the probe sample is written and read back', async () => {
    const { report, codes } = await run({}, { writeProbe: true });
    expect(codes).toEqual([]);
    expect(healthy(report.results)).toBe(true);
    expect(report.results.filter((r) => r.status !== 'ok')).toEqual([]);
    const cats = new Set(report.results.map((r) => r.category));
    expect([...cats]).toEqual(['dns', 'tcp', 'tls', 'redirect', 'auth', 'write', 'query', 'cors']);
    expect(ingress.written).toEqual(new Set(['edge-01', 'edge-02']));
    // A handful of requests: nowhere near a rate limit.
    expect(ingress.requests).toBeLessThan(20);
    // Secrets never appear in the report.
    const text = JSON.stringify(report);
    for (const pw of Object.values(PASSWORDS)) expect(text).not.toContain(pw);
  });

  it.each([
    [
      '403 with credentials: htpasswd missing, not a password problem',
      { status: 403, nginx: true },
      'TF9404',
    ],
    ['500 page from nginx with credentials: htpasswd unreadable', { status: 500, nginx: true }, 'TF9405'],
    [
      '503 page from nginx after auth: no ready backend (pod not ready)',
      { status: 503, nginx: true },
      'TF9501',
    ],
    [
      '503 text from Receive itself: not ready / quorum',
      { status: 503, body: 'hashring not ready\n' },
      'TF9502',
    ],
    ['502: backend unreachable', { status: 502, nginx: true }, 'TF9503'],
    ['504 from the ingress: backend slower than proxy-read-timeout', { status: 504, nginx: true }, 'TF9504'],
    ['413: body limit far too small', { status: 413, nginx: true }, 'TF9507'],
    ['429: dropped by 2.42 without retry_on_http_429', { status: 429, nginx: true }, 'TF9508'],
    ['404 default backend: host not routed', { status: 404, body: 'default backend - 404\n' }, 'TF9409'],
  ] as const)('%s → %s', async (_name, reply, code) => {
    const { codes } = await run({ receiveAuthed: () => ({ ...reply }) });
    expect(codes).toContain(code);
  });

  it('401 for one edge: that edge has wrong credentials (TF9402), the other passes', async () => {
    const { report } = await run({ passwords: { ...PASSWORDS, 'edge-02': 'rotated' } });
    const bad = report.results.filter((r) => r.status === 'fail');
    expect(bad.map((r) => [r.target, r.diagnosis?.code])).toEqual([['edge-02', 'TF9402']]);
  });

  it('401 for every edge: the Secret came from another state file (TF9403)', async () => {
    const { codes } = await run({ passwords: { 'edge-01': 'x', 'edge-02': 'y' } });
    expect(codes).toEqual(['TF9403']);
  });

  it('503 before auth on every try: a denied location, e.g. a missing auth Secret (TF9407)', async () => {
    const { codes, report } = await run({ receiveNoCreds: () => ({ status: 503, nginx: true }) });
    expect(codes).toContain('TF9407');
    expect(report.results.find((r) => r.category === 'auth' && r.target === 'edge-01')).toBeUndefined();
  });

  it('503 before auth once, then 401: a rate or connection limit (TF9408, a warning)', async () => {
    const { report } = await run({
      receiveNoCreds: (n) => (n === 0 ? { status: 503, nginx: true } : undefined),
    });
    const r = report.results.find((x) => x.diagnosis?.code === 'TF9408');
    expect(r?.status).toBe('warn');
    expect(r?.diagnosis?.cause.en).toMatch(/cannot be told from a connection limit/);
  });

  it('403 before auth: address not allowed (TF9406); 200 without credentials: open (TF9401)', async () => {
    expect((await run({ receiveNoCreds: () => ({ status: 403, nginx: true }) })).codes).toContain('TF9406');
    expect((await run({ receiveNoCreds: () => ({ status: 204 }) })).codes).toContain('TF9401');
  });

  it('a silent edge fails (TF9602), a stale one warns (TF9603)', async () => {
    const { report } = await run({ ages: { 'edge-01': 400 } });
    const by = (edge: string) => report.results.find((r) => r.category === 'query' && r.target === edge);
    expect([by('edge-01')?.status, by('edge-01')?.diagnosis?.code]).toEqual(['warn', 'TF9603']);
    expect([by('edge-02')?.status, by('edge-02')?.diagnosis?.code]).toEqual(['fail', 'TF9602']);
  });

  it('--edge limits the per-edge checks', async () => {
    const { report } = await run({ ages: {} }, { edgeFilter: /^edge-01$/ });
    const edgeTargets = report.results.filter((r) => r.target.startsWith('edge-')).map((r) => r.target);
    expect(new Set(edgeTargets)).toEqual(new Set(['edge-01']));
  });

  it('without a state file, credential checks are skipped and say why', async () => {
    const { report } = await run({}, { state: undefined });
    const skipped = report.results.filter((r) => r.status === 'skip');
    expect(skipped.length).toBeGreaterThan(0);
    expect(skipped.every((r) => /state file|operator/.test(r.skipped?.en ?? ''))).toBe(true);
  });
});

describe('CORS from declared browser origins', () => {
  const ORIGIN = 'https://dash.fleet.test';
  const withOrigins = readFileSync(FIXTURE, 'utf8').replace(
    '  operators: [admin]',
    `  operators: [admin]\n  browserOrigins: ["${ORIGIN}"]`,
  );
  const goodPreflight = {
    status: 204,
    headers: {
      'Access-Control-Allow-Origin': ORIGIN,
      'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
      'Access-Control-Allow-Credentials': 'true',
    },
  };
  const cors = (codeOf: Hooks['cors']) => run({ cors: codeOf }, {}, withOrigins);

  it('one matching origin: ✔', async () => {
    const { codes } = await cors({
      preflight: goodPreflight,
      actualHeaders: { 'Access-Control-Allow-Origin': ORIGIN },
    });
    expect(codes).toEqual([]);
  });
  it('missing on the answer (TF9701)', async () => {
    expect((await cors({ preflight: goodPreflight })).codes).toEqual(['TF9701']);
  });
  it('duplicated: the ingress and Thanos both add one (TF9702)', async () => {
    const { codes } = await cors({
      preflight: goodPreflight,
      actualHeaders: { 'Access-Control-Allow-Origin': [ORIGIN, '*'] },
    });
    expect(codes).toEqual(['TF9702']);
  });
  it('preflight behind basic auth (TF9703)', async () => {
    expect((await cors({ preflight: { status: 401 } })).codes).toEqual(['TF9703']);
  });
  it('"*" with credentials (TF9704)', async () => {
    const pre = {
      status: 204,
      headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' },
    };
    expect((await cors({ preflight: pre })).codes).toEqual(['TF9704']);
  });
  it('no declared origins: not needed (TF9706 as information, ✔)', async () => {
    const { report } = await run({});
    const r = report.results.find((x) => x.category === 'cors');
    expect([r?.status, r?.diagnosis?.code]).toEqual(['ok', 'TF9706']);
  });
});

describe('a fleet of 200 edges', () => {
  it('every edge is checked once, paced below the rate limit, and the run finishes', async () => {
    const names = Array.from({ length: 200 }, (_, i) => `edge-${String(i + 1).padStart(3, '0')}`);
    const text = readFileSync(FIXTURE, 'utf8').replace(
      /edges:\n[\s\S]*$/,
      `edges:\n${names.map((n) => `  - name: ${n}\n`).join('')}`,
    );
    const passwords = Object.fromEntries(names.map((n) => [n, `pw-${n}`]));
    const state = {
      ...options().state!,
      edges: Object.fromEntries(names.map((n) => [n, { password: passwords[n]! }])),
    };
    const started = Date.now();
    const { report } = await run(
      { passwords, ages: Object.fromEntries(names.map((n) => [n, 2])) },
      { state },
      text,
    );
    console.log(
      `200 edges: ${report.results.length} results, ${Date.now() - started} ms, ${ingress.requests} requests`,
    );
    expect(report.results.filter((r) => r.status !== 'ok')).toEqual([]);
    // One credential check per edge plus a handful per host.
    expect(ingress.requests).toBeLessThan(200 + 20);
    // Freshness is summed up in one line when there are many edges.
    expect(report.results.filter((r) => r.category === 'query')).toHaveLength(2);
  }, 60_000);
});
