/**
 * `render --layout gitops`: the rendered artifacts rearranged for a Git repository that Argo CD or
 * Flux applies. Pure: artifacts in, artifacts out.
 *
 *   central/                 kustomization.yaml + one object per numbered file; helm/<chart>-values.yaml
 *   clusters/<edge>/         the same per edge cluster (+ cluster.json for the git-files generator)
 *   bases/, flux/bases/      what every edge folder includes alike (its Namespace; GitRepository, HelmRepository)
 *   argocd/                  ApplicationSet(s) for the edges, Applications for central and its charts
 *   flux/central, flux/clusters/<edge>/   GitRepository, Kustomizations, HelmRepositories, HelmReleases
 *   manifest.json            every file with its sha256 (render --check)
 *   secret-keys.md           external-secrets: the keys the ExternalSecrets read (no values)
 */
import { rolloutMessages as m } from '../../i18n/messages/rollout.js';
import { type Artifact, artifact, byPath, digestOf, type FileDigest, type FileObjects } from '../artifact.js';
import type { RenderContext } from '../context.js';
import { EDGE_NAMESPACE } from '../edge/agent-config.js';
import { toYaml } from '../yaml.js';
import { SharedBases } from './bases.js';
import { argoCdObjects, type ChartValues, fluxCentral, fluxCluster } from './gitops-tools.js';
import { dns1123, objectFileName, waveOf } from './names.js';
import { type ObjectText, objectIdentity, objectText, SYNC_WAVE, withSyncWave } from './objects.js';
import { externalSecretFor, type SecretKeyRow, secretKeyTable } from './secrets.js';
import { chartFor, type GitopsSettings, gitopsSettings } from './settings.js';

export const MANIFEST_FILE = 'manifest.json';

interface Placed extends ObjectText {
  wave: number;
  secret: boolean;
}

interface Folder {
  dir: string;
  /** `central` or the edge name. */
  cluster: string;
  defaultNamespace: string;
  objects: Placed[];
  extras: Artifact[];
  values: ChartValues[];
}

function folderOf(
  ctx: RenderContext,
  path: string,
): { dir: string; cluster: string; rel: string; ns: string } | undefined {
  if (path.startsWith('central/'))
    return {
      dir: 'central',
      cluster: 'central',
      rel: path.slice('central/'.length),
      ns: ctx.fleet.central.namespace,
    };
  if (path.startsWith('edges/')) {
    const slash = path.indexOf('/', EDGES.length);
    const name = path.slice(EDGES.length, slash);
    return {
      dir: `clusters/${dns1123(name)}`,
      cluster: name,
      rel: path.slice(slash + 1),
      ns: EDGE_NAMESPACE,
    };
  }
  return undefined;
}
const EDGES = 'edges/';

/** An object as its own file, with its sync wave; `file` when it is the first of its file (header). */
function place(
  o: Record<string, unknown>,
  id: Omit<ObjectText, 'text'>,
  file: FileObjects | undefined,
  secret: boolean,
): Placed {
  const wave = waveOf(id.kind);
  const text = objectText(withSyncWave(o, wave), file);
  return {
    apiVersion: id.apiVersion,
    kind: id.kind,
    name: id.name,
    namespace: id.namespace,
    text,
    wave,
    secret,
  };
}

function namespaceObject(name: string): Placed {
  const text = toYaml({
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name, annotations: { [SYNC_WAVE]: '0' } },
  });
  return { apiVersion: 'v1', kind: 'Namespace', name, namespace: undefined, text, wave: 0, secret: false };
}

/**
 * The layout as a stream: each cluster folder is complete once the render moves past it (a render
 * yields a folder's artifacts together), so it is rearranged and handed on, and only paths and
 * hashes stay for manifest.json. The manifest comes last; with `manifest: false` it is left to the
 * caller, which makes it with layoutManifest() from digests taken as the files are written.
 */
