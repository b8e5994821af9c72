/**
 * check and render never disagree: everything `render` writes for the reference fleet, for every
 * provider, passes `check` without errors or warnings (the same sizing and field tables are used).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFleetAndPolicy } from '../../src/cli/common.js';
import { reconcileState } from '../../src/fleet/state.js';
import { PROVIDERS } from '../../src/render/context.js';
import { renderFleet } from '../../src/render/index.js';
import { writeArtifactsAtomically } from '../../src/render/write.js';
import { check } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'tf-render-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('rendered reference fleet', () => {
  const { loaded, policy } = loadFleetAndPolicy(undefined);
  const { state } = reconcileState(loaded.fleet, undefined);
  for (const provider of PROVIDERS) {
    it(`${provider}: no error or warning findings`, async () => {
      const out = join(dir, provider);
      const result = renderFleet({ fleet: loaded.fleet, policy, state, provider, lang: 'en' });
      await writeArtifactsAtomically(out, result.artifacts);
      const checked = await check([out]);
      expect(checked.summary.files).toBeGreaterThan(3);
      expect(checked.summary.inputErrors).toBe(0);
      const serious = checked.findings.filter((f) => f.severity !== 'info');
      expect(serious.map((f) => `${f.loc.file}:${f.loc.line} ${f.code} ${f.message.en}`)).toEqual([]);
    });
  }
});
