/**
 * The three deployable edge forms carry the same remote write: each operator form is converted back
 * to a Prometheus remote_write (the field mapping the operator applies, PO pkg/prometheus/promcfg.go
 * `generateRemoteWriteConfig`) and compared with the raw prometheus.yml of the edge renderer; the
 * converted configs pass the real `promtool check config --agent`; every manifest passes its schema.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { compareVersions, type Edge } from '../../src/fleet/defaults.js';
import { generationUser, rotateEdges } from '../../src/fleet/rollout.js';
import type { Artifact } from '../../src/render/artifact.js';
import type { RenderContext } from '../../src/render/context.js';
import { renderEdge } from '../../src/render/edge/index.js';
import { renderEdgeForm } from '../../src/render/edge-forms/index.js';
import { validateManifest, validateManifestText } from '../support/manifests.js';
import { contextFor, fleetText, textWithForm, withForm } from './support.js';

type Json = Record<string, unknown>;

const work = mkdtempSync(join(tmpdir(), 'tf-forms-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// PO RemoteWriteSpec → Prometheus remote_write, written independently of src/render/edge-forms.
const BACK_TOP: Record<string, string> = {
  name: 'name',
  url: 'url',
  remoteTimeout: 'remote_timeout',
  sendExemplars: 'send_exemplars',
  followRedirects: 'follow_redirects',
  enableHTTP2: 'enable_http2',
};
const BACK_QUEUE: Record<string, string> = {
  capacity: 'capacity',
  maxShards: 'max_shards',
  minShards: 'min_shards',
  maxSamplesPerSend: 'max_samples_per_send',
  batchSendDeadline: 'batch_send_deadline',
  minBackoff: 'min_backoff',
  maxBackoff: 'max_backoff',
  retryOnRateLimit: 'retry_on_http_429',
};
const BACK_TLS: Record<string, string> = {
  caFile: 'ca_file',
  serverName: 'server_name',
  insecureSkipVerify: 'insecure_skip_verify',
};

function secretValue(secret: Json, ref: { name: string; key: string }): string {
  expect((secret.metadata as Json).name).toBe(ref.name);
  const data = secret.data as Record<string, string>;
  expect(data[ref.key], `Secret key ${ref.key}`).toBeDefined();
  return Buffer.from(data[ref.key]!, 'base64').toString('utf8');
}

function backToPrometheus(spec: Json, secret: Json, version: string): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(spec)) {
    if (k === 'basicAuth') {
      const ba = v as { username: { name: string; key: string }; password: { name: string; key: string } };
      out.basic_auth = {
        username: secretValue(secret, ba.username),
        password: secretValue(secret, ba.password),
      };
    } else if (k === 'tlsConfig') {
      out.tls_config = Object.fromEntries(
        Object.entries(v as Json).map(([tk, tv]) => [BACK_TLS[tk] ?? `UNMAPPED ${tk}`, tv]),
      );
    } else if (k === 'queueConfig') {
      const q: Json = {};
      for (const [qk, qv] of Object.entries(v as Json)) {
        // The operator drops retryOnRateLimit for Prometheus < 2.26 (datapath.md §8).
        if (qk === 'retryOnRateLimit' && compareVersions(version, '2.26.0') < 0) continue;
        q[BACK_QUEUE[qk] ?? `UNMAPPED ${qk}`] = qv;
      }
      out.queue_config = q;
    } else out[BACK_TOP[k] ?? `UNMAPPED ${k}`] = v;
  }
  return out;
}

/** The operator's external labels: spec labels plus the two it adds unless their names are "". */
function operatorExternalLabels(spec: Json, name: string, ns: string): Json {
  const labels: Json = { ...(spec.externalLabels as Json) };
  const promName = (spec.prometheusExternalLabelName as string | undefined) ?? 'prometheus';
  const replicaName = (spec.replicaExternalLabelName as string | undefined) ?? 'prometheus_replica';
  if (promName !== '') labels[promName] = `${ns}/${name}`;
  if (replicaName !== '') labels[replicaName] = '$(POD_NAME)';
  return labels;
}

function rawForm(ctx: RenderContext, edge: Edge): { remoteWrite: Json; labels: Json } {
  const files = renderEdge(ctx, withForm(edge, 'raw'));
  const config = parse(files.find((a) => a.path.endsWith('/prometheus.yml'))!.content) as Json;
  const rw = structuredClone((config.remote_write as Json[])[0]!);
  const auth = rw.basic_auth as Json;
  // password_file holds the edge's password (the rendered `password` file / Secret).
  const password = files.find((a) => a.path.endsWith('/password'))!.content;
  rw.basic_auth = { username: auth.username, password };
  return { remoteWrite: rw, labels: (config.global as Json).external_labels as Json };
}

