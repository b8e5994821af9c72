/** The json (versioned) and SARIF 2.1.0 reports have the shapes their consumers rely on. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJsonReport } from '../../src/check/format/json.js';
import { toSarif } from '../../src/check/format/sarif.js';
import { RULES } from '../../src/check/rules/index.js';
import { check } from './support.js';

const ROOT = join(import.meta.dirname, '..', '..');
const result = await check([
  join(ROOT, 'test', 'fixtures', 'guide', '01.yaml'),
  join(ROOT, 'test', 'fixtures', 'guide', '02.yaml'),
]);

describe('json report', () => {
  const report = toJsonReport(result, 'ko', '0.1.0');
  it('is versioned and summarised', () => {
    expect(report.version).toBe(1);
    expect(Object.keys(report).sort()).toEqual(['findings', 'lang', 'summary', 'tool', 'version']);
    expect(report.summary).toEqual({
      files: 2,
      documents: 2,
      errors: report.findings.filter((f) => f.severity === 'error').length,
      warnings: report.findings.filter((f) => f.severity === 'warning').length,
      infos: report.findings.filter((f) => f.severity === 'info').length,
      suppressed: 0,
      inputErrors: 0,
    });
  });
  it('carries code, slug, file:line:column and both languages per finding', () => {
    const f = report.findings.find((x) => x.code === 'TF2201')!;
    expect(f).toMatchObject({
      slug: 'ingress-connections-below-shards',
      severity: 'error',
      category: 'limits',
      line: 23,
      column: 7,
    });
    expect(f.file).toMatch(/01\.yaml$/);
    expect(f.message).toBe(f.messages.ko);
    expect(f.messages.en).toMatch(/limit-connections 10/);
  });
});

describe('sarif report', () => {
  const sarif = toSarif(result, 'en', '0.1.0', ROOT);
  const run = sarif.runs[0]!;
  it('is SARIF 2.1.0 with every rule described', () => {
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    expect(run.tool.driver.name).toBe('thanos-fleet');
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.meta.code));
    for (const r of run.tool.driver.rules) {
      expect(r.shortDescription.text.length).toBeGreaterThan(0);
      expect(['error', 'warning', 'note']).toContain(r.defaultConfiguration.level);
      expect(r.helpUri).toMatch(new RegExp(`docs/rules/${r.name}\\.md$`));
    }
  });
  it('has results with relative URIs, regions and rule indexes that match', () => {
    expect(run.results.length).toBe(result.findings.length);
    for (const res of run.results) {
      expect(run.tool.driver.rules[res.ruleIndex]!.id).toBe(res.ruleId);
      const loc = res.locations[0]!.physicalLocation;
      expect(loc.artifactLocation.uri).toMatch(/^test\/fixtures\/guide\/0[12]\.yaml$/);
      expect(loc.region.startLine).toBeGreaterThan(0);
      expect(loc.region.startColumn).toBeGreaterThan(0);
    }
    expect(run.results.find((r) => r.ruleId === 'TF2106')!.level).toBe('note');
  });
});
