/**
 * Bounded network primitives for the doctor. Every call ends within its own deadline whatever the peer
 * does (never answers, trickles bytes, sends an endless body, speaks the wrong protocol): a timer
 * destroys the socket, and bodies are read up to a cap, then the connection is dropped.
 */
import { Resolver } from 'node:dns';
import { lookup as sysLookup } from 'node:dns/promises';
import * as http from 'node:http';
import * as https from 'node:https';
import * as net from 'node:net';
import * as tls from 'node:tls';

/** Where to connect for a host: the address comes from --resolve or DNS; the host is SNI and Host. */
export interface Endpoint {
  host: string;
  port: number;
  address: string;
  /** CA certificates (PEM) to trust for this endpoint; undefined = the system roots. */
  ca?: string[];
}

export type NetErrorKind =
  | 'timeout'
  | 'refused'
  | 'reset'
  | 'unreachable'
  | 'notTls'
  | 'tls'
  | 'protocol'
  | 'other';

/** How far a request got before it failed (or the deadline hit). */
export type Phase = 'connect' | 'tls' | 'headers' | 'body';

export interface NetError {
  kind: NetErrorKind;
  phase: Phase;
  /** Node error code when there was one (ECONNREFUSED, CERT_HAS_EXPIRED, …). */
  code?: string;
  message: string;
  ms: number;
}

export interface HttpResponse {
  status: number;
  statusText: string;
  headers: http.IncomingHttpHeaders;
  /** Raw header pairs: duplicates stay separate (Node joins some of them in `headers`). */
  rawHeaders: string[];
  body: Buffer;
  /** The body was longer than the cap and was cut. */
  truncated: boolean;
  ms: number;
}

export type HttpOutcome = { ok: true; res: HttpResponse } | { ok: false; error: NetError };

/** Largest body the doctor ever reads. */
export const MAX_BODY_BYTES = 1024 * 1024;

// Node/OpenSSL codes for "the peer did not speak TLS" (e.g. plain HTTP on the TLS port).
const NOT_TLS_CODES = new Set([
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'ERR_SSL_PACKET_LENGTH_TOO_LONG',
  'ERR_SSL_HTTP_REQUEST',
  'ERR_SSL_UNKNOWN_PROTOCOL',
  'ERR_SSL_RECORD_LAYER_FAILURE',
]);

/** OpenSSL verify codes meaning "signed by an authority we do not trust". */
export const UNTRUSTED_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_SIGNATURE_FAILURE',
]);