function file(artifacts: Artifact[], suffix: string): Artifact {
  const a = artifacts.find((x) => x.path.endsWith(suffix));
  expect(a, suffix).toBeDefined();
  return a!;
}

function promtoolAgent(name: string, config: Json): void {
  const f = join(work, `${name}.yml`);
  writeFileSync(f, stringify(config));
  // Throws with promtool's output when the file is refused.
  execFileSync('promtool', ['check', 'config', '--agent', f], { encoding: 'utf8' });
}

describe('edge forms carry the raw remote write', () => {
  const ctx = contextFor(fleetText());
  const agentEdges = ctx.fleet.edges.filter((e) => compareVersions(e.prometheusVersion, '2.32.0') >= 0);

  it.each(ctx.fleet.edges.map((e) => [e.name, e] as const))('PrometheusAgent of %s', async (_n, edge) => {
    const out = renderEdgeForm(ctx, withForm(edge, 'prometheus-operator'));
    expect(out.map((a) => a.path).sort()).toEqual([
      `edges/${edge.name}/README.md`,
      `edges/${edge.name}/prometheus-agent.yaml`,
      `edges/${edge.name}/remote-write-secret.yaml`,
    ]);
    const secretFile = file(out, 'remote-write-secret.yaml');
    expect(secretFile.secret).toBe(true);
    const secret = parse(secretFile.content) as Json;
    const docs = parseAllDocuments(file(out, 'prometheus-agent.yaml').content).map((d) => d.toJS() as Json);
    const agent = docs.find((d) => d.kind === 'PrometheusAgent')!;
    const spec = agent.spec as Json;
    const raw = rawForm(ctx, edge);
    expect(spec.version).toBe(`v${edge.prometheusVersion}`);
    const back = backToPrometheus((spec.remoteWrite as Json[])[0]!, secret, edge.prometheusVersion);
    expect(back).toEqual(raw.remoteWrite);
    const meta = agent.metadata as Json;
    expect(operatorExternalLabels(spec, meta.name as string, meta.namespace as string)).toEqual(raw.labels);
  });

  it.each(ctx.fleet.edges.map((e) => [e.name, e] as const))(
    'kube-prometheus-stack values of %s',
    (_n, edge) => {
      const out = renderEdgeForm(ctx, withForm(edge, 'kube-prometheus-stack'));
      const values = parse(file(out, 'kube-prometheus-stack-values.yaml').content) as Json;
      const prom = values.prometheus as Json;
      expect(prom.agentMode).toBe(true);
      const spec = prom.prometheusSpec as Json;
      expect(spec.version).toBe(`v${edge.prometheusVersion}`);
      expect((spec.image as Json).tag).toBe(`v${edge.prometheusVersion}`);
      const secret = parse(file(out, 'remote-write-secret.yaml').content) as Json;
      const raw = rawForm(ctx, edge);
      expect(backToPrometheus((spec.remoteWrite as Json[])[0]!, secret, edge.prometheusVersion)).toEqual(
        raw.remoteWrite,
      );
      // The chart names the PrometheusAgent after the release; with both label names "" nothing is added.
      expect(operatorExternalLabels(spec, 'kps-prometheus', 'monitoring')).toEqual(raw.labels);
    },
  );

  it.each(['kube-prometheus-stack', 'prometheus-operator'] as const)(
    'the %s README applies exactly the files beside it, in order, and names the agent the operator runs',
    (form) => {
      const edge = ctx.fleet.edges[0]!;
      const out = renderEdgeForm(ctx, withForm(edge, form));
      const readme = file(out, 'README.md').content;
      const files = out.map((a) => a.path.split('/').pop()!).filter((f) => f !== 'README.md');
      // Every file the commands use exists, and the Secret is applied before what reads it.
      const used = [...readme.matchAll(/ -f ([\w.-]+\.yaml)/g)].map((x) => x[1]!);
      expect(new Set(used)).toEqual(new Set(files));
      expect(readme.indexOf('apply -f remote-write-secret.yaml')).toBeGreaterThan(0);
      expect(readme.indexOf('apply -f remote-write-secret.yaml')).toBeLessThan(
        readme.indexOf(
          form === 'kube-prometheus-stack' ? 'helm upgrade --install' : 'apply -f prometheus-agent.yaml',
        ),
      );
      if (form === 'kube-prometheus-stack') {
        expect(readme).toContain('prometheus-community/kube-prometheus-stack --version 88.5.3 -n monitoring');
        expect(readme).toContain('statefulset/prom-agent-kube-prometheus-stack-prometheus');
        expect(readme).toContain('rate(prometheus_remote_storage_samples_failed_total{cluster="edge-01"');
      } else {
        expect(readme).toContain('statefulset/prom-agent-prometheus-agent');
        // No self-scrape in this form: the README does not promise the agent's counters centrally.
        expect(readme).not.toContain('rate(prometheus_remote_storage_samples_failed_total');
      }
      expect(readme).toContain(`up{cluster="${edge.clusterLabel}"}`);
      const ko = file(renderEdgeForm({ ...ctx, lang: 'ko' }, withForm(edge, form)), 'README.md').content;
      expect(ko).toContain('적용 순서');
      expect(ko).not.toBe(readme);
    },
  );

  it('the converted operator configs pass promtool check config --agent (agent-capable versions)', () => {
    expect(agentEdges.length).toBeGreaterThan(5);
    for (const edge of agentEdges.filter((e) => compareVersions(e.prometheusVersion, '3.0.0') < 0)) {
      const out = renderEdgeForm(ctx, withForm(edge, 'prometheus-operator'));
      const secret = parse(file(out, 'remote-write-secret.yaml').content) as Json;
      const agent = parseAllDocuments(file(out, 'prometheus-agent.yaml').content)
        .map((d) => d.toJS() as Json)
        .find((d) => d.kind === 'PrometheusAgent')!;
      const spec = agent.spec as Json;
      const rw = backToPrometheus((spec.remoteWrite as Json[])[0]!, secret, edge.prometheusVersion);
      promtoolAgent(edge.name, {
        global: { scrape_interval: spec.scrapeInterval, external_labels: spec.externalLabels },
        scrape_configs: [],
        remote_write: [rw],
      });
    }
  });

  it('renders nothing for the raw form (the edge renderer owns it)', () => {
    expect(renderEdgeForm(ctx, withForm(ctx.fleet.edges[0]!, 'raw'))).toEqual([]);
  });

  it('follows the fleet file `form` setting and the rotated credential generation', () => {
    const formCtx = contextFor(textWithForm(fleetText(), 'kube-prometheus-stack'));
    const edge = formCtx.fleet.edges[0]!;
    expect(edge.form).toBe('kube-prometheus-stack');
    const rotated = { ...formCtx, state: rotateEdges(formCtx.state, [edge.name]) };
    const secret = parse(file(renderEdgeForm(rotated, edge), 'remote-write-secret.yaml').content) as Json;
    expect(secretValue(secret, { name: 'prometheus-agent-remote-write', key: 'username' })).toBe(
      generationUser(edge.name, 2),
    );
  });
});

