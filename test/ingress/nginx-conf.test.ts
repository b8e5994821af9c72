/**
 * The nginx provider's output as files: `nginx -t` (real nginx 1.22) accepts the render of the
 * reference fleet and of a ten-edge fleet, both with a local site and as the production artifact
 * relocated under a temp prefix; every policy item is present; nothing secret is inlined.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFleetFile, REFERENCE_FLEET_FILE } from '../../src/fleet/load.js';
import { finishRotations, generationUser, rotateEdges } from '../../src/fleet/rollout.js';
import { type FleetState, reconcileState } from '../../src/fleet/state.js';
import { deriveFleetPolicy } from '../../src/policy/derive.js';
import { formatSize } from '../../src/policy/model.js';
import type { Artifact } from '../../src/render/artifact.js';
import type { RenderContext } from '../../src/render/context.js';
import { USER_NAME_PATTERN } from '../../src/render/ingress/nginx/htpasswd.js';
import { nginxProvider, productionNginxSite, renderNginxConf } from '../../src/render/ingress/nginx/index.js';
import { createTestPki, type TestPki } from '../support/pki.js';
import { hostsOf, type LoadedTestFleet, nginxTest, workDir, writeLocalIngress } from './nginx-harness.js';

const TEN_EDGES = join(import.meta.dirname, '..', 'fixtures', 'fleets', 'ten-edges.yaml');

function loadFile(file: string): LoadedTestFleet {
  const { fleet } = loadFleetFile(file);
  return { fleet, policy: deriveFleetPolicy(fleet), state: reconcileState(fleet, undefined).state };
}

function ctxOf(l: LoadedTestFleet, lang: 'en' | 'ko' = 'en'): RenderContext {
  return { fleet: l.fleet, policy: l.policy, state: l.state, provider: 'nginx', lang };
}

/** Receive's per-user files: file name → the users of its lines. */
function receiveUserFiles(artifacts: Artifact[]): Record<string, string[]> {
  const prefix = 'central/nginx/htpasswd/thanos-receive-auth.d/';
  return Object.fromEntries(
    artifacts
      .filter((a) => a.path.startsWith(prefix) && !a.path.endsWith('/_unknown'))
      .map((a) => [
        a.path.slice(prefix.length),
        a.content
          .split('\n')
          .filter(Boolean)
          .map((l) => l.slice(0, l.indexOf(':'))),
      ]),
  );
}

const reference = loadFile(REFERENCE_FLEET_FILE);
const tenEdges = loadFile(TEN_EDGES);
let dir: string;
let pki: TestPki;