export function classifyError(err: NodeJS.ErrnoException, phase: Phase, ms: number): NetError {
  const code = err.code ?? '';
  const base = { phase, message: err.message, ms, ...(code ? { code } : {}) };
  if (code === 'ETIMEDOUT_DOCTOR') return { ...base, kind: 'timeout' };
  if (code === 'ECONNREFUSED') return { ...base, kind: 'refused' };
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ERR_STREAM_PREMATURE_CLOSE')
    return { ...base, kind: phase === 'tls' ? 'notTls' : 'reset' };
  if (['EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'ETIMEDOUT'].includes(code))
    return { ...base, kind: 'unreachable' };
  if (
    NOT_TLS_CODES.has(code) ||
    /wrong version number|packet length too long|http request/i.test(err.message)
  )
    return { ...base, kind: 'notTls' };
  if (
    code.startsWith('ERR_SSL') ||
    code.includes('CERT') ||
    code.startsWith('ERR_TLS') ||
    code === 'EPROTO' ||
    UNTRUSTED_CODES.has(code)
  )
    return { ...base, kind: 'tls' };
  if (code.startsWith('HPE_')) return { ...base, kind: 'protocol' };
  return { ...base, kind: 'other' };
}

function deadlineError(timeoutMs: number): NodeJS.ErrnoException {
  const e = new Error(`no complete answer within ${timeoutMs} ms`) as NodeJS.ErrnoException;
  e.code = 'ETIMEDOUT_DOCTOR';
  return e;
}

export interface HttpRequestOptions {
  endpoint: Endpoint;
  tls: boolean;
  /** CA certificates (PEM); undefined = the system roots. */
  ca?: string[];
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer;
  timeoutMs: number;
  maxBodyBytes?: number;
}

/** One HTTP(S) request, fully bounded: the deadline covers connect, handshake, headers and body. */
export function httpRequest(o: HttpRequestOptions): Promise<HttpOutcome> {
  const started = Date.now();
  const cap = Math.min(o.maxBodyBytes ?? MAX_BODY_BYTES, MAX_BODY_BYTES);
  const defaultPort = o.tls ? 443 : 80;
  const hostHeader =
    o.endpoint.port === defaultPort ? o.endpoint.host : `${o.endpoint.host}:${o.endpoint.port}`;
  return new Promise<HttpOutcome>((resolve) => {
    let phase: Phase = 'connect';
    let settled = false;
    const finish = (out: HttpOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve(out);
    };
    const fail = (err: NodeJS.ErrnoException) =>
      finish({ ok: false, error: classifyError(err, phase, Date.now() - started) });
    const options: https.RequestOptions = {
      host: o.endpoint.address,
      port: o.endpoint.port,
      method: o.method ?? 'GET',
      path: o.path,
      agent: false,
      headers: {
        Host: hostHeader,
        'User-Agent': 'thanos-fleet-doctor/0.1',
        ...(o.body ? { 'Content-Length': String(o.body.length) } : {}),
        ...o.headers,
      },
      ...(o.tls
        ? {
            servername: net.isIP(o.endpoint.host) ? undefined : o.endpoint.host,
            ...((o.ca ?? o.endpoint.ca) ? { ca: o.ca ?? o.endpoint.ca } : {}),
            rejectUnauthorized: true,
            // Verify the certificate against the host name, not the address we dialled.
            checkServerIdentity: (_h: string, cert: tls.PeerCertificate) =>
              tls.checkServerIdentity(o.endpoint.host, cert),
          }
        : {}),
    };
    const req = (o.tls ? https : http).request(options, (res) => {
      phase = 'body';
      const chunks: Buffer[] = [];
      let size = 0;
      const done = (truncated: boolean) =>
        finish({
          ok: true,
          res: {
            status: res.statusCode ?? 0,
            statusText: res.statusMessage ?? '',
            headers: res.headers,
            rawHeaders: res.rawHeaders,
            body: Buffer.concat(chunks),
            truncated,
            ms: Date.now() - started,
          },
        });
      res.on('data', (c: Buffer) => {
        if (settled) return;
        const room = cap - size;
        if (c.length > room) {
          chunks.push(c.subarray(0, room));
          size = cap;
          done(true);
          return;
        }
        chunks.push(c);
        size += c.length;
      });
      res.on('end', () => done(false));
      res.on('error', fail);
      res.on('aborted', () => fail(Object.assign(new Error('response aborted'), { code: 'ECONNRESET' })));
    });
    const timer = setTimeout(() => fail(deadlineError(o.timeoutMs)), o.timeoutMs);
    req.on('socket', (s: net.Socket) => {
      s.once('connect', () => {
        phase = o.tls ? 'tls' : 'headers';
      });
      s.once('secureConnect', () => {
        phase = 'headers';
      });
    });
    req.on('error', fail);
    req.end(o.body);
  });
}

export type TcpOutcome = { ok: true; ms: number; local: string } | { ok: false; error: NetError };

/** Open and close one TCP connection. */
export function tcpConnect(ep: Endpoint, timeoutMs: number): Promise<TcpOutcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const sock = net.connect({ host: ep.address, port: ep.port });
    const timer = setTimeout(() => fail(deadlineError(timeoutMs)), timeoutMs);
    let settled = false;
    function fail(err: NodeJS.ErrnoException) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      sock.destroy();
      resolve({ ok: false, error: classifyError(err, 'connect', Date.now() - started) });
    }
    sock.once('connect', () => {
      settled = true;
      clearTimeout(timer);
      const local = `${sock.localAddress}:${sock.localPort}`;
      sock.destroy();
      resolve({ ok: true, ms: Date.now() - started, local });
    });
    sock.once('error', fail);
  });
}

export interface TlsFacts {
  protocol: string;
  alpn: string | false;
  /** Chain verification error code (undefined = chain verifies). */
  chainError?: string;
  /** Host-name check error message (undefined = the certificate covers the host). */
  hostError?: string;
  subject: string;
  issuer: string;
  sans: string[];
  validFrom: Date;
  validTo: Date;
  ms: number;
}

