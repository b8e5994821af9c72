/**
 * One YAML style for every rendered file, so golden files stay stable: the `yaml` library's output
 * with lineWidth 0, indent 2 and no aliases, printed by src/yaml/print.ts when it can (the same bytes,
 * much faster) and by the library otherwise.
 */
import { Document, isMap, isScalar, type Scalar } from 'yaml';
import { pathKey, printYaml, yamlText } from '../yaml/print.js';
import { type Artifact, type FileObjects, lazyArtifact } from './artifact.js';

export function toYaml(value: unknown, header?: string): string {
  const body = yamlText(value);
  return header ? `${commentBlock(header)}\n${body}` : body;
}

/** Several Kubernetes objects in one multi-document file. */
export function toYamlDocuments(values: readonly unknown[], header?: string): string {
  const docs = values.map((v) => toYaml(v)).join('---\n');
  return header ? `${commentBlock(header)}\n${docs}` : docs;
}

/**
 * A file of Kubernetes objects: `header`, then each object as a YAML document (toYamlDocuments), or
 * the one object with comments above its keys (toCommentedYaml). The objects travel with the file
 * for the GitOps layout, and the text is printed only if something reads it.
 */
export function objectsFile(path: string, objects: FileObjects, secret = false): Artifact {
  if (objects.comments && objects.list.length !== 1)
    throw new Error(`${path}: comments are placed in a file of one object`);
  return lazyArtifact(path, () => printObjects(objects), secret, objects);
}

export function printObjects(o: FileObjects): string {
  return o.comments ? toCommentedYaml(o.list[0], o.header, o.comments) : toYamlDocuments(o.list, o.header);
}

/** Comments attached above a key of the rendered document; numbers index sequences. */
export type KeyComment = { path: readonly (string | number)[]; text: string };

/** `# ` before every line: the header style of toYaml. */
export function commentBlock(text: string): string {
  return text
    .split('\n')
    .map((l) => (l ? `# ${l}` : '#'))
    .join('\n');
}

/**
 * YAML in the style of toYaml, plus comments above chosen keys. Comments say why a value is what it
 * is, next to the value, so a file explains itself without the README. Empty comment lines print as
 * empty lines. A comment for a key that is not rendered is a renderer bug and throws.
 */
export function toCommentedYaml(
  value: unknown,
  header: string | undefined,
  comments: readonly KeyComment[],
): string {
  const byPath = new Map<string, string>();
  for (const c of comments) byPath.set(pathKey(c.path), commentLines(c.text));
  const body = printYaml(value, byPath) ?? printWithLibrary(value, comments, byPath);
  return header ? `${commentBlock(header)}\n${body}` : body;
}

/**
 * A comment's lines as the printer places them (` ` before each non-empty line). The same few texts
 * are placed in every edge's agent config: each is split and joined once.
 */
function commentLines(text: string): string {
  let lines = commentTexts.get(text);
  if (lines === undefined) {
    lines = text
      .split('\n')
      .map((l) => (l ? ` ${l}` : ''))
      .join('\n');
    if (commentTexts.size < 10_000) commentTexts.set(text, lines);
  }
  return lines;
}
const commentTexts = new Map<string, string>();

export function printWithLibrary(
  value: unknown,
  comments: readonly KeyComment[],
  byPath: Map<string, string>,
): string {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  for (const c of comments) {
    const key = keyNode(doc.contents, c.path);
    if (!key) throw new Error(`comment for a key that is not rendered: ${c.path.join('.')}`);
    key.commentBefore = byPath.get(pathKey(c.path));
  }
  return doc.toString({ lineWidth: 0, indent: 2 });
}

function keyNode(root: unknown, path: readonly (string | number)[]): Scalar | undefined {
  let node = root;
  let key: Scalar | undefined;
  for (const seg of path) {
    if (typeof seg === 'number') {
      const item = (node as { items?: unknown[] } | null)?.items?.[seg];
      if (item === undefined || isMap(node)) return undefined;
      node = item;
      continue;
    }
    if (!isMap(node)) return undefined;
    const pair = node.items.find((p) => isScalar(p.key) && p.key.value === seg);
    if (!pair || !isScalar(pair.key)) return undefined;
    key = pair.key;
    node = pair.value;
  }
  return key;
}
