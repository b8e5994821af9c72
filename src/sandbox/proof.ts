/**
 * The proof: every policy item behaves as rendered, through the real nginx, and every edge writes
 * without failures or throttling. Each check records what was expected, what was seen, and its time.
 */
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import tls from 'node:tls';
import { type Localized, say } from '../i18n/index.js';
import { proofMessages as pm } from '../i18n/messages/sandbox.js';
import type { IngressPolicy } from '../policy/model.js';
import { type Request, request, tlsVerifies } from './http.js';
import type { Sandbox } from './index.js';
import { fetchMetrics, parseAccessLog, readFrom, remoteWriteHealth } from './observe.js';

export type CheckKind =
  | 'tls'
  | 'tlsUntrusted'
  | 'redirect'
  | 'unknownHost'
  | 'unknownSni'
  | 'authMissing'
  | 'authWrong'
  | 'authOk'
  | 'bodyLimit'
  | 'rateLimit'
  | 'allowlist'
  | 'cors'
  | 'corsOther'
  | 'corsPreflight'
  | 'edgeQueryable'
  | 'edgeNoFailures'
  | 'notThrottled';

/** Data shown as is in both languages (statuses, header values, URLs). */
const lit = (text: string): Localized => ({ en: text, ko: text });

export interface Check {
  kind: CheckKind;
  component?: string;
  host?: string;
  edge?: string;
  held: boolean;
  ms: number;
  expected: Localized;
  observed: Localized;
}

export interface Proof {
  held: boolean;
  checks: Check[];
  ms: number;
}

const RECEIVE_PROBE_HEADERS = {
  'Content-Encoding': 'snappy',
  'Content-Type': 'application/x-protobuf',
  'X-Prometheus-Remote-Write-Version': '0.1.0',
};

async function timed(
  base: Omit<Check, 'held' | 'ms' | 'observed'>,
  body: () => Promise<{ held: boolean; observed: Localized }>,
): Promise<Check> {
  const t = Date.now();
  try {
    const r = await body();
    return { ...base, ...r, ms: Date.now() - t };
  } catch (err) {
    return {
      ...base,
      held: false,
      observed: say(pm.error, { detail: (err as Error).message }),
      ms: Date.now() - t,
    };
  }
}

/** A path of the component that reaches its backend: the receive path, or the query API. */
function probePath(p: IngressPolicy): string {
  const r = p.routes[0]!;
  if (r.exact) return r.path;
  return p.component === 'query' || p.component === 'queryFrontend' ? '/api/v1/query?query=1' : '/';
}

