/**
 * Agent configs of every edge are checked by the real `promtool check config --agent` (Debian 2.42).
 * Debian's build lacks kubernetes_sd and insists that token files exist, so each config is checked as a
 * derived copy in which ONLY kubernetes_sd blocks become static_configs and token paths become temp
 * files (test/support/promtool.ts, datapath.md last section); every other field is checked as rendered.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { Edge, Fleet } from '../../src/fleet/defaults.js';
import { loadFleetFile, loadFleetText, REFERENCE_FLEET_FILE } from '../../src/fleet/load.js';
import { reconcileState } from '../../src/fleet/state.js';
import { deriveFleetPolicy } from '../../src/policy/derive.js';
import type { RenderContext } from '../../src/render/context.js';
import {
  DEFAULT_PASSWORD_FILE,
  edgeAgentConfig,
  edgeAgentConfigYaml,
  pruneRemoteWriteFields,
  SERVICE_ACCOUNT_TOKEN,
} from '../../src/render/edge/agent-config.js';
import { renderEdge } from '../../src/render/edge/index.js';
import {
  debianCheckableCopy,
  promtoolCheckAgentConfig,
  promtoolCheckText,
  removePromtoolTempDirs,
} from '../support/promtool.js';

afterAll(removePromtoolTempDirs);

const TEN_EDGES = join(import.meta.dirname, '..', 'fixtures', 'fleets', 'ten-edges.yaml');

const contexts = new Map<string, RenderContext>();
/** One context per fleet file: reconcileState bcrypt-hashes operator passwords, slow to repeat. */
function context(file: string): RenderContext {
  let ctx = contexts.get(file);
  if (!ctx) {
    const { fleet } = loadFleetFile(file);
    const { state } = reconcileState(fleet, undefined);
    ctx = { fleet, policy: deriveFleetPolicy(fleet), state, provider: 'ingress-nginx', lang: 'en' };
    contexts.set(file, ctx);
  }
  return ctx;
}

function renderedConfig(ctx: RenderContext, edge: Edge): Record<string, unknown> {
  const file = renderEdge(ctx, edge).find((a) => a.path.endsWith('/prometheus.yml'));
  if (!file) throw new Error(`no prometheus.yml for ${edge.name}`);
  return parse(file.content) as Record<string, unknown>;
}

type RemoteWrite = Record<string, Record<string, unknown>> & { url: string; name: string };
const remoteWriteOf = (cfg: Record<string, unknown>) => (cfg.remote_write as RemoteWrite[])[0]!;

/** A fleet with one edge on `version` (and optional edge YAML lines). */
function oneEdgeFleet(version: string, extra = ''): Fleet {
  const text = `apiVersion: thanos-fleet.dev/v1alpha1
kind: Fleet
metadata: { name: versions }
central:
  domain: central.example.com
  certManager: { email: ops@example.com }
  objstore: { secretName: thanos-objstore }
edges:
  - name: edge-a
    prometheusVersion: ${version}
${extra}`;
  return loadFleetText(text, 'versions.yaml').fleet;
}

describe('promtool check config --agent on every rendered agent config', () => {
  for (const [label, file] of [
    ['reference fleet', REFERENCE_FLEET_FILE],
    ['ten-edge fleet', TEN_EDGES],
  ] as const) {
    it(`accepts all edges of the ${label}`, () => {
      const ctx = context(file);
      expect(ctx.fleet.edges.length).toBeGreaterThanOrEqual(3);
      for (const edge of ctx.fleet.edges) {
        const result = promtoolCheckAgentConfig(renderedConfig(ctx, edge));
        expect(result.output, `${edge.name} (Prometheus ${edge.prometheusVersion})`).toContain('SUCCESS');
        expect(result.code, result.output).toBe(0);
        // Only the two Debian quirks were touched: 3 SD blocks, 2 token paths.
        expect(result.replaced).toHaveLength(5);
      }
    });
  }

  it('needs the derived copy only for the two Debian quirks: the config as written fails on kubernetes_sd', () => {
    const ctx = context(REFERENCE_FLEET_FILE);
    const edge = ctx.fleet.edges[0]!;
    const asWritten = promtoolCheckText(edgeAgentConfigYaml(ctx.fleet, edge, 'en'));
    expect(asWritten.code).not.toBe(0);
    expect(asWritten.output).toContain('field kubernetes_sd_configs not found');
    const derived = debianCheckableCopy(edgeAgentConfig(ctx.fleet, edge));
    // remote_write and global are byte-for-byte what was rendered.
    const original = edgeAgentConfig(ctx.fleet, edge);
    expect(derived.config.remote_write).toEqual(original.remote_write);
    expect(derived.config.global).toEqual(original.global);
  });

  it('fails on a broken config: rule_files under --agent, a field 2.42 does not know', () => {
    const ctx = context(REFERENCE_FLEET_FILE);
    const edge = ctx.fleet.edges[0]!;
    const withRules = { ...edgeAgentConfig(ctx.fleet, edge), rule_files: ['rules.yml'] };
    const r1 = promtoolCheckAgentConfig(withRules);
    expect(r1.code).toBe(1);
    expect(r1.output).toContain('field rule_files is not allowed in agent mode');

    const unknown = edgeAgentConfig(ctx.fleet, edge);
    remoteWriteOf(unknown).queue_config!.sample_age_limit = '1h';
    const r2 = promtoolCheckAgentConfig(unknown);
    expect(r2.code).toBe(1);
    expect(r2.output).toContain('field sample_age_limit not found');
  });
});

