/**
 * State-file encryption to age recipients, interoperable with the `age` command (v1 format).
 *
 * Format, from the age v1 specification (C2SP/C2SP age.md; FiloSottile/age `internal/format`,
 * `x25519.go`, `internal/stream`):
 * - header: `age-encryption.org/v1`, one stanza per recipient (`-> X25519 <share>` + wrapped file key,
 *   base64 without padding, 64 columns), then `--- <MAC>`; the MAC is HMAC-SHA256 under
 *   HKDF-SHA256(file key, salt "", info "header") over the header up to and including `---`.
 * - X25519 stanza: ephemeral share E, shared secret X25519(e, recipient); wrap key =
 *   HKDF-SHA256(shared, salt E‖recipient, info "age-encryption.org/v1/X25519"); body =
 *   ChaCha20-Poly1305(wrap key, zero nonce, 16-byte file key).
 * - payload: a 16-byte nonce, then STREAM: 64 KiB chunks sealed with ChaCha20-Poly1305 under
 *   HKDF-SHA256(file key, salt nonce, info "payload"); chunk nonce = 11-byte big-endian counter ‖
 *   last-chunk flag.
 * - keys: bech32 (BIP 173) `age1…` recipients and `AGE-SECRET-KEY-1…` identities.
 * Only node:crypto is used: x25519, hkdf, hmac and chacha20-poly1305 are all built in.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  type KeyObject,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FleetState, readState, serializeState } from './state.js';

const INTRO = 'age-encryption.org/v1';
const X25519_LABEL = 'age-encryption.org/v1/X25519';
const CHUNK = 64 * 1024;
const TAG = 16;
const COLUMNS = 64;
const ARMOR_BEGIN = '-----BEGIN AGE ENCRYPTED FILE-----';
const ARMOR_END = '-----END AGE ENCRYPTED FILE-----';

export class AgeError extends Error {}

// ---------------------------------------------------------------------------------------------------
// bech32 (BIP 173), as age uses it: no 90-character limit, one case throughout.

const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GEN[i]!;
  }
  return chk >>> 0;
}

function hrpExpand(hrp: string): number[] {
  const out: number[] = [];
  for (const c of hrp) out.push(c.charCodeAt(0) >>> 5);
  out.push(0);
  for (const c of hrp) out.push(c.charCodeAt(0) & 31);
  return out;
}

function convertBits(data: Uint8Array | number[], from: number, to: number, pad: boolean): number[] {
  let acc = 0;
  let bits = 0;
  const out: number[] = [];
  const maxv = (1 << to) - 1;
  for (const value of data) {
    acc = (acc << from) | value;
    bits += from;
    while (bits >= to) {
      bits -= to;
      out.push((acc >>> bits) & maxv);
    }
  }
  if (pad) {
    if (bits > 0) out.push((acc << (to - bits)) & maxv);
  } else if (bits >= from || ((acc << (to - bits)) & maxv) !== 0) {
    throw new AgeError('bech32: invalid padding');
  }
  return out;
}

export function bech32Encode(hrp: string, data: Uint8Array): string {
  const lower = hrp.toLowerCase();
  const words = convertBits(data, 8, 5, true);
  const mod = polymod([...hrpExpand(lower), ...words, 0, 0, 0, 0, 0, 0]) ^ 1;
  const checksum = Array.from({ length: 6 }, (_, i) => (mod >>> (5 * (5 - i))) & 31);
  const s = `${lower}1${[...words, ...checksum].map((w) => CHARSET[w]).join('')}`;
  return hrp === hrp.toUpperCase() ? s.toUpperCase() : s;
}

export function bech32Decode(s: string): { hrp: string; data: Uint8Array } {
  if (s !== s.toLowerCase() && s !== s.toUpperCase()) throw new AgeError('bech32: mixed case');
  const lower = s.toLowerCase();
  const pos = lower.lastIndexOf('1');
  if (pos < 1 || pos + 7 > lower.length) throw new AgeError('bech32: separator misplaced');
  const hrp = lower.slice(0, pos);
  const words: number[] = [];
  for (const c of lower.slice(pos + 1)) {
    const w = CHARSET.indexOf(c);
    if (w < 0) throw new AgeError(`bech32: invalid character ${JSON.stringify(c)}`);
    words.push(w);
  }
  if (polymod([...hrpExpand(hrp), ...words]) !== 1) throw new AgeError('bech32: bad checksum');
  return { hrp, data: Uint8Array.from(convertBits(words.slice(0, -6), 5, 8, false)) };
}

// ---------------------------------------------------------------------------------------------------
// X25519 keys as node:crypto KeyObjects (raw 32 bytes wrapped in fixed DER prefixes, RFC 8410).

const PKCS8_PREFIX = Buffer.from('302e020100300506032b656e04220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b656e032100', 'hex');

function privateKeyFromRaw(raw: Uint8Array): KeyObject {
  return createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, raw]), format: 'der', type: 'pkcs8' });
}

function publicKeyFromRaw(raw: Uint8Array): KeyObject {
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

function rawPublic(key: KeyObject): Buffer {
  return (key.export({ format: 'der', type: 'spki' }) as Buffer).subarray(SPKI_PREFIX.length);
}

function rawPrivate(key: KeyObject): Buffer {
  return (key.export({ format: 'der', type: 'pkcs8' }) as Buffer).subarray(PKCS8_PREFIX.length);
}

function x25519(priv: KeyObject, pub: Uint8Array): Buffer {
  const shared = diffieHellman({ privateKey: priv, publicKey: publicKeyFromRaw(pub) });
  // A low-order point gives an all-zero secret: age refuses it (x25519.go "low order point").
  if (shared.every((b) => b === 0)) throw new AgeError('x25519: low-order point');
  return shared;
}

export function parseRecipient(recipient: string): Uint8Array {
  const { hrp, data } = bech32Decode(recipient.trim());
  if (hrp !== 'age' || data.length !== 32) throw new AgeError(`not an age X25519 recipient: ${recipient}`);
  return data;
}

export function parseIdentity(identity: string): KeyObject {
  const { hrp, data } = bech32Decode(identity.trim());
  if (hrp !== 'age-secret-key-' || data.length !== 32) throw new AgeError('not an age X25519 identity');
  return privateKeyFromRaw(data);
}

/** The `age1…` recipient of an `AGE-SECRET-KEY-1…` identity. */
export function recipientOf(identity: string): string {
  return bech32Encode('age', rawPublic(createPublicKey(parseIdentity(identity))));
}

