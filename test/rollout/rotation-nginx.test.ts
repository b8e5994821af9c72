/**
 * Zero-downtime rotation, proven with real processes on 127.0.0.1: nginx 1.22 (TLS, auth_basic with
 * the nginx provider's rendered auth directives and per-user htpasswd files, re-rendered at each step
 * as `render` does) in front of a Prometheus 2.42 receiver, and a Prometheus 2.42 agent running the
 * edge's rendered remote_write. The credential goes through rotate → switch → finish while the agent
 * writes, with zero prometheus_remote_storage_samples_failed_total and no 401. A control at the end
 * shows the same measurements catch a rotation done the naive way.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Edge } from '../../src/fleet/defaults.js';
import {
  edgeCredential,
  edgePasswordFiles,
  finishRotations,
  passwordKey,
  rotateEdges,
} from '../../src/fleet/rollout.js';
import { type FleetState, shaHtpasswdHash } from '../../src/fleet/state.js';
import { edgeAgentConfig } from '../../src/render/edge/agent-config.js';
import { writeAuthFileCheck, writeAuthLocation, writeAuthMap } from '../../src/render/ingress/nginx/auth.js';
import { nginxHtpasswdFiles, perUserFolder } from '../../src/render/ingress/nginx/htpasswd.js';
import { ConfWriter } from '../../src/render/ingress/nginx/syntax.js';
import { writeHtpasswdFiles } from '../../src/sandbox/ingress.js';
import { fetchMetrics, metricSum, type Sample } from '../../src/sandbox/observe.js';
import { makePki, type Pki } from '../../src/sandbox/pki.js';
import {
  freePort,
  httpAnswers,
  type ManagedProcess,
  spawnManaged,
  stopAllManaged,
  waitFor,
} from '../../src/sandbox/process.js';
import { type Receiver, startReceiver } from '../../src/sandbox/receiver.js';
import { contextFor, fleetText, REFERENCE } from './support.js';

const HOST = 'thanos-receive.fleet.test';
const FAILED = 'prometheus_remote_storage_samples_failed_total';
const SENT = 'prometheus_remote_storage_samples_total';

const dir = mkdtempSync(join(tmpdir(), 'tf-rotate-'));
// The nginx worker runs as nobody: it must reach the htpasswd file (sandbox.md §3).
chmodSync(dir, 0o755);
const ctx = contextFor(fleetText(REFERENCE));
const edge: Edge = ctx.fleet.edges[0]!;
let state: FleetState = ctx.state;

let pki: Pki;
let receiver: Receiver;
let nginx: ManagedProcess;
let agent: ManagedProcess;
let nginxPort = 0;
let agentPort = 0;
const receive = ctx.policy.policies.find((p) => p.remoteWrite)!;
const authSite = { htpasswdDir: join(dir, 'nginx', 'htpasswd') };
/** The receive Secret's per-user folder: one file per accepted generation user. */
const userFolder = join(authSite.htpasswdDir, perUserFolder(receive.auth!.secretName));
const accessLog = join(dir, 'nginx', 'access.log');
const agentDir = join(dir, 'agent');
const agentConfig = join(agentDir, 'agent.yml');

/** What `render` writes for the nginx provider, written as the sandbox does (stale users removed). */
function writeRenderedHtpasswd(s: FleetState): void {
  writeHtpasswdFiles(authSite.htpasswdDir, nginxHtpasswdFiles(ctx.policy, s));
}

/** The rotated edge's generation users with a file of their own in the per-user folder. */
function userFiles(): string[] {
  return readdirSync(userFolder)
    .filter((f) => f === edge.name || f.startsWith(`${edge.name}.r`))
    .sort();
}

/** The rendered auth directives of receive, for the http, server and location levels of this test's config. */
function authDirectives(): { http: string; server: string; location: string } {
  const http = new ConfWriter();
  writeAuthMap(http, receive, authSite, 'per-user htpasswd files');
  const server = new ConfWriter();
  writeAuthFileCheck(server, receive, authSite, 'unknown users read the empty file');
  const location = new ConfWriter();
  writeAuthLocation(location, receive, authSite);
  return { http: http.toString(), server: server.toString(), location: location.toString() };
}

