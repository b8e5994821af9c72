/**
 * Dead, slow and hostile endpoints: every probe ends in its own timeout or cap with a named diagnosis
 * (never a hang). The servers here are the doctor's peers, written to misbehave.
 */
import * as http from 'node:http';
import * as https from 'node:https';
import * as net from 'node:net';
import * as tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostTargets, parseResolve } from '../../src/doctor/context.js';
import { httpRequest } from '../../src/doctor/net.js';
import { probeChallenge } from '../../src/doctor/probes/auth.js';
import { probeTcp } from '../../src/doctor/probes/tcp.js';
import { probeTls } from '../../src/doctor/probes/tls.js';
import { runDoctor } from '../../src/doctor/run.js';
import { loadFixture, options, QUERY, RECEIVE, Servers, TestPki, tempDir } from './support.js';

const TIMEOUT = 800;
const servers = new Servers();
const tmp = tempDir();
let pki: TestPki;
const timers = new Set<NodeJS.Timeout>();
const ports: Record<string, number> = {};

beforeAll(async () => {
  pki = new TestPki(tmp.dir);
  const good = pki.issue('server', [RECEIVE, QUERY]);
  // Accepts TCP, never says a word.
  ports.silent = await servers.listen(net.createServer(() => {}));
  // Valid TLS, then a response that trickles one byte every 100 ms, forever.
  ports.trickle = await servers.listen(
    https.createServer(good, (_req, res) => {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="x"' });
      const t = setInterval(() => res.write('x'), 100);
      timers.add(t);
      res.on('close', () => {
        clearInterval(t);
        timers.delete(t);
      });
    }),
  );
  // Headers that never come: TLS handshake fine, then silence.
  ports.noHeaders = await servers.listen(https.createServer(good, () => {}));
  // An endless body.
  ports.endless = await servers.listen(
    https.createServer(good, (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      const pump = () => {
        while (!res.destroyed && res.write(chunk)) {}
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    }),
  );
  // Valid TLS, then bytes that are not HTTP.
  ports.garbage = await servers.listen(
    tls.createServer(good, (s) => {
      s.on('data', () => s.end('SSH-2.0-OpenSSH_9.2\r\n\r\n'));
    }),
  );
  // Plain HTTP where TLS is expected.
  ports.plain = await servers.listen(http.createServer((_req, res) => res.end('hello\n')));
  // A port nobody listens on.
  const probe = net.createServer();
  ports.closed = await servers.listen(probe);
  await new Promise<void>((r) => probe.close(() => r()));
});

afterAll(async () => {
  for (const t of timers) clearInterval(t);
  await servers.closeAll();
  tmp.remove();
});

const ep = (port: number) => ({ host: RECEIVE, address: '127.0.0.1', port, ca: [pki.caPem] });
const tlsOpts = () => ({ ca: [pki.caPem], timeoutMs: TIMEOUT, warnDays: 21, failDays: 7 });

describe('doctor against hostile endpoints', () => {
  it('a silent TCP peer: TCP is fine, the TLS handshake times out (TF9208)', async () => {
    expect((await probeTcp(ep(ports.silent!), TIMEOUT)).status).toBe('ok');
    const r = await probeTls(ep(ports.silent!), tlsOpts());
    expect(r.status).toBe('fail');
    expect(r.diagnosis?.code).toBe('TF9208');
  });

  it('nothing listening: connection refused (TF9111)', async () => {
    const r = await probeTcp(ep(ports.closed!), TIMEOUT);
    expect(r.diagnosis?.code).toBe('TF9111');
  });

  it('plain HTTP on the TLS port: not TLS (TF9207)', async () => {
    const r = await probeTls(ep(ports.plain!), tlsOpts());
    expect(r.status).toBe('fail');
    expect(r.diagnosis?.code).toBe('TF9207');
  });

  it('a trickling answer ends at the deadline while reading the body (TF9901)', async () => {
    const out = await httpRequest({
      endpoint: ep(ports.trickle!),
      tls: true,
      ca: [pki.caPem],
      path: '/',
      timeoutMs: TIMEOUT,
    });
    expect(out.ok).toBe(false);
    if (!out.ok) expect([out.error.kind, out.error.phase]).toEqual(['timeout', 'body']);
    const r = await probeChallenge(ep(ports.trickle!), 'query', true, TIMEOUT);
    expect(r.result.diagnosis?.code).toBe('TF9901');
  });

  it('headers that never come: no answer within the deadline (TF9505)', async () => {
    const r = await probeChallenge(ep(ports.noHeaders!), 'receive', true, TIMEOUT);
    expect(r.result.status).toBe('fail');
    expect(r.result.diagnosis?.code).toBe('TF9505');
    expect(r.result.diagnosis?.cause.en).toMatch(/context deadline exceeded/);
  });

  it('TLS fine, then not HTTP (TF9903)', async () => {
    const r = await probeChallenge(ep(ports.garbage!), 'receive', true, TIMEOUT);
    expect(r.result.diagnosis?.code).toBe('TF9903');
  });

  it('--resolve parsing, IPv6 included; hosts pinned without a plain-HTTP entry skip the redirect', () => {
    expect(parseResolve('a.fleet.test:8443:[::1]')).toEqual({
      host: 'a.fleet.test',
      port: 8443,
      address: '::1',
    });
    expect(parseResolve('a.fleet.test:99999:127.0.0.1')).toBeUndefined();
    expect(parseResolve('nonsense')).toBeUndefined();
  });

  it('an endless body is cut at 1 MiB (TF9902)', async () => {
    const out = await httpRequest({
      endpoint: ep(ports.endless!),
      tls: true,
      ca: [pki.caPem],
      path: '/',
      timeoutMs: 5000,
    });
    expect(out.ok && out.res.truncated && out.res.body.length).toBe(1024 * 1024);
    const r = await probeChallenge(ep(ports.endless!), 'query', true, 5000);
    expect(r.result.diagnosis?.code).toBe('TF9902');
  });

  it('a whole run over hostile hosts finishes, and dependents say skipped and why', async () => {
    const { fleet, policy } = loadFixture();
    const report = await runDoctor(
      fleet,
      policy,
      options({
        ca: [pki.caPem],
        timeoutMs: TIMEOUT,
        resolve: [
          { host: RECEIVE, port: ports.plain!, address: '127.0.0.1' },
          { host: QUERY, port: ports.silent!, address: '127.0.0.1' },
        ],
        writeProbe: true,
      }),
    );
    const find = (cat: string, target: string) =>
      report.results.find((r) => r.category === cat && r.target === target);
    expect(find('tls', RECEIVE)?.diagnosis?.code).toBe('TF9207');
    expect(find('tls', QUERY)?.diagnosis?.code).toBe('TF9208');
    expect(find('auth', RECEIVE)?.status).toBe('skip');
    expect(find('auth', RECEIVE)?.skipped?.en).toMatch(/TLS/);
    expect(find('write', 'edge-01')?.status).toBe('skip');
    expect(find('query', QUERY)?.status).toBe('skip');
    // Redirect: --resolve pins the hosts without a plain-HTTP entry.
    expect(find('redirect', RECEIVE)?.status).toBe('skip');
    expect(
      hostTargets(policy, [{ host: RECEIVE, port: 8443, address: '127.0.0.1' }])[0]?.httpPort,
    ).toBeUndefined();
  });
});
