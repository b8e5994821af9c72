/**
 * A remote-write load generator for bench/ingress.ts: one keep-alive HTTP/1.1 connection per shard
 * (plain TCP or TLS), one request in flight per connection, each connection sending its own bodies
 * in order, as a Prometheus shard does (so a receiver sees every series' samples in time order).
 *
 * ApacheBench cannot send a different body per request, so this replaces it. To stay cheap next to
 * what it measures it uses raw sockets, requests built before the clock starts, a minimal response
 * parser and no promise or timer per request.
 */
import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';

export interface LoadTarget {
  port: number;
  path: string;
  /** Host header, and SNI when `ca` is set. */
  host: string;
  /** PEM of the CA to trust: TLS when set, plain HTTP otherwise. */
  ca?: string;
  /** user:password for basic auth. */
  basicAuth?: string;
}

export interface LoadResult {
  requests: number;
  /** Response count by status code. */
  statuses: Record<number, number>;
  /** Connections opened beyond the first per shard (the server closed a keep-alive connection). */
  reconnects: number;
  elapsedMs: number;
  /** CPU of this process while the load ran, ms. */
  clientCpuMs: number;
  /** First non-2xx answer (status line and the start of the body), for the report. */
  firstError?: string;
}

const CRLF2 = Buffer.from('\r\n\r\n');

/** Whole HTTP/1.1 requests (head + body), one list per connection, built before the clock starts. */
export function buildRequests(t: LoadTarget, bodies: Buffer[][]): Buffer[][] {
  const auth = t.basicAuth ? `Authorization: Basic ${Buffer.from(t.basicAuth).toString('base64')}\r\n` : '';
  const head = (len: number) =>
    `POST ${t.path} HTTP/1.1\r\nHost: ${t.host}\r\nUser-Agent: Prometheus/2.42.0\r\n${auth}` +
    'Content-Encoding: snappy\r\nContent-Type: application/x-protobuf\r\n' +
    `X-Prometheus-Remote-Write-Version: 0.1.0\r\nContent-Length: ${len}\r\n\r\n`;
  return bodies.map((list) => list.map((b) => Buffer.concat([Buffer.from(head(b.length), 'latin1'), b])));
}

function open(t: LoadTarget, onError: (e: Error) => void): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const ready = () => {
      s.off('error', reject);
      s.on('error', onError);
      resolve(s);
    };
    const s: Socket = t.ca
      ? tlsConnect({ host: '127.0.0.1', port: t.port, servername: t.host, ca: t.ca }, ready)
      : netConnect({ host: '127.0.0.1', port: t.port }, ready);
    s.setNoDelay(true);
    s.once('error', reject);
  });
}

/** One shard: sends its requests back to back on a keep-alive connection, reconnecting when closed. */
class Shard {
  private s!: Socket;
  private i = 0;
  private buf: Buffer | undefined;
  /** Body bytes still expected after the head; -1: head not complete; -2: chunked. */
  private need = -1;
  private headEnd = 0;
  private status = 0;
  private close = false;
  private head = '';
  lastProgress = performance.now();
  private finish!: (err?: Error) => void;
  readonly done: Promise<void>;

  constructor(
    private readonly t: LoadTarget,
    private readonly requests: Buffer[],
    private readonly result: LoadResult,
  ) {
    this.done = new Promise((resolve, reject) => {
      this.finish = (err) => (err ? reject(err) : resolve());
    });
  }

  async start(): Promise<void> {
    await this.connect();
    this.send();
  }

  fail(err: Error): void {
    this.s?.destroy();
    this.finish(err);
  }

  private async connect(): Promise<void> {
    this.s = await open(this.t, (e) => this.fail(e));
    this.s.on('data', (c: Buffer) => this.onData(c));
    this.s.on('end', () => {
      if (this.need !== -1 || this.buf) this.fail(new Error('connection closed before the response ended'));
    });
  }

  private send(): void {
    if (this.i === this.requests.length) {
      this.s.end();
      this.finish();
      return;
    }
    this.lastProgress = performance.now();
    this.s.write(this.requests[this.i]!);
  }

  private onData(chunk: Buffer): void {
    const buf = this.buf ? Buffer.concat([this.buf, chunk]) : chunk;
    if (this.need === -1) {
      const end = buf.indexOf(CRLF2);
      if (end < 0) {
        this.buf = buf;
        return;
      }
      const head = buf.toString('latin1', 0, end);
      this.headEnd = end + 4;
      this.head = head;
      this.status = Number(head.slice(9, 12));
      this.close = /\r\nconnection:\s*close/i.test(head);
      const cl = /\r\ncontent-length:\s*(\d+)/i.exec(head);
      if (this.status === 204 || this.status === 304) this.need = 0;
      else if (cl) this.need = Number(cl[1]);
      else this.need = /\r\ntransfer-encoding:\s*chunked/i.test(head) ? -2 : 0;
    }
    const have = buf.length - this.headEnd;
    const complete =
      this.need === -2
        ? have >= 5 && buf.toString('latin1', buf.length - 5) === '0\r\n\r\n'
        : have >= this.need;
    if (!complete) {
      this.buf = buf;
      return;
    }
    const r = this.result;
    r.requests++;
    r.statuses[this.status] = (r.statuses[this.status] ?? 0) + 1;
    if ((this.status < 200 || this.status > 299) && !r.firstError) {
      const body = buf.toString('utf8', this.headEnd, Math.min(buf.length, this.headEnd + 200));
      r.firstError = `${this.head.split('\r\n')[0]}: ${body.trim()}`;
    }
    this.buf = undefined;
    this.need = -1;
    this.i++;
    if (!this.close) {
      this.send();
      return;
    }
    // The server ends this connection (keepalive_requests reached): carry on on a new one.
    this.s.removeAllListeners('end');
    this.s.end();
    r.reconnects++;
    this.connect().then(
      () => this.send(),
      (e: Error) => this.fail(e),
    );
  }
}

/**
 * Send `requests[c]` (from buildRequests) in order on connection c, all connections at once.
 * Resolves when every request was answered; a transport error or a stall rejects (the bench
 * reports it: nothing is retried silently).
 */
export async function runLoad(t: LoadTarget, requests: Buffer[][], timeoutMs = 30_000): Promise<LoadResult> {
  const result: LoadResult = { requests: 0, statuses: {}, reconnects: 0, elapsedMs: 0, clientCpuMs: 0 };
  const shards = requests.map((list) => new Shard(t, list, result));
  const watchdog = setInterval(() => {
    const now = performance.now();
    for (const s of shards)
      if (now - s.lastProgress > timeoutMs) s.fail(new Error(`no response within ${timeoutMs} ms`));
  }, 1000);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  try {
    await Promise.all(shards.map((s) => s.start().then(() => s.done)));
  } catch (err) {
    for (const s of shards) s.fail(err as Error);
    throw err;
  } finally {
    clearInterval(watchdog);
  }
  result.elapsedMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  result.clientCpuMs = (cpu.user + cpu.system) / 1000;
  return result;
}
