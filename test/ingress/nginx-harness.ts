/**
 * Real nginx on 127.0.0.1 for the nginx provider's tests and bench/ingress.ts: a fleet → policy →
 * rendered nginx.conf with a local site, htpasswd files from the state, a node:http backend, and an
 * HTTPS client that sets SNI, Host and the trusted CA explicitly.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type Agent, request as httpsRequestRaw } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Fleet } from '../../src/fleet/defaults.js';
import { loadFleetText, REFERENCE_FLEET_FILE } from '../../src/fleet/load.js';
import { type FleetState, reconcileState } from '../../src/fleet/state.js';
import { deriveFleetPolicy } from '../../src/policy/derive.js';
import type { FleetPolicy, Route } from '../../src/policy/model.js';
import { type AccessLogBuffering, renderNginxConf } from '../../src/render/ingress/nginx/conf.js';
import { type NginxHtpasswdFile, nginxHtpasswdFiles } from '../../src/render/ingress/nginx/htpasswd.js';
import { localNginxSite, localSiteFolders } from '../../src/render/ingress/nginx/local.js';
import { writeHtpasswdFiles } from '../../src/sandbox/ingress.js';
import { freePort, type ManagedProcess, spawnManaged, waitFor } from '../../src/sandbox/process.js';
import { createTestPki, type TestPki } from '../support/pki.js';

export type FleetDoc = Record<string, unknown> & {
  central: Record<string, unknown> & { components: Record<string, Record<string, unknown>> };
  edges: Record<string, unknown>[];
  defaults: Record<string, unknown>;
};

/** The reference fleet file as a mutable document, for small per-test variations. */
export function referenceFleetDoc(): FleetDoc {
  return parse(readFileSync(REFERENCE_FLEET_FILE, 'utf8')) as FleetDoc;
}

export interface LoadedTestFleet {
  fleet: Fleet;
  policy: FleetPolicy;
  state: FleetState;
}

export function loadTestFleet(doc: unknown): LoadedTestFleet {
  const { fleet } = loadFleetText(stringify(doc), 'test-fleet.yaml');
  const policy = deriveFleetPolicy(fleet);
  const { state } = reconcileState(fleet, undefined);
  return { fleet, policy, state };
}

// ---- backend --------------------------------------------------------------------------------

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  bodyBytes: number;
}

export interface Backend {
  port: number;
  requests: RecordedRequest[];
  /** Requests held open because they carried `x-test-hold: 1`. */
  held(): number;
  /** Answer every held request now. */
  release(): void;
  close(): Promise<void>;
}

/**
 * Stand-in for Thanos: 204 for POST remote-write paths, 200 JSON with its own
 * `Access-Control-Allow-Origin: *` (as Thanos Query answers, sandbox.md gotcha 3) for the rest,
 * 101 for websocket upgrades. `x-test-hold: 1` keeps a request open until release().
 */
