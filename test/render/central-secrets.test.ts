/**
 * Secrets and the ClusterIssuer of the central cluster: schema-valid manifests (kubernetes-models,
 * cert-manager v1.21.1 CRD), htpasswd data the real `htpasswd -v` accepts for every credential in the
 * state, the key each provider reads, and no password anywhere it should not be.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { loadFleetFile, REFERENCE_FLEET_FILE } from '../../src/fleet/load.js';
import { type FleetState, reconcileState } from '../../src/fleet/state.js';
import { deriveFleetPolicy } from '../../src/policy/derive.js';
import type { Artifact } from '../../src/render/artifact.js';
import { renderCertManager } from '../../src/render/central/cert-manager.js';
import { renderCentralSecrets } from '../../src/render/central/secrets.js';
import { PROVIDERS, type ProviderName, type RenderContext } from '../../src/render/context.js';
import { renderFleet } from '../../src/render/index.js';
import { validateManifestText } from '../support/manifests.js';

const TEN_EDGES = join(import.meta.dirname, '..', 'fixtures', 'fleets', 'central-ten-edges.yaml');
const FLEETS = { reference: REFERENCE_FLEET_FILE, 'central-ten-edges': TEN_EDGES } as const;
type FleetName = keyof typeof FLEETS;

/** One state per fleet, so every provider of a fleet renders the same credentials. */
const prepared = new Map<FleetName, Omit<RenderContext, 'provider' | 'lang'>>();
function context(fleetName: FleetName, provider: ProviderName): RenderContext {
  let base = prepared.get(fleetName);
  if (!base) {
    const loaded = loadFleetFile(FLEETS[fleetName]);
    const { state } = reconcileState(loaded.fleet, undefined);
    base = { fleet: loaded.fleet, policy: deriveFleetPolicy(loaded.fleet), state };
    prepared.set(fleetName, base);
  }
  return { ...base, provider, lang: 'en' };
}

interface SecretDoc {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace: string };
  type: string;
  data: Record<string, string>;
  stringData?: unknown;
}

const secretOf = (a: Artifact) => parse(a.content) as SecretDoc;
const decode = (b64: string) => Buffer.from(b64, 'base64').toString('utf8');

