/** Inputs: kinds from content (not names), multi-document files, folders, positions of keys. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWorkspace } from '../../src/check/extract.js';
import { parseInputText } from '../../src/check/inputs.js';
import { check } from './support.js';

const parse = (text: string, file = 'x.yaml') => parseInputText(text, file).input!.docs.map((d) => d.kind);

describe('document kinds come from content', () => {
  it('recognises each supported kind', () => {
    expect(parse('remote_write:\n  - url: https://a/api/v1/receive\n')).toEqual(['prometheus']);
    expect(parse('receive:\n  enabled: true\n')).toEqual(['thanos-values']);
    expect(parse('global:\n  security: {allowInsecureImages: true}\nquery: {enabled: true}\n')).toEqual([
      'thanos-values',
    ]);
    expect(parse('grafana.ini:\n  server: {root_url: x}\n')).toEqual(['grafana-values']);
    expect(parse('ingress:\n  hosts: [a.example.com]\n')).toEqual(['grafana-values']);
    expect(parse('apiVersion: v1\nkind: Secret\nmetadata: {name: s}\n')).toEqual(['k8s']);
    expect(parse('apiVersion: thanos-fleet.dev/v1alpha1\nkind: Fleet\n')).toEqual(['fleet']);
    expect(parse('hello: world\n')).toEqual(['unknown']);
  });
  it('reads every document of a multi-document file, keeping true line numbers', () => {
    const { input } = parseInputText(
      'remote_write:\n  - url: https://a/api/v1/receive\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n',
      'multi.yaml',
    );
    const ws = buildWorkspace([input!], [], '2.42.0');
    expect(input!.docs.map((d) => d.kind)).toEqual(['prometheus', 'k8s']);
    expect(ws.secrets[0]!.loc).toEqual({ file: 'multi.yaml', line: 7, column: 3 });
    expect(ws.remoteWrites[0]!.urlLoc).toEqual({ file: 'multi.yaml', line: 2, column: 5 });
  });
});

describe('folders', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tf-inputs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('are walked recursively and files checked together, whatever their names', async () => {
    mkdirSync(join(dir, 'edges', 'a'), { recursive: true });
    // A Prometheus config named like chart values, and values named like a Prometheus config.
    writeFileSync(
      join(dir, 'edges', 'a', 'values.yaml'),
      'global:\n  external_labels: {cluster: a}\nremote_write:\n  - url: https://thanos-receive.example.com/api/v1/receive\n    queue_config: {max_shards: 50}\n',
    );
    writeFileSync(
      join(dir, 'prometheus.yml'),
      'receive:\n  ingress:\n    enabled: true\n    hostname: thanos-receive.example.com\n    annotations:\n      nginx.ingress.kubernetes.io/limit-connections: "10"\n',
    );
    writeFileSync(join(dir, 'README.md'), '# not yaml: ignored in folders\n');
    const result = await check([dir]);
    expect(result.files).toHaveLength(2);
    const f = result.findings.find((x) => x.code === 'TF2201')!;
    expect(f.loc).toEqual({ file: join(dir, 'prometheus.yml'), line: 6, column: 7 });
  });
});
