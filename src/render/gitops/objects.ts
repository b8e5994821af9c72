/**
 * Kubernetes objects in the GitOps layout: one per file, with its Argo CD sync wave. Renderers hand
 * their objects over with the file (Artifact.objects), so each object is printed once, annotated,
 * instead of its printed text being read back and edited (bench/render, --layout gitops).
 */
import type { FileObjects } from '../artifact.js';
import { printObjects, toYaml } from '../yaml.js';

export interface ObjectText {
  apiVersion: string;
  kind: string;
  name: string;
  namespace: string | undefined;
  /** The object as YAML (the header comment of its file kept on the file's first object). */
  text: string;
}

export const SYNC_WAVE = 'argocd.argoproj.io/sync-wave';

type KubeObject = Record<string, unknown>;

/** apiVersion, kind and metadata of an object a renderer made; anything else is a renderer bug. */
export function objectIdentity(o: KubeObject, path: string): Omit<ObjectText, 'text'> {
  const meta = o.metadata as KubeObject | undefined;
  if (typeof o.apiVersion !== 'string' || typeof o.kind !== 'string' || typeof meta?.name !== 'string')
    throw new Error(`${path}: an object without apiVersion, kind or metadata.name`);
  // One shape for every object (no key left out): the layout reads these for each of thousands.
  return {
    apiVersion: o.apiVersion,
    kind: o.kind,
    name: meta.name,
    namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined,
  };
}

/**
 * The object with `argocd.argoproj.io/sync-wave: "<wave>"` first among its annotations, and
 * `annotations` first in its metadata when it had none (an existing wave is kept).
 */
export function withSyncWave(o: KubeObject, wave: number): KubeObject {
  const meta = o.metadata as KubeObject;
  const annotations = meta.annotations as Record<string, string> | undefined;
  if (annotations && SYNC_WAVE in annotations) return o;
  const waved = { [SYNC_WAVE]: String(wave), ...annotations };
  // Spread keeps the key where it was; a fresh one goes first (also over an undefined value).
  const metadata: KubeObject = annotations
    ? { ...meta, annotations: waved }
    : { annotations: waved, ...meta };
  metadata.annotations = waved;
  return { ...o, metadata };
}

/** The object printed as its own file: the file's header (and key comments) when it is the file's first. */
export function objectText(o: KubeObject, file: FileObjects | undefined): string {
  return file ? printObjects({ ...file, list: [o] }) : toYaml(o);
}
