/**
 * `thanos-fleet check` as a command: exit codes (0 clean, 1 at/above --fail-on, 2 bad input with the
 * other files still reported), suppressions, --lang, colour rules; and once through the built CLI.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CheckCliOptions, checkCommand } from '../../src/cli/check.js';
import type { Lang } from '../../src/i18n/index.js';

const dir = mkdtempSync(join(tmpdir(), 'tf-check-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

const CLEAN = write(
  'clean.yaml',
  `global:
  external_labels: {cluster: edge-a}
remote_write:
  - url: https://thanos-receive.example.com/api/v1/receive
    basic_auth: {username: edge-a, password_file: /p}
`,
);
const WARNING_ONLY = write(
  'warning.yaml',
  `remote_write:
  - url: https://thanos-receive.example.com/api/v1/receive
`,
);
const ERROR = write(
  'error.yaml',
  `global:
  external_labels: {cluster: edge-b}
remote_write:
  - url: https://thanos-receive.example.com/api/v1/write
`,
);
const BROKEN = write('broken.yaml', 'a: [1, 2\nb: c\n');

async function run(
  paths: string[],
  o: Partial<CheckCliOptions> = {},
  lang: Lang = 'en',
  env: NodeJS.ProcessEnv = {},
) {
  let stdout = '';
  let stderr = '';
  const code = await checkCommand(
    paths,
    { format: 'text', failOn: 'error', prometheusVersion: '2.42.0', ...o },
    lang,
    {
      stdout: { write: (s: string) => (stdout += s), isTTY: env.TTY === '1' },
      stderr: { write: (s: string) => (stderr += s) },
      env,
      cwd: dir,
    },
  );
  return { code, stdout, stderr };
}

describe('check exit codes', () => {
  it('0 when clean', async () => {
    const r = await run([CLEAN]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('no findings');
  });
  it('warnings pass by default, fail with --fail-on warning', async () => {
    expect((await run([WARNING_ONLY])).code).toBe(0);
    expect((await run([WARNING_ONLY], { failOn: 'warning' })).code).toBe(1);
  });
  it('1 with an error finding, printed as file:line:col level code', async () => {
    const r = await run([ERROR]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(ERROR);
    expect(r.stdout).toMatch(/ {2}4:5 +error +TF2501 /);
  });
  it('2 for unparseable or missing input, and the other files are still reported', async () => {
    const r = await run([BROKEN, ERROR, join(dir, 'missing.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${BROKEN}:2:1: YAML syntax error`);
    expect(r.stderr).toContain('missing.yaml:1:1');
    expect(r.stdout).toContain('TF2501');
    expect(r.stdout).toContain('TF0002');
  });
  it('2 for a bad --prometheus-version or no inputs', async () => {
    expect((await run([CLEAN], { prometheusVersion: 'latest' })).code).toBe(2);
    expect((await run([])).code).toBe(2);
  });
});

describe('suppressions', () => {
  it('an inline comment with a reason suppresses the finding and is counted', async () => {
    const file = write(
      'inline.yaml',
      `global:
  external_labels: {cluster: edge-c}
remote_write:
  # thanos-fleet-ignore TF2501: this edge writes to a Prometheus receiver on purpose
  - url: https://thanos-receive.example.com/api/v1/write
`,
    );
    const r = await run([file], { format: 'json' });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.summary.suppressed).toBe(1);
    expect(report.findings[0].suppressed.reason).toMatch(/on purpose/);
  });
  it('a suppression without a reason is not honoured and is itself a finding', async () => {
    const file = write(
      'noreason.yaml',
      `global:
  external_labels: {cluster: edge-d}
remote_write:
  - url: https://thanos-receive.example.com/api/v1/write  # thanos-fleet-ignore TF2501
`,
    );
    const r = await run([file], { format: 'json' });
    const codes = JSON.parse(r.stdout).findings.map((f: { code: string }) => f.code);
    expect(codes).toContain('TF2501');
    expect(codes).toContain('TF0010');
    expect(r.code).toBe(1);
  });
  it('.thanos-fleet-check.yaml suppresses by code and path glob, with a reason', async () => {
    const sub = join(dir, 'edges');
    execFileSync('mkdir', ['-p', sub]);
    writeFileSync(join(sub, 'e.yaml'), readable(ERROR));
    const config = write(
      '.thanos-fleet-check.yaml',
      `ignore:
  - code: TF2501
    path: "edges/**"
    reason: these edges feed a test Prometheus
  - code: TF2801
    path: "**"
`,
    );
    const r = await run([sub], { format: 'json', config });
    const report = JSON.parse(r.stdout);
    expect(report.findings.find((f: { code: string }) => f.code === 'TF2501').suppressed.via).toBe('config');
    // The TF2801 entry has no reason: reported as TF0010 at the config file.
    expect(
      report.findings.some((f: { code: string; file: string }) => f.code === 'TF0010' && f.file === config),
    ).toBe(true);
    rmSync(config);
  });
});

function readable(file: string): string {
  return execFileSync('cat', [file], { encoding: 'utf8' });
}

describe('language and colour', () => {
  it('--lang ko prints Korean messages and levels', async () => {
    const r = await run([ERROR], {}, 'ko');
    expect(r.stdout).toContain('오류');
    expect(r.stdout).toMatch(/[\uac00-\ud7a3]/);
  });
  it('colour only on a TTY and never with NO_COLOR', async () => {
    expect((await run([ERROR], {}, 'en', {})).stdout).not.toContain('\x1b[');
    expect((await run([ERROR], {}, 'en', { TTY: '1' })).stdout).toContain('\x1b[31m');
    expect((await run([ERROR], {}, 'en', { TTY: '1', NO_COLOR: '1' })).stdout).not.toContain('\x1b[');
  });
});

describe('the built CLI (node dist/bin/thanos-fleet.js check)', () => {
  const main = join(import.meta.dirname, '..', '..', 'dist', 'cli', 'main.js');
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [main, ...args], { encoding: 'utf8', cwd: dir });
  it('exits 0, 1 and 2', () => {
    expect(cli('check', CLEAN).status).toBe(0);
    expect(cli('check', ERROR).status).toBe(1);
    expect(cli('check', '--fail-on', 'warning', WARNING_ONLY).status).toBe(1);
    const bad = cli('check', BROKEN, ERROR);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toContain('TF2501');
  });
  it('--lang ko is the global option', () => {
    expect(cli('--lang', 'ko', 'check', ERROR).stdout).toContain('오류');
  });
  it('a report larger than a pipe holds reaches a slow reader whole', () => {
    const guide = join(import.meta.dirname, '..', 'fixtures', 'guide');
    const whole = cli('check', '--format', 'sarif', guide).stdout;
    expect(whole.length).toBeGreaterThan(65536);
    const piped = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${main}" check --format sarif "${guide}" | (sleep 1; wc -c)`],
      { encoding: 'utf8', cwd: dir },
    );
    expect(Number(piped.stdout.trim())).toBe(Buffer.byteLength(whole));
  });
});
