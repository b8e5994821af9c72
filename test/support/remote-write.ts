/**
 * Realistic remote-write bodies for tests and bench/ingress.ts: protobuf `prometheus.WriteRequest`
 * (prometheus/prompb remote.proto, types.proto; the same wire format as src/doctor/wire.ts, which a
 * test compares against), snappy-compressed with a real encoder (test/support/snappy.ts).
 *
 * A shard's series are fixed and their label bytes encoded once; each body carries one sample per
 * series at the shard's next timestamp, the way an agent's batch carries one scrape. Series come from
 * a real Prometheus /metrics page, so names, label sets and sizes are those of a Prometheus's own
 * metrics (what the sandbox's agents scrape: ~270 samples, ~7 KB on the wire, sandbox.md §4).
 */
import { snappyCompress } from './snappy.js';

export type Labels = Record<string, string>;

export interface SeriesSample {
  labels: Labels;
  value: number;
}

function varintLen(n: number): number {
  let k = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 128);
    k++;
  }
  return k;
}

function putVarint(b: Buffer, o: number, n: number): number {
  while (n >= 0x80) {
    b[o++] = (n & 0x7f) | 0x80;
    n = Math.floor(n / 128);
  }
  b[o++] = n;
  return o;
}

function lenPrefixed(field: number, payload: Buffer): Buffer {
  const head = Buffer.alloc(1 + varintLen(payload.length));
  head[0] = (field << 3) | 2;
  putVarint(head, 1, payload.length);
  return Buffer.concat([head, payload]);
}

/** Label { string name = 1; string value = 2; }, repeated as TimeSeries field 1, sorted by name. */
export function encodeLabels(labels: Labels): Buffer {
  return Buffer.concat(
    Object.keys(labels)
      .sort()
      .map((name) =>
        lenPrefixed(
          1,
          Buffer.concat([
            lenPrefixed(1, Buffer.from(name, 'utf8')),
            lenPrefixed(2, Buffer.from(labels[name]!, 'utf8')),
          ]),
        ),
      ),
  );
}

/**
 * WriteRequest { repeated TimeSeries timeseries = 1; } with one Sample { double value = 1;
 * int64 timestamp = 2; } per series; `labelBytes[i]` from encodeLabels.
 */
export function encodeSamples(
  labelBytes: Buffer[],
  values: ArrayLike<number>,
  timestampMs: number,
  into?: Buffer,
): Buffer {
  // Sample: tag + 8-byte double + tag + varint timestamp.
  const sampleLen = 1 + 8 + 1 + varintLen(timestampMs);
  let size = 0;
  for (const lb of labelBytes) {
    const tsLen = lb.length + 1 + varintLen(sampleLen) + sampleLen;
    size += 1 + varintLen(tsLen) + tsLen;
  }
  // Never from the shared pool: a caller may keep the result as its `into` for the next call.
  const b = into && into.length >= size ? into.subarray(0, size) : Buffer.allocUnsafeSlow(size);
  let o = 0;
  labelBytes.forEach((lb, i) => {
    const tsLen = lb.length + 1 + varintLen(sampleLen) + sampleLen;
    b[o++] = (1 << 3) | 2;
    o = putVarint(b, o, tsLen);
    lb.copy(b, o);
    o += lb.length;
    b[o++] = (2 << 3) | 2;
    o = putVarint(b, o, sampleLen);
    b[o++] = (1 << 3) | 1;
    o = b.writeDoubleLE(values[i]!, o);
    b[o++] = (2 << 3) | 0;
    o = putVarint(b, o, timestampMs);
  });
  return b;
}

/** Series of a Prometheus text exposition page (`# ` lines skipped), in page order. */
export function parseExposition(text: string): SeriesSample[] {
  const out: SeriesSample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+(\S+)/.exec(line);
    if (!m) continue;
    const labels: Labels = { __name__: m[1]! };
    for (const l of (m[3] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g))
      labels[l[1]!] = l[2]!.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
    const value = Number(m[4]);
    out.push({ labels, value: Number.isFinite(value) ? value : 0 });
  }
  return out;
}

/**
 * One edge's shard: its series (the page's series plus the edge's target and external labels) and a
 * clock. `next()` is the body of the next batch: every series one sample later, counters grown.
 */
export class ShardWriter {
  private readonly labelBytes: Buffer[];
  private readonly values: Float64Array;
  private readonly steps: Float64Array;
  private readonly gauges: boolean[];
  private t: number;
  private n = 0;
  private scratch: Buffer | undefined;

  constructor(
    series: SeriesSample[],
    extraLabels: Labels,
    startMs: number,
    readonly stepMs: number,
  ) {
    this.labelBytes = series.map((s) => encodeLabels({ ...s.labels, ...extraLabels }));
    this.values = Float64Array.from(series, (s) => s.value);
    const counter = (s: SeriesSample) => /_(total|count|sum|bucket)$/.test(s.labels.__name__ ?? '');
    // Counters grow by a per-series integer step; a third of the gauges move, the rest hold still.
    this.steps = Float64Array.from(series, (s, i) => (counter(s) ? 1 + (i % 17) : 0));
    this.gauges = series.map((s, i) => !counter(s) && i % 3 === 0);
    this.t = startMs;
  }

  get samplesPerBody(): number {
    return this.labelBytes.length;
  }

  /**
   * Uncompressed protobuf of the next batch (advances the clock). The result is a view of a buffer
   * the next call overwrites: copy it to keep it.
   */
  nextRaw(): Buffer {
    this.n++;
    for (let i = 0; i < this.values.length; i++) {
      if (this.gauges[i]) this.values[i] = Math.round(1000 * (this.values[i]! + Math.sin(this.n + i))) / 1000;
      else this.values[i]! += this.steps[i]!;
    }
    const raw = encodeSamples(this.labelBytes, this.values, this.t, this.scratch);
    // Timestamps only grow, so their varints, and the size, never shrink: reuse the buffer.
    this.scratch = raw.buffer === this.scratch?.buffer ? this.scratch : raw;
    this.t += this.stepMs;
    return raw;
  }

  /** Snappy-compressed body of the next batch, as sent on the wire. */
  next(): Buffer {
    return snappyCompress(this.nextRaw());
  }

  /** Timestamp the next body will carry. */
  get nextTimestampMs(): number {
    return this.t;
  }
}