beforeAll(async () => {
  dir = workDir('nginx-conf');
  pki = await createTestPki(join(dir, 'pki'), [...hostsOf(reference.policy), ...hostsOf(tenEdges.policy)]);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('nginx -t on rendered configs', () => {
  it.each([
    ['reference', reference],
    ['ten-edges', tenEdges],
  ])('accepts the %s fleet with a local site', (name, loaded) => {
    const prefix = join(dir, `local-${name}`);
    const { confFile } = writeLocalIngress(prefix, loaded, pki, { https: 8443, http: 8080 }, 9);
    const res = nginxTest(prefix, confFile);
    expect(res.output).toMatch(/test is successful/);
    expect(res.ok).toBe(true);
  });

  it.each([
    ['reference', reference],
    ['ten-edges', tenEdges],
  ])('accepts the production nginx.conf of the %s fleet relocated under a temp prefix', (name, loaded) => {
    const out = nginxProvider.render(ctxOf(loaded));
    const conf = out.artifacts.find((a) => a.path === 'central/nginx/nginx.conf')!.content;
    const prefix = join(dir, `prod-${name}`);
    // Same bytes except where the file lives and how Services resolve (only inside Kubernetes).
    const relocated = conf
      .replaceAll('/etc/nginx/thanos-fleet', prefix)
      .replaceAll('/var/log/nginx', `${prefix}/logs`)
      .replaceAll('/var/lib/nginx', `${prefix}/tmp`)
      .replaceAll('/run/nginx.pid', `${prefix}/logs/nginx.pid`)
      .replace(/[a-z0-9-]+\.[a-z0-9-]+\.svc\.cluster\.local:/g, '127.0.0.1:');
    for (const d of ['logs', 'tmp', 'htpasswd']) mkdirSync(join(prefix, d), { recursive: true });
    for (const m of relocated.matchAll(/ssl_certificate(_key)? (\S+);/g)) {
      mkdirSync(join(m[2]!, '..'), { recursive: true });
      copyFileSync(m[1] ? pki.serverKey : pki.serverCert, m[2]!);
    }
    for (const a of out.artifacts.filter((x) => x.path.startsWith('central/nginx/htpasswd/'))) {
      const file = join(prefix, a.path.slice('central/nginx/'.length));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, a.content);
    }
    const confFile = join(prefix, 'nginx.conf');
    writeFileSync(confFile, relocated);
    const res = nginxTest(prefix, confFile);
    expect(res.output).toMatch(/test is successful/);
    expect(res.ok).toBe(true);
  });
});

describe('the nginx.conf carries every policy item', () => {
  const conf = renderNginxConf(tenEdges.policy, productionNginxSite(tenEdges.fleet));
  const servers = conf.split(/\n {4}server \{\n/).slice(1);
  const serverOf = (host: string) =>
    servers.find((s) => s.includes('ssl_certificate ') && new RegExp(`server_name ${host}[ ;]`).test(s))!;

  it('has one TLS server per host, extra hosts included', () => {
    for (const p of tenEdges.policy.policies)
      for (const h of p.hosts) {
        const s = serverOf(h);
        expect(s, h).toBeDefined();
        expect(s).toMatch(/listen 443 ssl http2;/);
        expect(s).toMatch(/ssl_certificate \/etc\/nginx\/thanos-fleet\/tls\/.+\/tls\.crt;/);
      }
    expect(conf).toMatch(/ssl_protocols TLSv1\.2 TLSv1\.3;/);
    expect(conf).toMatch(
      /listen 443 ssl http2 default_server;\n\s+server_name _;\n\s+ssl_reject_handshake on;/,
    );
  });

  it('follows Mozilla intermediate TLS and buffers the access log', () => {
    const ciphers = /ssl_ciphers (\S+);/.exec(conf)![1]!.split(':');
    expect(ciphers.length).toBeGreaterThan(0);
    // ECDHE key exchange and AEAD only: no CBC, no static RSA, no DHE without dhparam.
    for (const c of ciphers)
      expect(c).toMatch(/^ECDHE-(ECDSA|RSA)-(AES(128|256)-GCM-SHA(256|384)|CHACHA20-POLY1305)$/);
    expect(conf).toContain('ssl_prefer_server_ciphers off;');
    expect(conf).toContain('ssl_session_tickets off;');
    expect(conf).toMatch(/ssl_session_cache shared:\S+:10m;/);
    expect(conf).toContain('access_log /var/log/nginx/access.log thanos_fleet buffer=64k flush=1s;');
    const site = { ...productionNginxSite(tenEdges.fleet), accessLogBuffering: undefined };
    expect(renderNginxConf(tenEdges.policy, site)).toContain(
      'access_log /var/log/nginx/access.log thanos_fleet;',
    );
  });

  it('redirects plain HTTP with 308 and answers unknown hosts 404', () => {
    expect(conf).toMatch(/listen 80 default_server;\n\s+server_name _;\n\s+return 404;/);
    expect(conf).toContain('return 308 https://$host$request_uri;');
  });

  it('limits, auth, body size and timeouts of receive come from the policy', () => {
    const rx = tenEdges.policy.policies.find((p) => p.component === 'receive')!;
    const s = serverOf(rx.hosts[0]!);
    expect(s).toContain('location = /api/v1/receive {');
    expect(s).toMatch(/location \/ \{\n\s+return 404;/);
    expect(conf).toContain(`rate=${rx.rateLimit!.rps}r/s;`);
    expect(s).toContain(`limit_req zone=thanos_fleet_receive_req burst=${rx.rateLimit!.burst} nodelay;`);
    expect(s).toContain(`limit_conn thanos_fleet_receive_conn ${rx.connections};`);
    expect(conf).toContain('limit_req_status 503;');
    expect(s).toContain('auth_basic_user_file $thanos_fleet_receive_auth_file;');
    expect(s).toContain('proxy_set_header Authorization "";');
    expect(s).toContain(`client_max_body_size ${formatSize(rx.bodySizeBytes)};`);
    expect(s).toContain(`proxy_read_timeout ${rx.timeouts.readSeconds}s;`);
    expect(s).toContain(`proxy_connect_timeout ${rx.timeouts.connectSeconds}s;`);
    expect(s).toContain(`proxy_send_timeout ${rx.timeouts.sendSeconds}s;`);
    // 192 in-flight requests from one NAT need more than HTTP/2's default 128 streams per connection.
    expect(rx.connections).toBeGreaterThan(128);
    expect(s).toContain(`http2_max_concurrent_streams ${rx.connections};`);
    expect(s).toContain('client_body_buffer_size 1m;');
  });

  it('renders CORS, the allowlist, websockets and cookie affinity where the policy asks', () => {
    const q = serverOf('thanos-query.central.example.net');
    expect(q).toContain('allow 10.0.0.0/8;\n');
    expect(q).toMatch(/allow 192\.168\.0\.0\/16;\n\s+deny all;/);
    expect(conf).toContain('"https://console.example.net" $http_origin;');
    expect(q).toContain('add_header Access-Control-Allow-Origin $thanos_fleet_query_cors_origin always;');
    expect(q).toMatch(/if \(\$request_method = OPTIONS\) \{\n\s+return 204;/);
    expect(conf).toContain('proxy_hide_header Access-Control-Allow-Origin;');
    const g = serverOf('grafana.central.example.net');
    expect(g).toContain('proxy_set_header Upgrade $http_upgrade;');
    expect(g).not.toContain('auth_basic');
    expect(conf).toMatch(
      /upstream thanos_fleet_grafana_0 \{\n\s+hash \$thanos_fleet_grafana_affinity_key consistent;/,
    );
    // Only the preflight may return inside a proxied location (phase gotcha, ingress.md §8).
    for (const loc of conf
      .split('location ')
      .slice(1)
      .filter((l) => l.includes('proxy_pass'))) {
      const returns = loc.match(/return \d+/g) ?? [];
      expect(
        returns.length <= 1 && loc.includes('if ($request_method = OPTIONS)') === (returns.length === 1),
      ).toBe(true);
    }
  });
});

describe('edge credentials: one htpasswd file per user', () => {
  const conf = renderNginxConf(reference.policy, productionNginxSite(reference.fleet));
  const folder = '/etc/nginx/thanos-fleet/htpasswd/thanos-receive-auth.d';

  it('picks the file with a map on $remote_user, an empty default and a server-level fallback', () => {
    const map = /map \$remote_user \$thanos_fleet_receive_user_file \{\n([\s\S]*?)\n {4}\}/.exec(conf)![1]!;
    expect(map).toContain(`default ${folder}/_unknown;`);
    expect(map).toContain(
      `"~^(?<thanos_fleet_receive_user>${USER_NAME_PATTERN.replaceAll('\\', '\\\\')})\\\\z" ${folder}/$thanos_fleet_receive_user;`,
    );
    expect(conf).toMatch(
      new RegExp(
        'set \\$thanos_fleet_receive_auth_file \\$thanos_fleet_receive_user_file;\\n\\s+' +
          'if \\(!-f \\$thanos_fleet_receive_user_file\\) \\{\\n\\s+' +
          `set \\$thanos_fleet_receive_auth_file ${folder}/_unknown;`,
      ),
    );
    // The if stands at server level (indented once inside http and server), never inside a location.
    expect(conf.match(/^ *if \(!-f .*$/gm)).toEqual(['        if (!-f $thanos_fleet_receive_user_file) {']);
    // The operators' UIs keep their one bcrypt file.
    expect(conf).toContain('auth_basic_user_file /etc/nginx/thanos-fleet/htpasswd/thanos-operators-auth;');
    expect(conf.match(/auth_basic_user_file \$thanos_fleet_receive_auth_file;/g)).toHaveLength(1);
  });

  it('admits every user name the fleet can produce and nothing that could leave the folder', () => {
    const re = new RegExp(`^(?:${USER_NAME_PATTERN})$`);
    const good = [
      ...tenEdges.fleet.edges.map((e) => e.name),
      ...reference.fleet.edges.flatMap((e) => [2, 3, 10, 123_456_789].map((g) => generationUser(e.name, g))),
      'a',
      `a${'b'.repeat(61)}c`,
    ];
    for (const u of good) expect(u, u).toMatch(re);
    const bad = [
      '',
      '..',
      '.',
      '../../etc/passwd',
      '../thanos-operators-auth',
      'edge-01/..',
      'edge-01/../../x',
      '/etc/passwd',
      '.r2',
      'edge-01.r0',
      'edge-01.r',
      'edge-01.x2',
      'edge-01.r2.r3',
      'EDGE-01',
      'edge_01',
      '-edge',
      'edge-',
      '_unknown',
      'edge-01\n',
      `a${'b'.repeat(62)}c`,
    ];
    for (const u of bad) expect(re.test(u), JSON.stringify(u)).toBe(false);
  });

  it("a rotation adds the new generation's file, finish removes the old one, other edges keep theirs", () => {
    const files = (state: FleetState) =>
      receiveUserFiles(nginxProvider.render({ ...ctxOf(reference), state }).artifacts);
    const base = files(reference.state);
    const rotated = rotateEdges(reference.state, ['edge-cluster-01']);
    expect(files(rotated)).toEqual({
      ...base,
      'edge-cluster-01': ['edge-cluster-01'],
      'edge-cluster-01.r2': ['edge-cluster-01.r2'],
    });
    const staged = rotateEdges(reference.state, ['edge-cluster-02'], { stage: true });
    expect(Object.keys(files(staged)).sort()).toEqual([...Object.keys(base), 'edge-cluster-02.r2'].sort());
    const finished = finishRotations(rotated).state;
    const { 'edge-cluster-01': _, ...others } = base;
    expect(files(finished)).toEqual({ ...others, 'edge-cluster-01.r2': ['edge-cluster-01.r2'] });
    // The config does not change with the users: adding and removing files needs no reload.
    const confOf = (state: FleetState) =>
      nginxProvider
        .render({ ...ctxOf(reference), state })
        .artifacts.find((a) => a.path.endsWith('nginx.conf'))!.content;
    expect(confOf(rotated)).toBe(confOf(reference.state));
    expect(confOf(finished)).toBe(confOf(reference.state));
  });
});

describe('the provider', () => {
  it("writes nginx.conf, the operators' htpasswd, one secret htpasswd per edge user and a README, with honest warnings", () => {
    const out = nginxProvider.render(ctxOf(reference));
    expect(out.artifacts.map((a) => a.path).sort()).toEqual([
      'central/nginx/README.md',
      'central/nginx/htpasswd/thanos-operators-auth',
      'central/nginx/htpasswd/thanos-receive-auth.d/_unknown',
      'central/nginx/htpasswd/thanos-receive-auth.d/edge-cluster-01',
      'central/nginx/htpasswd/thanos-receive-auth.d/edge-cluster-02',
      'central/nginx/htpasswd/thanos-receive-auth.d/edge-cluster-03',
      'central/nginx/nginx.conf',
    ]);
    for (const a of out.artifacts)
      expect(a.secret, a.path).toBe(a.path.includes('/htpasswd/') && !a.path.endsWith('/_unknown'));
    const conf = out.artifacts.find((a) => a.path.endsWith('nginx.conf'))!.content;
    for (const cred of Object.values(reference.state.edges)) expect(conf).not.toContain(cred.password);
    for (const a of out.artifacts) {
      for (const op of Object.values(reference.state.operators)) expect(a.content).not.toContain(op.password);
      for (const e of Object.values(reference.state.edges)) expect(a.content).not.toContain(e.password);
    }
    expect(receiveUserFiles(out.artifacts)).toEqual({
      'edge-cluster-01': ['edge-cluster-01'],
      'edge-cluster-02': ['edge-cluster-02'],
      'edge-cluster-03': ['edge-cluster-03'],
    });
    expect(out.artifacts.find((a) => a.path.endsWith('/edge-cluster-01'))!.content).toMatch(
      /^edge-cluster-01:\{SHA\}[^\n]+\n$/,
    );
    expect(out.artifacts.find((a) => a.path.endsWith('/_unknown'))!.content).toBe('');
    expect(out.artifacts.find((a) => a.path.endsWith('thanos-operators-auth'))!.content).toMatch(
      /^admin:\$2[aby]\$/,
    );
    expect(out.chartIngress).toEqual({});
    expect(out.warnings.every((w) => w.source === 'nginx' && w.message.en && w.message.ko)).toBe(true);
    const tls = out.warnings.filter((w) => w.capability === 'tls');
    expect(tls).toHaveLength(1);
    for (const p of reference.policy.policies)
      expect(tls[0]!.message.en).toContain(`/tls/${p.hosts[0]}-tls/tls.crt`);
    expect(tls[0]!.message.en).toContain('letsencrypt-prod');
    const readme = out.artifacts.find((a) => a.path.endsWith('README.md'))!.content;
    expect(readme).toContain(
      'rsync -rc --delete-after --chown=root:www-data --chmod=D0750,F0640 htpasswd/thanos-receive-auth.d/ /etc/nginx/thanos-fleet/htpasswd/thanos-receive-auth.d/',
    );
    expect(readme).toContain(
      'install -o root -g www-data -m 0640 htpasswd/thanos-operators-auth /etc/nginx/thanos-fleet/htpasswd/thanos-operators-auth',
    );
    expect(out.differences.map((d) => d.en).join('\n')).toContain(
      "ingress-nginx's auth-secret is one htpasswd file",
    );
  });

  it('warns about approximated cookie affinity and claims only partial support for it and TLS', () => {
    const out = nginxProvider.render(ctxOf(tenEdges));
    expect(out.warnings.some((w) => w.capability === 'cookieAffinity')).toBe(true);
    expect(nginxProvider.capabilities.cookieAffinity).toBe('partial');
    expect(nginxProvider.capabilities.tls).toBe('partial');
  });

  it('is pure and renders comments in the context language with the same directives', () => {
    const en = nginxProvider.render(ctxOf(reference, 'en'));
    const again = nginxProvider.render(ctxOf(reference, 'en'));
    expect(again).toEqual(en);
    const ko = nginxProvider.render(ctxOf(reference, 'ko'));
    const confOf = (o: typeof en) => o.artifacts.find((a) => a.path.endsWith('nginx.conf'))!.content;
    const directives = (c: string) =>
      c
        .split('\n')
        .filter((l) => !l.trim().startsWith('#'))
        .join('\n');
    expect(directives(confOf(ko))).toBe(directives(confOf(en)));
    expect(confOf(ko)).toMatch(/[가-힣]/);
    expect(readFileSync(TEN_EDGES, 'utf8')).toContain('browserOrigins');
  });
});