export async function startBackend(
  opts: { writeStatus?: 200 | 204; record?: boolean } = {},
): Promise<Backend> {
  const requests: RecordedRequest[] = [];
  let holding: (() => void)[] = [];
  const answer = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'POST' && /^\/api\/v1\/(receive|write)$/.test(req.url ?? '')) {
      // 200 + Content-Length: 0 lets an HTTP/1.0 keep-alive client (ab) reuse the connection; node
      // closes it after a 204 to HTTP/1.0.
      if (opts.writeStatus === 200) res.writeHead(200, { 'Content-Length': 0 }).end();
      else res.writeHead(204).end();
      return;
    }
    const body = JSON.stringify({ status: 'success', data: { backend: true, url: req.url } });
    res
      .writeHead(200, {
        'Content-Type': 'application/json',
        'Access-Control-Allow-Origin': '*',
        'Content-Length': Buffer.byteLength(body),
      })
      .end(body);
  };
  const server: Server = createServer((req, res) => {
    let bodyBytes = 0;
    req.on('data', (c: Buffer) => {
      bodyBytes += c.length;
    });
    req.on('end', () => {
      if (opts.record !== false)
        requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, bodyBytes });
      if (req.headers['x-test-hold'] === '1') holding.push(() => answer(req, res));
      else answer(req, res);
    });
  });
  server.on('upgrade', (req, socket) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, bodyBytes: 0 });
    socket.end('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n');
  });
  // Longer than nginx's upstream keepalive_timeout (60 s), so nginx never reuses a connection the
  // backend is closing (a POST is not retried on another connection: it would be a spurious 502).
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  if (!addr || typeof addr !== 'object') throw new Error('backend has no address');
  const release = () => {
    const h = holding;
    holding = [];
    for (const f of h) f();
  };
  return {
    port: addr.port,
    requests,
    held: () => holding.length,
    release,
    async close() {
      release();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

// ---- nginx ----------------------------------------------------------------------------------

export interface RunningIngress {
  dir: string;
  prefix: string;
  confFile: string;
  conf: string;
  httpsPort: number;
  httpPort: number;
  pki: TestPki;
  proc: ManagedProcess;
  /** Pid of the (single) worker process. */
  workerPid(): number;
  errorLog(): string;
  stop(): Promise<void>;
}

export interface StartIngressOptions {
  loaded: LoadedTestFleet;
  backendPort: number;
  /**
   * The htpasswd files to write instead of the render of the fleet's policy and state (bench: bcrypt
   * instead of {SHA}, or the files of a larger fleet).
   */
  htpasswd?: NginxHtpasswdFile[];
  /** Reuse a PKI; default: a new one covering every host of the policy. */
  pki?: TestPki;
  receiveExtraServerNames?: string[];
  /**
   * Backend path per route when it differs from the public one: a Prometheus receiver standing in for
   * Thanos Receive serves remote write on /api/v1/write (as the sandbox's site does).
   */
  upstreamPath?: (route: Route) => string | undefined;
  /** Default: as production; null → one write per request (to compare). */
  accessLogBuffering?: AccessLogBuffering | null;
}

/** Folder under the OS temp dir that the nginx worker (nobody) can traverse. */
export function workDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `thanos-fleet-${name}-`));
  // mkdtemp makes 0700; the worker runs as nobody and must reach the htpasswd files (sandbox.md §3).
  chmodSync(dir, 0o755);
  return dir;
}

export function hostsOf(policy: FleetPolicy): string[] {
  return policy.policies.flatMap((p) => p.hosts);
}

/** Write conf + htpasswd under `prefix` for a local site. Returns the conf path and text. */
export function writeLocalIngress(
  prefix: string,
  loaded: LoadedTestFleet,
  pki: TestPki,
  ports: { https: number; http: number },
  backendPort: number,
  opts: Pick<
    StartIngressOptions,
    'htpasswd' | 'receiveExtraServerNames' | 'upstreamPath' | 'accessLogBuffering'
  > = {},
): { confFile: string; conf: string } {
  for (const d of localSiteFolders(prefix)) mkdirSync(d, { recursive: true });
  const site = localNginxSite({
    prefix,
    httpsPort: ports.https,
    httpPort: ports.http,
    tls: { cert: pki.serverCert, key: pki.serverKey },
    upstream: () => `127.0.0.1:${backendPort}`,
    ...(opts.receiveExtraServerNames ? { receiveExtraServerNames: opts.receiveExtraServerNames } : {}),
    ...(opts.upstreamPath ? { upstreamPath: opts.upstreamPath } : {}),
    ...(opts.accessLogBuffering !== undefined ? { accessLogBuffering: opts.accessLogBuffering } : {}),
  });
  // As the sandbox writes them: readable by the worker user (nobody), as the README tells production.
  writeHtpasswdFiles(site.htpasswdDir, opts.htpasswd ?? nginxHtpasswdFiles(loaded.policy, loaded.state));
  const conf = renderNginxConf(loaded.policy, site);
  const confFile = join(prefix, 'conf', 'nginx.conf');
  writeFileSync(confFile, conf);
  return { confFile, conf };
}

