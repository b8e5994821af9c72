/**
 * The Argo CD and Flux objects of the layout.
 * - Argo CD: an ApplicationSet (argoproj.io/v1alpha1) for the edge folders with the cluster generator
 *   (clusters labelled `thanos-fleet.dev/fleet: <fleet>`, cluster name = edge name) or the git-files
 *   generator (clusters/<edge>/cluster.json); Applications for central and its charts, the chart values
 *   read from this repository through a multi-source `$values` ref (Argo CD docs "Multiple Sources").
 * - Flux: GitRepository (source.toolkit.fluxcd.io/v1), Kustomizations (kustomize.toolkit.fluxcd.io/v1),
 *   HelmRepository (source.toolkit.fluxcd.io/v1, `type: oci` for OCI registries) and HelmRelease
 *   (helm.toolkit.fluxcd.io/v2) with the rendered values inline.
 */

import { indentLines } from '../../yaml/print.js';
import { type Artifact, artifact } from '../artifact.js';
import type { RenderContext } from '../context.js';
import { EDGE_NAMESPACE } from '../edge/agent-config.js';
import { toYaml } from '../yaml.js';
import { kustomization, type SharedBases } from './bases.js';
import { dns1123 } from './names.js';
import { SYNC_WAVE } from './objects.js';
import { CHARTS, type ChartSource, type GitopsSettings, repoPath } from './settings.js';

export interface ChartValues {
  chart: ChartSource;
  text: string;
}

export const ARGOCD_NAMESPACE = 'argocd';
export const FLUX_NAMESPACE = 'flux-system';

function releaseName(ctx: RenderContext, c: ChartSource): string {
  if (c.stem === 'thanos') return ctx.fleet.central.releases.thanos;
  if (c.stem === 'grafana') return ctx.fleet.central.releases.grafana;
  return 'kps';
}

function releaseNamespace(ctx: RenderContext, c: ChartSource): string {
  return c.stem === 'kube-prometheus-stack' ? EDGE_NAMESPACE : ctx.fleet.central.namespace;
}

// ---------------------------------------------------------------------------------------------------
// Flux

function gitRepository(s: GitopsSettings): Record<string, unknown> {
  return {
    apiVersion: 'source.toolkit.fluxcd.io/v1',
    kind: 'GitRepository',
    metadata: { name: dns1123(s.fleet), namespace: FLUX_NAMESPACE },
    spec: { interval: '1m', url: s.repoURL, ref: { branch: s.revision } },
  };
}

function fluxKustomization(
  s: GitopsSettings,
  name: string,
  path: string,
  dependsOn?: string,
  targetNamespace?: string,
): Record<string, unknown> {
  return {
    apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
    kind: 'Kustomization',
    metadata: { name: dns1123(name), namespace: FLUX_NAMESPACE },
    spec: {
      interval: '10m',
      path: `./${path}`,
      prune: true,
      wait: true,
      sourceRef: { kind: 'GitRepository', name: dns1123(s.fleet) },
      ...(dependsOn ? { dependsOn: [{ name: dns1123(dependsOn) }] } : {}),
      ...(targetNamespace ? { targetNamespace } : {}),
    },
  };
}

function helmRepository(c: ChartSource): Record<string, unknown> {
  return {
    apiVersion: 'source.toolkit.fluxcd.io/v1',
    kind: 'HelmRepository',
    metadata: { name: c.repoName, namespace: FLUX_NAMESPACE },
    spec: { interval: '1h', url: c.url, ...(c.url.startsWith('oci://') ? { type: 'oci' } : {}) },
  };
}

/**
 * HelmRelease text with the rendered values file embedded as is under `spec.values` (re-indented, its
 * comments kept): the values are exactly the file the other forms install, and no re-printing is
 * needed, which matters with one release per edge.
 */
