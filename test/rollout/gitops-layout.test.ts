/**
 * `render --layout gitops`: folders, one object per numbered file, kustomizations, sync waves, Argo CD
 * and Flux objects, ExternalSecrets instead of Secret data (no password anywhere in the layout), a
 * manifest.json of sha256 hashes and the `--check` freshness comparison.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import type { FleetState } from '../../src/fleet/state.js';
import type { Artifact } from '../../src/render/artifact.js';
import { checkLayoutFresh, toGitopsLayout } from '../../src/render/gitops/index.js';
import { SYNC_WAVE } from '../../src/render/gitops/objects.js';
import { renderFleet } from '../../src/render/index.js';
import { writeArtifactsAtomically } from '../../src/render/write.js';
import { validateManifest } from '../support/manifests.js';
import { OWN_SCHEMAS } from './gitops-schemas.js';
import { contextFor, mixedFormsText } from './support.js';

type Json = Record<string, unknown>;
const work = mkdtempSync(join(tmpdir(), 'tf-gitops-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const GITOPS = (generator: string, secrets: string) =>
  `gitops:\n  repoURL: https://git.example.com/platform/fleet.git\n  path: fleets/ten\n  generator: ${generator}\n  secrets: ${secrets}\n`;

function layoutFor(extra: string, provider: 'ingress-nginx' | 'gateway-api' | 'nginx' = 'gateway-api') {
  const ctx = contextFor(mixedFormsText(extra), { provider });
  const rendered = renderFleet(ctx).artifacts;
  return { ctx, rendered, layout: toGitopsLayout(ctx, rendered) };
}

function passwords(state: FleetState): string[] {
  const out: string[] = [];
  for (const e of Object.values(state.edges)) out.push(e.password);
  for (const o of Object.values(state.operators)) out.push(o.password, o.bcrypt);
  out.push(state.grafanaAdmin.password);
  return out;
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const objectFile = /^(central|clusters\/[a-z0-9-]+)\/\d\d-[a-z0-9-]+\.yaml$/;

describe.each(['ingress-nginx', 'gateway-api', 'nginx'] as const)(
  'layout with %s, external-secrets',
  (provider) => {
    const { ctx, layout } = layoutFor(GITOPS('clusters', 'external-secrets'), provider);
    const byPath = new Map(layout.map((a) => [a.path, a]));

    it('has central/, clusters/<edge>/, argocd/ and flux/ folders with a kustomization.yaml each', () => {
      for (const dir of [
        'central',
        'argocd',
        'flux/central',
        ...ctx.fleet.edges.map((e) => `clusters/${e.name}`),
      ])
        expect(byPath.has(`${dir}/kustomization.yaml`), dir).toBe(true);
      for (const e of ctx.fleet.edges)
        expect(byPath.has(`flux/clusters/${e.name}/kustomization.yaml`)).toBe(true);
    });

    it('resolves every kustomization resource as kustomize does: a file of its folder, or a base folder', () => {
      // kustomize's default load restrictor: files only from the kustomization's own folder; any other
      // folder of the repository when it has a kustomization.yaml (checked with kubectl kustomize 5.5).
      const kustomizations = layout.filter((a) => a.path.endsWith('/kustomization.yaml'));
      expect(kustomizations.length).toBeGreaterThan(2 * ctx.fleet.edges.length);
      const used = new Set<string>();
      for (const k of kustomizations) {
        const dir = posix.dirname(k.path);
        for (const r of (parse(k.content) as { resources: string[] }).resources) {
          if (r.startsWith('../')) {
            const base = posix.join(dir, r);
            expect(byPath.has(`${base}/kustomization.yaml`), `${k.path}: ${r}`).toBe(true);
            used.add(base);
          } else expect(byPath.has(`${dir}/${r}`), `${k.path}: ${r}`).toBe(true);
        }
      }
      // Every base is used; nothing else in the layout is a base.
      const bases = kustomizations.map((k) => posix.dirname(k.path)).filter((d) => /(^|\/)bases\//.test(d));
      expect([...used].sort()).toEqual(bases.sort());
    });

    it('shares the objects edge folders have alike through bases, never as copies in each folder', () => {
      // Each folder has its own kustomization.yaml, alike where the folders list the same files.
      const seen = new Map<string, string>();
      for (const a of layout.filter(
        (x) => /^(flux\/)?clusters\/.+\.yaml$/.test(x.path) && !x.path.endsWith('/kustomization.yaml'),
      )) {
        const twin = seen.get(a.content);
        expect(twin, `${a.path} is a copy of ${twin}`).toBeUndefined();
        seen.set(a.content, a.path);
      }
    });

    it('contains no password of the state, plain or base64, and no Secret object', () => {
      const secrets = passwords(ctx.state);
      expect(secrets.length).toBeGreaterThan(10);
      for (const a of layout) {
        expect(a.secret, a.path).toBe(false);
        for (const p of secrets) {
          expect(a.content.includes(p), `${a.path} holds a password`).toBe(false);
          expect(a.content.includes(b64(p)), `${a.path} holds a base64 password`).toBe(false);
        }
        if (a.path.endsWith('.yaml')) expect(a.content).not.toMatch(/^kind: Secret$/m);
      }
    });

    it('puts one object per numbered file, lists them in order in the kustomization, annotates sync waves', () => {
      const folders = new Set(
        layout.filter((a) => objectFile.test(a.path)).map((a) => a.path.replace(/\/[^/]+$/, '')),
      );
      expect(folders.size).toBe(ctx.fleet.edges.length + 1);
      for (const dir of folders) {
        const kust = parse(byPath.get(`${dir}/kustomization.yaml`)!.content) as { resources: string[] };
        const files = layout
          .filter((a) => a.path.startsWith(`${dir}/`) && objectFile.test(a.path))
          .map((a) => a.path.slice(dir.length + 1));
        const own = kust.resources.filter((r) => !r.startsWith('../'));
        expect([...own].sort()).toEqual(files.sort());
        const prefixes = own.map((f) => Number(f.slice(0, 2)));
        expect(prefixes).toEqual([...prefixes].sort((x, y) => x - y));
        for (const f of own) {
          const docs = parseAllDocuments(byPath.get(`${dir}/${f}`)!.content);
          expect(docs.length, f).toBe(1);
          const obj = docs[0]!.toJS() as Json;
          const meta = obj.metadata as { name: string; annotations: Record<string, string> };
          expect(meta.annotations[SYNC_WAVE]).toBe(String(Number(f.slice(0, 2)) / 10));
          expect(meta.name).toMatch(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/);
        }
        // Namespaces first (an edge's from the base every edge folder shares); the ClusterIssuer and
        // Secrets before the routes and releases that use them.
        expect(kust.resources[0]).toMatch(
          dir === 'central' ? /^00-namespace-/ : /^\.\.\/\.\.\/bases\/namespace-monitoring$/,
        );
      }
      const base = parse(byPath.get('bases/namespace-monitoring/kustomization.yaml')!.content) as {
        resources: string[];
      };
      expect(base.resources).toEqual(['00-namespace-monitoring.yaml']);
      expect(parse(byPath.get('bases/namespace-monitoring/00-namespace-monitoring.yaml')!.content)).toEqual({
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: 'monitoring', annotations: { [SYNC_WAVE]: '0' } },
      });
      const central = (parse(byPath.get('central/kustomization.yaml')!.content) as { resources: string[] })
        .resources;
      const issuer = central.findIndex((f) => f.includes('clusterissuer'));
      if (issuer >= 0) {
        for (const later of central.filter((f) => /httproute|ingress|gateway-|certificate/.test(f)))
          expect(central.indexOf(later)).toBeGreaterThan(issuer);
      }
    });

    it('validates every object: CRD and core kinds by schema, its own kinds by their zod shape', async () => {
      let own = 0;
      let upstream = 0;
      for (const a of layout.filter(
        (x) => /\.ya?ml$/.test(x.path) && !x.path.includes('/helm/') && !x.path.includes('/files/'),
      )) {
        for (const doc of parseAllDocuments(a.content)) {
          const obj = doc.toJS() as Json;
          const key = `${obj.apiVersion} ${obj.kind}`;
          const schema = OWN_SCHEMAS[key];
          if (schema) {
            const r = schema.safeParse(obj);
            expect(r.success, `${a.path}: ${r.error?.message}`).toBe(true);
            own++;
            continue;
          }
          const errors = await validateManifest(obj);
          if (errors.length === 1 && errors[0]!.startsWith('no schema known')) {
            // Core RBAC kinds: kubernetes-models carries their upstream schema.
            const models: Record<string, () => Promise<{ new (d: unknown): { validate(): void } }>> = {
              'v1 ServiceAccount': async () =>
                (await import('kubernetes-models/v1/ServiceAccount')).ServiceAccount as never,
              'rbac.authorization.k8s.io/v1 ClusterRole': async () =>
                (await import('kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRole'))
                  .ClusterRole as never,
              'rbac.authorization.k8s.io/v1 ClusterRoleBinding': async () =>
                (await import('kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRoleBinding'))
                  .ClusterRoleBinding as never,
            };
            expect(models[key], `${a.path}: no schema for ${key}`).toBeDefined();
            const Model = await models[key]!();
            expect(() => new Model(obj).validate(), a.path).not.toThrow();
          } else expect(errors, a.path).toEqual([]);
          upstream++;
        }
      }
      expect(own).toBeGreaterThan(3 * ctx.fleet.edges.length);
      expect(upstream).toBeGreaterThan(ctx.fleet.edges.length);
    });

    it('writes an ApplicationSet with the cluster generator and HelmReleases with the rendered values', () => {
      const set = parse(byPath.get('argocd/applicationset-edges.yaml')!.content) as Json;
      expect(JSON.stringify(set)).toContain(
        '"clusters":{"selector":{"matchLabels":{"thanos-fleet.dev/fleet":"ten-edges"}}}',
      );
      expect(JSON.stringify(set)).toContain('"path":"fleets/ten/clusters/{{.name}}"');
      for (const chart of ['thanos', 'grafana']) {
        const hr = parse(byPath.get(`flux/central/charts/helmrelease-${chart}.yaml`)!.content) as {
          spec: { values: Json };
        };
        expect(hr.spec.values).toEqual(parse(byPath.get(`central/helm/${chart}-values.yaml`)!.content) ?? {});
      }
      const kps = parse(
        byPath.get('flux/clusters/edge-02/helmrelease-kube-prometheus-stack.yaml')!.content,
      ) as {
        spec: { values: { prometheus: { agentMode: boolean } } };
      };
      expect(kps.spec.values.prometheus.agentMode).toBe(true);
      const kpsSet = parse(byPath.get('argocd/applicationset-kube-prometheus-stack.yaml')!.content) as Json;
      expect(JSON.stringify(kpsSet)).toContain('"elements":[{"name":"edge-02"}]');
    });

    it('lists every file with its sha256 in manifest.json', () => {
      const manifest = JSON.parse(byPath.get('manifest.json')!.content) as {
        files: { path: string; sha256: string }[];
      };
      expect(manifest.files.map((f) => f.path).sort()).toEqual(
        layout
          .map((a) => a.path)
          .filter((p) => p !== 'manifest.json')
          .sort(),
      );
      for (const f of manifest.files)
        expect(f.sha256).toBe(createHash('sha256').update(byPath.get(f.path)!.content).digest('hex'));
    });
  },
);

describe('layout settings', () => {
  it('git-files generator: one cluster.json per edge and the generator reads them', () => {
    const { ctx, layout } = layoutFor(GITOPS('git-files', 'external-secrets'));
    const byPath = new Map(layout.map((a) => [a.path, a]));
    for (const e of ctx.fleet.edges)
      expect(JSON.parse(byPath.get(`clusters/${e.name}/cluster.json`)!.content)).toEqual({ name: e.name });
    const set = parse(byPath.get('argocd/applicationset-edges.yaml')!.content) as Json;
    expect(OWN_SCHEMAS['argoproj.io/v1alpha1 ApplicationSet']!.safeParse(set).success).toBe(true);
    expect(JSON.stringify(set)).toContain('"files":[{"path":"fleets/ten/clusters/*/cluster.json"}]');
  });

  it('inline secrets: Secret files are 0600 artifacts, git-ignored, and optional for --check', async () => {
    const { layout } = layoutFor(GITOPS('clusters', 'inline'));
    const secrets = layout.filter((a) => a.secret);
    expect(secrets.length).toBeGreaterThan(10);
    const ignore = layout.find((a) => a.path === '.gitignore')!.content;
    for (const s of secrets) expect(ignore).toContain(`/${s.path}\n`);
    const dir = join(work, 'inline');
    await writeArtifactsAtomically(
      dir,
      layout.filter((a) => !a.secret),
    );
    expect(checkLayoutFresh(dir, layout)).toEqual({
      fresh: true,
      stale: [],
      missing: [],
      extra: [],
      files: layout.length,
    });
  });

  it('is deterministic and defaults the gitops block when the fleet has none', () => {
    const a = layoutFor('').layout;
    const b = layoutFor('').layout;
    expect(a).toEqual(b);
    expect(a.some((x) => x.path === 'secret-keys.md')).toBe(true);
  });

  it('places each object a renderer made in its own file, as made, with its sync wave first', () => {
    const { rendered, layout } = layoutFor(GITOPS('clusters', 'inline'));
    const placed = new Map<string, Json[]>();
    for (const f of layout.filter((x) => objectFile.test(x.path))) {
      const folder = f.path.slice(0, f.path.lastIndexOf('/'));
      placed.set(folder, [...(placed.get(folder) ?? []), parse(f.content) as Json]);
    }
    let n = 0;
    for (const art of rendered) {
      if (!art.objects) {
        // Objects printed as bare text would be copied into files/ and never applied.
        if (/\.ya?ml$/.test(art.path)) expect(/^apiVersion:/m.test(art.content), art.path).toBe(false);
        continue;
      }
      // The file's text is its objects.
      expect(
        parseAllDocuments(art.content).map((d) => d.toJS()),
        art.path,
      ).toEqual(art.objects.list);
      const edge = /^edges\/([^/]+)\//.exec(art.path)?.[1];
      const folder = edge ? `clusters/${edge}` : 'central';
      for (const obj of art.objects.list) {
        const meta = obj.metadata as Json;
        const same = (placed.get(folder) ?? []).filter(
          (p) => p.kind === obj.kind && (p.metadata as Json).name === meta.name,
        );
        expect(same, `${art.path}: ${obj.kind} ${meta.name}`).toHaveLength(1);
        const annotations = (same[0]!.metadata as Json).annotations as Json;
        expect(Object.keys(annotations)[0]).toBe(SYNC_WAVE);
        expect(same[0]).toEqual({
          ...obj,
          metadata: {
            ...meta,
            annotations: { ...(meta.annotations as Json), [SYNC_WAVE]: annotations[SYNC_WAVE] },
          },
        });
        n++;
      }
    }
    expect(n).toBeGreaterThan(20);
  });
});