/** A new identity, in the `age-keygen` file format (comment lines, then the key). */
export function generateIdentity(): { identity: string; recipient: string } {
  const { privateKey } = generateKeyPairSync('x25519');
  const identity = bech32Encode('AGE-SECRET-KEY-', rawPrivate(privateKey));
  return { identity, recipient: recipientOf(identity) };
}

/** Identities in an identity file: one per line, `#` comments and blank lines skipped. */
export function parseIdentityFile(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

// ---------------------------------------------------------------------------------------------------
// Primitives.

function hkdf(ikm: Uint8Array, salt: Uint8Array, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', ikm, salt, info, 32));
}

function seal(key: Uint8Array, nonce: Uint8Array, plain: Uint8Array): Buffer {
  const c = createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG });
  const body = Buffer.concat([c.update(plain), c.final()]);
  return Buffer.concat([body, c.getAuthTag()]);
}

function open(key: Uint8Array, nonce: Uint8Array, sealed: Uint8Array): Buffer {
  if (sealed.length < TAG) throw new AgeError('ciphertext too short');
  const d = createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG });
  d.setAuthTag(sealed.subarray(sealed.length - TAG));
  try {
    return Buffer.concat([d.update(sealed.subarray(0, sealed.length - TAG)), d.final()]);
  } catch {
    throw new AgeError('decryption failed: wrong key or damaged file');
  }
}

/** Base64 without padding (Go's RawStdEncoding), which age uses everywhere in the header. */
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64').replace(/=+$/, '');

function unb64(s: string): Buffer {
  // age rejects padding and non-canonical encodings; a strict round trip enforces both.
  if (!/^[A-Za-z0-9+/]*$/.test(s)) throw new AgeError('header: invalid base64');
  const b = Buffer.from(s, 'base64');
  if (b64(b) !== s) throw new AgeError('header: non-canonical base64');
  return b;
}

