/**
 * `thanos-fleet edge add|remove` and `rotate` as processes on real files: exit codes, messages in both
 * languages, the fleet file edited in place with its comments, the state (and its age copy) updated.
 */
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { decrypt, generateIdentity } from '../../src/fleet/age.js';
import type { EdgeCredentialState } from '../../src/fleet/rollout.js';
import { REFERENCE, ROOT } from './support.js';

const work = mkdtempSync(join(tmpdir(), 'tf-rollout-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Run the commands in a child process; asynchronous so the test worker stays responsive. */
function cli(
  args: string[],
  lang = 'en',
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'vite-node', 'vite-node.mjs'),
        join(ROOT, 'test', 'rollout', 'cli-entry.ts'),
      ],
      {
        // Resolve packages from the project (vite-node's root is its working directory).
        cwd: ROOT,
        env: { ...process.env, TF_ARGS: JSON.stringify(['--lang', lang, ...args]), NO_COLOR: '1' },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const fleet = join(work, 'fleet.yaml');
const stateFile = join(work, 'fleet.state.yaml');
const readState = () =>
  parse(readFileSync(stateFile, 'utf8')) as { edges: Record<string, EdgeCredentialState> };

describe('edge and rotate commands', () => {
  const id = generateIdentity();

  it('edge add edits the fleet file in place and creates the credential (and the age copy)', async () => {
    copyFileSync(REFERENCE, fleet);
    writeFileSync(fleet, `${readFileSync(fleet, 'utf8')}gitops:\n  ageRecipients: [${id.recipient}]\n`);
    const before = readFileSync(fleet, 'utf8');
    const r = await cli(['edge', 'add', 'edge-cluster-04', '--label', 'region=ap-south', '-f', fleet]);
    expect(r.stderr).toContain('state saved in');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('added edge edge-cluster-04');
    const after = readFileSync(fleet, 'utf8');
    expect(after).toContain('# The reference fleet');
    expect(after.replace('  - name: edge-cluster-04\n    externalLabels: { region: ap-south }\n', '')).toBe(
      before,
    );
    expect(Object.keys(readState().edges).sort()).toEqual([
      'edge-cluster-01',
      'edge-cluster-02',
      'edge-cluster-03',
      'edge-cluster-04',
    ]);
    expect(statSync(stateFile).mode & 0o777).toBe(0o600);
    const copy = decrypt(readFileSync(`${stateFile}.age`), [id.identity]).toString('utf8');
    expect(copy).toBe(readFileSync(stateFile, 'utf8'));
  });

  it('refuses a duplicate and a bad label with exit 2, in Korean too, leaving the files alone', async () => {
    const before = readFileSync(fleet, 'utf8');
    const dup = await cli(['edge', 'add', 'edge-cluster-04', '-f', fleet], 'ko');
    expect(dup.status).toBe(2);
    expect(dup.stderr).toContain('이미 플릿 파일에 있습니다');
    const bad = await cli(['edge', 'add', 'edge-cluster-05', '--label', 'oops', '-f', fleet]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--label wants key=value');
    const invalid = await cli(['edge', 'add', 'Not_A_Name', '-f', fleet]);
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toMatch(/edges\[4\]\.name/);
    expect(readFileSync(fleet, 'utf8')).toBe(before);
  });

  it('rotate, then rotate --finish', async () => {
    const old = readState().edges['edge-cluster-01']!;
    const r = await cli(['rotate', 'edge-cluster-01', '-f', fleet]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('rotating edge-cluster-01');
    const mid = readState().edges['edge-cluster-01']!;
    expect(mid.user).toBe('edge-cluster-01.r2');
    expect(mid.previous).toEqual({ user: 'edge-cluster-01', password: old.password });
    expect(readState().edges['edge-cluster-02']).toEqual(readState().edges['edge-cluster-02']);
    const again = await cli(['rotate', 'edge-cluster-01', '-f', fleet]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('still open');
    const fin = await cli(['rotate', '--finish', '-f', fleet]);
    expect(fin.status).toBe(0);
    expect(fin.stdout).toContain('finished rotation of edge-cluster-01');
    expect(readState().edges['edge-cluster-01']!.previous).toBeUndefined();
    expect((await cli(['rotate', '--finish', '-f', fleet])).stdout).toContain('no rotation is open');
    expect((await cli(['rotate', '-f', fleet])).status).toBe(2);
  });

  it('reads the encrypted state with --identity when the plain file is gone', async () => {
    const keyFile = join(work, 'key.txt');
    writeFileSync(keyFile, `# test identity\n${id.identity}\n`, { mode: 0o600 });
    const plain = readFileSync(stateFile, 'utf8');
    rmSync(stateFile);
    const without = await cli(['rotate', '--all', '--stage', '-f', fleet]);
    expect(without.status).toBe(2);
    expect(without.stderr).toContain('--identity');
    const r = await cli(['rotate', '--all', '--stage', '-f', fleet, '--identity', keyFile]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('staged new credentials');
    const staged = readState();
    expect(staged.edges['edge-cluster-01']!.password).toBe(
      (parse(plain) as typeof staged).edges['edge-cluster-01']!.password,
    );
    expect(staged.edges['edge-cluster-03']!.staged?.user).toBe('edge-cluster-03.r2');
  });

  it('edge remove drops the edge and its credential', async () => {
    const r = await cli(['edge', 'remove', 'edge-cluster-02', '-f', fleet]);
    expect(r.status).toBe(0);
    expect(readFileSync(fleet, 'utf8')).not.toContain('edge-cluster-02');
    expect(readState().edges['edge-cluster-02']).toBeUndefined();
    expect(existsSync(`${stateFile}.age`)).toBe(true);
  });
});