describe('render --check', () => {
  it('reports stale, missing and extra files, and a removed edge as extra', async () => {
    const { layout } = layoutFor('');
    const dir = join(work, 'check');
    await writeArtifactsAtomically(dir, layout);
    expect(checkLayoutFresh(dir, layout).fresh).toBe(true);

    appendFileSync(join(dir, 'central/kustomization.yaml'), '# edited by hand\n');
    unlinkSync(join(dir, 'clusters/edge-01/kustomization.yaml'));
    writeFileSync(join(dir, 'clusters/edge-01/stray.yaml'), 'x: 1\n');
    expect(checkLayoutFresh(dir, layout)).toEqual({
      fresh: false,
      stale: ['central/kustomization.yaml'],
      missing: ['clusters/edge-01/kustomization.yaml'],
      extra: ['clusters/edge-01/stray.yaml'],
      files: layout.length,
    });

    // The fleet loses edge-10: its folders are extra, the changed files stale, nothing else.
    await writeArtifactsAtomically(dir, layout);
    const text = mixedFormsText('').replace(/ {2}- name: edge-10\n(?: {4}.*\n)*/, '');
    const ctx = contextFor(text, { provider: 'gateway-api' });
    const smaller: Artifact[] = toGitopsLayout(ctx, renderFleet(ctx).artifacts);
    const r = checkLayoutFresh(dir, smaller);
    expect(r.missing).toEqual([]);
    expect(r.extra.length).toBeGreaterThan(3);
    expect(r.extra.every((p) => p.includes('/edge-10/'))).toBe(true);
    expect(r.stale).toContain('manifest.json');
  });
});
