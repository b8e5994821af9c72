/**
 * The `thanos-fleet sandbox` command as a process (dist/ is built by the global setup): a missing
 * binary exits 2 before anything starts; --keep leaves it running until `sandbox stop <dir>`;
 * Ctrl-C stops every process it started.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { pidAlive } from '../../src/sandbox/process.js';
import type { SandboxReport } from '../../src/sandbox/report.js';
import { checkTools } from '../../src/sandbox/tools.js';
import { expectGone } from './support.js';

// THANOS_FLEET_MAIN runs the tests against another build of the command.
const MAIN =
  process.env.THANOS_FLEET_MAIN ?? fileURLToPath(new URL('../../dist/bin/thanos-fleet.js', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'thanos-fleet-sandbox-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function which(tool: string): string {
  const r = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' });
  return r.stdout.trim();
}

function run(args: string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', env, timeout: 120_000 });
}

function footprintOf(info: SandboxReport) {
  return {
    pids: [info.pids.receiver, info.pids.nginx, ...Object.values(info.pids.agents)],
    ports: [info.ports.receiver, info.ports.https, info.ports.http, ...Object.values(info.ports.agents)],
  };
}

describe('thanos-fleet sandbox (command)', () => {
  it('exits 2 naming nginx and its install command when nginx is not on PATH, before starting anything', () => {
    const bin = join(scratch, 'bin-without-nginx');
    mkdirSync(bin);
    for (const tool of ['prometheus', 'openssl']) symlinkSync(which(tool), join(bin, tool));
    const tmp = join(scratch, 'tmp');
    mkdirSync(tmp);
    expect(checkTools({ PATH: bin }).problems.map((p) => p.tool)).toEqual(['nginx']);
    const r = run(['sandbox', '--lang', 'en'], { ...process.env, PATH: bin, TMPDIR: tmp });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('nginx is not installed');
    expect(r.stderr).toContain('apt-get install -y nginx');
    expect(r.stderr).toContain('nothing was started');
    // Nothing started: no sandbox folder was even created.
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('--keep leaves the fleet running with the doctor command line, and `sandbox stop <dir>` stops it', () => {
    const r = run(['sandbox', '--keep', '--format', 'json', '--lang', 'en']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as SandboxReport;
    const fp = footprintOf(report);
    try {
      expect(report.held).toBe(true);
      expect(report.kept?.stopCommand).toBe(`thanos-fleet sandbox stop ${report.dir}`);
      expect(report.doctorCommand).toMatch(
        /^thanos-fleet doctor \S+fleet\.yaml (--resolve \S+:\d+:127\.0\.0\.1 )+--http-port \d+ --cacert \S+ca\.crt$/,
      );
      // The printed doctor command diagnoses the kept sandbox as healthy.
      const doctor = run([...report.doctorCommand.split(' ').slice(1), '--lang', 'en']);
      expect(doctor.status, doctor.stdout + doctor.stderr).toBe(0);
      // Secrets never printed: no edge password appears in the report.
      const state = readFileSync(join(report.dir, 'fleet.state.yaml'), 'utf8');
      for (const m of state.matchAll(/password: (\S{20,})/g)) expect(r.stdout).not.toContain(m[1]);
      expect(fp.pids.every(pidAlive)).toBe(true);
    } finally {
      const s = run(['sandbox', 'stop', report.dir, '--lang', 'en']);
      expect(s.status).toBe(0);
      expect(s.stdout).toContain(`stopped ${fp.pids.length} process(es)`);
    }
    return expectGone(fp).finally(() => rmSync(report.dir, { recursive: true, force: true }));
  });

  it('Ctrl-C stops every process it started', async () => {
    const dir = join(scratch, 'interrupted');
    const child: ChildProcess = spawn(process.execPath, [MAIN, 'sandbox', '--dir', dir, '--lang', 'en'], {
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const info = join(dir, 'sandbox.json');
    const deadline = Date.now() + 60_000;
    while (!existsSync(info) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(existsSync(info)).toBe(true);
    const report = JSON.parse(readFileSync(info, 'utf8')) as SandboxReport;
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    await expectGone(footprintOf(report));
  });
});
