/**
 * A fake ingress on 127.0.0.1 for the doctor's tests: one HTTPS server routing by Host like nginx
 * (receive and query vhosts, default backend 404), a plain-HTTP redirect server, and hooks that make
 * each hop answer what a broken fleet answers (sandbox.md §3, §6).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as http from 'node:http';
import * as https from 'node:https';
import { OPERATOR_PASSWORD, PASSWORDS, QUERY, RECEIVE, type Servers } from './support.js';

export interface Reply {
  status: number;
  body?: string;
  headers?: Record<string, string | string[]>;
  /** Answer with nginx's own HTML error page (Server: nginx). */
  nginx?: boolean;
}

export interface Hooks {
  /** Answer to a request without credentials (n = how many such requests came before). */
  receiveNoCreds?: (n: number) => Reply | undefined;
  /** Answer to an authenticated remote write. */
  receiveAuthed?: (user: string) => Reply | undefined;
  /** Passwords the ingress believes in (default: the test state's). */
  passwords?: Record<string, string>;
  /** Newest sample age per cluster (absent = silent). */
  ages?: Record<string, number>;
  cors?: { preflight?: Reply; actualHeaders?: Record<string, string | string[]> };
}

const REASONS: Record<number, string> = {
  401: '401 Authorization Required',
  403: '403 Forbidden',
  404: '404 Not Found',
  413: '413 Request Entity Too Large',
  429: '429 Too Many Requests',
  500: '500 Internal Server Error',
  502: '502 Bad Gateway',
  503: '503 Service Temporarily Unavailable',
  504: '504 Gateway Time-out',
};

function send(res: ServerResponse, r: Reply): void {
  if (r.nginx) {
    const t = REASONS[r.status] ?? String(r.status);
    res.writeHead(r.status, { Server: 'nginx/1.22.1', 'Content-Type': 'text/html', ...r.headers });
    res.end(
      `<html>\r\n<head><title>${t}</title></head>\r\n<body>\r\n<center><h1>${t}</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n`,
    );
    return;
  }
  res.writeHead(r.status, r.headers ?? {});
  res.end(r.body ?? '');
}

function userOf(req: IncomingMessage, passwords: Record<string, string>): string | false | undefined {
  const h = req.headers.authorization;
  if (!h) return undefined;
  const [user, pw] = Buffer.from(h.replace(/^Basic /, ''), 'base64')
    .toString()
    .split(':');
  return user && passwords[user] === pw ? user : false;
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((r) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => r(Buffer.concat(chunks).toString()));
  });
}

export class FakeIngress {
  hooks: Hooks = {};
  httpsPort = 0;
  httpPort = 0;
  /** Edges whose probe sample was written (by Authorization user). */
  written = new Set<string>();
  requests = 0;
  private noCreds = 0;

  constructor(private readonly tls: { cert: string; key: string }) {}

  async start(servers: Servers): Promise<void> {
    this.httpsPort = await servers.listen(https.createServer(this.tls, (q, r) => void this.handle(q, r)));
    this.httpPort = await servers.listen(
      http.createServer((q, r) => {
        const host = (q.headers.host ?? '').split(':')[0];
        r.writeHead(308, { Location: `https://${host}:${this.httpsPort}${q.url}`, Server: 'nginx' });
        r.end();
      }),
    );
  }

  reset(hooks: Hooks = {}): void {
    this.hooks = hooks;
    this.written.clear();
    this.noCreds = 0;
    this.requests = 0;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.requests++;
    const host = (req.headers.host ?? '').split(':')[0];
    const url = new URL(req.url ?? '/', 'https://x');
    const passwords = { ...(this.hooks.passwords ?? PASSWORDS), admin: OPERATOR_PASSWORD };
    const user = userOf(req, passwords);
    const challenge: Reply = {
      status: 401,
      nginx: true,
      headers: { 'WWW-Authenticate': 'Basic realm="thanos"' },
    };
    if (host === RECEIVE && url.pathname === '/api/v1/receive') {
      const data = await body(req);
      if (user === undefined) {
        const n = this.noCreds++;
        return send(res, this.hooks.receiveNoCreds?.(n) ?? challenge);
      }
      if (user === false) return send(res, challenge);
      const r = this.hooks.receiveAuthed?.(user);
      if (r) return send(res, r);
      if (data.length > 1) this.written.add(user);
      return send(res, { status: 204 });
    }
    if (host === QUERY) {
      if (req.method === 'OPTIONS' && this.hooks.cors) {
        return send(res, this.hooks.cors.preflight ?? { status: 204, headers: {} });
      }
      if (user === undefined || user === false) return send(res, challenge);
      const q = url.searchParams.get('query') ?? new URLSearchParams(await body(req)).get('query') ?? '';
      const now = Date.now() / 1000;
      let result: unknown[] = [{ metric: {}, value: [now, '1'] }];
      if (q.includes('timestamp(up')) {
        result = Object.entries(this.hooks.ages ?? { 'edge-01': 2, 'edge-02': 3 }).map(([cluster, age]) => ({
          metric: { cluster },
          value: [now, String(now - age)],
        }));
      } else if (q.includes('thanos_fleet_doctor_probe')) {
        result = [...this.written].map((cluster) => ({ metric: { cluster }, value: [now, '1'] }));
      }
      res.writeHead(200, { 'Content-Type': 'application/json', ...(this.hooks.cors?.actualHeaders ?? {}) });
      res.end(JSON.stringify({ status: 'success', data: { resultType: 'vector', result } }));
      return;
    }
    send(res, { status: 404, body: 'default backend - 404\n' });
  }
}
