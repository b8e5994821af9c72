/**
 * Golden files: the whole render of the reference fleet and of the ten-edge fleet, for every ingress
 * provider, compared byte for byte with test/golden/<fleet>/<provider>/. Credentials come from committed
 * test state files so renders are reproducible. Regenerate with UPDATE_GOLDEN=1 after a reviewed change.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFleetFile, REFERENCE_FLEET_FILE } from '../src/fleet/load.js';
import { readState, reconcileState } from '../src/fleet/state.js';
import { deriveFleetPolicy } from '../src/policy/derive.js';
import { PROVIDERS } from '../src/render/context.js';
import { renderFleet } from '../src/render/index.js';
import { ROOT } from './support/cli.js';

const GOLDEN = join(ROOT, 'test', 'golden');
const FLEETS: Record<string, string> = {
  reference: REFERENCE_FLEET_FILE,
  'ten-edges': join(ROOT, 'test', 'fixtures', 'fleets', 'ten-edges.yaml'),
};
const update = process.env.UPDATE_GOLDEN === '1';

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => relative(dir, join(d.parentPath, d.name)))
      .sort();
  } catch {
    return [];
  }
}

describe.each(Object.keys(FLEETS))('golden render of %s', (fleetName) => {
  const loaded = loadFleetFile(FLEETS[fleetName]!);
  const stateFile = join(ROOT, 'test', 'fixtures', 'fleets', `${fleetName}.fixture-state.yaml`);
  const state = readState(stateFile);
  if (!state) throw new Error(`missing ${stateFile}: create it with UPDATE_GOLDEN=1`);
  const { state: reconciled, changed } = reconcileState(loaded.fleet, state);
  const policy = deriveFleetPolicy(loaded.fleet);

  it('uses a complete committed test state', () => {
    expect(changed).toBe(false);
  });

  it.each([...PROVIDERS])('%s', (provider) => {
    const { artifacts } = renderFleet({
      fleet: loaded.fleet,
      policy,
      state: reconciled,
      provider,
      lang: 'en',
    });
    const dir = join(GOLDEN, fleetName, provider);
    if (update) {
      rmSync(dir, { recursive: true, force: true });
      for (const a of artifacts) {
        mkdirSync(dirname(join(dir, a.path)), { recursive: true });
        writeFileSync(join(dir, a.path), a.content);
      }
    }
    expect(artifacts.map((a) => a.path).sort()).toEqual(listFiles(dir));
    for (const a of artifacts) expect(a.content, a.path).toBe(readFileSync(join(dir, a.path), 'utf8'));
  });
});
