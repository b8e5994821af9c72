/**
 * Golden files: the whole render of the reference fleet and of the ten-edge fleet, for every ingress
 * provider, compared byte for byte with test/golden/<fleet>/<provider>/; and of a fleet with all three
 * edge forms in the files and the GitOps layout (test/golden/mixed-forms/<layout>/). Credentials come from committed
 * test state files so renders are reproducible. Regenerate with UPDATE_GOLDEN=1 after a reviewed change.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFleetFile, REFERENCE_FLEET_FILE } from '../src/fleet/load.js';
import { readState, reconcileState } from '../src/fleet/state.js';
import { deriveFleetPolicy } from '../src/policy/derive.js';
import { PROVIDERS } from '../src/render/context.js';
import { toGitopsLayout } from '../src/render/gitops/index.js';
import { renderFleet } from '../src/render/index.js';
import { ROOT } from './support/cli.js';

const GOLDEN = join(ROOT, 'test', 'golden');
const FLEETS: Record<string, string> = {
  reference: REFERENCE_FLEET_FILE,
  'ten-edges': join(ROOT, 'test', 'fixtures', 'fleets', 'ten-edges.yaml'),
};
/** The three edge forms side by side, in both layouts (one provider: the forms do not depend on it). */
const LAYOUT_FLEET = 'mixed-forms';
const LAYOUT_PROVIDER = 'gateway-api';
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

function compareWithGolden(dir: string, artifacts: { path: string; content: string }[]): void {
  if (update) {
    rmSync(dir, { recursive: true, force: true });
    for (const a of artifacts) {
      mkdirSync(dirname(join(dir, a.path)), { recursive: true });
      writeFileSync(join(dir, a.path), a.content);
    }
  }
  expect(artifacts.map((a) => a.path).sort()).toEqual(listFiles(dir));
  for (const a of artifacts) expect(a.content, a.path).toBe(readFileSync(join(dir, a.path), 'utf8'));
}

function fixtureContext(fleetName: string, file: string) {
  const loaded = loadFleetFile(file);
  const stateFile = join(ROOT, 'test', 'fixtures', 'fleets', `${fleetName}.fixture-state.yaml`);
  const state = readState(stateFile);
  if (!state) throw new Error(`missing ${stateFile}: create it with UPDATE_GOLDEN=1`);
  const { state: reconciled, changed } = reconcileState(loaded.fleet, state);
  return { loaded, reconciled, changed, policy: deriveFleetPolicy(loaded.fleet) };
}

describe('golden render of the three edge forms', () => {
  const { loaded, reconciled, changed, policy } = fixtureContext(
    LAYOUT_FLEET,
    join(ROOT, 'test', 'fixtures', 'fleets', `${LAYOUT_FLEET}.yaml`),
  );
  const ctx = {
    fleet: loaded.fleet,
    policy,
    state: reconciled,
    provider: LAYOUT_PROVIDER,
    lang: 'en',
  } as const;

  it('uses a complete committed test state', () => {
    expect(changed).toBe(false);
  });

  it('files layout', () => {
    compareWithGolden(join(GOLDEN, LAYOUT_FLEET, 'files'), renderFleet(ctx).artifacts);
  });

  it('gitops layout', () => {
    compareWithGolden(join(GOLDEN, LAYOUT_FLEET, 'gitops'), toGitopsLayout(ctx, renderFleet(ctx).artifacts));
  });

  it('keeps English edge files within Latin-1 (one byte per character in V8, see i18n rollout.ts)', () => {
    const rendered = renderFleet(ctx).artifacts;
    const edgeFiles = [...rendered, ...toGitopsLayout(ctx, rendered)].filter((a) =>
      /^(edges|clusters|flux\/clusters)\//.test(a.path),
    );
    expect(edgeFiles.length).toBeGreaterThan(50);
    // Any UTF-16 unit above U+00FF (Latin-1 is one byte per character in V8).
    for (const a of edgeFiles) expect(a.content.match(/[\u0100-\uffff]/)?.[0], a.path).toBeUndefined();
  });
});

describe.each(Object.keys(FLEETS))('golden render of %s', (fleetName) => {
  const { loaded, reconciled, changed, policy } = fixtureContext(fleetName, FLEETS[fleetName]!);

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
    compareWithGolden(join(GOLDEN, fleetName, provider), artifacts);
  });
});