function wrapLines(s: string): string {
  const lines: string[] = [];
  for (let i = 0; i < s.length; i += COLUMNS) lines.push(s.slice(i, i + COLUMNS));
  // A body whose length is a multiple of 64 columns ends with an empty line (spec: "the last line
  // is always shorter than 64 columns").
  if (s.length % COLUMNS === 0) lines.push('');
  return lines.join('\n');
}

function streamNonce(counter: number, last: boolean): Buffer {
  const n = Buffer.alloc(12);
  n.writeUIntBE(counter, 5, 6);
  n[11] = last ? 1 : 0;
  return n;
}

// ---------------------------------------------------------------------------------------------------
// Encrypt / decrypt.

export function encrypt(plaintext: Uint8Array | string, recipients: string[]): Buffer {
  if (recipients.length === 0) throw new AgeError('no recipients');
  const plain = typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : Buffer.from(plaintext);
  const fileKey = randomBytes(16);
  let header = `${INTRO}\n`;
  for (const r of recipients) {
    const pub = parseRecipient(r);
    const { privateKey } = generateKeyPairSync('x25519');
    const share = rawPublic(createPublicKey(privateKey));
    const shared = x25519(privateKey, pub);
    const wrapKey = hkdf(shared, Buffer.concat([share, pub]), X25519_LABEL);
    const body = seal(wrapKey, Buffer.alloc(12), fileKey);
    header += `-> X25519 ${b64(share)}\n${wrapLines(b64(body))}\n`;
  }
  header += '---';
  const mac = createHmac('sha256', hkdf(fileKey, Buffer.alloc(0), 'header'))
    .update(header)
    .digest();
  const nonce = randomBytes(16);
  const payloadKey = hkdf(fileKey, nonce, 'payload');
  const chunks: Buffer[] = [Buffer.from(`${header} ${b64(mac)}\n`), nonce];
  const count = Math.max(1, Math.ceil(plain.length / CHUNK));
  for (let i = 0; i < count; i++) {
    const part = plain.subarray(i * CHUNK, (i + 1) * CHUNK);
    chunks.push(seal(payloadKey, streamNonce(i, i === count - 1), part));
  }
  return Buffer.concat(chunks);
}

interface Stanza {
  type: string;
  args: string[];
  body: Buffer;
}

function dearmor(input: Buffer): Buffer {
  const text = input.toString('latin1').trim();
  if (!text.startsWith(ARMOR_BEGIN)) return input;
  if (!text.endsWith(ARMOR_END)) throw new AgeError('armor: missing end line');
  const inner = text.slice(ARMOR_BEGIN.length, text.length - ARMOR_END.length).replace(/\s+/g, '');
  return Buffer.from(inner, 'base64');
}

function parseHeader(file: Buffer): { stanzas: Stanza[]; macInput: string; mac: Buffer; payload: Buffer } {
  let pos = 0;
  const line = (): string => {
    const end = file.indexOf(0x0a, pos);
    if (end < 0) throw new AgeError('header: unexpected end of file');
    const l = file.subarray(pos, end).toString('latin1');
    pos = end + 1;
    return l;
  };
  if (line() !== INTRO) throw new AgeError('not an age v1 file');
  const stanzas: Stanza[] = [];
  for (;;) {
    const start = pos;
    const l = line();
    if (l.startsWith('--- ')) {
      const macInput = file.subarray(0, start + 3).toString('latin1');
      return { stanzas, macInput, mac: unb64(l.slice(4)), payload: file.subarray(pos) };
    }
    if (!l.startsWith('-> ')) throw new AgeError('header: malformed stanza');
    const [type, ...args] = l.slice(3).split(' ');
    const parts: Buffer[] = [];
    for (;;) {
      const b = line();
      parts.push(unb64(b));
      if (b.length < COLUMNS) break;
    }
    stanzas.push({ type: type!, args, body: Buffer.concat(parts) });
  }
}

function unwrapFileKey(stanzas: Stanza[], identities: KeyObject[]): Buffer {
  for (const s of stanzas) {
    if (s.type !== 'X25519') continue;
    if (s.args.length !== 1 || s.body.length !== 32) throw new AgeError('header: malformed X25519 stanza');
    const share = unb64(s.args[0]!);
    for (const id of identities) {
      const pub = rawPublic(createPublicKey(id));
      const wrapKey = hkdf(x25519(id, share), Buffer.concat([share, pub]), X25519_LABEL);
      try {
        return open(wrapKey, Buffer.alloc(12), s.body);
      } catch {
        // Not for this identity: try the next one.
      }
    }
  }
  throw new AgeError('no identity matched any of the recipients');
}

