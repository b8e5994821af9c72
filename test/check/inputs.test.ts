/** Inputs: kinds from content (not names), multi-document files, folders, positions of keys. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { buildWorkspace } from '../../src/check/extract.js';
import { expandInputs, parseInputText } from '../../src/check/inputs.js';
import { fastParse } from '../../src/yaml/read.js';
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

describe('positions and views of a file the fast reader read', () => {
  const text = [
    '# an agent',
    'global:',
    '  scrape_interval: 30s   # trailing comment',
    '',
    '  external_labels:',
    '    cluster: edge-1',
    '    region: r1',
    'remote_write:',
    '  - url: https://thanos-receive.example.com/api/v1/receive',
    '    queue_config:',
    '      capacity: 300',
    '      max_samples_per_send: 200',
    '',
  ].join('\r\n');

  it('finds every line and column as the library does', () => {
    expect(fastParse(text, []), 'the fast reader takes it').toBeDefined();
    const { input } = parseInputText(text, 'a.yaml');
    const doc = input!.docs[0]!;
    const lc = new LineCounter();
    parseDocument(text, { lineCounter: lc });
    for (let offset = 0; offset <= text.length; offset++) {
      const { line, col } = lc.linePos(offset);
      expect(doc.pos.at(offset), `offset ${offset}`).toEqual({ file: 'a.yaml', line, column: col });
    }
  });

  it('gives the agent, its labels and its remote write with their positions and edge', () => {
    const { input } = parseInputText(text, 'a.yaml');
    const ws = buildWorkspace([input!], [], '2.42.0');
    const agent = ws.agents[0]!;
    expect(agent.labelsLoc).toEqual({ file: 'a.yaml', line: 5, column: 3 });
    expect(agent.externalLabels.get('cluster')).toMatchObject({
      value: 'edge-1',
      loc: { file: 'a.yaml', line: 6, column: 5 },
    });
    const rw = ws.remoteWrites[0]!;
    expect(rw.loc).toEqual({ file: 'a.yaml', line: 9, column: 5 });
    expect(rw.urlLoc).toEqual({ file: 'a.yaml', line: 9, column: 5 });
    expect(rw.edge).toEqual({
      name: 'edge-1',
      index: 0,
      clusterLabel: 'edge-1',
      externalLabels: { cluster: 'edge-1', region: 'r1' },
      prometheusVersion: '2.42.0',
      remoteTimeout: '30s',
      scrapeInterval: '30s',
      queue: {
        capacity: 300,
        maxShards: 200,
        minShards: 1,
        maxSamplesPerSend: 200,
        batchSendDeadline: '5s',
        minBackoff: '30ms',
        maxBackoff: '5s',
        retryOnHttp429: false,
      },
      egress: 'a.yaml#0',
      form: 'raw',
    });
    expect(rw.queue).toEqual(rw.edge.queue);
    expect(ws.edges).toEqual([rw.edge]);
    expect(ws.edgesAssumed).toBe(false);
  });
});

describe('folder paths', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tf-paths-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('are joined as path.join joins them, however the folder is written', () => {
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'a.yaml'), 'a: 1\n');
    writeFileSync(join(dir, 'sub', 'b.yml'), 'b: 1\n');
    const rel = relative(process.cwd(), dir);
    for (const written of [dir, `${dir}/`, `${dir}//./`, join(dir, 'sub', '..'), rel, `./${rel}/`]) {
      expect(expandInputs([written]).files, written).toEqual([
        join(written, 'a.yaml'),
        join(written, 'sub', 'b.yml'),
      ]);
    }
  });
});
