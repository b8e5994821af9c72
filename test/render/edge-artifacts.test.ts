/**
 * Per-edge files and the top-level README: paths and modes, Secret and ConfigMap schema-valid, the
 * password only where it belongs, byte-stable renders, both languages.
 */
import { join } from 'node:path';
import { StatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import { ClusterRole } from 'kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRole';
import { ClusterRoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRoleBinding';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { loadFleetFile, REFERENCE_FLEET_FILE } from '../../src/fleet/load.js';
import { rotateEdges } from '../../src/fleet/rollout.js';
import { reconcileState } from '../../src/fleet/state.js';
import type { Lang } from '../../src/i18n/index.js';
import { deriveFleetPolicy } from '../../src/policy/derive.js';
import { type Artifact, artifact, fileMode } from '../../src/render/artifact.js';
import type { RenderContext } from '../../src/render/context.js';
import { renderEdge } from '../../src/render/edge/index.js';
import { FolderTally, renderIndexReadme } from '../../src/render/readme.js';
import { validateManifestText } from '../support/manifests.js';

const TEN_EDGES = join(import.meta.dirname, '..', 'fixtures', 'fleets', 'ten-edges.yaml');

const contexts = new Map<string, RenderContext>();
/** One context per fleet file: reconcileState bcrypt-hashes operator passwords, slow to repeat. */
function context(file: string, lang: Lang = 'en'): RenderContext {
  let ctx = contexts.get(file);
  if (!ctx) {
    const { fleet } = loadFleetFile(file);
    const { state } = reconcileState(fleet, undefined);
    ctx = { fleet, policy: deriveFleetPolicy(fleet), state, provider: 'ingress-nginx', lang: 'en' };
    contexts.set(file, ctx);
  }
  return { ...ctx, lang };
}

const byPath = (arts: Artifact[], suffix: string) => {
  const a = arts.find((x) => x.path.endsWith(suffix));
  if (!a) throw new Error(`no ${suffix}`);
  return a;
};

describe('edge artifacts', () => {
  it('writes the five files per edge, secrets 0600', () => {
    const ctx = context(REFERENCE_FLEET_FILE);
    for (const edge of ctx.fleet.edges) {
      const arts = renderEdge(ctx, edge);
      expect(arts.map((a) => [a.path, fileMode(a)])).toEqual([
        [`edges/${edge.name}/prometheus.yml`, 0o644],
        [`edges/${edge.name}/agent-configmap.yaml`, 0o644],
        [`edges/${edge.name}/password`, 0o600],
        [`edges/${edge.name}/remote-write-secret.yaml`, 0o600],
        [`edges/${edge.name}/README.md`, 0o644],
      ]);
      expect(byPath(arts, '/password').content).toBe(ctx.state.edges[edge.name]!.password);
    }
  });

  it('Secret and ConfigMap validate against the Kubernetes schemas and carry the right data', async () => {
    const ctx = context(TEN_EDGES);
    for (const edge of ctx.fleet.edges) {
      const arts = renderEdge(ctx, edge);
      const secretText = byPath(arts, '/remote-write-secret.yaml').content;
      const cmText = byPath(arts, '/agent-configmap.yaml').content;
      expect(await validateManifestText(secretText)).toEqual([]);
      expect(await validateManifestText(cmText)).toEqual([]);
      const secret = parse(secretText);
      expect(secret.metadata).toMatchObject({
        name: 'prometheus-agent-remote-write',
        namespace: 'monitoring',
      });
      expect(Buffer.from(secret.data.password, 'base64').toString('utf8')).toBe(
        ctx.state.edges[edge.name]!.password,
      );
      const cm = parse(cmText);
      expect(cm.metadata).toMatchObject({ name: 'prometheus-agent-config', namespace: 'monitoring' });
      expect(cm.data['prometheus.yml']).toBe(byPath(arts, '/prometheus.yml').content);
    }
  });

  it('puts the password only in the two secret files, never in the config, ConfigMap or README', () => {
    const ctx = context(TEN_EDGES);
    for (const edge of ctx.fleet.edges) {
      const password = ctx.state.edges[edge.name]!.password;
      const b64 = Buffer.from(password).toString('base64');
      for (const a of renderEdge(ctx, edge)) {
        if (a.secret) continue;
        expect(a.content, a.path).not.toContain(password);
        expect(a.content, a.path).not.toContain(b64);
      }
      const config = byPath(renderEdge(ctx, edge), '/prometheus.yml').content;
      expect(config).not.toMatch(/^\s*password:/m);
      expect(config).toContain('password_file: /etc/prometheus/secrets/remote-write/password');
    }
  });

  it('after a credential rotation sends the new generation user with the new password', () => {
    const ctx = context(REFERENCE_FLEET_FILE);
    const edge = ctx.fleet.edges[0]!;
    const state = rotateEdges(ctx.state, [edge.name], { secret: () => 'rotated-secret-for-test' });
    const arts = renderEdge({ ...ctx, state }, edge);
    const config = parse(byPath(arts, '/prometheus.yml').content);
    expect(config.remote_write[0].basic_auth).toEqual({
      username: `${edge.name}.r2`,
      // One file per generation: user and password file switch together on the agent's reload.
      password_file: '/etc/prometheus/secrets/remote-write/password.r2',
    });
    expect(byPath(arts, '/password.r2').content).toBe('rotated-secret-for-test');
    const secret = parse(byPath(arts, '/remote-write-secret.yaml').content);
    expect(Buffer.from(secret.data['password.r2'], 'base64').toString()).toBe('rotated-secret-for-test');
    // The previous generation stays in the Secret until rotate --finish.
    expect(secret.data.password).toBeDefined();
    expect(byPath(arts, '/README.md').content).toContain(`as user \`${edge.name}.r2\``);
  });

  it('renders the same bytes twice, and different bytes per language', () => {
    const en = context(TEN_EDGES);
    const again = { ...en, fleet: loadFleetFile(TEN_EDGES).fleet };
    for (const edge of en.fleet.edges) {
      const edgeAgain = again.fleet.edges.find((e) => e.name === edge.name)!;
      expect(renderEdge(again, edgeAgain)).toEqual(renderEdge(en, edge));
    }
    const ko = { ...en, lang: 'ko' as const };
    const readmeKo = byPath(renderEdge(ko, en.fleet.edges[0]!), '/README.md').content;
    expect(readmeKo).toContain('적용 순서');
    expect(byPath(renderEdge(ko, en.fleet.edges[0]!), '/prometheus.yml').content).toContain(
      '# thanos-fleet: 엣지 클러스터',
    );
  });
});

describe('edge README', () => {
  it('says how to apply, mount and verify, with the real log lines and counters', () => {
    const ctx = context(REFERENCE_FLEET_FILE);
    const readme = byPath(renderEdge(ctx, ctx.fleet.edges[0]!), '/README.md').content;
    const order = [
      'create namespace monitoring',
      'apply -f remote-write-secret.yaml',
      'apply -f agent-configmap.yaml',
    ];
    const positions = order.map((s) => readme.indexOf(s));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(readme).toContain('mountPath: /etc/prometheus/secrets/remote-write');
    expect(readme).toContain('secretName: prometheus-agent-remote-write');
    expect(readme).not.toMatch(/^\s+subPath:/m);
    for (const s of [
      'prometheus_remote_storage_samples_total',
      'prometheus_remote_storage_samples_failed_total',
      'prometheus_remote_storage_samples_retried_total',
      'Failed to send batch, retrying',
      'non-recoverable error',
      'there is no "Remote storage write successful" line',
      'retry_on_http_429',
      'write_relabel_configs',
      'insecure_skip_verify',
      '--enable-feature=agent',
    ])
      expect(readme).toContain(s);
  });

  it('has schema-valid workload and RBAC snippets that mount what prometheus.yml reads', () => {
    const ctx = context(TEN_EDGES);
    const models: Record<string, new (d: never) => { validate(): void }> = {
      StatefulSet,
      ServiceAccount,
      ClusterRole,
      ClusterRoleBinding,
    };
    for (const edge of ctx.fleet.edges) {
      const readme = byPath(renderEdge(ctx, edge), '/README.md').content;
      const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((b) => b[1]!);
      const kinds: string[] = [];
      for (const block of blocks)
        for (const doc of parseAllDocuments(block)) {
          const obj = doc.toJS();
          kinds.push(obj.kind);
          const Model = models[obj.kind];
          expect(Model, obj.kind).toBeDefined();
          expect(() => new Model!(obj as never).validate(), `${edge.name} ${obj.kind}`).not.toThrow();
          if (obj.kind === 'StatefulSet') {
            const c = obj.spec.template.spec.containers[0];
            const config = c.args.find((a: string) => a.startsWith('--config.file='));
            expect(config).toBe('--config.file=/etc/prometheus/config/prometheus.yml');
            const mounts = c.volumeMounts.map((m: { mountPath: string }) => m.mountPath);
            expect(mounts).toContain('/etc/prometheus/config');
            expect(mounts).toContain('/etc/prometheus/secrets/remote-write');
          }
        }
      expect(kinds.sort()).toEqual(['ClusterRole', 'ClusterRoleBinding', 'ServiceAccount', 'StatefulSet']);
    }
  });

  it('explains version consequences: 2.30 has no agent mode, 3.5 uses --agent, private CA is mounted', () => {
    const ctx = context(TEN_EDGES);
    const readmeOf = (name: string) =>
      byPath(renderEdge(ctx, ctx.fleet.edges.find((e) => e.name === name)!), '/README.md').content;
    expect(readmeOf('edge-06')).toContain('Prometheus 2.30.0 has no agent mode (added in 2.32.0)');
    expect(readmeOf('edge-06')).not.toContain('--enable-feature=agent');
    expect(readmeOf('edge-04')).toContain('`--agent`');
    expect(readmeOf('edge-04')).toContain('image: quay.io/prometheus/prometheus:v3.5.0');
    expect(readmeOf('edge-08')).toContain('Mount the private CA at `/etc/prometheus/tls/private-ca.crt`');
    expect(readmeOf('edge-09')).toContain('`retry_on_http_429: false` (set so in the fleet file)');
  });
});

describe('top-level README', () => {
  const central = [artifact('central/thanos-values.yaml', ''), artifact('central/secrets.yaml', '', true)];

  it('lists central/ and every edge folder, the warnings, and the rollout order', () => {
    const ctx = context(TEN_EDGES);
    const edges = ctx.fleet.edges.flatMap((e) => renderEdge(ctx, e));
    const warning = {
      source: 'gateway-api',
      object: 'HTTPRoute thanos-receive',
      capability: 'limit-connections',
      message: { en: 'cannot limit connections', ko: '연결 수를 제한할 수 없음' },
    };
    const readme = renderIndexReadme(ctx, FolderTally.of([...central, ...edges]), [warning]);
    expect(readme.path).toBe('README.md');
    expect(readme.secret).toBe(false);
    const text = readme.content;
    expect(text).toContain('`ten-edges`');
    expect(text).toContain('`ingress-nginx`');
    expect(text).toContain('| [`central/`](central/README.md) |');
    for (const e of ctx.fleet.edges)
      expect(text).toContain(`| [\`edges/${e.name}/\`](edges/${e.name}/README.md) |`);
    expect(text).toContain('| 5 (2 secret) |');
    expect(text).toContain('21 file(s) hold passwords');
    expect(text).toContain('1 part(s) of the ingress policy cannot be expressed');
    expect(text).toContain('HTTPRoute thanos-receive (limit-connections): cannot limit connections');
    const steps = [
      'cert-manager',
      'Apply `central/`',
      'prints 401',
      'Then each edge',
      'count by (cluster) (up)',
    ];
    const at = steps.map((s) => text.indexOf(s));
    expect(at.every((p) => p > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain('`factory-7`');
    // Same input, same bytes; Korean from the catalogue.
    expect(renderIndexReadme(ctx, FolderTally.of([...central, ...edges]), [warning])).toEqual(readme);
    const ko = renderIndexReadme({ ...ctx, lang: 'ko' }, FolderTally.of([...central, ...edges]), []).content;
    expect(ko).toContain('배포 순서');
    expect(ko).toContain('없음: `ingress-nginx`');
  });
});