export async function runProof(sb: Sandbox): Promise<Proof> {
  const t0 = Date.now();
  const it = sb.internal;
  const port = sb.ports.https;
  const ca = sb.caFile;
  const checks: Check[] = [];
  const credsFor = (p: IngressPolicy) => {
    const user = p.auth!.users[0]!;
    const password =
      p.auth!.credentialKind === 'machine'
        ? it.state.edges[user]!.password
        : it.state.operators[user]!.password;
    return { user, password };
  };

  for (const p of sb.policy.policies) {
    const host = p.hosts[0]!;
    const at = { component: p.component, host };
    for (const h of p.hosts) {
      checks.push(
        await timed(
          { kind: 'tls', component: p.component, host: h, expected: say(pm.verifies) },
          async () => {
            const r = await tlsVerifies(port, h, ca);
            const covered = r.subjectAltName?.split(', ').includes(`DNS:${h}`) ?? false;
            return {
              held: r.ok && covered,
              observed: r.ok ? say(covered ? pm.verifies : pm.notInSan) : lit(r.error ?? ''),
            };
          },
        ),
      );
      checks.push(
        await timed(
          { kind: 'redirect', component: p.component, host: h, expected: lit(`308 https://${h}:${port}/`) },
          async () => {
            const r = await request({ scheme: 'http', port: sb.ports.http, host: h, path: '/' });
            const loc = String(r.headers.location ?? '');
            return {
              held: (r.status === 308 || r.status === 301) && loc.startsWith(`https://${h}`),
              observed: lit(`${r.status} ${loc}`),
            };
          },
        ),
      );
    }
    checks.push(
      await timed({ kind: 'tlsUntrusted', ...at, expected: say(pm.rejected) }, async () => {
        const r = await tlsVerifies(port, host, sb.otherCaFile);
        return { held: !r.ok, observed: r.ok ? say(pm.verified) : lit(r.error ?? 'rejected') };
      }),
    );

    const path = probePath(p);
    const ok = p.auth ? credsFor(p) : undefined;
    const headers = p.remoteWrite ? RECEIVE_PROBE_HEADERS : {};
    const body = p.remoteWrite ? 'garbage' : undefined;
    // Every probe below goes to this policy's host over TLS with the sandbox CA; `extra` is what differs.
    const probe = (extra: Partial<Request>) => request({ port, host, path, caFile: ca, ...extra });
    const withAuth = ok ? { auth: ok } : {};
    const withBody = body ? { body } : {};
    if (p.auth && ok) {
      checks.push(
        await timed({ kind: 'authMissing', ...at, expected: lit('401') }, async () => {
          const r = await probe({ headers, ...withBody });
          return { held: r.status === 401, observed: lit(String(r.status)) };
        }),
      );
      checks.push(
        await timed({ kind: 'authWrong', ...at, expected: lit('401') }, async () => {
          const r = await probe({
            headers,
            auth: { user: ok.user, password: `${ok.password}x` },
            ...withBody,
          });
          return { held: r.status === 401, observed: lit(String(r.status)) };
        }),
      );
      // Receive: garbage passes auth and the receiver answers 400 (snappy), sandbox.md §3. Query: 200
      // from the query API. Other components are stood in by the receiver: any answer but 4xx/5xx.
      const want = p.remoteWrite ? '400' : path.startsWith('/api/v1/query') ? '200' : 'any';
      checks.push(
        await timed(
          { kind: 'authOk', ...at, expected: want === 'any' ? say(pm.anyAnswer) : lit(want) },
          async () => {
            const r = await probe({ headers, auth: ok, ...withBody });
            const held = want === 'any' ? r.status >= 200 && r.status < 400 : String(r.status) === want;
            return { held, observed: lit(`${r.status} ${r.body.split('\n')[0]!.slice(0, 60)}`) };
          },
        ),
      );
    }
    checks.push(
      await timed(
        { kind: 'bodyLimit', ...at, expected: say(pm.bodyLimit, { bytes: p.bodySizeBytes }) },
        async () => {
          const r = await probe({
            path: p.routes[0]!.exact ? p.routes[0]!.path : '/api/v1/query',
            method: 'POST',
            headers,
            ...withAuth,
            body: Buffer.alloc(p.bodySizeBytes + 1, 0x61),
          });
          return { held: r.status === 413, observed: lit(String(r.status)) };
        },
      ),
    );
    if (p.rateLimit) checks.push(await rateCheck(sb, p));
    if (p.allowlist) {
      checks.push(
        await timed({ kind: 'allowlist', ...at, expected: say(pm.allowlist) }, async () => {
          const r = await probe({ localAddress: '127.0.0.2', headers, ...withAuth, ...withBody });
          return { held: r.status === 403, observed: lit(String(r.status)) };
        }),
      );
    }
    if (p.cors) {
      const origin = p.cors.origins[0]!;
      checks.push(
        await timed({ kind: 'cors', ...at, expected: say(pm.cors, { origin }) }, async () => {
          const r = await probe({ headers: { Origin: origin }, ...withAuth });
          const acao = r.headers['access-control-allow-origin'];
          // Two values (backend's * plus ours) make browsers reject the answer (sandbox.md gotcha 3).
          return {
            held: acao === origin || (origin === '*' && acao === '*'),
            observed: lit(`${r.status} ${JSON.stringify(acao ?? null)}`),
          };
        }),
      );
      checks.push(
        await timed({ kind: 'corsOther', ...at, expected: say(pm.corsOther) }, async () => {
          const r = await probe({ headers: { Origin: 'https://not-allowed.invalid' }, ...withAuth });
          const acao = r.headers['access-control-allow-origin'];
          return {
            held: origin === '*' ? true : acao === undefined,
            observed: lit(`${r.status} ${JSON.stringify(acao ?? null)}`),
          };
        }),
      );
      checks.push(
        await timed({ kind: 'corsPreflight', ...at, expected: say(pm.preflight) }, async () => {
          const r = await probe({
            method: 'OPTIONS',
            headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' },
          });
          const methods = r.headers['access-control-allow-methods'];
          return {
            held: r.status === 204 && methods !== undefined,
            observed: lit(`${r.status} ${methods ?? ''}`),
          };
        }),
      );
    }
  }

  // Unknown host: a known SNI with an unknown Host reaches the default server (404); an unknown SNI
  // is refused at the handshake (ssl_reject_handshake).
  checks.push(
    await timed({ kind: 'unknownHost', host: 'unknown.invalid', expected: lit('404') }, async () => {
      const r = await request({
        port,
        host: sb.receiveHost,
        path: '/',
        caFile: ca,
        headers: { Host: 'unknown.invalid' },
      });
      return { held: r.status === 404, observed: lit(String(r.status)) };
    }),
  );
  checks.push(
    await timed({ kind: 'unknownSni', host: 'unknown.invalid', expected: say(pm.unknownSni) }, async () => {
      const r = await tlsVerifies(port, 'unknown.invalid', ca);
      return { held: !r.ok, observed: r.ok ? say(pm.handshakeDone) : lit(r.error ?? 'refused') };
    }),
  );

  // Per edge: queryable by its cluster label, and its queue has no failed samples.
  const now = await it.query('count by (cluster) (up)').catch(() => []);
  const clusters = new Set(now.map((r) => r.metric.cluster));
  for (const a of it.agents) {
    const edge = a.edge.name;
    checks.push(
      await timed(
        { kind: 'edgeQueryable', edge, expected: lit(`up{cluster="${a.edge.clusterLabel}"}`) },
        async () => ({
          held: clusters.has(a.edge.clusterLabel),
          observed: clusters.has(a.edge.clusterLabel)
            ? say(pm.greenAfter, { ms: String(sb.timings.edgeGreenMs[edge] ?? '?') })
            : say(pm.absent),
        }),
      ),
    );
    checks.push(
      await timed({ kind: 'edgeNoFailures', edge, expected: say(pm.noFailures) }, async () => {
        // Counters since the baseline; a reload recreates the queue and resets them (sandbox.md gotcha 5),
        // so a counter below its baseline counts from zero. Right after a baseline (or a reload) the agent
        // may not have sent its next batch yet: wait a few batch deadlines for progress before judging.
        const since = (now: number, base: number | undefined) =>
          now >= (base ?? 0) ? now - (base ?? 0) : now;
        const b = it.baseline.health[edge];
        let h = remoteWriteHealth(await fetchMetrics(a.port));
        for (let i = 0; i < 40 && since(h.samplesTotal, b?.samplesTotal) === 0; i++) {
          await new Promise((r) => setTimeout(r, 250));
          h = remoteWriteHealth(await fetchMetrics(a.port));
        }
        const failed = since(h.samplesFailed, b?.samplesFailed);
        const sent = since(h.samplesTotal, b?.samplesTotal);
        return {
          held: failed === 0 && since(h.metadataFailed, b?.metadataFailed) === 0 && sent > 0,
          observed: say(pm.health, {
            failed,
            sent,
            retried: since(h.samplesRetried, b?.samplesRetried),
            pending: h.samplesPending,
            lag: h.lagSeconds?.toFixed(1) ?? '?',
          }),
        };
      }),
    );
  }

  // The fleet's own traffic was never throttled: no 503/429 (nor any 4xx/5xx) answered to an agent.
  checks.push(
    await timed({ kind: 'notThrottled', expected: say(pm.notThrottled) }, async () => {
      const entries = parseAccessLog(readFrom(it.ingress.accessLog, it.baseline.accessLog)).filter(
        (e) => e.agentTraffic,
      );
      const throttled = entries.filter((e) => e.status === 503 || e.status === 429).length;
      const failed = entries.filter((e) => e.status >= 400).length;
      return {
        held: throttled === 0 && failed === 0 && entries.length > 0,
        observed: say(pm.access, { n: entries.length, throttled, failed }),
      };
    }),
  );
  return { held: checks.every((c) => c.held), checks, ms: Date.now() - t0 };
}

