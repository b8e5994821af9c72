/**
 * A remote-write request by hand: protobuf `prometheus.WriteRequest` (prometheus/prompb remote.proto,
 * types.proto) in a snappy block made of literals only, which every snappy decoder accepts
 * (sandbox.md §8: a 98-byte hand-made request was answered 204 and read back).
 */

function varint(n: number | bigint): number[] {
  let v = BigInt(n);
  const out: number[] = [];
  while (v >= 0x80n) {
    out.push(Number((v & 0x7fn) | 0x80n));
    v >>= 7n;
  }
  out.push(Number(v));
  return out;
}

function lenField(field: number, payload: Uint8Array | number[]): number[] {
  return [...varint((field << 3) | 2), ...varint(payload.length), ...payload];
}

function stringField(field: number, s: string): number[] {
  return lenField(field, [...Buffer.from(s, 'utf8')]);
}

export interface ProbeSeries {
  labels: Record<string, string>;
  value: number;
  timestampMs: number;
}

/** WriteRequest { repeated TimeSeries timeseries = 1; } with labels sorted by name (Prometheus requires it). */
export function encodeWriteRequest(series: ProbeSeries[]): Buffer {
  const out: number[] = [];
  for (const s of series) {
    const ts: number[] = [];
    for (const name of Object.keys(s.labels).sort()) {
      ts.push(...lenField(1, [...stringField(1, name), ...stringField(2, s.labels[name]!)]));
    }
    const value = Buffer.alloc(8);
    value.writeDoubleLE(s.value);
    // Sample { double value = 1 (fixed64); int64 timestamp = 2 (varint) }
    const sample = [(1 << 3) | 1, ...value, (2 << 3) | 0, ...varint(s.timestampMs)];
    ts.push(...lenField(2, sample));
    out.push(...lenField(1, ts));
  }
  return Buffer.from(out);
}

/** Snappy block format: uncompressed length (varint), then literal elements of at most 64 KiB. */
export function snappyLiteralBlock(data: Uint8Array): Buffer {
  const parts: Buffer[] = [Buffer.from(varint(data.length))];
  for (let off = 0; off < data.length; off += 65536) {
    const chunk = data.subarray(off, Math.min(off + 65536, data.length));
    const n = chunk.length - 1;
    if (n < 60) parts.push(Buffer.from([n << 2]));
    else if (n < 0x100) parts.push(Buffer.from([60 << 2, n]));
    else parts.push(Buffer.from([61 << 2, n & 0xff, n >> 8]));
    parts.push(Buffer.from(chunk));
  }
  return Buffer.concat(parts);
}

/** Headers Prometheus sends with every remote write (sandbox.md §8). */
export const REMOTE_WRITE_HEADERS = {
  'Content-Encoding': 'snappy',
  'Content-Type': 'application/x-protobuf',
  'X-Prometheus-Remote-Write-Version': '0.1.0',
};

/** An empty WriteRequest: accepted (2xx) by Receive and Prometheus, writes nothing. */
export const EMPTY_WRITE_BODY = snappyLiteralBlock(new Uint8Array(0));