describe('remote_write of an edge', () => {
  it('has the contract fields and never a password or insecure_skip_verify: true', () => {
    const ctx = context(TEN_EDGES);
    for (const edge of ctx.fleet.edges) {
      const rw = remoteWriteOf(renderedConfig(ctx, edge));
      expect(rw.name).toBe('thanos-receive');
      expect(rw.url).toBe(`https://${ctx.fleet.components.receive.host}/api/v1/receive`);
      expect(rw.basic_auth).toEqual({ username: edge.name, password_file: DEFAULT_PASSWORD_FILE });
      expect(rw.tls_config!.insecure_skip_verify).toBe(false);
      expect(rw.tls_config!.ca_file).toBe(edge.caFile);
      expect(rw.queue_config!.capacity).toBe(edge.queue.capacity);
      expect(rw.queue_config!.max_samples_per_send).toBe(edge.queue.maxSamplesPerSend);
      expect(rw.queue_config!.batch_send_deadline).toBe(edge.queue.batchSendDeadline);
      expect(rw.remote_timeout).toBe(edge.remoteTimeout);
    }
    const caEdge = ctx.fleet.edges.find((e) => e.name === 'edge-08')!;
    expect(remoteWriteOf(renderedConfig(ctx, caEdge)).tls_config!.ca_file).toBe(
      '/etc/prometheus/tls/private-ca.crt',
    );
    const off = ctx.fleet.edges.find((e) => e.name === 'edge-09')!;
    expect(remoteWriteOf(renderedConfig(ctx, off)).queue_config!.retry_on_http_429).toBe(false);
  });

  it('carries the edge external labels with a unique cluster, and no agent-forbidden sections', () => {
    const ctx = context(TEN_EDGES);
    const clusters = new Set<string>();
    for (const edge of ctx.fleet.edges) {
      const cfg = renderedConfig(ctx, edge);
      const labels = (cfg.global as { external_labels: Record<string, string> }).external_labels;
      expect(labels).toEqual(edge.externalLabels);
      clusters.add(labels.cluster!);
      for (const forbidden of ['rule_files', 'alerting', 'remote_read'])
        expect(cfg).not.toHaveProperty(forbidden);
    }
    expect(clusters.size).toBe(ctx.fleet.edges.length);
    expect(clusters.has('factory-7')).toBe(true);
  });
});