export function* gitopsLayout(
  ctx: RenderContext,
  artifacts: Iterable<Artifact>,
  options: { manifest?: boolean } = {},
): Generator<Artifact> {
  const withManifest = options.manifest ?? true;
  const s = gitopsSettings(ctx.fleet);
  const secretRows: SecretKeyRow[] = [];
  const ignored: string[] = [];
  const kpsEdges: string[] = [];
  const centralValues: ChartValues[] = [];
  const digests: FileDigest[] = [];
  const seen = new Set<string>();
  const bases = new SharedBases();
  let edgeCount = 0;
  // The folder being gathered, and its artifacts with their paths inside it.
  let pending: { folder: Folder; artifacts: { rel: string; a: Artifact }[] } | undefined;

  function* handOn(list: Iterable<Artifact>): Generator<Artifact> {
    for (const a of list) {
      if (withManifest) digests.push(digestOf(a));
      yield a;
    }
  }

  function* flush(): Generator<Artifact> {
    if (!pending) return;
    const { folder } = pending;
    // In path order, as in a sorted render, so names and rows come out the same however it streamed.
    pending.artifacts.sort((x, y) => byPath(x.a, y.a));
    for (const { rel, a } of pending.artifacts) addToFolder(s, folder, rel, a, secretRows, ignored);
    pending = undefined;
    yield* handOn(folderArtifacts(ctx, folder, ignored, bases));
    if (folder.cluster === 'central') centralValues.push(...folder.values);
    else {
      edgeCount++;
      if (folder.values.some((v) => v.chart.stem === 'kube-prometheus-stack')) kpsEdges.push(folder.cluster);
      yield* handOn(fluxCluster(ctx, s, folder.cluster, folder.dir, folder.values, bases));
      if (s.generator === 'git-files')
        yield* handOn([
          artifact(`${folder.dir}/cluster.json`, `${JSON.stringify({ name: folder.cluster })}\n`),
        ]);
    }
  }

  for (const a of artifacts) {
    const where = folderOf(ctx, a.path);
    if (!where) continue; // the top-level README is replaced by the layout's own
    if (pending?.folder.dir !== where.dir) {
      yield* flush();
      // A folder split across the stream would get two kustomizations: a renderer bug.
      if (seen.has(where.dir)) throw new Error(`render yielded ${where.dir} in two parts`);
      seen.add(where.dir);
      const folder: Folder = {
        dir: where.dir,
        cluster: where.cluster,
        defaultNamespace: where.ns,
        objects: [],
        extras: [],
        values: [],
      };
      pending = { folder, artifacts: [] };
    }
    pending.artifacts.push({ rel: where.rel, a });
  }
  yield* flush();

  kpsEdges.sort();
  yield* handOn(bases.artifacts());
  yield* handOn(fluxCentral(ctx, s, centralValues));
  yield* handOn(argoCdObjects(ctx, s, centralValues, kpsEdges));
  const secretsText =
    s.secrets === 'external-secrets'
      ? m.layoutSecretsExternal[ctx.lang]({ store: s.secretStore })
      : m.layoutSecretsInline[ctx.lang]();
  yield* handOn([
    artifact(
      'README.md',
      m.layoutReadme[ctx.lang]({
        fleet: ctx.fleet.name,
        clusters: edgeCount,
        generator: s.generator,
        secrets: secretsText,
      }),
    ),
  ]);
  if (secretRows.length > 0)
    yield* handOn([artifact('secret-keys.md', secretKeyTable(s, secretRows, ctx.lang))]);
  if (ignored.length > 0)
    yield* handOn([
      artifact(
        '.gitignore',
        `# thanos-fleet: inline secrets, never committed\n${ignored
          .sort()
          .map((p) => `/${p}`)
          .join('\n')}\n`,
      ),
    ]);
  if (withManifest) yield layoutManifest(digests);
}

/** The whole layout in memory, sorted by path with manifest.json last (tests, small fleets). */
export function toGitopsLayout(ctx: RenderContext, artifacts: Iterable<Artifact>): Artifact[] {
  const out = [...gitopsLayout(ctx, artifacts)];
  const manifest = out.pop()!;
  out.sort(byPath);
  out.push(manifest);
  return out;
}

