/**
 * Snappy block format (github.com/google/snappy format_description.txt), the compression Prometheus
 * remote write uses (`Content-Encoding: snappy`, golang/snappy `Encode`). A small greedy encoder with
 * a 4-byte hash table, as the reference and golang/snappy do, so bench bodies have real sizes on the
 * wire (~7 KB for ~270 samples, sandbox.md §4) instead of the literal-only block of
 * src/doctor/wire.ts; and a decoder, to test the encoder.
 */

const MAX_FRAGMENT = 1 << 16;
const HASH_BITS = 14;

/** Output cursor over a buffer sized for the worst case (maxCompressedLength). */
interface Out {
  buf: Buffer;
  o: number;
}

/** golang/snappy MaxEncodedLen: 32 + n + n/6. */
const maxCompressedLength = (n: number) => 32 + n + Math.ceil(n / 6);

function putVarint(out: Out, n: number): void {
  while (n >= 0x80) {
    out.buf[out.o++] = (n & 0x7f) | 0x80;
    n = Math.floor(n / 128);
  }
  out.buf[out.o++] = n;
}

function emitLiteral(out: Out, src: Uint8Array, from: number, to: number): void {
  const n = to - from - 1;
  if (n < 0) return;
  const b = out.buf;
  if (n < 60) b[out.o++] = n << 2;
  else if (n < 0x100) {
    b[out.o++] = 60 << 2;
    b[out.o++] = n;
  } else {
    // Fragments are at most 64 KiB, so two length bytes always suffice.
    b[out.o++] = 61 << 2;
    b[out.o++] = n & 0xff;
    b[out.o++] = n >> 8;
  }
  if (n < 32) {
    // Short literals: a byte loop beats allocating a subarray view.
    let o = out.o;
    for (let i = from; i < to; i++) b[o++] = src[i]!;
    out.o = o;
  } else {
    b.set(src.subarray(from, to), out.o);
    out.o += to - from;
  }
}

/** One copy element: length 1..64; the 1-byte-offset form when it fits (length 4..11, offset < 2048). */
function emitCopyPart(out: Out, offset: number, length: number): void {
  const b = out.buf;
  if (length >= 4 && length <= 11 && offset < 2048) {
    b[out.o++] = 1 | ((length - 4) << 2) | ((offset >> 8) << 5);
    b[out.o++] = offset & 0xff;
  } else {
    b[out.o++] = 2 | ((length - 1) << 2);
    b[out.o++] = offset & 0xff;
    b[out.o++] = offset >> 8;
  }
}

function emitCopy(out: Out, offset: number, length: number): void {
  // As the reference: 64-byte copies, then one of 60 so the rest is ≥ 4 (1-byte-offset form possible).
  while (length >= 68) {
    emitCopyPart(out, offset, 64);
    length -= 64;
  }
  if (length > 64) {
    emitCopyPart(out, offset, 60);
    length -= 60;
  }
  emitCopyPart(out, offset, length);
}

const load32 = (b: Uint8Array, i: number) =>
  (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
const hash32 = (u: number) => Math.imul(u, 0x1e35a7bd) >>> (32 - HASH_BITS);

function compressFragment(out: Out, src: Uint8Array, start: number, end: number, table: Int32Array): void {
  table.fill(-1);
  let lit = start;
  let i = start;
  // Matches need 4 bytes; the last bytes go out as a literal.
  const limit = end - 4;
  let skip = 32;
  while (i <= limit) {
    const h = hash32(load32(src, i));
    const cand = table[h]!;
    table[h] = i;
    if (cand < 0 || load32(src, cand) !== load32(src, i)) {
      // No match: step further the longer nothing matched (incompressible data stays cheap).
      i += skip++ >> 5;
      continue;
    }
    skip = 32;
    emitLiteral(out, src, lit, i);
    let len = 4;
    while (i + len < end && src[cand + len] === src[i + len]) len++;
    emitCopy(out, i - cand, len);
    i += len;
    lit = i;
    if (i <= limit) table[hash32(load32(src, i - 1))] = i - 1;
  }
  emitLiteral(out, src, lit, end);
}

let scratch = Buffer.alloc(0);
const table = new Int32Array(1 << HASH_BITS);

/** Compressed copy of `src` (one allocation of the result's size: the work buffer is reused). */
export function snappyCompress(src: Uint8Array): Buffer {
  if (scratch.length < maxCompressedLength(src.length))
    scratch = Buffer.alloc(maxCompressedLength(src.length));
  const out: Out = { buf: scratch, o: 0 };
  putVarint(out, src.length);
  // Offsets stay below 64 KiB because every fragment has its own table (the 2-byte-offset form).
  for (let off = 0; off < src.length; off += MAX_FRAGMENT)
    compressFragment(out, src, off, Math.min(off + MAX_FRAGMENT, src.length), table);
  return Buffer.from(out.buf.subarray(0, out.o));
}

export function snappyDecompress(src: Uint8Array): Buffer {
  let pos = 0;
  let len = 0;
  for (let shift = 1; ; shift *= 128) {
    const b = src[pos++];
    if (b === undefined) throw new Error('snappy: truncated length');
    len += (b & 0x7f) * shift;
    if (b < 0x80) break;
  }
  const out = Buffer.alloc(len);
  let o = 0;
  while (pos < src.length) {
    const tag = src[pos++]!;
    const kind = tag & 3;
    if (kind === 0) {
      let n = tag >> 2;
      if (n >= 60) {
        const bytes = n - 59;
        n = 0;
        for (let k = 0; k < bytes; k++) n += src[pos++]! * 2 ** (8 * k);
      }
      n += 1;
      if (pos + n > src.length || o + n > len) throw new Error('snappy: literal overruns');
      out.set(src.subarray(pos, pos + n), o);
      pos += n;
      o += n;
      continue;
    }
    let length: number;
    let offset: number;
    if (kind === 1) {
      length = ((tag >> 2) & 7) + 4;
      offset = ((tag >> 5) << 8) | src[pos++]!;
    } else if (kind === 2) {
      length = (tag >> 2) + 1;
      offset = src[pos]! | (src[pos + 1]! << 8);
      pos += 2;
    } else {
      length = (tag >> 2) + 1;
      offset = (src[pos]! | (src[pos + 1]! << 8) | (src[pos + 2]! << 16) | (src[pos + 3]! << 24)) >>> 0;
      pos += 4;
    }
    if (offset === 0 || offset > o || o + length > len) throw new Error('snappy: bad copy');
    // Byte by byte: a copy may overlap its own output (offset < length).
    for (let k = 0; k < length; k++, o++) out[o] = out[o - offset]!;
  }
  if (o !== len) throw new Error(`snappy: ${o} bytes decoded, header says ${len}`);
  return out;
}
