/**
 * Real `promtool check config --agent` on generated agent configs, with Debian's promtool 2.42.
 *
 * Debian builds Prometheus without kubernetes_sd (promtool answers "field kubernetes_sd_configs not
 * found") and its promtool requires `authorization.credentials_file` / `bearer_token_file` to exist on
 * the checking machine (datapath.md, last section). An edge config meant for a Kubernetes cluster can
 * therefore not pass as written. `debianCheckableCopy` derives a copy in which ONLY those two things
 * are replaced: each `kubernetes_sd_configs` block by an equivalent `static_configs` block, and each
 * token path by a temporary file. Everything else (global, relabelling, remote_write, agent-mode
 * rules) is checked exactly as rendered.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

export const PROMTOOL = 'promtool';

const tempDirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** Remove every temporary file this module wrote (call from afterAll). */
export function removePromtoolTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function promtoolVersion(): string {
  return execFileSync(PROMTOOL, ['--version'], { encoding: 'utf8' }).split('\n')[0] ?? '';
}

export interface PromtoolResult {
  code: number;
  output: string;
}

/** `promtool check config [--agent] <file>`; stdout and stderr together. */
export function promtoolCheckConfig(file: string, agent = true): PromtoolResult {
  const args = ['check', 'config', ...(agent ? ['--agent'] : []), file];
  const r = spawnSync(PROMTOOL, args, { encoding: 'utf8' });
  return { code: r.status ?? -1, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/** Write `text` to a fresh temporary file and check it. */
export function promtoolCheckText(text: string, agent = true): PromtoolResult & { file: string } {
  const dir = tempDir('thanos-fleet-promtool-');
  const file = join(dir, 'prometheus.yml');
  writeFileSync(file, text);
  return { ...promtoolCheckConfig(file, agent), file };
}

export interface DerivedCopy {
  config: Record<string, unknown>;
  /** What was replaced, for the test's own assertions and messages. */
  replaced: string[];
}

/** See the file comment: replace ONLY kubernetes_sd blocks and token paths. */
export function debianCheckableCopy(config: Record<string, unknown>): DerivedCopy {
  const copy = structuredClone(config);
  const replaced: string[] = [];
  const dir = tempDir('thanos-fleet-token-');
  const tokens = new Map<string, string>();
  const tokenFor = (path: string): string => {
    let f = tokens.get(path);
    if (!f) {
      f = join(dir, `token-${tokens.size}`);
      writeFileSync(f, 'test-token\n', { mode: 0o600 });
      tokens.set(path, f);
    }
    return f;
  };
  const jobs = (copy.scrape_configs ?? []) as Record<string, unknown>[];
  for (const job of jobs) {
    const name = String(job.job_name);
    if (Array.isArray(job.kubernetes_sd_configs)) {
      // One static target per SD block: the relabel rules still run on it at check time.
      const targets = (job.kubernetes_sd_configs as unknown[]).map((_, i) => `k8s-sd-${i}.invalid:10250`);
      delete job.kubernetes_sd_configs;
      job.static_configs = [...((job.static_configs as unknown[]) ?? []), { targets }];
      replaced.push(`${name}: kubernetes_sd_configs → static_configs`);
    }
    const auth = job.authorization as Record<string, unknown> | undefined;
    if (auth && typeof auth.credentials_file === 'string') {
      auth.credentials_file = tokenFor(auth.credentials_file);
      replaced.push(`${name}: authorization.credentials_file → temp file`);
    }
    if (typeof job.bearer_token_file === 'string') {
      job.bearer_token_file = tokenFor(job.bearer_token_file);
      replaced.push(`${name}: bearer_token_file → temp file`);
    }
  }
  return { config: copy, replaced };
}

/** Check the Debian-checkable copy of a config object with `--agent`. */
export function promtoolCheckAgentConfig(config: Record<string, unknown>): PromtoolResult & DerivedCopy {
  const derived = debianCheckableCopy(config);
  return { ...promtoolCheckText(stringify(derived.config)), ...derived };
}
