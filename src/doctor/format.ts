/** Renderers of a DoctorReport: grouped text like `linkerd check`, JSON, and one line per problem. */
import type { Lang } from '../i18n/index.js';
import { doctorMessages as m } from '../i18n/messages/doctor.js';
import { CATEGORIES, type DoctorReport, healthy, type ProbeStatus, summarize } from './model.js';

export type OutputFormat = 'text' | 'json' | 'short';

/** UTF-8 terminal: the first of LC_ALL, LC_CTYPE, LANG that is set decides. */
export function isUtf8(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = env.LC_ALL || env.LC_CTYPE || env.LANG || '';
  return /utf-?8/i.test(v);
}

const MARKS: Record<'utf8' | 'ascii', Record<ProbeStatus, string>> = {
  utf8: { ok: '✔', warn: '‼', fail: '×', skip: '○' },
  ascii: { ok: '[ok]', warn: '[warn]', fail: '[FAIL]', skip: '[skip]' },
};

export function formatText(report: DoctorReport, lang: Lang, utf8: boolean): string {
  const marks = MARKS[utf8 ? 'utf8' : 'ascii'];
  const lines: string[] = [];
  for (const c of CATEGORIES) {
    const rs = report.results.filter((r) => r.category === c);
    if (rs.length === 0) continue;
    lines.push(c, '-'.repeat(c.length));
    for (const r of rs) {
      lines.push(`${marks[r.status]} ${r.message[lang]}`);
      if (r.status === 'skip' && r.skipped)
        lines.push(`    ${m.skipBecause[lang]({ what: r.skipped[lang] })}`);
      if ((r.status === 'fail' || r.status === 'warn') && r.diagnosis) {
        lines.push(`    ${r.diagnosis.code} ${r.diagnosis.cause[lang]}`);
        lines.push(`    ${m.fixLabel[lang]()}: ${r.diagnosis.fix[lang]}`);
      }
    }
    lines.push('');
  }
  const s = summarize(report.results);
  const ok = healthy(report.results);
  lines.push(`${ok ? m.verdictOk[lang]() : m.verdictFail[lang]()} ${ok ? marks.ok : marks.fail}`);
  lines.push(m.summary[lang]({ ...s, secs: (report.durationMs / 1000).toFixed(1) }));
  return `${lines.join('\n')}\n`;
}

export function formatJson(report: DoctorReport, lang: Lang): string {
  const out = {
    version: 1,
    fleet: report.fleet,
    startedAt: report.startedAt,
    durationMs: report.durationMs,
    healthy: healthy(report.results),
    summary: summarize(report.results),
    results: report.results.map((r) => ({
      category: r.category,
      target: r.target,
      status: r.status,
      message: r.message[lang],
      ...(r.diagnosis
        ? { code: r.diagnosis.code, cause: r.diagnosis.cause[lang], fix: r.diagnosis.fix[lang] }
        : {}),
      ...(r.skipped ? { skipped: r.skipped[lang] } : {}),
      ...(r.facts ? { facts: r.facts } : {}),
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

export function formatShort(report: DoctorReport, lang: Lang): string {
  const lines: string[] = [];
  for (const r of report.results) {
    if (r.status !== 'fail' && r.status !== 'warn') continue;
    const mark = r.status === 'fail' ? 'FAIL' : 'WARN';
    const text = r.diagnosis ? `${r.diagnosis.code} ${r.diagnosis.cause[lang]}` : r.message[lang];
    lines.push(`${mark} ${r.category} ${r.target}: ${text}`);
  }
  const s = summarize(report.results);
  lines.push(m.summary[lang]({ ...s, secs: (report.durationMs / 1000).toFixed(1) }));
  return `${lines.join('\n')}\n`;
}

export function formatReport(
  report: DoctorReport,
  format: OutputFormat,
  lang: Lang,
  utf8 = isUtf8(),
): string {
  if (format === 'json') return formatJson(report, lang);
  if (format === 'short') return formatShort(report, lang);
  return formatText(report, lang, utf8);
}
