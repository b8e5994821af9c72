/** docs/rules/ must be exactly what the registry generates (regenerate: node dist/check/docs.js). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateRuleDocs } from '../../src/check/docs.js';
import { RULES } from '../../src/check/rules/index.js';

const DIR = join(import.meta.dirname, '..', '..', 'docs', 'rules');

describe('docs/rules', () => {
  it('is in sync with the rule registry', () => {
    const want = generateRuleDocs();
    expect(readdirSync(DIR).sort()).toEqual([...want.keys()].sort());
    for (const [name, content] of want) expect(readFileSync(join(DIR, name), 'utf8'), name).toBe(content);
  });

  it('codes and slugs are unique and well formed', () => {
    const codes = RULES.map((r) => r.meta.code);
    const slugs = RULES.map((r) => r.meta.slug);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const r of RULES) {
      expect(r.meta.code).toMatch(/^TF\d{4}$/);
      expect(r.meta.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      for (const t of [r.meta.title, r.meta.why, r.meta.fix]) {
        expect(t.en.length).toBeGreaterThan(5);
        // Korean text really is Korean (Hangul present), not a copy of the English.
        expect(t.ko).toMatch(/[\uac00-\ud7a3]/);
      }
    }
  });
});
