/**
 * State encryption interoperates with the real `age` 1.1 command both ways: files we encrypt decrypt
 * with `age -d -i key.txt`, files `age -r` (binary and armored) writes decrypt with ours.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  AgeError,
  bech32Decode,
  bech32Encode,
  decrypt,
  encrypt,
  encryptedStateFile,
  generateIdentity,
  IdentityNeededError,
  isAgeFile,
  parseIdentityFile,
  readStateAt,
  recipientOf,
  writeStateAt,
} from '../../src/fleet/age.js';
import { loadFleetText } from '../../src/fleet/load.js';
import { rotateEdges } from '../../src/fleet/rollout.js';
import { reconcileState, serializeState } from '../../src/fleet/state.js';
import { fleetText, REFERENCE } from './support.js';

const work = mkdtempSync(join(tmpdir(), 'tf-age-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const keyFile = join(work, 'key.txt');
execFileSync('age-keygen', ['-o', keyFile], { stdio: 'ignore' });
const identities = parseIdentityFile(readFileSync(keyFile, 'utf8'));
const recipient = recipientOf(identities[0]!);
// age-keygen prints the recipient in its file as "# public key: age1…".
const keygenRecipient = /# public key: (age1\S+)/.exec(readFileSync(keyFile, 'utf8'))![1]!;

function payload(size: number): Buffer {
  const b = Buffer.alloc(size);
  for (let i = 0; i < size; i++) b[i] = (i * 31 + 7) & 0xff;
  return b;
}

// Sizes around the 64 KiB STREAM chunk: empty, tiny, exactly one chunk, one byte over, several.
const SIZES = [0, 1, 65536, 65537, 3 * 65536 + 100];

describe('age interop', () => {
  it('derives the same recipient from the identity as age-keygen', () => {
    expect(recipient).toBe(keygenRecipient);
    expect(identities[0]).toMatch(/^AGE-SECRET-KEY-1[0-9A-Z]+$/);
  });

  it.each(SIZES)('ours → age -d (%i bytes)', (size) => {
    const data = payload(size);
    const file = join(work, `ours-${size}.age`);
    writeFileSync(file, encrypt(data, [generateIdentity().recipient, recipient]));
    const out = execFileSync('age', ['-d', '-i', keyFile, file], { maxBuffer: 1 << 24 });
    expect(out.equals(data)).toBe(true);
  });

  it.each(SIZES)('age -r → ours (%i bytes, binary and armored)', (size) => {
    const data = payload(size);
    const plain = join(work, `plain-${size}`);
    writeFileSync(plain, data);
    for (const armor of [false, true]) {
      const file = join(work, `theirs-${size}-${armor}.age`);
      execFileSync('age', [...(armor ? ['-a'] : []), '-r', recipient, '-o', file, plain]);
      const enc = readFileSync(file);
      expect(isAgeFile(enc)).toBe(true);
      expect(decrypt(enc, identities).equals(data)).toBe(true);
    }
  });

  it('refuses a wrong identity and a tampered header or payload', () => {
    const enc = encrypt('secret state', [recipient]);
    expect(() => decrypt(enc, [generateIdentity().identity])).toThrow(AgeError);
    const headerEnd = enc.indexOf('\n---') + 1;
    const badMac = Buffer.from(enc);
    badMac[headerEnd + 5] = badMac[headerEnd + 5]! ^ 1;
    expect(() => decrypt(badMac, identities)).toThrow(AgeError);
    const badBody = Buffer.from(enc);
    badBody[badBody.length - 1] = badBody[badBody.length - 1]! ^ 1;
    expect(() => decrypt(badBody, identities)).toThrow(AgeError);
    // And the real age agrees that our damaged file is damaged.
    const file = join(work, 'tampered.age');
    writeFileSync(file, badBody);
    expect(() => execFileSync('age', ['-d', '-i', keyFile, file], { stdio: 'pipe' })).toThrow();
  });

  it('bech32 round-trips and rejects a bad checksum', () => {
    const data = Uint8Array.from({ length: 32 }, (_, i) => i);
    const s = bech32Encode('age', data);
    expect(bech32Decode(s)).toEqual({ hrp: 'age', data });
    expect(() => bech32Decode(`${s.slice(0, -1)}${s.endsWith('q') ? 'p' : 'q'}`)).toThrow(/checksum/);
  });
});

describe('the state file at rest', () => {
  const { fleet } = loadFleetText(fleetText(REFERENCE), 'f.yaml');
  const state = rotateEdges(reconcileState(fleet, undefined).state, ['edge-cluster-01']);

  it('writes the plain state 0600 and an encrypted copy the real age decrypts', () => {
    const stateFile = join(work, 'fleet.state.yaml');
    expect(writeStateAt(stateFile, state, [recipient])).toEqual([stateFile, encryptedStateFile(stateFile)]);
    for (const f of [stateFile, encryptedStateFile(stateFile)]) expect(statSync(f).mode & 0o777).toBe(0o600);
    const enc = readFileSync(encryptedStateFile(stateFile));
    for (const e of Object.values(state.edges)) expect(enc.includes(e.password)).toBe(false);
    const out = execFileSync('age', ['-d', '-i', keyFile, encryptedStateFile(stateFile)], {
      encoding: 'utf8',
    });
    expect(out).toBe(serializeState(state));
  });

  it('reads the encrypted copy when the plain file is absent, with an identity only', () => {
    const dir = mkdtempSync(join(work, 'clone-'));
    const stateFile = join(dir, 'fleet.state.yaml');
    writeFileSync(encryptedStateFile(stateFile), encrypt(serializeState(state), [recipient]));
    expect(() => readStateAt(stateFile, [])).toThrow(IdentityNeededError);
    expect(readStateAt(stateFile, identities)).toEqual(state);
    expect(readStateAt(join(dir, 'none.yaml'), identities)).toBeUndefined();
  });
});
