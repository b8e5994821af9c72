/**
 * The guide's own YAML blocks (test/fixtures/guide/) produce exactly the findings listed in
 * docs/guide-findings.md (fixture, line, code).
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from './support.js';

const ROOT = join(import.meta.dirname, '..', '..');
const TABLE = join(ROOT, 'docs', 'guide-findings.md');

function documented(): string[] {
  const rows: string[] = [];
  for (const line of readFileSync(TABLE, 'utf8').split('\n')) {
    const m = /^\| (\d\d\.yaml) \| (\d+) \| \d+ \| (TF\d{4}) \|/.exec(line);
    if (m) rows.push(`${m[1]}:${m[2]} ${m[3]}`);
  }
  return rows.sort();
}

const result = await check([join(ROOT, 'test', 'fixtures', 'guide')]);

describe('the multi-cluster ingress guide', () => {
  it('yields exactly the findings documented in docs/guide-findings.md', () => {
    const got = result.findings.map((f) => `${basename(f.loc.file)}:${f.loc.line} ${f.code}`).sort();
    expect(got).toEqual(documented());
  });
  it('flags the guide claims the references call false', () => {
    const codes = new Set(result.findings.map((f) => f.code));
    // ingress.md §7a–c, charts.md §3b, datapath.md §10b–d
    for (const c of [
      'TF2102',
      'TF2201',
      'TF1101',
      'TF2304',
      'TF2404',
      'TF2403',
      'TF2301',
      'TF2104',
      'TF2106',
    ])
      expect(codes.has(c), c).toBe(true);
  });
  it('reports the two blocks that are not valid YAML as bad input', () => {
    expect(result.summary.inputErrors).toBe(2);
  });
});