describe('edge form manifests pass their schemas', () => {
  const ctx = contextFor(fleetText());
  it.each(ctx.fleet.edges.map((e) => [e.name, e] as const))('%s', async (_n, edge) => {
    const out = renderEdgeForm(ctx, withForm(edge, 'prometheus-operator'));
    // PrometheusAgent against the upstream CRD (v0.93.0), the Secret against kubernetes-models.
    const text = file(out, 'prometheus-agent.yaml').content;
    const docs = parseAllDocuments(text).map((d) => d.toJS() as Json);
    const agentText = stringify(docs.find((d) => d.kind === 'PrometheusAgent'));
    expect(await validateManifestText(agentText)).toEqual([]);
    expect(await validateManifestText(file(out, 'remote-write-secret.yaml').content)).toEqual([]);
    // ServiceAccount and RBAC are core kinds: validated with kubernetes-models directly.
    const models: Record<string, () => Promise<{ new (d: unknown): { validate(): void } }>> = {
      ServiceAccount: async () =>
        (await import('kubernetes-models/v1/ServiceAccount')).ServiceAccount as never,
      ClusterRole: async () =>
        (await import('kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRole')).ClusterRole as never,
      ClusterRoleBinding: async () =>
        (await import('kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRoleBinding'))
          .ClusterRoleBinding as never,
    };
    for (const d of docs.filter((x) => x.kind !== 'PrometheusAgent')) {
      const Model = await models[d.kind as string]!();
      expect(() => new Model(d).validate()).not.toThrow();
    }
    expect(await validateManifest({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'x' } })).toEqual([]);
  });
});
