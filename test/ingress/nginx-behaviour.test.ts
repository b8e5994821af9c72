/**
 * The nginx provider's config under real nginx 1.22 with real TLS on 127.0.0.1, one test per policy
 * item. The reference fleet (plus a browser origin, an allowlist on Query and two Grafana replicas so
 * CORS, the allowlist and affinity render) for everything but the limits; a one-edge fleet with one
 * shard, where small limits are legal, for rate, concurrency and timeouts.
 */
import { request as httpRequest } from 'node:http';
import { Agent, request as httpsRequestRaw } from 'node:https';
import { type ConnectionOptions, connect as tlsConnect } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fleetTraffic } from '../../src/policy/sizing.js';
import { stopAllManaged } from '../../src/sandbox/process.js';
import {
  type Backend,
  headerCount,
  httpsRequest,
  type LoadedTestFleet,
  loadTestFleet,
  type RunningIngress,
  referenceFleetDoc,
  startBackend,
  startIngress,
} from './nginx-harness.js';

const ORIGIN = 'https://console.fleet.test';
const RW_HEADERS = {
  'Content-Type': 'application/x-protobuf',
  'Content-Encoding': 'snappy',
  'X-Prometheus-Remote-Write-Version': '0.1.0',
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function plainHttp(port: number, host: string, path: string): Promise<{ status: number; location?: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, headers: { Host: host }, agent: false },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('reference fleet behind nginx', () => {
  let backend: Backend;
  let ingress: RunningIngress;
  let loaded: LoadedTestFleet;
  const host = (component: string, i = 0) =>
    loaded.policy.policies.find((p) => p.component === component)!.hosts[i]!;
  const receive = () => loaded.policy.policies.find((p) => p.component === 'receive')!;
  const edgeCred = (name = 'edge-cluster-01') => ({
    user: name,
    password: loaded.state.edges[name]!.password,
  });
  const adminCred = () => ({ user: 'admin', password: loaded.state.operators.admin!.password });
  const write = (extra: Partial<Parameters<typeof httpsRequest>[0]> = {}) =>
    httpsRequest({
      port: ingress.httpsPort,
      host: host('receive'),
      ca: ingress.pki.caPem,
      method: 'POST',
      path: '/api/v1/receive',
      headers: RW_HEADERS,
      body: Buffer.alloc(512, 1),
      auth: edgeCred(),
      ...extra,
    });
  const query = (extra: Partial<Parameters<typeof httpsRequest>[0]> = {}) =>
    httpsRequest({
      port: ingress.httpsPort,
      host: host('query'),
      ca: ingress.pki.caPem,
      path: '/api/v1/query?query=up',
      auth: adminCred(),
      ...extra,
    });

  beforeAll(async () => {
    const doc = referenceFleetDoc();
    doc.central.browserOrigins = [ORIGIN];
    doc.central.components.query!.ingress = { allowlist: ['127.0.0.1/32'] };
    doc.central.components.grafana!.replicas = 2;
    loaded = loadTestFleet(doc);
    backend = await startBackend();
    ingress = await startIngress({ loaded, backendPort: backend.port });
  });

  afterAll(async () => {
    await stopAllManaged();
    await ingress?.stop();
    await backend?.close();
  });

  it('TLS: every host, extra hosts included, presents a chain that verifies against the CA with SNI', async () => {
    for (const p of loaded.policy.policies) {
      for (const h of p.hosts) {
        const res = await httpsRequest({
          port: ingress.httpsPort,
          host: h,
          ca: ingress.pki.caPem,
          path: '/',
        });
        expect(res.status, h).toBeGreaterThan(0);
      }
    }
    await expect(
      httpsRequest({ port: ingress.httpsPort, host: host('receive'), ca: ingress.pki.otherCaPem }),
    ).rejects.toThrow(/certificate|self.signed|verify/i);
    // An unknown SNI gets no certificate at all (ssl_reject_handshake).
    await expect(
      httpsRequest({ port: ingress.httpsPort, host: 'unknown.fleet.test', ca: ingress.pki.caPem }),
    ).rejects.toThrow(/alert|handshake|unrecognized|ECONNRESET|socket/i);
  });

  it('TLS: AEAD suites only on TLS 1.2, and sessions resume from the shared cache (tickets off)', async () => {
    const hello = (o: Omit<ConnectionOptions, 'host' | 'port' | 'servername' | 'ca'> = {}) =>
      new Promise<{ cipher: string; reused: boolean; session?: Buffer }>((resolve, reject) => {
        const s = tlsConnect({
          host: '127.0.0.1',
          port: ingress.httpsPort,
          servername: host('receive'),
          ca: ingress.pki.caPem,
          ...o,
        });
        let session: Buffer | undefined;
        // TLS 1.3 sends its session after the handshake: ask for something so it arrives first.
        s.on('session', (x: Buffer) => {
          session = x;
        });
        s.on('secureConnect', () =>
          s.write(`GET / HTTP/1.1\r\nHost: ${host('receive')}\r\nConnection: close\r\n\r\n`),
        );
        s.on('data', () => {});
        s.on('end', () => resolve({ cipher: s.getCipher().name, reused: s.isSessionReused(), session }));
        s.on('error', reject);
      });
    const tls12 = await hello({ maxVersion: 'TLSv1.2' });
    expect(tls12.cipher).toMatch(/^ECDHE-ECDSA-(AES\d+-GCM-SHA\d+|CHACHA20-POLY1305)$/);
    await expect(hello({ maxVersion: 'TLSv1.2', ciphers: 'ECDHE-ECDSA-AES128-SHA' })).rejects.toThrow(
      /handshake failure|alert|no cipher/i,
    );
    for (const version of ['TLSv1.2', 'TLSv1.3'] as const) {
      const first = await hello({ minVersion: version, maxVersion: version });
      expect(first.session, version).toBeDefined();
      const again = await hello({ minVersion: version, maxVersion: version, session: first.session! });
      expect(again.reused, version).toBe(true);
    }
  });

  it('plain HTTP redirects every known host to HTTPS with 308; unknown hosts get 404', async () => {
    for (const p of loaded.policy.policies)
      for (const h of p.hosts) {
        const res = await plainHttp(ingress.httpPort, h, '/api/v1/query?query=up');
        expect(res.status, h).toBe(308);
        expect(res.location).toBe(`https://${h}:${ingress.httpsPort}/api/v1/query?query=up`);
      }
    expect((await plainHttp(ingress.httpPort, 'unknown.fleet.test', '/')).status).toBe(404);
  });

  it('an unknown Host behind a known SNI gets 404 and no backend data', async () => {
    const before = backend.requests.length;
    const res = await httpsRequest({
      port: ingress.httpsPort,
      host: host('query'),
      ca: ingress.pki.caPem,
      headers: { Host: 'unknown.fleet.test' },
      path: '/api/v1/query?query=up',
      auth: adminCred(),
    });
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('backend');
    expect(backend.requests.length).toBe(before);
  });

  it('basic auth: the right edge credentials pass, wrong or missing ones get 401; the backend never sees them', async () => {
    const before = backend.requests.length;
    const ok = await write();
    expect(ok.status).toBe(204);
    const seen = backend.requests.at(-1)!;
    expect(seen.url).toBe('/api/v1/receive');
    expect(seen.headers.authorization).toBeUndefined();
    expect((await write({ auth: { user: 'edge-cluster-01', password: 'wrong' } })).status).toBe(401);
    expect((await write({ auth: { user: 'edge-cluster-02', password: edgeCred().password } })).status).toBe(
      401,
    );
    expect((await write({ auth: undefined })).status).toBe(401);
    expect(backend.requests.length).toBe(before + 1);
    // Operators (bcrypt) on Query.
    expect((await query()).status).toBe(200);
    expect((await query({ auth: { user: 'admin', password: 'nope' } })).status).toBe(401);
  });

  it('edge auth reads one file per user: the right password reaches the backend, every other name gets 401', async () => {
    const before = backend.requests.length;
    expect((await write()).status).toBe(204);
    expect(backend.requests.length).toBe(before + 1);
    const password = edgeCred().password;
    const admin = adminCred().password;
    const refused: [string, string][] = [
      ['edge-cluster-01', 'wrong'],
      // Well-formed but without a file: nginx alone would answer 403 (ENOENT), the fallback makes it 401.
      ['edge-cluster-99', password],
      ['edge-cluster-01.r2', password],
      // Names the map never turns into a path, some of them real files with a matching password.
      ['../../etc/passwd', password],
      ['../thanos-operators-auth', admin],
      ['../../../../../../../../dev/zero', password],
      ['edge-cluster-01/../edge-cluster-01', password],
      ['edge-cluster-01\n', password],
      ['EDGE-CLUSTER-01', password],
      ['_unknown', ''],
      ['', password],
    ];
    for (const [user, pw] of refused) {
      const res = await write({ auth: { user, password: pw } });
      expect(res.status, JSON.stringify(user)).toBe(401);
      expect(res.headers['www-authenticate'], JSON.stringify(user)).toBe('Basic realm="thanos-receive"');
    }
    expect(backend.requests.length).toBe(before + 1);
    const log = ingress.errorLog();
    expect(log).toMatch(/user "edge-cluster-99" was not found in ".*\/thanos-receive-auth\.d\/_unknown"/);
    expect(log).toMatch(
      /user "\.\.\/\.\.\/etc\/passwd" was not found in ".*\/thanos-receive-auth\.d\/_unknown"/,
    );
    // A trailing newline does not slip past the pattern's end (PCRE's $ would allow it; \z does not).
    expect(log).toMatch(/user "edge-cluster-01\n" was not found in ".*\/thanos-receive-auth\.d\/_unknown"/);
    // No request ever reached an open() of a file that is not there or not readable (403 / 500).
    expect(log).not.toMatch(/open\(\) ".*htpasswd.*" failed/);
  });

  it('receive exposes remote write only', async () => {
    const before = backend.requests.length;
    for (const path of ['/', '/api/v1/status', '/-/ready', '/api/v1/receive/x']) {
      const res = await write({ method: 'GET', path, body: undefined });
      expect(res.status, path).toBe(404);
    }
    expect(backend.requests.length).toBe(before);
  });

  it('a body over the limit gets 413; one at the limit passes', async () => {
    const limit = receive().bodySizeBytes;
    expect((await write({ body: Buffer.alloc(limit + 1, 7) })).status).toBe(413);
    expect((await write({ body: Buffer.alloc(limit, 7) })).status).toBe(204);
  });

  it('an address outside the allowlist gets 403, even with the right credentials', async () => {
    expect((await query({ localAddress: '127.0.0.2' })).status).toBe(403);
    expect((await query({ localAddress: '127.0.0.1' })).status).toBe(200);
    expect(ingress.errorLog()).toMatch(/access forbidden by rule, client: 127\.0\.0\.2/);
  });

  it('CORS answers the allowed origin only, with exactly one Access-Control-Allow-Origin', async () => {
    const allowed = await query({ headers: { Origin: ORIGIN } });
    expect(allowed.status).toBe(200);
    expect(allowed.body).toContain('backend');
    expect(headerCount(allowed.rawHeaders, 'Access-Control-Allow-Origin')).toBe(1);
    expect(allowed.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(allowed.headers['access-control-allow-credentials']).toBe('true');
    const foreign = await query({ headers: { Origin: 'https://evil.example' } });
    expect(foreign.status).toBe(200);
    expect(headerCount(foreign.rawHeaders, 'Access-Control-Allow-Origin')).toBe(0);
    expect(headerCount(foreign.rawHeaders, 'Access-Control-Allow-Methods')).toBe(0);
    // Preflight: answered by nginx (204), without credentials, never reaching the backend.
    const before = backend.requests.length;
    const pre = await query({
      method: 'OPTIONS',
      auth: undefined,
      headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'POST' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(pre.headers['access-control-allow-methods']).toBe('GET, POST, OPTIONS');
    expect(backend.requests.length).toBe(before);
  });

  it('websockets upgrade through to Grafana', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpsRequestRaw({
        host: '127.0.0.1',
        port: ingress.httpsPort,
        servername: host('grafana'),
        ca: ingress.pki.caPem,
        path: '/api/live/ws',
        agent: false,
        headers: {
          Host: host('grafana'),
          Connection: 'Upgrade',
          Upgrade: 'websocket',
          'Sec-WebSocket-Version': '13',
          'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
        },
      });
      req.on('upgrade', (res, socket) => {
        socket.destroy();
        resolve(res.statusCode ?? 0);
      });
      req.on('response', (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(101);
    expect(backend.requests.at(-1)!.headers.upgrade).toBe('websocket');
  });

  it('cookie affinity: a client without the cookie gets one, a client with it keeps it', async () => {
    const g = (headers: Record<string, string> = {}) =>
      httpsRequest({
        port: ingress.httpsPort,
        host: host('grafana'),
        ca: ingress.pki.caPem,
        path: '/',
        headers,
      });
    const first = await g();
    const cookie = String(first.headers['set-cookie'] ?? '');
    expect(cookie).toMatch(/^grafana-session=[0-9a-f]{32}; Path=\/; Secure; HttpOnly; SameSite=Lax$/);
    const again = await g({ Cookie: `other=1; ${cookie.split(';')[0]}` });
    expect(again.headers['set-cookie']).toBeUndefined();
  });
});

describe('limits and timeouts on a one-edge, one-shard fleet', () => {
  let backend: Backend;
  let ingress: RunningIngress;
  let loaded: LoadedTestFleet;

  beforeAll(async () => {
    const doc = referenceFleetDoc();
    doc.edges = [
      {
        name: 'edge-01',
        remoteTimeout: '1s',
        queue: { maxShards: 1, minShards: 1, maxSamplesPerSend: 100, capacity: 1000 },
      },
    ];
    // The smallest limits the policy accepts for this fleet (it refuses less: src/policy/derive.ts).
    doc.central.components.receive!.ingress = {
      rateLimitRps: 20,
      rateLimitBurst: 2,
      connections: 3,
      readTimeoutSeconds: 2,
    };
    loaded = loadTestFleet(doc);
    backend = await startBackend();
    ingress = await startIngress({ loaded, backendPort: backend.port });
  });

  afterAll(async () => {
    await stopAllManaged();
    await ingress?.stop();
    await backend?.close();
  });

  const rx = () => loaded.policy.policies.find((p) => p.component === 'receive')!;
  const write = (headers: Record<string, string> = {}, agent?: Agent) =>
    httpsRequest({
      port: ingress.httpsPort,
      host: rx().hosts[0]!,
      ca: ingress.pki.caPem,
      method: 'POST',
      path: '/api/v1/receive',
      headers: { ...RW_HEADERS, ...headers },
      body: Buffer.alloc(256, 3),
      auth: { user: 'edge-01', password: loaded.state.edges['edge-01']!.password },
      ...(agent ? { agent } : {}),
    });

  it('the fleet’s declared traffic passes the rate limit', async () => {
    const traffic = fleetTraffic(loaded.fleet.edges);
    expect(rx().rateLimit).toEqual({ rps: traffic.rpsNeeded, burst: 2 });
    await sleep(500); // let any earlier bucket drain
    // Like the agent: `connectionsNeeded` requests in flight on kept-alive connections, each shard
    // waiting at least one MIN_ROUND_TRIP (100 ms) between sends — rpsNeeded in total.
    const agent = new Agent({ keepAlive: true, maxSockets: traffic.connectionsNeeded });
    try {
      const statuses: number[] = [];
      for (let wave = 0; wave < 15; wave++) {
        const answers = await Promise.all(
          Array.from({ length: traffic.connectionsNeeded }, () => write({}, agent)),
        );
        statuses.push(...answers.map((a) => a.status));
        await sleep(100);
      }
      expect(statuses.every((s) => s === 204)).toBe(true);
    } finally {
      agent.destroy();
    }
  });

  it('a burst over the rate gets 503 (retried by Prometheus), not 429', async () => {
    await sleep(500);
    const answers = await Promise.all(Array.from({ length: 60 }, () => write()));
    const statuses = answers.map((a) => a.status);
    expect(statuses).toContain(204);
    expect(statuses).toContain(503);
    expect(statuses.every((s) => s === 204 || s === 503)).toBe(true);
    expect(ingress.errorLog()).toMatch(/limiting requests, excess: .* by zone "thanos_fleet_receive_req"/);
  });

  it('more concurrent requests than allowed from one address get 503', async () => {
    const limit = rx().connections!;
    await sleep(500);
    const held: Promise<{ status: number }>[] = [];
    try {
      for (let i = 0; i < limit; i++) {
        held.push(write({ 'x-test-hold': '1' }));
        await sleep(120); // stay under the rate limit: this test is about concurrency
        await waitHeld(backend, i + 1);
      }
      const over = await write();
      expect(over.status).toBe(503);
      expect(ingress.errorLog()).toMatch(/limiting connections by zone "thanos_fleet_receive_conn"/);
    } finally {
      backend.release();
    }
    expect((await Promise.all(held)).map((a) => a.status)).toEqual(Array(limit).fill(204));
    await sleep(200);
    expect((await write()).status).toBe(204);
  });

  it('a backend slower than proxy_read_timeout gets 504', async () => {
    expect(rx().timeouts.readSeconds).toBe(2);
    await sleep(200);
    try {
      const res = await write({ 'x-test-hold': '1' });
      expect(res.status).toBe(504);
      expect(ingress.errorLog()).toMatch(/upstream timed out .* while reading response header from upstream/);
    } finally {
      backend.release();
    }
  });
});

async function waitHeld(backend: Backend, n: number): Promise<void> {
  for (let i = 0; i < 200 && backend.held() < n; i++) await sleep(25);
  if (backend.held() < n) throw new Error(`backend holds ${backend.held()} requests, expected ${n}`);
}