/**
 * `count` pipelined HTTP/1.1 requests on one TLS connection from `localAddress`: nginx answers them
 * back to back, so the client's own speed does not decide whether the rate is exceeded.
 */
function pipelinedBurst(
  port: number,
  host: string,
  path: string,
  method: string,
  caFile: string,
  localAddress: string,
  count: number,
): Promise<Map<number, number>> {
  return new Promise((resolve) => {
    const statuses = new Map<number, number>();
    let seen = 0;
    let buf = '';
    const sock = tls.connect(
      {
        socket: connect({ host: '127.0.0.1', port, localAddress }),
        servername: host,
        ca: readFileSync(caFile),
        ALPNProtocols: ['http/1.1'],
      },
      () => {
        const one = `${method} ${path} HTTP/1.1\r\nHost: ${host}\r\nContent-Length: 0\r\n\r\n`;
        sock.write(one.repeat(count));
      },
    );
    const done = () => {
      sock.destroy();
      resolve(statuses);
    };
    sock.setEncoding('latin1');
    sock.on('data', (chunk: string) => {
      buf += chunk;
      for (const m of buf.matchAll(/HTTP\/1\.1 (\d{3}) /g)) {
        const st = Number(m[1]);
        statuses.set(st, (statuses.get(st) ?? 0) + 1);
        seen++;
      }
      // Keep a tail in case a status line is split across chunks.
      const last = buf.lastIndexOf('HTTP/1.1 ');
      buf = last >= 0 && buf.length - last < 16 ? buf.slice(last) : buf.slice(-15);
      if (seen >= count) done();
    });
    sock.setTimeout(20_000, done);
    sock.on('error', done);
    sock.on('close', done);
  });
}