/** The edge's rendered remote_write, pointed at the local nginx, using the current generation. */
function writeAgentConfig(s: FleetState): void {
  // The Secret mount: one file per accepted generation (edgePasswordFiles).
  for (const [key, password] of Object.entries(edgePasswordFiles(s, edge.name)))
    writeFileSync(join(agentDir, key), password, { mode: 0o600 });
  const cred = edgeCredential(s, edge.name);
  const config = edgeAgentConfig(ctx.fleet, edge, {
    remoteWriteUrl: `https://127.0.0.1:${nginxPort}/api/v1/receive`,
    serverName: HOST,
    caFile: pki.caFile,
    passwordFile: join(agentDir, passwordKey(edge.name, cred.user)),
    scrapeConfigs: [
      { job_name: 'prometheus-agent', static_configs: [{ targets: [`127.0.0.1:${agentPort}`] }] },
    ],
    scrapeInterval: '1s',
    remoteTimeout: '5s',
    queue: { batchSendDeadline: '1s' },
  });
  const rw = (config.remote_write as Record<string, Record<string, unknown>>[])[0]!;
  rw.basic_auth = { ...rw.basic_auth, username: cred.user };
  writeFileSync(agentConfig, stringify(config));
}

async function reloadAgent(): Promise<void> {
  const res = await fetch(`http://127.0.0.1:${agentPort}/-/reload`, { method: 'POST' });
  await res.arrayBuffer();
  expect(res.status).toBe(200);
}

/** Requests of the agent (curl probes of this test are left out by user agent). */
function accessEntries(): { user: string; status: number }[] {
  return readFileSync(accessLog, 'utf8')
    .split('\n')
    .filter((l) => l.includes(' Prometheus/'))
    .map((l) => {
      const [user, status] = l.split(' ');
      return { user: user!, status: Number(status) };
    });
}

async function metrics(): Promise<Sample[]> {
  return fetchMetrics(agentPort);
}

/** Wait until `count` more writes by `user` were answered 2xx by the receiver through nginx. */
async function writesBy(user: string, count: number): Promise<void> {
  const start = accessEntries().filter((e) => e.user === user && e.status < 300).length;
  await waitFor(
    `${count} writes as ${user}`,
    async () => accessEntries().filter((e) => e.user === user && e.status < 300).length >= start + count,
    30_000,
    100,
  );
}

function curlStatus(user: string, password: string): string {
  return execFileSync(
    'curl',
    [
      '-s',
      '-o',
      '/dev/null',
      '-w',
      '%{http_code}',
      '--cacert',
      pki.caFile,
      '--resolve',
      `${HOST}:${nginxPort}:127.0.0.1`,
      '-u',
      `${user}:${password}`,
      '--data-binary',
      'x',
      `https://${HOST}:${nginxPort}/api/v1/receive`,
    ],
    { encoding: 'utf8' },
  );
}

beforeAll(async () => {
  pki = await makePki(join(dir, 'pki'), [HOST]);
  receiver = await startReceiver(join(dir, 'receiver'));
  mkdirSync(join(dir, 'nginx', 'tmp'), { recursive: true });
  chmodSync(join(dir, 'nginx'), 0o755);
  writeRenderedHtpasswd(state);
  nginxPort = await freePort();
  const conf = join(dir, 'nginx', 'nginx.conf');
  const n = join(dir, 'nginx');
  const auth = authDirectives();
  writeFileSync(
    conf,
    `worker_processes 1; pid ${n}/nginx.pid; error_log ${n}/error.log info;
events {}
http {
  client_body_temp_path ${n}/tmp/body; proxy_temp_path ${n}/tmp/proxy; fastcgi_temp_path ${n}/tmp/fastcgi;
  uwsgi_temp_path ${n}/tmp/uwsgi; scgi_temp_path ${n}/tmp/scgi;
  log_format rw '$remote_user $status $http_user_agent';
  access_log ${accessLog} rw;
${auth.http}
  server {
    listen 127.0.0.1:${nginxPort} ssl;
    server_name ${HOST} 127.0.0.1;
    ssl_certificate ${pki.certFile}; ssl_certificate_key ${pki.keyFile};
${auth.server}
    location = /api/v1/receive {
${auth.location}
      client_max_body_size 4m;
      proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Authorization "";
      proxy_pass http://127.0.0.1:${receiver.port}/api/v1/write;
    }
  }
}
`,
  );
  execFileSync('nginx', ['-t', '-q', '-p', n, '-c', conf]);
  nginx = spawnManaged('nginx', 'nginx', ['-p', n, '-c', conf, '-g', 'daemon off;'], {
    logFile: join(n, 'stderr.log'),
  });
  await waitFor('nginx', async () => {
    try {
      return curlStatus('nobody', 'x') === '401';
    } catch {
      return false;
    }
  });

  mkdirSync(agentDir, { recursive: true, mode: 0o700 });
  agentPort = await freePort();
  writeAgentConfig(state);
  agent = spawnManaged(
    'agent',
    'prometheus',
    [
      '--enable-feature=agent',
      `--config.file=${agentConfig}`,
      `--storage.agent.path=${join(agentDir, 'wal')}`,
      `--web.listen-address=127.0.0.1:${agentPort}`,
      '--web.enable-lifecycle',
      '--storage.remote.flush-deadline=5s',
    ],
    { logFile: join(agentDir, 'agent.log') },
  );
  await waitFor('agent ready', () => httpAnswers(`http://127.0.0.1:${agentPort}/-/ready`));
}, 120_000);

