/**
 * What renderers return: files as data. Only src/render/write.ts touches the disk.
 */
import { hash } from 'node:crypto';
import type { Localized } from '../i18n/index.js';
import type { KeyComment } from './yaml.js';

export interface Artifact {
  /** Path relative to the output folder, with forward slashes. */
  readonly path: string;
  readonly content: string;
  /** Secrets (passwords, htpasswd, Secret manifests) are 0600, everything else 0644. */
  readonly secret: boolean;
  /** The Kubernetes objects a file of objects holds (src/render/yaml.ts objectsFile). */
  readonly objects?: FileObjects;
}

/**
 * Kubernetes objects as a renderer made them, before printing: the file's content is `header` and
 * then each object as a YAML document. The GitOps layout prints them one per file with a sync-wave
 * annotation from these, instead of reading the printed text back.
 */
export interface FileObjects {
  readonly list: readonly Record<string, unknown>[];
  readonly header?: string;
  /** Comments above keys of the file's one object (toCommentedYaml). */
  readonly comments?: readonly KeyComment[];
}

/** Something a provider cannot express; printed and listed in that output's README, never dropped. */
export interface RenderWarning {
  /** Provider or family that could not express it. */
  source: string;
  /** The object concerned, e.g. "HTTPRoute thanos-receive". */
  object: string;
  /** The policy item or capability, e.g. "limit-connections". */
  capability: string;
  message: Localized;
}

export interface RenderResult {
  artifacts: Artifact[];
  warnings: RenderWarning[];
}

export const fileMode = (a: Artifact): number => (a.secret ? 0o600 : 0o644);

export function artifact(path: string, content: string, secret = false): Artifact {
  return { path, content, secret };
}

/**
 * An artifact whose content is made when first read. A layout that replaces a file never pays for
 * printing it: the GitOps layout prints objects from `objects` and leaves out edge READMEs, about a
 * tenth of a 1,000-edge render (bench/render).
 */
class LazyArtifact implements Artifact {
  #content: string | undefined;
  #make: (() => string) | undefined;
  constructor(
    readonly path: string,
    make: () => string,
    readonly secret: boolean,
    readonly objects: FileObjects | undefined,
  ) {
    this.#make = make;
  }
  get content(): string {
    if (this.#content === undefined) {
      this.#content = this.#make!();
      this.#make = undefined;
    }
    return this.#content;
  }
}

export function lazyArtifact(
  path: string,
  make: () => string,
  secret = false,
  objects?: FileObjects,
): Artifact {
  return new LazyArtifact(path, make, secret, objects);
}

/** A file's path, the sha256 (hex) and size of its UTF-8 bytes: what a manifest of the output lists. */
export interface FileDigest {
  path: string;
  sha256: string;
  bytes: number;
  secret: boolean;
}

/** One-shot crypto.hash (Node ≥ 20.12): a Hash object per file cost ~10 µs, 8,692 files per 1,000 edges. */
export function digestOf(a: Artifact): FileDigest {
  return {
    path: a.path,
    sha256: hash('sha256', a.content, 'hex'),
    bytes: Buffer.byteLength(a.content),
    secret: a.secret,
  };
}

/** Order by path, byte-wise (not locale): renders, layouts and manifests list files in this order. */
export const byPath = (a: { path: string }, b: { path: string }): number =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