function addToFolder(
  s: GitopsSettings,
  folder: Folder,
  rel: string,
  a: Artifact,
  secretRows: SecretKeyRow[],
  ignored: string[],
): void {
  const chart = chartFor(rel);
  if (chart) {
    folder.values.push({ chart, text: a.content });
    return;
  }
  if (a.objects) {
    a.objects.list.forEach((o, i) => {
      const id = objectIdentity(o, a.path);
      if (id.kind === 'Secret' && s.secrets === 'external-secrets') {
        const { object, rows } = externalSecretFor(s, folder.cluster, o, folder.defaultNamespace);
        secretRows.push(...rows);
        folder.objects.push(place(object, objectIdentity(object, a.path), undefined, false));
      } else folder.objects.push(place(o, id, i === 0 ? a.objects : undefined, a.secret));
    });
    return;
  }
  // Not Kubernetes objects: configs and READMEs stay beside the manifests, unapplied. Plain secret
  // files (password, htpasswd) are the same data as a Secret: never in the layout with
  // external-secrets, git-ignored with inline.
  if (a.secret && s.secrets === 'external-secrets') return;
  // An edge's prometheus.yml is also its agent ConfigMap, and its README explains a kubectl apply
  // the layout replaces: neither is copied (one file less per edge at ten thousand edges).
  if (folder.cluster !== 'central' && /^(README\.md|prometheus\.yml)$/.test(rel)) return;
  // Objects printed without objectsFile() would be copied here and never applied: a renderer bug.
  if (/\.ya?ml$/.test(rel) && /^apiVersion:/m.test(a.content) && /^kind:/m.test(a.content))
    throw new Error(`${a.path}: Kubernetes objects rendered as text, not with objectsFile()`);
  const path = `${folder.dir}/files/${rel}`;
  if (a.secret) ignored.push(path);
  folder.extras.push(artifact(path, a.content, a.secret));
}

function folderArtifacts(
  ctx: RenderContext,
  folder: Folder,
  ignored: string[],
  bases: SharedBases,
): Artifact[] {
  const out: Artifact[] = [];
  // Namespaces the objects live in, created first unless an object already is that Namespace: in
  // central/ as its own file, for an edge from a base every edge folder includes.
  const declared = new Set(folder.objects.filter((o) => o.kind === 'Namespace').map((o) => o.name));
  const needed = new Set(folder.objects.map((o) => o.namespace).filter((n): n is string => n !== undefined));
  for (const v of folder.values)
    needed.add(v.chart.stem === 'kube-prometheus-stack' ? EDGE_NAMESPACE : ctx.fleet.central.namespace);
  const objects = [...folder.objects];
  const resources: string[] = [];
  for (const ns of [...needed].sort()) {
    if (declared.has(ns)) continue;
    if (folder.cluster === 'central') objects.push(namespaceObject(ns));
    else
      resources.push(
        bases.use(folder.dir, `bases/namespace-${ns}`, () => {
          const n = namespaceObject(ns);
          return [{ file: objectFileName(n.wave, n.kind, n.name), text: n.text }];
        }),
      );
  }
  objects.sort(
    (a, b) =>
      a.wave - b.wave ||
      cmp(a.kind, b.kind) ||
      cmp(a.name, b.name) ||
      cmp(a.namespace ?? '', b.namespace ?? ''),
  );
  const used = new Set<string>();
  for (const o of objects) {
    let file = objectFileName(o.wave, o.kind, o.name);
    if (used.has(file) && o.namespace) file = objectFileName(o.wave, o.kind, `${o.name}-${o.namespace}`);
    for (let i = 2; used.has(file); i++) file = objectFileName(o.wave, o.kind, `${o.name}-${i}`);
    used.add(file);
    resources.push(file);
    const path = `${folder.dir}/${file}`;
    if (o.secret) ignored.push(path);
    out.push(artifact(path, o.text, o.secret));
  }
  for (const v of folder.values) out.push(artifact(`${folder.dir}/helm/${v.chart.stem}-values.yaml`, v.text));
  out.push(...folder.extras);
  out.push(
    artifact(
      `${folder.dir}/kustomization.yaml`,
      toYaml(
        {
          apiVersion: 'kustomize.config.k8s.io/v1beta1',
          kind: 'Kustomization',
          // fifo keeps the numbered order below (kustomize ≥ 5.0 `sortOptions`); the sync-wave
          // annotations give Argo CD the same order, and Flux applies namespaces and CRDs first itself.
          sortOptions: { order: 'fifo' },
          resources,
        },
        m.kustomizationHeader[ctx.lang]({ cluster: folder.cluster }),
      ),
    ),
  );
  return out;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface LayoutManifest {
  version: 1;
  generator: 'thanos-fleet';
  files: { path: string; sha256: string; bytes: number; secret?: true }[];
}

/** manifest.json: every other file of the layout with its sha256 and size, in path order. */
export function layoutManifest(digests: FileDigest[]): Artifact {
  const files = [...digests].sort(byPath).map(({ path, sha256, bytes, secret }) => ({
    path,
    sha256,
    bytes,
    ...(secret ? { secret: true as const } : {}),
  }));
  const manifest: LayoutManifest = { version: 1, generator: 'thanos-fleet', files };
  return artifact(MANIFEST_FILE, `${JSON.stringify(manifest, null, 1)}\n`);
}