export type TlsOutcome = { ok: true; facts: TlsFacts } | { ok: false; error: NetError };

/**
 * One TLS handshake that never rejects on the certificate, so everything wrong with it can be named at
 * once: the chain, the host name and the dates are checked separately.
 */
export function tlsHandshake(ep: Endpoint, ca: string[] | undefined, timeoutMs: number): Promise<TlsOutcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    let phase: Phase = 'connect';
    let settled = false;
    const sock = tls.connect({
      host: ep.address,
      port: ep.port,
      ...(net.isIP(ep.host) ? {} : { servername: ep.host }),
      ...(ca ? { ca } : {}),
      rejectUnauthorized: false,
      // The host name is checked below, separately from the chain (so both can be named).
      checkServerIdentity: () => undefined,
      ALPNProtocols: ['h2', 'http/1.1'],
    });
    const timer = setTimeout(() => fail(deadlineError(timeoutMs)), timeoutMs);
    function fail(err: NodeJS.ErrnoException) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      sock.destroy();
      resolve({ ok: false, error: classifyError(err, phase, Date.now() - started) });
    }
    sock.once('connect', () => {
      phase = 'tls';
    });
    sock.once('secureConnect', () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const cert = sock.getPeerCertificate();
      const hostErr = cert?.subject ? tls.checkServerIdentity(ep.host, cert) : new Error('no certificate');
      const authErr = sock.authorizationError as unknown as Error | string | null;
      const facts: TlsFacts = {
        protocol: sock.getProtocol() ?? 'unknown',
        alpn: sock.alpnProtocol ?? false,
        ...(authErr ? { chainError: typeof authErr === 'string' ? authErr : String(authErr.message) } : {}),
        ...(hostErr ? { hostError: hostErr.message } : {}),
        subject: cert?.subject?.CN ? String(cert.subject.CN) : '',
        issuer: cert?.issuer?.CN ? String(cert.issuer.CN) : '',
        sans: (cert?.subjectaltname ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
        validFrom: new Date(cert?.valid_from ?? 0),
        validTo: new Date(cert?.valid_to ?? 0),
        ms: Date.now() - started,
      };
      sock.destroy();
      resolve({ ok: true, facts });
    });
    sock.once('error', fail);
  });
}

export interface DnsFacts {
  a: string[];
  aaaa: string[];
  cname: string[];
  /** Answer came from the system resolver (e.g. /etc/hosts), not DNS. */
  lookup: string[];
}

export type DnsOutcome = { ok: true; facts: DnsFacts } | { ok: false; error: NetError };

/** A, AAAA and CNAME records of a host, each query bounded; falls back to the system resolver. */
export async function resolveHost(host: string, timeoutMs: number): Promise<DnsOutcome> {
  const started = Date.now();
  const resolver = new Resolver({ timeout: Math.max(100, Math.floor(timeoutMs / 2)), tries: 1 });
  const soft = <T>(p: Promise<T>, empty: T): Promise<T> => p.catch(() => empty);
  let timedOut = false;
  const deadline = new Promise<'timeout'>((r) =>
    setTimeout(() => {
      timedOut = true;
      r('timeout');
    }, timeoutMs).unref(),
  );
  const ask = (rr: 'A' | 'AAAA' | 'CNAME') =>
    soft(
      new Promise<string[]>((r, j) => resolver.resolve(host, rr, (e, a) => (e ? j(e) : r(a as string[])))),
      [] as string[],
    );
  const work = Promise.all([ask('A'), ask('AAAA'), ask('CNAME')]);
  const got = await Promise.race([work, deadline]);
  resolver.cancel();
  if (got === 'timeout' || timedOut) {
    return {
      ok: false,
      error: { kind: 'timeout', phase: 'connect', message: 'DNS timeout', ms: Date.now() - started },
    };
  }
  const [a, aaaa, cname] = got;
  let lookup: string[] = [];
  if (a.length + aaaa.length === 0) {
    lookup = await Promise.race([
      sysLookup(host, { all: true }).then((r) => r.map((x) => x.address)),
      new Promise<string[]>((r) =>
        setTimeout(() => r([]), Math.max(100, timeoutMs - (Date.now() - started))).unref(),
      ),
    ]).catch(() => []);
  }
  return { ok: true, facts: { a, aaaa, cname, lookup } };
}
