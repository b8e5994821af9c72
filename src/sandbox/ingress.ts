/**
 * The local ingress: nginx 1.22 running the fleet's rendered nginx.conf with a local site (127.0.0.1
 * ports, the sandbox PKI, htpasswd files the worker can read, upstreams → the receiver).
 */
import { execFile } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { RECEIVE_PATH } from '../fleet/names.js';
import type { FleetState } from '../fleet/state.js';
import type { FleetPolicy } from '../policy/model.js';
import { startOnFreePorts } from './listen.js';
import type { Pki } from './pki.js';
import { type ManagedProcess, spawnManaged } from './process.js';
import { type NginxHtpasswdFile, type NginxSite, nginxHtpasswdFiles, renderNginxConf } from './rendered.js';

const run = promisify(execFile);

export interface Ingress {
  proc: ManagedProcess;
  httpsPort: number;
  httpPort: number;
  dir: string;
  confFile: string;
  errorLog: string;
  accessLog: string;
  logFile: string;
  /** Re-render with another policy (faults) and reload; resolves once the new workers serve. */
  reload(policy: FleetPolicy): Promise<void>;
}

function tcpOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port }, () => {
      s.end();
      resolve(true);
    });
    s.on('error', () => resolve(false));
  });
}

export function localSite(
  dir: string,
  pki: Pki,
  ports: { https: number; http: number; receiver: number },
): NginxSite {
  return {
    httpsListen: `127.0.0.1:${ports.https}`,
    httpListen: `127.0.0.1:${ports.http}`,
    // Agents connect by IP, so Host is 127.0.0.1 while SNI is the receive host (sandbox.md gotcha 2).
    receiveExtraServerNames: ['127.0.0.1'],
    tlsCertificate: () => ({ cert: pki.certFile, key: pki.keyFile }),
    // Absolute: a relative path resolves against the -c folder (sandbox.md gotcha 1).
    htpasswdDir: join(dir, 'conf', 'htpasswd'),
    // Thanos Receive serves /api/v1/receive; the Prometheus stand-in /api/v1/write (datapath.md §4).
    // Query routes go to the receiver's HTTP API, standing in for Thanos Query.
    upstream: () => `127.0.0.1:${ports.receiver}`,
    upstreamPath: (route) => (route.path === RECEIVE_PATH && route.exact ? '/api/v1/write' : undefined),
    pidFile: join(dir, 'logs', 'nginx.pid'),
    errorLog: join(dir, 'logs', 'error.log'),
    accessLog: join(dir, 'logs', 'access.log'),
    tempDir: join(dir, 'tmp'),
    workerProcesses: 1,
  };
}

/** The group nginx's `nobody` worker runs in (Debian: nogroup), when we can hand files to it. */
function workerGroup(): number | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    for (const line of readFileSync('/etc/group', 'utf8').split('\n')) {
      const [name, , gid] = line.split(':');
      if (name === 'nogroup' || name === 'nobody') return Number(gid);
    }
  } catch {
    // no /etc/group
  }
  return undefined;
}

/**
 * The htpasswd files the render writes (one per human Secret, one per edge user in `<secret>.d/`),
 * readable by the `nobody` worker (sandbox.md §3: 0600 root → 500): 0640 root:nogroup when we are
 * root, else 0644; their folders are 0711 (traverse only). Each file is written beside its place and
 * renamed into it, and files the policy no longer has are removed after, so a reload while agents
 * write never shows nginx a half-written or missing file.
 */
export function writeHtpasswd(policy: FleetPolicy, state: FleetState, site: NginxSite): void {
  writeHtpasswdFiles(site.htpasswdDir, nginxHtpasswdFiles(policy, state));
}

/** writeHtpasswd with the files given (tests and benchmarks vary hashes and users). */
export function writeHtpasswdFiles(htpasswdDir: string, files: NginxHtpasswdFile[]): void {
  const gid = workerGroup();
  const wanted = new Set(files.map((f) => join(htpasswdDir, f.path)));
  const folders = new Set([htpasswdDir, ...[...wanted].map((f) => dirname(f))]);
  for (const d of folders) {
    mkdirSync(d, { recursive: true });
    chmodSync(d, 0o711);
  }
  for (const f of files) {
    const file = join(htpasswdDir, f.path);
    const tmp = join(dirname(file), `.${f.path.split('/').pop()}.tmp`);
    writeFileSync(tmp, f.content);
    if (gid !== undefined) {
      chownSync(tmp, 0, gid);
      chmodSync(tmp, 0o640);
    } else chmodSync(tmp, 0o644);
    renameSync(tmp, file);
  }
  for (const d of folders) {
    if (d === htpasswdDir) continue;
    for (const name of readdirSync(d)) if (!wanted.has(join(d, name))) rmSync(join(d, name), { force: true });
  }
}

async function nginxTest(dir: string, confFile: string): Promise<void> {
  try {
    await run('nginx', ['-t', '-q', '-p', dir, '-c', confFile], { timeout: 30_000 });
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new Error(`nginx -t: ${(e.stderr ?? e.message).trim()}`);
  }
}

/** Children of a pid (nginx workers of the master), from /proc. */
function childPids(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8');
  } catch {
    return '';
  }
}

export async function startIngress(
  dir: string,
  policy: FleetPolicy,
  state: FleetState,
  pki: Pki,
  receiverPort: number,
): Promise<Ingress> {
  for (const d of ['conf', 'logs', 'tmp']) mkdirSync(join(dir, d), { recursive: true });
  // The worker (nobody) must traverse to the htpasswd files: traverse-only folders (sandbox.md §3);
  // writeHtpasswd makes the folders below conf/ the same way.
  for (const d of [join(dir, '..'), dir, join(dir, 'conf')]) chmodSync(d, 0o711);
  const confFile = join(dir, 'conf', 'nginx.conf');
  const logFile = join(dir, 'logs', 'nginx.stderr.log');
  let ports = { https: 0, http: 0, receiver: receiverPort };
  const write = (pol: FleetPolicy) => {
    const site = localSite(dir, pki, ports);
    writeHtpasswd(pol, state, site);
    writeFileSync(confFile, renderNginxConf(pol, site));
  };
  const { started } = await startOnFreePorts<{ proc: ManagedProcess; https: number; http: number }>(
    'nginx',
    2,
    logFile,
    async ([https, http]) => {
      ports = { https: https!, http: http!, receiver: receiverPort };
      write(policy);
      await nginxTest(dir, confFile);
      const proc = spawnManaged('nginx', 'nginx', ['-p', dir, '-c', confFile, '-g', 'daemon off;'], {
        cwd: dir,
        logFile,
        keepable: true,
      });
      return { proc, https: https!, http: http! };
    },
    async (s) => (await tcpOpen(s.https)) && (await tcpOpen(s.http)),
  );
  const ingress: Ingress = {
    proc: started.proc,
    httpsPort: started.https,
    httpPort: started.http,
    dir,
    confFile,
    errorLog: join(dir, 'logs', 'error.log'),
    accessLog: join(dir, 'logs', 'access.log'),
    logFile,
    async reload(pol) {
      write(pol);
      await nginxTest(dir, confFile);
      const before = childPids(started.proc.pid);
      await run('nginx', ['-p', dir, '-c', confFile, '-s', 'reload'], { timeout: 30_000 });
      // The master starts new workers and retires the old ones; wait until the worker set changed.
      const deadline = Date.now() + 5000;
      while (Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
        const now = childPids(started.proc.pid);
        if (before === '' || (now !== before && now.trim() !== '')) break;
      }
      if (before === '') await new Promise((r) => setTimeout(r, 500));
    },
  };
  return ingress;
}
