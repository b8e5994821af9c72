/**
 * One check run: read inputs, build the workspace, run every rule, apply suppressions, summarise.
 * Pure apart from reading the input files.
 */
import { say } from '../i18n/index.js';
import { checkMessages as m } from '../i18n/messages/check.js';
import { buildWorkspace } from './extract.js';
import { expandInputs, parseInputText, readInputFile } from './inputs.js';
import type { InputError, InputFile, Workspace } from './model.js';
import { RULES, ruleByCode } from './rules/index.js';
import { commentSuppressions, configSuppressions, type SuppressionEntry } from './suppress.js';
import { type CheckOptions, type Finding, type ReportInput, SEVERITY_RANK, type Severity } from './types.js';

export const REPORT_VERSION = 1;

export interface CheckSummary {
  files: number;
  documents: number;
  errors: number;
  warnings: number;
  infos: number;
  suppressed: number;
  inputErrors: number;
}

export interface CheckResult {
  findings: Finding[];
  summary: CheckSummary;
  files: string[];
}

export interface CheckRequest {
  paths: string[];
  options: CheckOptions;
  /** `.thanos-fleet-check.yaml` to read, if any. */
  configFile?: string;
  /** In-memory inputs (tests): file name → text. Used instead of reading `paths`. */
  texts?: Record<string, string>;
}

export async function runCheck(req: CheckRequest): Promise<CheckResult> {
  const inputErrors: InputError[] = [];
  const files: InputFile[] = [];
  const names: string[] = [];
  const accept = (r: { input?: InputFile; errors: InputError[] }) => {
    inputErrors.push(...r.errors);
    if (r.input) files.push(r.input);
  };
  if (req.texts) {
    for (const [file, text] of Object.entries(req.texts)) {
      names.push(file);
      accept(parseInputText(text, file));
    }
  } else {
    const expanded = expandInputs(req.paths);
    inputErrors.push(...expanded.errors);
    for (const file of expanded.files) {
      names.push(file);
      accept(readInputFile(file));
    }
  }
  const suppressions: SuppressionEntry[] = files.flatMap(commentSuppressions);
  if (req.configFile) {
    const cfg = configSuppressions(req.configFile);
    suppressions.push(...cfg.entries);
    inputErrors.push(...cfg.errors);
  }
  // The fleet loader (and its schema) only when some input is a fleet file: most runs have none.
  const fleetDocs = files.some((f) => f.docs.some((d) => d.kind === 'fleet'))
    ? await import('./fleet-docs.js')
    : undefined;
  const ws = buildWorkspace(files, inputErrors, req.options.prometheusVersion, fleetDocs?.readFleetDoc);
  const findings = runRules(ws, req.options);
  applySuppressions(findings, suppressions);
  findings.sort(
    (a, b) =>
      a.loc.file.localeCompare(b.loc.file) ||
      a.loc.line - b.loc.line ||
      a.loc.column - b.loc.column ||
      a.code.localeCompare(b.code),
  );
  return { findings, summary: summarise(findings, names.length, ws), files: names };
}

export function runRules(ws: Workspace, options: CheckOptions): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const rule of RULES) {
    const report = (f: ReportInput) => {
      const key = `${rule.meta.code}|${f.loc.file}|${f.loc.line}|${f.loc.column}|${f.message.en}`;
      if (seen.has(key)) return;
      seen.add(key);
      findings.push({
        code: rule.meta.code,
        slug: rule.meta.slug,
        severity: f.severity ?? rule.meta.severity,
        category: rule.meta.category,
        loc: f.loc,
        message: f.message,
        fix: f.fix ?? rule.meta.fix,
      });
    };
    rule.check({ ws, options, report });
  }
  return findings;
}

const NO_REASON = 'TF0010';

function applySuppressions(findings: Finding[], suppressions: SuppressionEntry[]): void {
  for (const f of findings) {
    if (f.code === NO_REASON) continue;
    const s = suppressions.find(
      (s) =>
        s.reason !== '' &&
        s.codes.includes(f.code) &&
        (s.via === 'comment'
          ? s.file === f.loc.file && s.lines!.includes(f.loc.line)
          : s.matches!(f.loc.file)),
    );
    if (s) {
      s.used = true;
      f.suppressed = { reason: s.reason, via: s.via, at: s.at };
    }
  }
  const rule = ruleByCode(NO_REASON)!;
  for (const s of suppressions) {
    if (s.reason !== '') continue;
    findings.push({
      code: rule.meta.code,
      slug: rule.meta.slug,
      severity: rule.meta.severity,
      category: rule.meta.category,
      loc: s.at,
      message: say(m.suppressionNoReason, { codes: s.codes.join(', ') }),
      fix: rule.meta.fix,
    });
  }
}

function summarise(findings: Finding[], files: number, ws: Workspace): CheckSummary {
  const live = findings.filter((f) => !f.suppressed);
  const count = (s: Severity) => live.filter((f) => f.severity === s).length;
  return {
    files,
    documents: ws.docs.length,
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    suppressed: findings.length - live.length,
    inputErrors: ws.inputErrors.length,
  };
}

/** Exit code: 2 bad input, 1 findings at or above the threshold, else 0. */
export function exitCodeOf(result: CheckResult, failOn: 'error' | 'warning'): number {
  if (result.summary.inputErrors > 0) return 2;
  const threshold = SEVERITY_RANK[failOn];
  return result.findings.some((f) => !f.suppressed && SEVERITY_RANK[f.severity] >= threshold) ? 1 : 0;
}
