/**
 * Every rule has fixtures under test/rules/<code>/: each `fail-*.yaml` produces that rule's
 * findings exactly on the lines marked `# expect: <code>`, each `pass-*.yaml` produces none.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/rules/index.js';
import { check, expectations } from './support.js';

const ROOT = join(import.meta.dirname, '..', 'rules');
const codes = readdirSync(ROOT).sort();
/** Rules whose finding cannot come from a fixture file (an unreadable input is tested in cli.test.ts). */
const NO_FIXTURE = ['TF0002'];

describe('rule fixtures', () => {
  it('every registered rule has fail and pass fixtures', () => {
    for (const r of RULES) {
      if (NO_FIXTURE.includes(r.meta.code)) continue;
      const files = codes.includes(r.meta.code) ? readdirSync(join(ROOT, r.meta.code)) : [];
      expect(
        files.some((f) => f.startsWith('fail-')),
        `${r.meta.code} fail fixture`,
      ).toBe(true);
      expect(
        files.some((f) => f.startsWith('pass-')),
        `${r.meta.code} pass fixture`,
      ).toBe(true);
    }
  });

  for (const code of codes) {
    describe(code, () => {
      for (const name of readdirSync(join(ROOT, code)).sort()) {
        const file = join(ROOT, code, name);
        it(name, async () => {
          const result = await check([file]);
          const got = result.findings
            .filter((f) => f.code === code && !f.suppressed)
            .map((f) => ({ code: f.code, line: f.loc.line }));
          for (const f of result.findings.filter((x) => x.code === code)) expect(f.loc.file).toBe(file);
          const want = name.startsWith('fail-') ? expectations(file).filter((e) => e.code === code) : [];
          if (name.startsWith('fail-'))
            expect(want.length, 'fixture marks at least one line').toBeGreaterThan(0);
          const key = (x: { line: number }) => x.line;
          expect(got.map(key).sort((a, b) => a - b)).toEqual(want.map(key).sort((a, b) => a - b));
        });
      }
    });
  }
});
