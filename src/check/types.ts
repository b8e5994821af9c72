/**
 * The shapes `thanos-fleet check` works with: rules (ESLint-style `meta` + `check(ctx)`), findings
 * with file:line:column, and the options a run takes. Nothing here does I/O.
 */
import type { Localized } from '../i18n/index.js';
import type { Workspace } from './model.js';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export const CATEGORIES = [
  'input',
  'fleet',
  'chart',
  'image',
  'receive',
  'exposure',
  'annotation',
  'limits',
  'timeouts',
  'data-loss',
  'ports-paths',
  'tls',
  'secrets',
  'labels',
  'version',
  'cors',
  'queue',
  'agent-config',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** A place in an input file (1-based line and column, like editors and SARIF). */
export interface Loc {
  file: string;
  line: number;
  column: number;
}

export interface RuleMeta {
  /** Stable code, never reused: TF<family><number>. */
  code: string;
  /** Stable kebab-case name, also the docs page name. */
  slug: string;
  severity: Severity;
  category: Category;
  title: Localized;
  /** Why this breaks a fleet. */
  why: Localized;
  /** How to fix it. */
  fix: Localized;
  /** Where the facts come from (reference sections, upstream files). */
  sources: string[];
}

export interface Suppression {
  reason: string;
  via: 'comment' | 'config';
  /** Where the suppression is written. */
  at: Loc;
}

export interface Finding {
  code: string;
  slug: string;
  severity: Severity;
  category: Category;
  loc: Loc;
  message: Localized;
  fix: Localized;
  suppressed?: Suppression;
}

export interface CheckOptions {
  /** Prometheus version assumed for agent configs that declare none (flag --prometheus-version). */
  prometheusVersion: string;
}

export interface ReportInput {
  loc: Loc;
  message: Localized;
  /** Overrides the rule's generic fix for this finding. */
  fix?: Localized;
  /** Overrides the rule's severity for this finding (e.g. info when only a default restated). */
  severity?: Severity;
}

export interface CheckContext {
  ws: Workspace;
  options: CheckOptions;
  report(f: ReportInput): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: CheckContext): void;
}