function helmReleaseText(ctx: RenderContext, s: GitopsSettings, v: ChartValues): string {
  const body = indentLines(withoutTrailingNewlines(v.text), '    ');
  const values = HAS_VALUE.test(body) ? `  values:\n${body}\n` : '  values: {}\n';
  // Everything but the values is the same for every edge with that chart.
  return `${onceFor(s, `helmrelease ${v.chart.stem}`, () => helmReleaseHeadText(ctx, v.chart))}${values}`;
}
/** A line with something other than a comment (the values are not all commented out). */
const HAS_VALUE = /^\s*[^\s#]/m;

/**
 * The text without its trailing newlines. A loop from the end: `/\n+$/` tries a match at every
 * newline of the text, and the layout does this for every edge's values.
 */
function withoutTrailingNewlines(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  return end === text.length ? text : text.slice(0, end);
}

function helmReleaseHeadText(ctx: RenderContext, c: ChartValues['chart']): string {
  return toYaml({
    apiVersion: 'helm.toolkit.fluxcd.io/v2',
    kind: 'HelmRelease',
    metadata: { name: dns1123(releaseName(ctx, c)), namespace: FLUX_NAMESPACE },
    spec: {
      interval: '10m',
      releaseName: releaseName(ctx, c),
      targetNamespace: releaseNamespace(ctx, c),
      chart: {
        spec: {
          chart: c.chart,
          version: c.version,
          sourceRef: { kind: 'HelmRepository', name: c.repoName, namespace: FLUX_NAMESPACE },
        },
      },
      install: { remediation: { retries: 3 } },
      upgrade: { remediation: { retries: 3 } },
    },
  });
}

/**
 * A text that depends only on the layout (its settings, and the context they were made from), made
 * once per layout: the head of the HelmRelease every edge of a chart has alike.
 */
const settingsTexts = new WeakMap<GitopsSettings, Map<string, string>>();
function onceFor(s: GitopsSettings, key: string, make: () => string): string {
  let texts = settingsTexts.get(s);
  if (texts === undefined) {
    texts = new Map();
    settingsTexts.set(s, texts);
  }
  let text = texts.get(key);
  if (text === undefined) {
    text = make();
    texts.set(key, text);
  }
  return text;
}

/** flux/clusters/<edge>/: what that cluster's Flux is bootstrapped with. */
export function fluxCluster(
  ctx: RenderContext,
  s: GitopsSettings,
  cluster: string,
  dir: string,
  values: ChartValues[],
  bases: SharedBases,
): Artifact[] {
  const base = `flux/${dir}`;
  // The GitRepository and HelmRepositories are the same for every edge: shared bases, not copies.
  const resources = [
    bases.use(base, 'flux/bases/gitrepository', () => [
      { file: 'gitrepository.yaml', text: toYaml(gitRepository(s)) },
    ]),
  ];
  const files: [string, string][] = [
    ['kustomization-cluster.yaml', toYaml(fluxKustomization(s, `${s.fleet}-${cluster}`, repoPath(s, dir)))],
  ];
  for (const v of values) {
    resources.push(
      bases.use(base, `flux/bases/helmrepository-${v.chart.repoName}`, () => [
        { file: `helmrepository-${v.chart.repoName}.yaml`, text: toYaml(helmRepository(v.chart)) },
      ]),
    );
    files.push([`helmrelease-${v.chart.stem}.yaml`, helmReleaseText(ctx, s, v)]);
  }
  return [
    ...files.map(([f, text]) => artifact(`${base}/${f}`, text)),
    artifact(`${base}/kustomization.yaml`, kustomization([...resources, ...files.map(([f]) => f)])),
  ];
}

/** flux/central/: the central folder, then (depending on it) the chart releases in flux/central/charts. */
export function fluxCentral(ctx: RenderContext, s: GitopsSettings, values: ChartValues[]): Artifact[] {
  const central = `${s.fleet}-central`;
  const files: [string, string][] = [
    ['gitrepository.yaml', toYaml(gitRepository(s))],
    ['kustomization-central.yaml', toYaml(fluxKustomization(s, central, repoPath(s, 'central')))],
  ];
  const out: Artifact[] = [];
  if (values.length > 0) {
    files.push([
      'kustomization-charts.yaml',
      // The releases need the namespace and Secrets of central/ first.
      toYaml(fluxKustomization(s, `${s.fleet}-central-charts`, repoPath(s, 'flux/central/charts'), central)),
    ]);
    const charts: [string, string][] = [];
    const repos = new Set<string>();
    for (const v of values) {
      if (!repos.has(v.chart.repoName)) {
        repos.add(v.chart.repoName);
        charts.push([`helmrepository-${v.chart.repoName}.yaml`, toYaml(helmRepository(v.chart))]);
      }
      charts.push([`helmrelease-${v.chart.stem}.yaml`, helmReleaseText(ctx, s, v)]);
    }
    out.push(...charts.map(([f, t]) => artifact(`flux/central/charts/${f}`, t)));
    out.push(artifact('flux/central/charts/kustomization.yaml', kustomization(charts.map(([f]) => f))));
  }
  out.push(...files.map(([f, t]) => artifact(`flux/central/${f}`, t)));
  out.push(artifact('flux/central/kustomization.yaml', kustomization(files.map(([f]) => f))));
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Argo CD

const SYNC_POLICY = {
  automated: { prune: true, selfHeal: true },
  syncOptions: ['CreateNamespace=true', 'ServerSideApply=true'],
};

function helmSource(c: ChartSource): { repoURL: string; chart: string; targetRevision: string } {
  // Argo CD names OCI Helm repositories without the oci:// scheme (Argo CD docs "Helm", OCI).
  return { repoURL: c.url.replace(/^oci:\/\//, ''), chart: c.chart, targetRevision: c.version };
}

function edgeGenerator(s: GitopsSettings): Record<string, unknown> {
  if (s.generator === 'git-files') {
    return {
      git: {
        repoURL: s.repoURL,
        revision: s.revision,
        files: [{ path: repoPath(s, 'clusters/*/cluster.json') }],
      },
    };
  }
  return { clusters: { selector: { matchLabels: { 'thanos-fleet.dev/fleet': s.fleet } } } };
}

export function argoCdObjects(
  ctx: RenderContext,
  s: GitopsSettings,
  centralValues: ChartValues[],
  kpsEdges: string[],
): Artifact[] {
  const fleet = dns1123(s.fleet);
  const files: [string, Record<string, unknown>][] = [];
  files.push([
    'application-central.yaml',
    {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name: `${fleet}-central`, namespace: ARGOCD_NAMESPACE, annotations: { [SYNC_WAVE]: '0' } },
      spec: {
        project: 'default',
        source: { repoURL: s.repoURL, targetRevision: s.revision, path: repoPath(s, 'central') },
        destination: { name: 'in-cluster', namespace: ctx.fleet.central.namespace },
        syncPolicy: SYNC_POLICY,
      },
    },
  ]);
  for (const v of centralValues) {
    files.push([
      `application-${v.chart.stem}.yaml`,
      {
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Application',
        // After central/ (namespace, Secrets, issuer) is synced.
        metadata: {
          name: `${fleet}-${v.chart.stem}`,
          namespace: ARGOCD_NAMESPACE,
          annotations: { [SYNC_WAVE]: '1' },
        },
        spec: {
          project: 'default',
          sources: [
            {
              ...helmSource(v.chart),
              helm: {
                releaseName: releaseName(ctx, v.chart),
                valueFiles: [`$values/${repoPath(s, `central/helm/${v.chart.stem}-values.yaml`)}`],
              },
            },
            { repoURL: s.repoURL, targetRevision: s.revision, ref: 'values' },
          ],
          destination: { name: 'in-cluster', namespace: releaseNamespace(ctx, v.chart) },
          syncPolicy: SYNC_POLICY,
        },
      },
    ]);
  }
  const template = (path: string, extra: Record<string, unknown> = {}) => ({
    metadata: {
      name: `${fleet}-{{.name}}${extra.suffix ?? ''}`,
      labels: { 'thanos-fleet.dev/fleet': s.fleet, 'thanos-fleet.dev/edge': '{{.name}}' },
    },
    spec: {
      project: 'default',
      ...(extra.sources
        ? { sources: extra.sources }
        : { source: { repoURL: s.repoURL, targetRevision: s.revision, path } }),
      destination: { name: '{{.name}}', namespace: EDGE_NAMESPACE },
      syncPolicy: SYNC_POLICY,
    },
  });
  files.push([
    'applicationset-edges.yaml',
    {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'ApplicationSet',
      metadata: { name: `${fleet}-edges`, namespace: ARGOCD_NAMESPACE, annotations: { [SYNC_WAVE]: '2' } },
      spec: {
        goTemplate: true,
        goTemplateOptions: ['missingkey=error'],
        generators: [edgeGenerator(s)],
        template: template(repoPath(s, 'clusters/{{.name}}')),
      },
    },
  ]);
  const kpsChart = CHARTS.find((c) => c.stem === 'kube-prometheus-stack')!;
  if (kpsEdges.length > 0) {
    const source = helmSource(kpsChart);
    files.push([
      'applicationset-kube-prometheus-stack.yaml',
      {
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'ApplicationSet',
        metadata: {
          name: `${fleet}-kube-prometheus-stack`,
          namespace: ARGOCD_NAMESPACE,
          annotations: { [SYNC_WAVE]: '3' },
        },
        spec: {
          goTemplate: true,
          goTemplateOptions: ['missingkey=error'],
          // Only the edges whose form is kube-prometheus-stack.
          generators: [{ list: { elements: kpsEdges.map((name) => ({ name })) } }],
          template: template('', {
            suffix: `-${kpsChart.stem}`,
            sources: [
              {
                ...source,
                helm: {
                  releaseName: 'kps',
                  valueFiles: [
                    `$values/${repoPath(s, 'clusters/{{.name}}/helm/kube-prometheus-stack-values.yaml')}`,
                  ],
                },
              },
              { repoURL: s.repoURL, targetRevision: s.revision, ref: 'values' },
            ],
          }),
        },
      },
    ]);
  }
  return [
    ...files.map(([f, o]) => artifact(`argocd/${f}`, toYaml(o))),
    artifact('argocd/kustomization.yaml', kustomization(files.map(([f]) => f))),
  ];
}
