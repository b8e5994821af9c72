/** Machine report, versioned: `{version: 1, findings: [...], summary}`. */
import type { Lang } from '../../i18n/index.js';
import { type CheckResult, REPORT_VERSION } from '../engine.js';

export interface JsonFinding {
  code: string;
  slug: string;
  severity: string;
  category: string;
  file: string;
  line: number;
  column: number;
  message: string;
  fix: string;
  messages: { en: string; ko: string };
  suppressed?: { reason: string; via: string; file: string; line: number };
}

export interface JsonReport {
  version: typeof REPORT_VERSION;
  tool: { name: 'thanos-fleet'; version: string };
  lang: Lang;
  findings: JsonFinding[];
  summary: CheckResult['summary'];
}

export function toJsonReport(result: CheckResult, lang: Lang, toolVersion: string): JsonReport {
  return {
    version: REPORT_VERSION,
    tool: { name: 'thanos-fleet', version: toolVersion },
    lang,
    findings: result.findings.map((f) => ({
      code: f.code,
      slug: f.slug,
      severity: f.severity,
      category: f.category,
      file: f.loc.file,
      line: f.loc.line,
      column: f.loc.column,
      message: f.message[lang],
      fix: f.fix[lang],
      messages: { en: f.message.en, ko: f.message.ko },
      ...(f.suppressed
        ? {
            suppressed: {
              reason: f.suppressed.reason,
              via: f.suppressed.via,
              file: f.suppressed.at.file,
              line: f.suppressed.at.line,
            },
          }
        : {}),
    })),
    summary: result.summary,
  };
}

export function formatJson(result: CheckResult, lang: Lang, toolVersion: string): string {
  return `${JSON.stringify(toJsonReport(result, lang, toolVersion), null, 2)}\n`;
}
