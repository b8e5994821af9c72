/**
 * Reading inputs: files and folders (recursively, *.yaml / *.yml / *.json), every YAML document of
 * each, its kind detected from its content (never from the file name), positions kept.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { API_VERSION } from '../fleet/names.js';
import { say } from '../i18n/index.js';
import { checkMessages as m } from '../i18n/messages/check.js';
import { fastParse } from '../yaml/read.js';
import { THANOS_COMPONENT_KEYS, THANOS_TOP_LEVEL_KEYS } from './knowledge/charts.js';
import type { DocKind, FileHints, InputError, InputFile, SourceDoc } from './model.js';
import { yamlLibrary } from './yaml-library.js';
import { get, keys, Positions, str, type YNode } from './yaml-nodes.js';

const YAML_FILE = /\.(ya?ml|json)$/i;

/** Expand folders into the files to check, in a stable order. */
export function expandInputs(paths: string[]): { files: string[]; errors: InputError[] } {
  const files: string[] = [];
  const errors: InputError[] = [];
  const walk = (dir: string) => {
    // Entry types come with the listing: one stat per file would cost as much as reading it.
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    // join(dir, name) for every entry, normalising `dir` once: an entry's name is one plain path
    // segment (no `/`; `.` and `..` are not listed), so the joined path is the normalised folder
    // (as join gives it before any last segment) followed by the name.
    const prefix = join(dir, '_').slice(0, -1);
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      const name = entry.name;
      if (name.startsWith('.') || name === 'node_modules') continue;
      const p = prefix + name;
      if (entry.isDirectory() || (entry.isSymbolicLink() && statSync(p).isDirectory())) walk(p);
      else if (YAML_FILE.test(name)) files.push(p);
    }
  };
  for (const p of paths) {
    try {
      if (statSync(p).isDirectory()) walk(p);
      else files.push(p);
    } catch (err) {
      errors.push(unreadable(p, err));
    }
  }
  return { files, errors };
}

function unreadable(file: string, err: unknown): InputError {
  return {
    kind: 'unreadable',
    loc: { file, line: 1, column: 1 },
    message: say(m.unreadable, { detail: (err as Error).message }),
  };
}

const HINT_RE = /#\s*thanos-fleet:\s*(.+)$/m;

/** `# thanos-fleet: prometheus-version=3.1.0 egress=nat-a` anywhere in the file. */
export function fileHints(text: string): FileHints {
  const hints: FileHints = {};
  // Most files have no hint: a plain search for its marker is cheaper than the expression.
  if (!text.includes('thanos-fleet:')) return hints;
  const m = HINT_RE.exec(text);
  if (!m) return hints;
  for (const [, k, v] of m[1]!.matchAll(/([a-z-]+)=(\S+)/g)) {
    if (k === 'prometheus-version') hints.prometheusVersion = v!;
    if (k === 'egress') hints.egress = v!;
  }
  return hints;
}

/** The options as readFileSync would make them from 'utf8': made once, not for every file. */
const UTF8 = { encoding: 'utf8', flag: 'r' } as const;

export function readInputFile(file: string): { input?: InputFile; errors: InputError[] } {
  let text: string;
  try {
    text = readFileSync(file, UTF8);
  } catch (err) {
    return { errors: [unreadable(file, err)] };
  }
  return parseInputText(text, file);
}

export function parseInputText(text: string, file: string): { input?: InputFile; errors: InputError[] } {
  const hints = fileHints(text);
  const fast = fastParse(text, []);
  if (fast !== undefined) {
    // The fast reader's line starts are the text's: found again from it if a position is asked for.
    const pos = new Positions(file, { text });
    let docs: SourceDoc[] = [];
    if (fast !== null) {
      const doc: SourceDoc = { file, index: 0, kind: 'unknown', root: fast, pos, hints, text };
      classify(doc);
      docs = [doc]; // a list of exactly one, not one grown by push: every file's is kept
    }
    return { input: { file, text, docs, hints }, errors: [] };
  }
  const { LineCounter, parseAllDocuments } = yamlLibrary();
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const pos = new Positions(file, lineCounter.lineStarts);
  const all = Array.isArray(parsed) ? parsed : [];
  const errors: InputError[] = [];
  for (const d of all) {
    for (const e of d.errors) {
      errors.push({
        kind: 'unparseable',
        loc: pos.at(e.pos[0]),
        message: say(m.yamlSyntax, { detail: e.message.split('\n')[0]! }),
      });
    }
  }
  if (errors.length > 0) return { errors };
  const docs: SourceDoc[] = [];
  all.forEach((d, index) => {
    const root = d.contents as YNode;
    if (root === null || root === undefined) return;
    const [start, , end] = d.range;
    const docText = text.slice(0, start).replace(/[^\n]/g, '') + text.slice(start, end);
    const doc: SourceDoc = { file, index, kind: 'unknown', root, pos, hints, text: docText };
    classify(doc);
    docs.push(doc);
  });
  return { input: { file, text, docs, hints }, errors };
}

const GRAFANA_CHART_KEYS = [
  'grafana.ini',
  'datasources',
  'adminUser',
  'adminPassword',
  'dashboards',
  'dashboardProviders',
  'sidecar',
  'plugins',
];

/** Decide what a document is from its content. */
function classify(doc: SourceDoc): void {
  const root = doc.root;
  const top = keys(root);
  if (top.length === 0) return;
  const apiVersion = str(get(root, 'apiVersion'));
  const kind = str(get(root, 'kind'));
  let k: DocKind = 'unknown';
  if (apiVersion?.startsWith(API_VERSION.split('/')[0]!) && kind === 'Fleet') k = 'fleet';
  else if (apiVersion && kind) {
    k = 'k8s';
    doc.apiVersion = apiVersion;
    doc.k8sKind = kind;
    const name = str(get(get(root, 'metadata'), 'name'));
    const namespace = str(get(get(root, 'metadata'), 'namespace'));
    if (name) doc.name = name;
    if (namespace) doc.namespace = namespace;
  } else if (
    top.includes('remote_write') ||
    top.includes('scrape_configs') ||
    keys(get(root, 'global')).some((g) => ['external_labels', 'scrape_interval'].includes(g))
  )
    k = 'prometheus';
  else if (
    top.some((t) => THANOS_TOP_LEVEL_KEYS.includes(t) && t !== 'global' && t !== 'image') ||
    top.some((t) => THANOS_COMPONENT_KEYS.includes(t.toLowerCase())) ||
    top.includes('grafana') ||
    top.includes('storeGateway')
  )
    k = 'thanos-values';
  else if (top.some((t) => GRAFANA_CHART_KEYS.includes(t)) || isGrafanaIngress(get(root, 'ingress')))
    k = 'grafana-values';
  else if (top.includes('ingress')) k = 'ingress-fragment';
  doc.kind = k;
}

/** The grafana chart's ingress has `hosts` (a list of strings) where bitnami has `hostname`. */
function isGrafanaIngress(node: YNode): boolean {
  return keys(node).includes('hosts') && !keys(node).includes('hostname');
}