/** `nginx -t` on a config; returns ok and nginx's output (nginx reports on stderr). */
export function nginxTest(prefix: string, confFile: string): { ok: boolean; output: string } {
  const res = spawnSync('nginx', ['-t', '-p', prefix, '-c', confFile], { encoding: 'utf8' });
  return { ok: res.status === 0, output: `${res.stdout ?? ''}${res.stderr ?? ''}` };
}

export async function startIngress(opts: StartIngressOptions): Promise<RunningIngress> {
  const dir = workDir('nginx');
  const prefix = join(dir, 'nginx');
  const pki = opts.pki ?? (await createTestPki(join(dir, 'pki'), hostsOf(opts.loaded.policy)));
  const httpsPort = await freePort();
  const httpPort = await freePort();
  const { confFile, conf } = writeLocalIngress(
    prefix,
    opts.loaded,
    pki,
    { https: httpsPort, http: httpPort },
    opts.backendPort,
    opts,
  );
  const proc = spawnManaged('nginx', 'nginx', ['-p', prefix, '-c', confFile, '-g', 'daemon off;'], {
    logFile: join(dir, 'nginx.out'),
  });
  const errorLog = () => {
    try {
      return readFileSync(join(prefix, 'logs', 'error.log'), 'utf8');
    } catch {
      return '';
    }
  };
  try {
    await waitFor('nginx listening', async () => {
      if (proc.child.exitCode !== null) throw new Error(`nginx exited: ${errorLog()}`);
      const res = await fetch(`http://127.0.0.1:${httpPort}/`, { signal: AbortSignal.timeout(1000) });
      await res.arrayBuffer();
      return res.status === 404;
    });
  } catch (err) {
    await proc.stop();
    throw new Error(
      `${(err as Error).message}\n${errorLog()}\n${readFileSync(join(dir, 'nginx.out'), 'utf8')}`,
    );
  }
  return {
    dir,
    prefix,
    confFile,
    conf,
    httpsPort,
    httpPort,
    pki,
    proc,
    workerPid() {
      const children = readFileSync(`/proc/${proc.pid}/task/${proc.pid}/children`, 'utf8')
        .trim()
        .split(/\s+/);
      if (children.length !== 1 || !children[0])
        throw new Error(`expected one worker, got "${children.join(' ')}"`);
      return Number(children[0]);
    },
    errorLog,
    // Stopped by its pid, then its folder (config, PKI, logs) removed.
    stop: async () => {
      await proc.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// ---- client ---------------------------------------------------------------------------------

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  rawHeaders: string[];
  body: string;
}

export interface HttpsOptions {
  port: number;
  /** SNI and Host (Host can be overridden in headers). */
  host: string;
  ca: string;
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  auth?: { user: string; password: string };
  body?: Buffer | string;
  localAddress?: string;
  /** A keep-alive agent (like a Prometheus shard's connection); default: a new connection. */
  agent?: Agent;
}

/** One HTTPS request on its own connection (no agent): SNI = host, connecting to 127.0.0.1. */
export function httpsRequest(o: HttpsOptions): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Host: o.host, ...(o.headers ?? {}) };
    if (o.auth)
      headers.Authorization = `Basic ${Buffer.from(`${o.auth.user}:${o.auth.password}`).toString('base64')}`;
    if (o.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(o.body));
    const req = httpsRequestRaw(
      {
        host: '127.0.0.1',
        port: o.port,
        servername: o.host,
        ca: o.ca,
        method: o.method ?? 'GET',
        path: o.path ?? '/',
        headers,
        agent: o.agent ?? false,
        ...(o.localAddress ? { localAddress: o.localAddress } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            rawHeaders: res.rawHeaders,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error('request timed out')));
    req.end(o.body);
  });
}

/** How many times a header appears in a raw header list (case-insensitive). */
export function headerCount(rawHeaders: string[], name: string): number {
  let n = 0;
  for (let i = 0; i < rawHeaders.length; i += 2) if (rawHeaders[i]!.toLowerCase() === name.toLowerCase()) n++;
  return n;
}
