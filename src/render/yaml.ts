/** One YAML style for every rendered file, so golden files stay stable. */
import { stringify } from 'yaml';

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
