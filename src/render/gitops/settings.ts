/** The fleet's `gitops` block with its defaults, and the Helm charts the layout installs. */
import type { Fleet } from '../../fleet/defaults.js';

export interface GitopsSettings {
  repoURL: string;
  revision: string;
  /** Folder of the layout inside the repository, '' for the root. */
  path: string;
  generator: 'clusters' | 'git-files';
  secrets: 'inline' | 'external-secrets';
  secretStore: string;
  fleet: string;
}

/** Shown when the fleet file has no gitops.repoURL: Argo CD and Flux refuse it until it is set. */
export const REPO_URL_PLACEHOLDER = 'https://git.example.invalid/set-gitops.repoURL-in-the-fleet-file.git';

export function gitopsSettings(fleet: Fleet): GitopsSettings {
  const g = fleet.spec.gitops;
  const path = (g?.path ?? '.').replace(/^\.?\/?/, '').replace(/\/+$/, '');
  return {
    repoURL: g?.repoURL ?? REPO_URL_PLACEHOLDER,
    revision: g?.revision ?? 'main',
    path,
    generator: g?.generator ?? 'clusters',
    secrets: g?.secrets ?? 'external-secrets',
    secretStore: g?.secretStore ?? 'fleet-secrets',
    fleet: fleet.name,
  };
}

/** Path of a layout folder inside the repository. */
export function repoPath(s: GitopsSettings, dir: string): string {
  return s.path ? `${s.path}/${dir}` : dir;
}

export interface ChartSource {
  /** Values file stem the renderers write: `<stem>-values.yaml`. */
  stem: string;
  chart: string;
  version: string;
  /** Helm repository URL (oci:// for OCI registries). */
  url: string;
  repoName: string;
}

/**
 * Chart sources (charts.md §1.1: bitnami/thanos 17.6.0 from oci://registry-1.docker.io/bitnamicharts;
 * §2: grafana 12.11.1 from grafana-community; datapath.md §0 KPS: kube-prometheus-stack 88.5.3).
 */
export const CHARTS: readonly ChartSource[] = [
  {
    stem: 'thanos',
    chart: 'thanos',
    version: '17.6.0',
    url: 'oci://registry-1.docker.io/bitnamicharts',
    repoName: 'bitnamicharts',
  },
  {
    stem: 'grafana',
    chart: 'grafana',
    version: '12.11.1',
    url: 'https://grafana-community.github.io/helm-charts',
    repoName: 'grafana-community',
  },
  {
    stem: 'kube-prometheus-stack',
    chart: 'kube-prometheus-stack',
    version: '88.5.3',
    url: 'https://prometheus-community.github.io/helm-charts',
    repoName: 'prometheus-community',
  },
];

export function chartFor(valuesFile: string): ChartSource | undefined {
  const base = valuesFile.split('/').pop() ?? '';
  return CHARTS.find((c) => base === `${c.stem}-values.yaml`);
}
