/** Shared helpers for check tests: run the engine on files, read `# expect:` annotations. */
import { readFileSync } from 'node:fs';
import { type CheckResult, runCheck } from '../../src/check/engine.js';
import { DEFAULT_PROMETHEUS_VERSION } from '../../src/fleet/defaults.js';

export function check(paths: string[], prometheusVersion = DEFAULT_PROMETHEUS_VERSION): Promise<CheckResult> {
  return runCheck({ paths, options: { prometheusVersion } });
}

/**
 * Expected findings written in a fixture: `# expect: TF2101` on the offending line, or
 * `# expect-next: TF2101` on the line above it (for lines that cannot carry a comment).
 */
export function expectations(file: string): { code: string; line: number }[] {
  const out: { code: string; line: number }[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      for (const m of text.matchAll(/#\s*expect(-next)?:\s*(TF\d{4}(?:\s*,\s*TF\d{4})*)/g))
        for (const code of m[2]!.split(',')) out.push({ code: code.trim(), line: i + 1 + (m[1] ? 1 : 0) });
    });
  return out;
}
