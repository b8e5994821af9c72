/**
 * Kubernetes objects inside rendered YAML files, split one per file and annotated with their Argo CD
 * sync wave. The renderers print one YAML style (src/render/yaml.ts: block mappings, two-space
 * indent), so kind, name and namespace are read from the top-level lines and the annotation is
 * inserted as text: re-printing ten thousand objects through the YAML library costs seconds
 * (bench/render.mjs, --layout gitops). Anything not in that style goes through a full parse and re-print.
 */
import { parse } from 'yaml';
import { toYaml } from '../yaml.js';

export interface ObjectText {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
  /** The object as YAML (header comments of its file kept on the first object). */
  text: string;
}

export const SYNC_WAVE = 'argocd.argoproj.io/sync-wave';

const TOP_KEY = /^[A-Za-z_$][\w.$-]*:(?: |$)/;

function unquote(v: string): string {
  const s = v.trim();
  if ((s.startsWith('"') && s.endsWith('"')) || (s.startsWith("'") && s.endsWith("'"))) return s.slice(1, -1);
  return s;
}

/** Documents of a multi-document YAML text (split on `---` lines), empty ones dropped. */
export function splitDocuments(text: string): string[] {
  return text
    .split(/^---[ \t]*$/m)
    .map((d) => d.replace(/^\n+/, ''))
    .filter((d) => /^[ \t]*[^\s#]/m.test(d));
}

interface Scan {
  apiVersion?: string;
  kind?: string;
  name?: string;
  namespace?: string;
  /** Offset just past the `metadata:` line and past the `  annotations:` line inside it. */
  metadataEnd?: number;
  annotationsEnd?: number;
  hasWave: boolean;
  /** False when the text is not in the renderers' style (flow metadata, anchors, …). */
  plain: boolean;
}

/**
 * Read the top-level lines up to the end of `metadata` (renderers print apiVersion, kind and metadata
 * first), walking offsets instead of splitting: ConfigMaps carry whole configs, and ten thousand of
 * them split into lines is most of the layout's garbage.
 */
function scan(doc: string): Scan {
  const s: Scan = { hasWave: false, plain: true };
  let inMeta = false;
  let inAnnotations = false;
  let pos = 0;
  while (pos < doc.length) {
    const nl = doc.indexOf('\n', pos);
    const end = nl < 0 ? doc.length : nl + 1;
    const l = doc.slice(pos, nl < 0 ? doc.length : nl);
    pos = end;
    if (TOP_KEY.test(l)) {
      if (inMeta && s.apiVersion && s.kind) break;
      inMeta = false;
      inAnnotations = false;
      if (l.startsWith('apiVersion:')) s.apiVersion = unquote(l.slice(11));
      else if (l.startsWith('kind:')) s.kind = unquote(l.slice(5));
      else if (l.startsWith('metadata:')) {
        if (l.trim() !== 'metadata:') s.plain = false;
        s.metadataEnd = end;
        inMeta = true;
      }
      continue;
    }
    if (!inMeta) continue;
    if (l.startsWith('  ') && l[2] !== ' ' && l.trim() !== '') {
      inAnnotations = false;
      if (l.startsWith('  name:')) s.name = unquote(l.slice(7));
      else if (l.startsWith('  namespace:')) s.namespace = unquote(l.slice(12));
      else if (l.startsWith('  annotations:')) {
        if (l.trim() !== 'annotations:') s.plain = false;
        s.annotationsEnd = end;
        inAnnotations = true;
      }
    } else if (inAnnotations && l.startsWith(`    ${SYNC_WAVE}:`)) s.hasWave = true;
  }
  if (!s.apiVersion || !s.kind || !s.name || s.metadataEnd === undefined) s.plain = false;
  for (const v of [s.apiVersion, s.kind, s.name, s.namespace])
    if (v && /[&*!{[]/.test(v[0]!)) s.plain = false;
  return s;
}

/** Is this YAML document a Kubernetes object (apiVersion, kind, metadata.name)? */
export function isObjectDocument(doc: string): boolean {
  return /^apiVersion:/m.test(doc) && /^kind:/m.test(doc) && /^metadata:/m.test(doc);
}

/**
 * The text without its trailing newlines. A loop from the end: `/\n+$/` tries a match at every
 * newline of the text, and the layout does this for every object of every edge.
 */
export function withoutTrailingNewlines(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  return end === text.length ? text : text.slice(0, end);
}

/**
 * The document as an object text with `argocd.argoproj.io/sync-wave: "<wave>"` (an existing wave
 * is kept). Returns undefined when the document is not a Kubernetes object.
 */
export function annotateObject(doc: string, wave: number): ObjectText | undefined {
  const text = `${withoutTrailingNewlines(doc)}\n`;
  const s = scan(text);
  if (s.plain) {
    const waveLine = `    ${SYNC_WAVE}: "${wave}"\n`;
    let out = text;
    if (!s.hasWave) {
      const at = s.annotationsEnd ?? s.metadataEnd!;
      out = `${text.slice(0, at)}${s.annotationsEnd === undefined ? '  annotations:\n' : ''}${waveLine}${text.slice(at)}`;
    }
    return {
      apiVersion: s.apiVersion!,
      kind: s.kind!,
      name: s.name!,
      ...(s.namespace ? { namespace: s.namespace } : {}),
      text: out,
    };
  }
  const lines = text.split('\n');
  const obj = parse(doc) as Record<string, unknown> | null;
  if (!obj || typeof obj !== 'object' || !obj.apiVersion || !obj.kind) return undefined;
  const meta = (obj.metadata ?? {}) as Record<string, unknown>;
  if (typeof meta.name !== 'string') return undefined;
  const annotations = { ...((meta.annotations as Record<string, string> | undefined) ?? {}) };
  annotations[SYNC_WAVE] ??= String(wave);
  obj.metadata = { ...meta, annotations };
  const header = lines.filter(
    (l, i) => l.startsWith('#') && lines.slice(0, i).every((p) => p.startsWith('#')),
  );
  return {
    apiVersion: String(obj.apiVersion),
    kind: String(obj.kind),
    name: meta.name,
    ...(typeof meta.namespace === 'string' ? { namespace: meta.namespace } : {}),
    text: `${header.map((h) => `${h}\n`).join('')}${toYaml(obj)}`,
  };
}

/** Kind and metadata of a document without annotating it (for ordering decisions). */
export function peekKind(doc: string): string | undefined {
  const m = /^kind:\s*(\S+)/m.exec(doc);
  return m ? unquote(m[1]!) : undefined;
}
