/**
 * Every broken fleet under test/fixtures/broken marks its offending line with `# expect: <field>`.
 * `render` must name file:line and the field, exit 2, and leave the output folder untouched.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';

const DIR = join(ROOT, 'test', 'fixtures', 'broken');
const fixtures = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));
const work = mkdtempSync(join(tmpdir(), 'tf-broken-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function expectation(file: string): { line: number; field: string } {
  const lines = readFileSync(file, 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes('# expect: '));
  if (i < 0) throw new Error(`${file} has no "# expect:" marker`);
  return { line: i + 1, field: lines[i]!.split('# expect: ')[1]!.trim() };
}

describe('broken fleet files', () => {
  it('has at least 15 cases', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
  });

  it.each(fixtures)('%s: file:line, field, exit 2, nothing written', (name) => {
    const src = join(DIR, name);
    const { line, field } = expectation(src);
    // Copy the fixture so a state file would land in our temp folder if anything wrote one.
    const caseDir = join(work, name.replace('.yaml', ''));
    mkdirSync(caseDir);
    const fleet = join(caseDir, 'fleet.yaml');
    writeFileSync(fleet, readFileSync(src));
    const out = join(caseDir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'sentinel'), 'untouched');

    const r = runCli(['render', fleet, '-o', out]);

    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${fleet}:${line}:`);
    expect(r.stderr).toContain(` ${field}: `);
    expect(r.stderr).toMatch(/nothing was written/);
    expect(readdirSync(out)).toEqual(['sentinel']);
    expect(readFileSync(join(out, 'sentinel'), 'utf8')).toBe('untouched');
    expect(readdirSync(caseDir).sort()).toEqual(['fleet.yaml', 'out']);
  });

  it('speaks Korean with --lang ko', () => {
    const r = runCli(['--lang', 'ko', 'render', join(DIR, '04-duplicate-edge.yaml'), '-o', join(work, 'ko')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('이미 선언되어 있습니다');
    expect(r.stderr).toContain('아무것도 쓰지 않았습니다');
  });

  it('reports every problem of a file, not just the first', () => {
    const text = readFileSync(join(DIR, '04-duplicate-edge.yaml'), 'utf8').replace(
      '    email: ops@example.com',
      '    email: nope',
    );
    const f = join(work, 'two-problems.yaml');
    writeFileSync(f, text.replace('  domain: central.example.com', '  domain: Central'));
    const r = runCli(['render', f, '-o', join(work, 'two')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('central.domain');
    expect(r.stderr).toContain('central.certManager.email');
  });
});