const tmp = mkdtempSync(join(tmpdir(), 'central-secrets-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** `htpasswd -vb file user password` (apache2-utils): exit 0 when the password matches, 3 when not. */
function htpasswdVerify(file: string, user: string, password: string): number {
  const r = spawnSync('htpasswd', ['-vb', file, user, password], { encoding: 'utf8' });
  if (r.error) throw r.error;
  return r.status ?? -1;
}

function allPasswords(state: FleetState): string[] {
  return [
    ...Object.values(state.edges).map((e) => e.password),
    ...Object.values(state.operators).map((o) => o.password),
    state.grafanaAdmin.password,
  ];
}

describe.each(Object.keys(FLEETS) as FleetName[])('secrets of %s', (fleetName) => {
  describe.each([...PROVIDERS])('with %s', (provider) => {
    const ctx = context(fleetName, provider);
    const secrets = renderCentralSecrets(ctx);
    const ns = ctx.fleet.central.namespace;

    it('are schema-valid v1 Opaque Secrets with base64 data, in the central namespace, mode 0600', async () => {
      expect(secrets.length).toBeGreaterThan(0);
      for (const a of secrets) {
        expect(a.secret, a.path).toBe(true);
        expect(await validateManifestText(a.content), a.path).toEqual([]);
        const s = secretOf(a);
        expect(s).toMatchObject({
          apiVersion: 'v1',
          kind: 'Secret',
          type: 'Opaque',
          metadata: { namespace: ns },
        });
        expect(s.stringData).toBeUndefined();
        expect(a.path).toBe(`central/secrets/${s.metadata.name}.yaml`);
        for (const v of Object.values(s.data)) expect(Buffer.from(decode(v)).toString('base64')).toBe(v);
      }
    });

    it('never holds a password in plain text', () => {
      for (const a of secrets)
        for (const pw of allPasswords(ctx.state)) expect(a.content.includes(pw), a.path).toBe(false);
    });

    it('gives every basic-auth policy the Secret and key its provider reads, verified by htpasswd -v', () => {
      const authPolicies = ctx.policy.policies.filter((p) => p.auth);
      const names = [...new Set(authPolicies.map((p) => p.auth!.secretName))];
      const byName = new Map(secrets.map((a) => [secretOf(a).metadata.name, a]));
      if (provider === 'nginx') {
        // The nginx provider writes htpasswd files itself; no Kubernetes Secret for basic auth.
        for (const n of names) expect(byName.has(n), n).toBe(false);
        return;
      }
      const key = provider === 'gateway-api' ? '.htpasswd' : 'auth';
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) {
        const a = byName.get(name);
        expect(a, name).toBeDefined();
        const s = secretOf(a!);
        expect(Object.keys(s.data)).toEqual([key]);
        const htpasswd = decode(s.data[key]!);
        const file = join(tmp, `${fleetName}-${provider}-${name}`);
        writeFileSync(file, htpasswd, { mode: 0o600 });
        const lines = htpasswd.trimEnd().split('\n');
        const users = lines.map((l) => l.split(':')[0]!);
        expect(new Set(users).size, 'one line per user').toBe(users.length);
        if (provider === 'gateway-api') {
          // Envoy Gateway accepts only {SHA} (ingress.md §5).
          for (const l of lines) expect(l).toMatch(/^[^:]+:\{SHA\}[A-Za-z0-9+/]{27}=$/);
        }
        const policies = authPolicies.filter((p) => p.auth!.secretName === name);
        const expectedUsers = [...new Set(policies.flatMap((p) => p.auth!.users))];
        expect(users).toEqual(expectedUsers);
        for (const p of policies) {
          for (const user of p.auth!.users) {
            const password =
              p.auth!.credentialKind === 'machine'
                ? ctx.state.edges[user]!.password
                : ctx.state.operators[user]!.password;
            expect(htpasswdVerify(file, user, password), `${name} ${user}`).toBe(0);
            expect(htpasswdVerify(file, user, `${password}x`), `${name} ${user} wrong password`).toBe(3);
          }
        }
      }
    });

    it('de-duplicates Secrets shared by several policies', () => {
      const names = secrets.map((a) => secretOf(a).metadata.name);
      expect(new Set(names).size).toBe(names.length);
    });

    it('holds the Grafana admin credentials under the keys the chart reads', () => {
      const a = secrets.find(
        (x) => secretOf(x).metadata.name === `${ctx.fleet.central.grafanaFullname}-admin`,
      );
      expect(a).toBeDefined();
      const s = secretOf(a!);
      expect(decode(s.data['admin-user']!)).toBe(ctx.state.grafanaAdmin.user);
      expect(decode(s.data['admin-password']!)).toBe(ctx.state.grafanaAdmin.password);
    });

    it('keeps every password out of every non-secret artifact of the whole render', () => {
      const { artifacts } = renderFleet(ctx);
      const passwords = allPasswords(ctx.state);
      const encoded = passwords.map((p) => Buffer.from(p).toString('base64'));
      for (const a of artifacts.filter((x) => !x.secret)) {
        for (const pw of [...passwords, ...encoded]) expect(a.content.includes(pw), a.path).toBe(false);
      }
    });

    it('renders the same bytes twice', () => {
      expect(renderCentralSecrets(ctx)).toEqual(secrets);
      expect(renderCertManager(ctx)).toEqual(renderCertManager(ctx));
      const a = renderFleet(ctx).artifacts;
      const b = renderFleet(ctx).artifacts;
      expect(b.map((x) => [x.path, x.content, x.secret])).toEqual(
        a.map((x) => [x.path, x.content, x.secret]),
      );
    });
  });
});

describe('operators share one Secret across Query, Query Frontend and Bucket Web', () => {
  it('renders it once with every operator', () => {
    const ctx = context('reference', 'ingress-nginx');
    const shared = ctx.policy.policies.filter((p) => p.auth?.secretName === 'thanos-operators-auth');
    expect(shared.map((p) => p.component)).toEqual(['query', 'queryFrontend', 'bucketweb']);
    const files = renderCentralSecrets(ctx).filter(
      (a) => a.path === 'central/secrets/thanos-operators-auth.yaml',
    );
    expect(files).toHaveLength(1);
    expect(decode(secretOf(files[0]!).data.auth!).trimEnd().split('\n')).toHaveLength(1);
  });
});

describe.each(Object.keys(FLEETS) as FleetName[])('ClusterIssuer of %s', (fleetName) => {
  it('for ingress-nginx solves HTTP-01 through the controller class and is CRD-valid', async () => {
    const ctx = context(fleetName, 'ingress-nginx');
    const [a, ...rest] = renderCertManager(ctx);
    expect(rest).toEqual([]);
    expect(a!.path).toBe('central/cluster-issuer.yaml');
    expect(a!.secret).toBe(false);
    expect(await validateManifestText(a!.content)).toEqual([]);
    const cm = ctx.fleet.central.certManager;
    expect(parse(a!.content)).toEqual({
      apiVersion: 'cert-manager.io/v1',
      kind: 'ClusterIssuer',
      metadata: { name: cm.issuer },
      spec: {
        acme: {
          server: cm.server,
          email: cm.email,
          privateKeySecretRef: { name: `${cm.issuer}-account-key` },
          solvers: [{ http01: { ingress: { ingressClassName: ctx.fleet.central.ingress.className } } }],
        },
      },
    });
  });

  it('for gateway-api solves HTTP-01 through an HTTPRoute on the fleet Gateway and is CRD-valid', async () => {
    const ctx = context(fleetName, 'gateway-api');
    const [a] = renderCertManager(ctx);
    expect(await validateManifestText(a!.content)).toEqual([]);
    const docs = parseAllDocuments(a!.content).map((d) => d.toJS());
    expect(docs).toHaveLength(1);
    expect(docs[0].spec.acme.solvers).toEqual([
      {
        http01: {
          gatewayHTTPRoute: {
            parentRefs: [
              {
                group: 'gateway.networking.k8s.io',
                kind: 'Gateway',
                name: ctx.fleet.central.ingress.gatewayName,
                namespace: ctx.fleet.central.namespace,
              },
            ],
          },
        },
      },
    ]);
  });

  it('is not rendered for the nginx provider (no cert-manager outside Kubernetes)', () => {
    expect(renderCertManager(context(fleetName, 'nginx'))).toEqual([]);
  });
});