describe('version gating', () => {
  it('a 2.25 edge gets no retry_on_http_429 and bearer_token_file instead of authorization', () => {
    const fleet = oneEdgeFleet('2.25.0');
    const edge = fleet.edges[0]!;
    const cfg = edgeAgentConfig(fleet, edge);
    expect(remoteWriteOf(cfg).queue_config).not.toHaveProperty('retry_on_http_429');
    const text = stringify(cfg);
    expect(text).not.toContain('authorization');
    expect(text).toContain(`bearer_token_file: ${SERVICE_ACCOUNT_TOKEN}`);
    const yaml = edgeAgentConfigYaml(fleet, edge, 'en');
    expect(yaml).toContain('Prometheus 2.25.0 has no retry_on_http_429 (needs 2.26.0)');
    expect(yaml).toContain('has no agent mode (it arrived in 2.32.0)');
    expect(yaml).not.toContain('--enable-feature=agent');
    // Still a valid config for promtool (bearer_token_file is replaced by a temp file like the token).
    const r = promtoolCheckAgentConfig(cfg);
    expect(r.code, r.output).toBe(0);
  });

  it('2.26 has retry_on_http_429 and authorization; 2.42 runs --enable-feature=agent; 3.5 runs --agent', () => {
    const f226 = oneEdgeFleet('2.26.0');
    const cfg = edgeAgentConfig(f226, f226.edges[0]!);
    expect(remoteWriteOf(cfg).queue_config!.retry_on_http_429).toBe(true);
    expect(stringify(cfg)).toContain('credentials_file');
    const f242 = oneEdgeFleet('2.42.0');
    expect(edgeAgentConfigYaml(f242, f242.edges[0]!, 'en')).toContain('prometheus --enable-feature=agent ');
    const f35 = oneEdgeFleet('3.5.0');
    const y35 = edgeAgentConfigYaml(f35, f35.edges[0]!, 'en');
    expect(y35).toContain('prometheus --agent ');
    expect(y35).not.toContain('--enable-feature=agent');
  });

  it('gates any remote_write field listed in REMOTE_WRITE_FIELD_SINCE, at any depth', () => {
    const entry = () => ({
      url: 'https://x/api/v1/receive',
      basic_auth: { username: 'a', username_file: '/u', password_file: '/p' },
      proxy_from_environment: true,
      protobuf_message: 'prometheus.WriteRequest',
      queue_config: { capacity: 10, sample_age_limit: '1h', retry_on_http_429: true },
    });
    const old = entry();
    expect(pruneRemoteWriteFields(old, '2.42.0').sort()).toEqual([
      'basic_auth.username_file',
      'protobuf_message',
      'proxy_from_environment',
      'queue_config.sample_age_limit',
    ]);
    expect(old.queue_config).toEqual({ capacity: 10, retry_on_http_429: true });
    const current = entry();
    expect(pruneRemoteWriteFields(current, '3.5.0')).toEqual([]);
    expect(current).toEqual(entry());
    const ancient = entry();
    expect(pruneRemoteWriteFields(ancient, '2.20.0')).toContain('queue_config.retry_on_http_429');
  });
});

describe('the sandbox contract (AgentSite)', () => {
  it('overrides url, SNI, CA, password file, scrape jobs and queue, and promtool accepts it unmodified', () => {
    const ctx = context(REFERENCE_FLEET_FILE);
    const edge = ctx.fleet.edges[1]!;
    const scrapeConfigs = [
      { job_name: 'prometheus-agent', static_configs: [{ targets: ['127.0.0.1:9999'] }] },
    ];
    const cfg = edgeAgentConfig(ctx.fleet, edge, {
      remoteWriteUrl: 'https://127.0.0.1:8443/api/v1/receive',
      serverName: ctx.fleet.components.receive.host,
      caFile: '/tmp/sb/pki/ca.crt',
      passwordFile: '/tmp/sb/edge/password',
      scrapeConfigs,
      scrapeInterval: '1s',
      remoteTimeout: '5s',
      queue: { batchSendDeadline: '1s', maxShards: 4 },
    });
    const rw = remoteWriteOf(cfg);
    expect(rw.url).toBe('https://127.0.0.1:8443/api/v1/receive');
    expect(rw.tls_config).toEqual({
      ca_file: '/tmp/sb/pki/ca.crt',
      server_name: ctx.fleet.components.receive.host,
      insecure_skip_verify: false,
    });
    expect(rw.basic_auth).toEqual({ username: edge.name, password_file: '/tmp/sb/edge/password' });
    expect(rw.remote_timeout).toBe('5s');
    expect(rw.queue_config).toMatchObject({ batch_send_deadline: '1s', max_shards: 4, capacity: 10000 });
    expect(cfg.scrape_configs).toEqual(scrapeConfigs);
    expect((cfg.global as Record<string, unknown>).scrape_interval).toBe('1s');
    // Nothing to derive: a static self-scrape passes Debian's promtool as written.
    const r = promtoolCheckText(edgeAgentConfigYaml(ctx.fleet, edge, 'en', { scrapeConfigs }));
    expect(r.code, r.output).toBe(0);
  });
});
