/**
 * The state file: credentials kept across renders. Operator (human) passwords carry a bcrypt hash; a
 * sha256 of the password says whether the hash still belongs to it, so a render costs no bcrypt work
 * unless the password was changed by hand or the state predates the digest.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import bcrypt from 'bcryptjs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFleetFile, REFERENCE_FLEET_FILE } from '../../src/fleet/load.js';
import { type FleetState, readState, reconcileState, serializeState } from '../../src/fleet/state.js';
import { writeFileAtomically } from '../../src/render/write.js';

const { fleet } = loadFleetFile(REFERENCE_FLEET_FILE);
const first = reconcileState(fleet, undefined);
const work = mkdtempSync(join(tmpdir(), 'thanos-fleet-state-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const copy = (s: FleetState): FleetState => JSON.parse(JSON.stringify(s));

describe('state file', () => {
  it('is created once and then reused unchanged, through the file', () => {
    expect(first.changed).toBe(true);
    const file = join(work, 'fleet.state.yaml');
    writeFileAtomically(file, serializeState(first.state), 0o600);
    const again = reconcileState(fleet, readState(file));
    expect(again.changed).toBe(false);
    expect(again.state).toEqual(first.state);
    expect(serializeState(again.state)).toBe(readFileSync(file, 'utf8'));
  });

  it('rehashes an operator password changed by hand, and the new hash verifies it', () => {
    const edited = copy(first.state);
    const [user, cred] = Object.entries(edited.operators)[0]!;
    cred.password = 'changed-by-hand-0123456789';
    const { state, changed } = reconcileState(fleet, edited);
    expect(changed).toBe(true);
    expect(state.operators[user]!.password).toBe('changed-by-hand-0123456789');
    expect(state.operators[user]!.bcrypt).not.toBe(first.state.operators[user]!.bcrypt);
    expect(bcrypt.compareSync('changed-by-hand-0123456789', state.operators[user]!.bcrypt)).toBe(true);
  });

  it('keeps the hash of a state written before the digest existed, adding the digest', () => {
    const old = copy(first.state);
    for (const cred of Object.values(old.operators)) delete cred.bcryptOf;
    const { state, changed } = reconcileState(fleet, old);
    expect(changed).toBe(true);
    for (const [user, cred] of Object.entries(state.operators)) {
      expect(cred.bcrypt).toBe(first.state.operators[user]!.bcrypt);
      expect(cred.bcryptOf).toBe(first.state.operators[user]!.bcryptOf);
    }
  });
});
