/** `thanos-fleet doctor` as a real process: exit codes 0/1/2, text (UTF-8 or ASCII, en/ko), json, short. */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeState } from '../../src/fleet/state.js';
import { CLI, ROOT } from '../support/cli.js';
import { FakeIngress } from './fake-ingress.js';
import { FIXTURE, PASSWORDS, QUERY, RECEIVE, Servers, TestPki, tempDir, testState } from './support.js';

const servers = new Servers();
const tmp = tempDir();
let pki: TestPki;
let ingress: FakeIngress;
let stateFile: string;

/** Async (the fake ingress answers from this process), bounded, always reaped. */
function doctor(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'doctor', ...args], {
      cwd: ROOT,
      env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_CTYPE: '', LC_MESSAGES: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 50_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ status: code ?? -1, stdout, stderr });
    });
  });
}

function target(): string[] {
  return [
    FIXTURE,
    '--state',
    stateFile,
    '--cacert',
    pki.caFile,
    '--timeout',
    '2s',
    '--http-port',
    String(ingress.httpPort),
    ...[RECEIVE, QUERY].flatMap((h) => [
      '--resolve',
      `${h}:${ingress.httpsPort}:127.0.0.1`,
      '--resolve',
      `${h}:${ingress.httpPort}:127.0.0.1`,
    ]),
  ];
}

beforeAll(async () => {
  pki = new TestPki(tmp.dir);
  ingress = new FakeIngress(pki.issue('ingress', [RECEIVE, QUERY]));
  await ingress.start(servers);
  stateFile = join(tmp.dir, 'fleet.state.yaml');
  writeFileSync(stateFile, serializeState(testState()), { mode: 0o600 });
});
afterAll(async () => {
  await servers.closeAll();
  tmp.remove();
});

describe('thanos-fleet doctor (CLI)', () => {
  it.each([
    [['--resolve', 'nonsense'], /HOST:PORT:ADDRESS/],
    [['--timeout', 'soon'], /--timeout/],
    [['--edge', '('], /regular expression/],
    [['--edge', 'nomatch'], /matches no edge/],
    [['--agent-metrics', 'edge-99=http://127.0.0.1:1/metrics'], /EDGE=URL/],
    [['--cacert', '/nonexistent/ca.crt'], /--cacert/],
  ])('bad input %j → exit 2', async (args, message) => {
    const r = await doctor([FIXTURE, ...args]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('healthy: exit 0; -o json carries codes and no secrets', async () => {
    ingress.reset();
    const r = await doctor([...target(), '-o', 'json', '--write-probe']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.healthy).toBe(true);
    expect(json.summary.fail).toBe(0);
    for (const pw of [...Object.values(PASSWORDS), testState().operators.admin!.password])
      expect(r.stdout + r.stderr).not.toContain(pw);
  });

  it('problems: exit 1; text groups ✔/× with the cause and fix; ASCII without UTF-8; Korean with --lang ko', async () => {
    ingress.reset({ receiveAuthed: () => ({ status: 403, nginx: true }) });
    const utf8 = await doctor(target());
    expect(utf8.status).toBe(1);
    expect(utf8.stdout).toMatch(/^tls\n---\n✔ /m);
    expect(utf8.stdout).toMatch(
      /× credentials of edge edge-01\n {4}TF9404 .*not a wrong password\n {4}fix: /,
    );
    ingress.reset({ receiveAuthed: () => ({ status: 403, nginx: true }) });
    const ascii = await doctor(target(), { LANG: 'C' });
    expect(ascii.stdout).toContain('[FAIL] credentials of edge edge-01');
    expect(ascii.stdout).toContain('[ok] ');
    expect(ascii.stdout).not.toMatch(/[✔×‼]/);
    ingress.reset({ receiveAuthed: () => ({ status: 403, nginx: true }) });
    const ko = await doctor(['--lang', 'ko', ...target()]);
    expect(ko.stdout).toContain('비밀번호 문제가 아닙니다');
  });

  it('-o short: one line per problem and the summary', async () => {
    ingress.reset({ passwords: { ...PASSWORDS, 'edge-02': 'rotated' } });
    const r = await doctor([...target(), '-o', 'short']);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^FAIL auth edge-02: TF9402 /);
    expect(lines.at(-1)).toMatch(/1 failed/);
  });
});
