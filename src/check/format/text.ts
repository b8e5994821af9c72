/** Human report: findings grouped by file, `line:column  level  code  message`, fix underneath. */
import { type Lang, say } from '../../i18n/index.js';
import { checkMessages as m } from '../../i18n/messages/check.js';
import type { CheckResult } from '../engine.js';
import type { Severity } from '../types.js';

export interface TextOptions {
  lang: Lang;
  color: boolean;
  showSuppressed?: boolean;
}

const COLORS: Record<Severity | 'dim' | 'bold', [string, string]> = {
  error: ['\x1b[31m', '\x1b[39m'],
  warning: ['\x1b[33m', '\x1b[39m'],
  info: ['\x1b[36m', '\x1b[39m'],
  dim: ['\x1b[2m', '\x1b[22m'],
  bold: ['\x1b[1m', '\x1b[22m'],
};

/** Colour only on a terminal, and never when NO_COLOR is set (no-color.org). */
export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(stream.isTTY) && (env.NO_COLOR === undefined || env.NO_COLOR === '');
}

const LEVEL = { error: m.severityError, warning: m.severityWarning, info: m.severityInfo };

export function formatText(result: CheckResult, o: TextOptions): string {
  const paint = (k: keyof typeof COLORS, s: string) => (o.color ? `${COLORS[k][0]}${s}${COLORS[k][1]}` : s);
  const out: string[] = [];
  const shown = result.findings.filter((f) => o.showSuppressed || !f.suppressed);
  const files = [...new Set(shown.map((f) => f.loc.file))];
  const levelWidth = Math.max(...Object.values(LEVEL).map((e) => e[o.lang]().length));
  for (const file of files) {
    out.push(paint('bold', file));
    for (const f of shown.filter((x) => x.loc.file === file)) {
      const where = `${f.loc.line}:${f.loc.column}`.padEnd(8);
      const level = paint(f.severity, LEVEL[f.severity][o.lang]().padEnd(levelWidth));
      out.push(`  ${where} ${level}  ${f.code}  ${f.message[o.lang]}  ${paint('dim', f.slug)}`);
      out.push(`  ${' '.repeat(8)} ${paint('dim', `${m.fixLabel[o.lang]()}: ${f.fix[o.lang]}`)}`);
      if (f.suppressed)
        out.push(
          `  ${' '.repeat(8)} ${paint('dim', m.suppressedLabel[o.lang]({ reason: f.suppressed.reason }))}`,
        );
    }
    out.push('');
  }
  const s = result.summary;
  if (shown.length === 0) out.push(say(m.clean)[o.lang]);
  out.push(
    m.summary[o.lang]({
      files: s.files,
      errors: s.errors,
      warnings: s.warnings,
      infos: s.infos,
      suppressed: s.suppressed,
    }),
  );
  if (s.inputErrors > 0) out.push(paint('error', m.inputErrorsSummary[o.lang]({ count: s.inputErrors })));
  return `${out.join('\n')}\n`;
}