export function decrypt(input: Uint8Array, identities: string[]): Buffer {
  const file = dearmor(Buffer.from(input));
  const { stanzas, macInput, mac, payload } = parseHeader(file);
  const fileKey = unwrapFileKey(
    stanzas,
    identities.map((i) => parseIdentity(i)),
  );
  const expected = createHmac('sha256', hkdf(fileKey, Buffer.alloc(0), 'header'))
    .update(macInput)
    .digest();
  if (mac.length !== expected.length || !timingSafeEqual(mac, expected))
    throw new AgeError('header MAC mismatch');
  if (payload.length < 16) throw new AgeError('payload: missing nonce');
  const payloadKey = hkdf(fileKey, payload.subarray(0, 16), 'payload');
  const body = payload.subarray(16);
  const out: Buffer[] = [];
  const sealedChunk = CHUNK + TAG;
  const count = Math.max(1, Math.ceil(body.length / sealedChunk));
  for (let i = 0; i < count; i++) {
    const part = body.subarray(i * sealedChunk, (i + 1) * sealedChunk);
    const last = i === count - 1;
    const plain = open(payloadKey, streamNonce(i, last), part);
    // Only the first chunk of an empty file may be empty (STREAM: no trailing empty chunk).
    if (plain.length === 0 && i > 0) throw new AgeError('payload: empty final chunk');
    out.push(plain);
  }
  return Buffer.concat(out);
}

/** Does this look like an age file (binary or armored)? */
export function isAgeFile(content: Uint8Array): boolean {
  const head = Buffer.from(content.subarray(0, 64)).toString('latin1');
  return head.startsWith(INTRO) || head.startsWith(ARMOR_BEGIN);
}

// ---------------------------------------------------------------------------------------------------
// The state file at rest. `<fleet>.state.yaml` stays the local working copy (0600, git-ignored); with
// `gitops.ageRecipients` set, `<fleet>.state.yaml.age` is written beside it, encrypted to them, and
// may be committed. A checkout without the plain file reads the encrypted one with an identity.

export function encryptedStateFile(stateFile: string): string {
  return `${stateFile}.age`;
}

export class IdentityNeededError extends Error {
  constructor(readonly file: string) {
    super(`${file}: age identity needed`);
  }
}

/** Identities from `--identity` files or THANOS_FLEET_AGE_IDENTITY (a key file path). */
export function loadIdentities(files: string[], env: NodeJS.ProcessEnv = process.env): string[] {
  const all = [...files, ...(env.THANOS_FLEET_AGE_IDENTITY ? [env.THANOS_FLEET_AGE_IDENTITY] : [])];
  return all.flatMap((f) => parseIdentityFile(readFileSync(f, 'utf8')));
}

export function readStateAt(stateFile: string, identities: string[]): FleetState | undefined {
  if (existsSync(stateFile)) return readState(stateFile);
  const enc = encryptedStateFile(stateFile);
  if (!existsSync(enc)) return undefined;
  if (identities.length === 0) throw new IdentityNeededError(enc);
  const dir = mkdtempSync(join(tmpdir(), 'tf-state-'));
  try {
    // readState parses a file; the plain text only ever touches a private temporary folder.
    const plain = join(dir, 'state.yaml');
    writeFileSync(plain, decrypt(readFileSync(enc), identities), { mode: 0o600 });
    return readState(plain);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Temp file + rename, 0600 whatever the umask (the state is private in both forms). */
function writePrivateAtomically(file: string, content: string | Uint8Array): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, content, { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, file);
}

/** Write the state (0600) and, with recipients, its encrypted copy. Returns the files written. */
export function writeStateAt(stateFile: string, state: FleetState, recipients: string[]): string[] {
  const text = serializeState(state);
  writePrivateAtomically(stateFile, text);
  if (recipients.length === 0) return [stateFile];
  const enc = encryptedStateFile(stateFile);
  writePrivateAtomically(enc, encrypt(text, recipients));
  return [stateFile, enc];
}
