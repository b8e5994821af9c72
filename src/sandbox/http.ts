/**
 * HTTP(S) requests as an operator or an edge would make them through the local ingress: TLS with
 * SNI = Host = a fleet host against the sandbox CA, basic auth, and an optional source address
 * (127.0.0.2 for the allowlist check, sandbox.md §3).
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';

export interface Request {
  /** `https` (default) or `http`. */
  scheme?: 'https' | 'http';
  port: number;
  /** SNI and Host header. */
  host: string;
  path: string;
  method?: string;
  auth?: { user: string; password: string };
  headers?: Record<string, string>;
  body?: Buffer | string;
  caFile?: string;
  localAddress?: string;
  agent?: http.Agent;
  timeoutMs?: number;
}

export interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

const caCache = new Map<string, Buffer>();
function ca(file: string): Buffer {
  let b = caCache.get(file);
  if (!b) {
    b = readFileSync(file);
    caCache.set(file, b);
  }
  return b;
}

export function request(r: Request): Promise<Response> {
  const headers: Record<string, string | number> = { Host: r.host, ...(r.headers ?? {}) };
  if (r.auth)
    headers.Authorization = `Basic ${Buffer.from(`${r.auth.user}:${r.auth.password}`).toString('base64')}`;
  const body = r.body === undefined ? undefined : Buffer.isBuffer(r.body) ? r.body : Buffer.from(r.body);
  if (body) headers['Content-Length'] = body.length;
  const base = {
    host: '127.0.0.1',
    port: r.port,
    path: r.path,
    method: r.method ?? (body ? 'POST' : 'GET'),
    headers,
    ...(r.localAddress ? { localAddress: r.localAddress } : {}),
    ...(r.agent ? { agent: r.agent } : {}),
  };
  return new Promise((resolve, reject) => {
    const onRes = (res: http.IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString(),
        }),
      );
      res.on('error', reject);
    };
    const req =
      r.scheme === 'http'
        ? http.request(base, onRes)
        : https.request(
            {
              ...base,
              servername: r.host,
              ...(r.caFile ? { ca: ca(r.caFile) } : {}),
            },
            onRes,
          );
    req.setTimeout(r.timeoutMs ?? 10_000, () => req.destroy(new Error(`timeout ${r.path}`)));
    req.on('error', (err) => {
      // A server that answers (413) and closes before the whole body was sent: keep the answer.
      if (
        (err as NodeJS.ErrnoException).code === 'EPIPE' ||
        (err as NodeJS.ErrnoException).code === 'ECONNRESET'
      )
        return;
      reject(err);
    });
    if (body) req.end(body);
    else req.end();
  });
}

/** Handshake only: does the served certificate verify for `host` against `caFile`? */
export function tlsVerifies(
  port: number,
  host: string,
  caFile: string,
): Promise<{ ok: boolean; error?: string; subjectAltName?: string }> {
  return new Promise((resolve) => {
    const sock = tls.connect({ host: '127.0.0.1', port, servername: host, ca: ca(caFile) }, () => {
      const san = sock.getPeerCertificate().subjectaltname;
      sock.end();
      resolve({ ok: true, ...(san ? { subjectAltName: san } : {}) });
    });
    sock.setTimeout(5000, () => sock.destroy(new Error('timeout')));
    sock.on('error', (err) =>
      resolve({ ok: false, error: (err as NodeJS.ErrnoException).code ?? err.message }),
    );
  });
}
