/**
 * Pre-flight: the binaries the sandbox runs, found and recent enough, before anything starts.
 * Missing or too old → one problem per tool with the apt-get line that installs it (exit 2).
 */
import { spawnSync } from 'node:child_process';
import { compareVersions } from '../fleet/defaults.js';

export type ToolName = 'prometheus' | 'nginx' | 'openssl';

export interface ToolProblem {
  tool: ToolName;
  /** `missing`: not on PATH; `old`: found but older than `need`. */
  kind: 'missing' | 'old';
  found?: string;
  need: string;
  /** The command that installs it on Debian/Ubuntu. */
  install: string;
}

export interface Tools {
  prometheus: string;
  nginx: string;
  openssl: string;
}

/**
 * Oldest versions that do what the sandbox needs: prometheus 2.33 added
 * `--web.enable-remote-write-receiver` (datapath.md §2); openssl 1.1.1 added `req -addext`;
 * nginx 1.15.10 added `ssl_certificate` variables and everything else used is older.
 */
const MINIMUM: Record<ToolName, string> = { prometheus: '2.33.0', nginx: '1.18.0', openssl: '1.1.1' };
const PACKAGE: Record<ToolName, string> = { prometheus: 'prometheus', nginx: 'nginx', openssl: 'openssl' };

function versionOf(tool: ToolName, env: NodeJS.ProcessEnv): string | undefined {
  const args: Record<ToolName, string[]> = {
    prometheus: ['--version'],
    nginx: ['-v'],
    openssl: ['version'],
  };
  // nginx -v prints to stderr: read both streams.
  const r = spawnSync(tool, args[tool], { env, encoding: 'utf8', timeout: 10_000 });
  if ((r.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') return undefined;
  const m = /(\d+\.\d+\.\d+)/.exec(`${r.stdout ?? ''}${r.stderr ?? ''}`);
  return m ? m[1] : '0.0.0';
}

export function checkTools(env: NodeJS.ProcessEnv = process.env): { tools?: Tools; problems: ToolProblem[] } {
  const problems: ToolProblem[] = [];
  const found: Partial<Tools> = {};
  for (const tool of ['prometheus', 'nginx', 'openssl'] as const) {
    const install = `apt-get update && apt-get install -y ${PACKAGE[tool]}`;
    const v = versionOf(tool, env);
    if (v === undefined) problems.push({ tool, kind: 'missing', need: MINIMUM[tool], install });
    else if (compareVersions(v, MINIMUM[tool]) < 0)
      problems.push({ tool, kind: 'old', found: v, need: MINIMUM[tool], install });
    else found[tool] = v;
  }
  return problems.length > 0 ? { problems } : { tools: found as Tools, problems };
}
