/**
 * What the doctor produces: one ProbeResult per check, in dependency order, like linkerd's healthcheck
 * (style.md: categories dns → tcp → tls → redirect → auth → write → query → cors → agent).
 */
import type { Localized } from '../i18n/index.js';
import type { DiagnosisCode } from './diagnoses.js';

export const CATEGORIES = [
  'dns',
  'tcp',
  'tls',
  'redirect',
  'auth',
  'write',
  'query',
  'cors',
  'agent',
] as const;
export type Category = (typeof CATEGORIES)[number];

export type ProbeStatus = 'ok' | 'warn' | 'fail' | 'skip';

export interface Diagnosis {
  code: DiagnosisCode;
  cause: Localized;
  fix: Localized;
  /** The `check` rule that finds the same mistake in configs before they are deployed. */
  checkCode?: string;
}

export interface ProbeResult {
  category: Category;
  /** The host, edge or agent the check is about. */
  target: string;
  status: ProbeStatus;
  /** One line: what was checked and what was seen. */
  message: Localized;
  diagnosis?: Diagnosis;
  /** Why a check was skipped (the prerequisite that failed). */
  skipped?: Localized;
  /** Measured facts for -o json (never secrets). */
  facts?: Record<string, string | number | boolean | string[]>;
}

export interface DoctorReport {
  fleet: string;
  startedAt: string;
  durationMs: number;
  results: ProbeResult[];
}

export function summarize(results: ProbeResult[]): Record<ProbeStatus, number> {
  const s: Record<ProbeStatus, number> = { ok: 0, warn: 0, fail: 0, skip: 0 };
  for (const r of results) s[r.status]++;
  return s;
}

export function healthy(results: ProbeResult[]): boolean {
  return results.every((r) => r.status !== 'fail');
}

/** A result line; `detail` is appended to the message by the caller's template. */
export function makeResult(
  category: Category,
  target: string,
  status: ProbeStatus,
  message: Localized,
  extra: Pick<ProbeResult, 'diagnosis' | 'skipped' | 'facts'> = {},
): ProbeResult {
  return { category, target, status, message, ...extra };
}
