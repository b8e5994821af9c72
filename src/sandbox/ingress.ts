/**
 * The local ingress: nginx 1.22 running the fleet's rendered nginx.conf with a local site (127.0.0.1
 * ports, the sandbox PKI, htpasswd files the worker can read, upstreams → the receiver).
 */
import { execFile } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { RECEIVE_PATH } from '../fleet/names.js';
import type { FleetState } from '../fleet/state.js';
import type { FleetPolicy } from '../policy/model.js';
import { htpasswdLines } from '../render/htpasswd.js';
import { startOnFreePorts } from './listen.js';
import type { Pki } from './pki.js';
import { type ManagedProcess, spawnManaged } from './process.js';
import { type NginxSite, renderNginxConf } from './rendered.js';

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
    htpasswdFile: (secretName) => join(dir, 'conf', `${secretName}.htpasswd`),
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
 * htpasswd files, one per auth secret, readable by the `nobody` worker (sandbox.md §3: 0600 root →
 * 500): 0640 root:nogroup when we are root, else 0644. The folders above are 0711 (traverse only).
 */
export function writeHtpasswd(policy: FleetPolicy, state: FleetState, site: NginxSite): void {
  const gid = workerGroup();
  for (const p of policy.policies) {
    if (!p.auth) continue;
    const file = site.htpasswdFile(p.auth.secretName);
    writeFileSync(file, htpasswdLines(p.auth, state, 'bcrypt-and-sha'));
    if (gid !== undefined) {
      chownSync(file, 0, gid);
      chmodSync(file, 0o640);
    } else chmodSync(file, 0o644);
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
  // The worker (nobody) must traverse to the htpasswd files: traverse-only folders (sandbox.md §3).
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
