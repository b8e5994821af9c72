/**
 * SARIF 2.1.0 for GitHub code scanning: every registered rule in tool.driver.rules (id = code,
 * name = slug), results with physical locations relative to the working directory, suppressed
 * findings carried with `suppressions` (inSource for comments, external for the config file).
 */
import { isAbsolute, relative, sep } from 'node:path';
import type { Lang } from '../../i18n/index.js';
import type { CheckResult } from '../engine.js';
import { RULES } from '../rules/index.js';
import type { Severity } from '../types.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

function uri(file: string, cwd: string): string {
  const rel = isAbsolute(file) ? relative(cwd, file) : file;
  return (rel.startsWith('..') ? file : rel).split(sep).join('/');
}

export function toSarif(result: CheckResult, lang: Lang, toolVersion: string, cwd = process.cwd()) {
  const index = new Map(RULES.map((r, i) => [r.meta.code, i]));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0' as const,
    runs: [
      {
        tool: {
          driver: {
            name: 'thanos-fleet',
            version: toolVersion,
            informationUri: 'https://github.com/thanos-fleet/thanos-fleet',
            rules: RULES.map((r) => ({
              id: r.meta.code,
              name: r.meta.slug,
              shortDescription: { text: r.meta.title[lang] },
              fullDescription: { text: r.meta.why[lang] },
              help: { text: r.meta.fix[lang], markdown: r.meta.fix[lang] },
              helpUri: `https://github.com/thanos-fleet/thanos-fleet/blob/main/docs/rules/${r.meta.slug}.md`,
              defaultConfiguration: { level: LEVEL[r.meta.severity] },
              properties: { category: r.meta.category, tags: [r.meta.category] },
            })),
          },
        },
        invocations: [{ executionSuccessful: result.summary.inputErrors === 0 }],
        results: result.findings.map((f) => ({
          ruleId: f.code,
          ruleIndex: index.get(f.code) ?? 0,
          level: LEVEL[f.severity],
          message: { text: `${f.message[lang]} (${f.fix[lang]})` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uri(f.loc.file, cwd), uriBaseId: '%SRCROOT%' },
                region: { startLine: f.loc.line, startColumn: f.loc.column },
              },
            },
          ],
          ...(f.suppressed
            ? {
                suppressions: [
                  {
                    kind: f.suppressed.via === 'comment' ? ('inSource' as const) : ('external' as const),
                    justification: f.suppressed.reason,
                  },
                ],
              }
            : {}),
        })),
      },
    ],
  };
}

export function formatSarif(result: CheckResult, lang: Lang, toolVersion: string): string {
  return `${JSON.stringify(toSarif(result, lang, toolVersion), null, 2)}\n`;
}
