/**
 * Kustomize bases the edge folders share: what would otherwise be the same file in every
 * clusters/<edge>/ (the Namespace of the agent) and flux/clusters/<edge>/ (the GitRepository, the
 * HelmRepository of kube-prometheus-stack). Each edge's kustomization.yaml lists the base's folder
 * (`../../bases/namespace-monitoring`), the overlay idiom Argo CD and Flux both build: a folder with its
 * own kustomization.yaml may sit anywhere in the repository (kustomize's load restrictor only limits
 * single files to the kustomization's own folder). With 1,000 edges that is 2,333 files fewer to
 * review, write and delete (bench/render).
 */
import { type Artifact, artifact } from '../artifact.js';
import { toYaml } from '../yaml.js';

/** One file of a base: its name in the base's folder and its text. */
export interface BaseFile {
  file: string;
  text: string;
}

/** The bases one layout uses, each made once, on its first use. */
export class SharedBases {
  private readonly made = new Map<string, Artifact[]>();

  /** The base in folder `dir` (made by `make` the first time), as a resource path from folder `from`. */
  use(from: string, dir: string, make: () => BaseFile[]): string {
    if (!this.made.has(dir)) {
      const files = make();
      this.made.set(dir, [
        ...files.map((f) => artifact(`${dir}/${f.file}`, f.text)),
        artifact(`${dir}/kustomization.yaml`, kustomization(files.map((f) => f.file))),
      ]);
    }
    return relativeFolder(from, dir);
  }

  /** Every file of the bases used so far. */
  artifacts(): Artifact[] {
    return [...this.made.values()].flat();
  }
}

/**
 * `to` as a path from folder `from`, both relative to the layout's root (`clusters/a` → `bases/b`:
 * `../../bases/b`). By hand: path.posix.relative resolves both against the working directory first,
 * ~5 µs a call, three calls per edge.
 */
function relativeFolder(from: string, to: string): string {
  const a = from.split('/');
  const b = to.split('/');
  let same = 0;
  while (same < a.length && same < b.length && a[same] === b[same]) same++;
  return `${'../'.repeat(a.length - same)}${b.slice(same).join('/')}`;
}

export function kustomization(resources: string[]): string {
  return toYaml({ apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources });
}