/**
 * An over-rate burst from 127.0.0.3 (its own per-address bucket, so the agents on 127.0.0.1 are not
 * touched): requests are limited before auth runs (preaccess phase), so 503 must appear once more
 * than burst + rate × elapsed requests arrive.
 */
async function rateCheck(sb: Sandbox, p: IngressPolicy): Promise<Check> {
  const rl = p.rateLimit!;
  const host = p.hosts[0]!;
  const t = Date.now();
  // A few connections, well under limit_conn, so only limit_req can answer 503.
  const conns = Math.max(1, Math.min(4, (p.connections ?? 8) - 2));
  const statuses = new Map<number, number>();
  let sent = 0;
  for (let round = 1; round <= 3 && !statuses.has(503); round++) {
    const perConn = Math.ceil(((rl.rps + rl.burst) * 2 * round + 100) / conns);
    const results = await Promise.all(
      Array.from({ length: conns }, () =>
        pipelinedBurst(
          sb.ports.https,
          host,
          probePath(p),
          p.remoteWrite ? 'POST' : 'GET',
          sb.caFile,
          '127.0.0.3',
          perConn,
        ),
      ),
    );
    sent += perConn * conns;
    for (const r of results) for (const [st, n] of r) statuses.set(st, (statuses.get(st) ?? 0) + n);
  }
  const ms = Date.now() - t;
  return {
    kind: 'rateLimit',
    component: p.component,
    host,
    held: statuses.has(503),
    ms,
    expected: say(pm.rate, { rps: rl.rps, burst: rl.burst }),
    observed: say(pm.burst, { sent, ms, statuses: [...statuses].map(([st, n]) => `${n}×${st}`).join(', ') }),
  };
}
