/** One YAML style for every rendered file, so golden files stay stable. */
import { Document, isMap, isScalar, type Scalar, stringify } from 'yaml';

export function toYaml(value: unknown, header?: string): string {
  const body = stringify(value, { lineWidth: 0, indent: 2, aliasDuplicateObjects: false });
  return header
    ? `${header
        .split('\n')
        .map((l) => (l ? `# ${l}` : '#'))
        .join('\n')}\n${body}`
    : body;
}

/** Several Kubernetes objects in one multi-document file. */
export function toYamlDocuments(values: unknown[], header?: string): string {
  const docs = values.map((v) => toYaml(v)).join('---\n');
  return header
    ? `${header
        .split('\n')
        .map((l) => (l ? `# ${l}` : '#'))
        .join('\n')}\n${docs}`
    : docs;
}

/** Comments attached above a key of the rendered document. */
export type KeyComment = { path: readonly string[]; text: string };

/** `# ` before every line: the header style of toYaml. */
export function commentBlock(text: string): string {
  return text
    .split('\n')
    .map((l) => (l ? `# ${l}` : '#'))
    .join('\n');
}

/**
 * YAML in the style of toYaml, plus comments above chosen keys. Comments say why a
 * value is what it is, next to the value, so the values file explains itself without the README.
 */
export function toCommentedYaml(value: unknown, header: string | undefined, comments: KeyComment[]): string {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  for (const c of comments) {
    const key = keyNode(doc.contents, c.path);
    if (!key) throw new Error(`comment for a key that is not rendered: ${c.path.join('.')}`);
    key.commentBefore = c.text
      .split('\n')
      .map((l) => (l ? ` ${l}` : ''))
      .join('\n');
  }
  const body = doc.toString({ lineWidth: 0, indent: 2 });
  return header ? `${commentBlock(header)}\n${body}` : body;
}

function keyNode(root: unknown, path: readonly string[]): Scalar | undefined {
  let node = root;
  let key: Scalar | undefined;
  for (const seg of path) {
    if (!isMap(node)) return undefined;
    const pair = node.items.find((p) => isScalar(p.key) && p.key.value === seg);
    if (!pair || !isScalar(pair.key)) return undefined;
    key = pair.key;
    node = pair.value;
  }
  return key;
}