afterAll(async () => {
  // Agent first: with the receiver gone its shutdown would wait for the flush deadline.
  await agent?.stop();
  await nginx?.stop();
  await receiver?.proc.stop();
  await stopAllManaged();
  rmSync(dir, { recursive: true, force: true });
});

describe('credential rotation through nginx while the agent writes', () => {
  it('nginx checks only the first line of a user: two lines for one user cannot carry two passwords', () => {
    const old = edgeCredential(state, edge.name);
    const next = 'a-new-password-for-the-same-user';
    const file = join(userFolder, old.user);
    writeFileSync(
      file,
      `${old.user}:${shaHtpasswdHash(old.password)}\n${old.user}:${shaHtpasswdHash(next)}\n`,
    );
    try {
      expect(curlStatus(old.user, old.password)).not.toBe('401');
      expect(curlStatus(old.user, next)).toBe('401');
      expect(readFileSync(join(dir, 'nginx', 'error.log'), 'utf8')).toContain(
        `user "${old.user}": password mismatch`,
      );
    } finally {
      writeRenderedHtpasswd(state);
    }
  });

  it('rotate → switch → finish with zero failed samples and no 401', async () => {
    const first = edgeCredential(state, edge.name).user;
    await writesBy(first, 3);

    // 1. rotate: the central side (htpasswd) carries both generations; sync it first.
    state = rotateEdges(state, [edge.name]);
    const second = edgeCredential(state, edge.name).user;
    expect(second).toBe(`${edge.name}.r2`);
    writeRenderedHtpasswd(state);
    expect(userFiles()).toEqual([first, second].sort()); // the render added the new generation's file
    await writesBy(first, 3); // the agent still writes as the old generation, accepted

    // 2. the edge side: the Secret mount gains the new file, the config switches user and file together.
    writeAgentConfig(state);
    await reloadAgent();
    await writesBy(second, 3);

    // 3. finish: only the new generation stays; the old generation's file is gone, and its
    // credential now gets 401 like any unknown user (not 403 for the missing file).
    const old = state.edges[edge.name]!.previous!;
    state = finishRotations(state).state;
    writeRenderedHtpasswd(state);
    expect(userFiles()).toEqual([second]);
    expect(curlStatus(old.user, old.password)).toBe('401');
    await writesBy(second, 3);

    const m = await metrics();
    expect(metricSum(m, SENT)).toBeGreaterThan(0);
    expect(metricSum(m, FAILED)).toBe(0);
    const entries = accessEntries();
    expect(entries.filter((e) => e.status === 401)).toEqual([]);
    expect(new Set(entries.filter((e) => e.status < 300).map((e) => e.user))).toEqual(
      new Set([first, second]),
    );
  });

  it('control: the same measurements catch a naive rotation (htpasswd switched before the agent)', async () => {
    expect(metricSum(await metrics(), FAILED)).toBe(0);
    state = rotateEdges(state, [edge.name]);
    const { state: skipped } = finishRotations(state); // old generation gone before the agent moved
    writeRenderedHtpasswd(skipped);
    await waitFor(
      'a 401 in the access log',
      async () => accessEntries().some((e) => e.status === 401),
      30_000,
      100,
    );
    await waitFor('failed samples', async () => metricSum(await metrics(), FAILED) > 0, 30_000, 200);
  });
});
