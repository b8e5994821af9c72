/**
 * What renderers return: files as data. Only src/render/write.ts touches the disk.
 */
import type { Localized } from '../i18n/index.js';

export interface Artifact {
  /** Path relative to the output folder, with forward slashes. */
  path: string;
  content: string;
  /** Secrets (passwords, htpasswd, Secret manifests) are 0600, everything else 0644. */
  secret: boolean;
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

/** Order by path, byte-wise (not locale): renders, layouts and manifests list files in this order. */
export const byPath = (a: { path: string }, b: { path: string }): number =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
