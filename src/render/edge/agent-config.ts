/**
 * The Prometheus agent configuration of one edge. Shared by the edge renderer (Kubernetes scrape jobs,
 * in-cluster paths) and the local sandbox (static self-scrape, 127.0.0.1 with the real host as SNI):
 * both call `edgeAgentConfig` so the sandbox proves the very remote_write block that edges receive.
 */
import { compareVersions, type Edge, type Fleet, type Queue } from '../../fleet/defaults.js';
import { RECEIVE_PATH } from '../../fleet/names.js';
import {
  AGENT_MODE_SINCE,
  agentModeFlag,
  agentModeSupported,
  REMOTE_WRITE_FIELD_SINCE,
  remoteWriteFieldSupported,
  SCRAPE_AUTHORIZATION_SINCE,
} from '../../fleet/prometheus.js';
import type { Lang } from '../../i18n/index.js';
import { edgeMessages as m } from '../../i18n/messages/edge.js';
import { type KeyComment, toCommentedYaml, toYaml } from '../yaml.js';

/** Namespace of the agent's objects on every edge cluster. */
export const EDGE_NAMESPACE = 'monitoring';
export const REMOTE_WRITE_NAME = 'thanos-receive';
export const REMOTE_WRITE_SECRET = 'prometheus-agent-remote-write';
export const REMOTE_WRITE_SECRET_KEY = 'password';
export const AGENT_CONFIGMAP = 'prometheus-agent-config';
export const AGENT_CONFIG_KEY = 'prometheus.yml';
/** Where the Secret is mounted in the agent pod (a directory mount, never subPath: see the edge README). */
export const REMOTE_WRITE_SECRET_DIR = '/etc/prometheus/secrets/remote-write';
export const DEFAULT_PASSWORD_FILE = `${REMOTE_WRITE_SECRET_DIR}/${REMOTE_WRITE_SECRET_KEY}`;
export const AGENT_CONFIG_DIR = '/etc/prometheus/config';
export const AGENT_CONFIG_FILE = `${AGENT_CONFIG_DIR}/${AGENT_CONFIG_KEY}`;
export const AGENT_STORAGE_PATH = '/prometheus';
/** Port the agent listens on in its pod (Prometheus default --web.listen-address=0.0.0.0:9090). */
export const AGENT_PORT = 9090;

/** In-cluster service-account files (Kubernetes mounts them into every pod by default). */
export const SERVICE_ACCOUNT_TOKEN = '/var/run/secrets/kubernetes.io/serviceaccount/token';
export const SERVICE_ACCOUNT_CA = '/var/run/secrets/kubernetes.io/serviceaccount/ca.crt';

/** Where and how one agent writes. Every field has an edge default; the sandbox overrides some. */
export interface AgentSite {
  remoteWriteUrl: string; // default https://<receive host>/api/v1/receive
  serverName?: string; // tls_config.server_name (sandbox connects to 127.0.0.1 with the real host as SNI)
  caFile?: string; // default edge.caFile
  passwordFile: string; // default /etc/prometheus/secrets/remote-write/password
  username?: string; // default edge.name; after a credential rotation, the generation user (fleet/rollout.ts)
  scrapeConfigs?: unknown[]; // replaces the Kubernetes scrape jobs (sandbox: static self-scrape)
  scrapeInterval?: string;
  remoteTimeout?: string;
  queue?: Partial<Queue>; // e.g. short batch_send_deadline locally
}

export function receiveRemoteWriteUrl(fleet: Fleet): string {
  return `https://${fleet.components.receive.host}${RECEIVE_PATH}`;
}

function resolveSite(fleet: Fleet, edge: Edge, site: Partial<AgentSite> = {}) {
  const queue: Queue = { ...edge.queue };
  for (const [k, v] of Object.entries(site.queue ?? {}))
    if (v !== undefined) (queue as unknown as Record<string, unknown>)[k] = v;
  return {
    remoteWriteUrl: site.remoteWriteUrl ?? receiveRemoteWriteUrl(fleet),
    serverName: site.serverName,
    caFile: site.caFile ?? edge.caFile,
    passwordFile: site.passwordFile ?? DEFAULT_PASSWORD_FILE,
    username: site.username ?? edge.name,
    scrapeConfigs: site.scrapeConfigs,
    scrapeInterval: site.scrapeInterval ?? edge.scrapeInterval,
    remoteTimeout: site.remoteTimeout ?? edge.remoteTimeout,
    queue,
  };
}

/**
 * Scrape jobs for a Kubernetes cluster, after prometheus/prometheus
 * documentation/examples/prometheus-kubernetes.yml: the agent itself, kubelet and cAdvisor on every
 * node (role node, service-account token, in-cluster CA) and pods annotated `prometheus.io/scrape`.
 */
export function kubernetesScrapeConfigs(version: string): readonly unknown[] {
  // The same jobs for every edge of a version: made once, frozen, since every caller shares them.
  let jobs = scrapeConfigsByVersion.get(version);
  if (jobs === undefined) {
    jobs = deepFreeze(makeKubernetesScrapeConfigs(version));
    scrapeConfigsByVersion.set(version, jobs);
  }
  return jobs;
}
const scrapeConfigsByVersion = new Map<string, readonly unknown[]>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function makeKubernetesScrapeConfigs(version: string): unknown[] {
  // The token file is re-read by Prometheus, so projected-token rotation needs no restart.
  const auth =
    compareVersions(version, SCRAPE_AUTHORIZATION_SINCE) >= 0
      ? { authorization: { credentials_file: SERVICE_ACCOUNT_TOKEN } }
      : { bearer_token_file: SERVICE_ACCOUNT_TOKEN };
  // Certificates are verified against the cluster CA; never insecure_skip_verify (see the edge README
  // for kubelets whose serving certificate is self-signed).
  const nodeJob = (jobName: string, metricsPath?: string) => ({
    job_name: jobName,
    scheme: 'https',
    ...(metricsPath ? { metrics_path: metricsPath } : {}),
    tls_config: { ca_file: SERVICE_ACCOUNT_CA },
    ...auth,
    kubernetes_sd_configs: [{ role: 'node' }],
    relabel_configs: [{ action: 'labelmap', regex: '__meta_kubernetes_node_label_(.+)' }],
  });
  return [
    {
      job_name: 'prometheus-agent',
      static_configs: [{ targets: [`localhost:${AGENT_PORT}`] }],
    },
    nodeJob('kubernetes-nodes'),
    nodeJob('kubernetes-cadvisor', '/metrics/cadvisor'),
    {
      job_name: 'kubernetes-pods',
      kubernetes_sd_configs: [{ role: 'pod' }],
      relabel_configs: [
        {
          source_labels: ['__meta_kubernetes_pod_annotation_prometheus_io_scrape'],
          action: 'keep',
          regex: 'true',
        },
        // Completed and pending pods have no endpoint to scrape.
        {
          source_labels: ['__meta_kubernetes_pod_phase'],
          action: 'drop',
          regex: 'Pending|Succeeded|Failed|Completed',
        },
        {
          source_labels: ['__meta_kubernetes_pod_annotation_prometheus_io_scheme'],
          action: 'replace',
          regex: '(https?)',
          target_label: '__scheme__',
        },
        {
          source_labels: ['__meta_kubernetes_pod_annotation_prometheus_io_path'],
          action: 'replace',
          regex: '(.+)',
          target_label: '__metrics_path__',
        },
        {
          source_labels: ['__address__', '__meta_kubernetes_pod_annotation_prometheus_io_port'],
          action: 'replace',
          regex: '([^:]+)(?::\\d+)?;(\\d+)',
          replacement: '$1:$2',
          target_label: '__address__',
        },
        { action: 'labelmap', regex: '__meta_kubernetes_pod_label_(.+)' },
        { source_labels: ['__meta_kubernetes_namespace'], target_label: 'namespace' },
        { source_labels: ['__meta_kubernetes_pod_name'], target_label: 'pod' },
        { source_labels: ['__meta_kubernetes_pod_node_name'], target_label: 'node' },
      ],
    },
  ];
}

/**
 * Remove every field (dotted path under a remote_write entry) the version does not accept, at any
 * depth, so a field added later to REMOTE_WRITE_FIELD_SINCE is gated without touching this code.
 * Returns the removed paths. Strict parsing in 2.x rejects the whole file otherwise (datapath.md §1.1).
 */
export function pruneRemoteWriteFields(
  entry: Record<string, unknown>,
  version: string,
  prefix = '',
): string[] {
  // Nearly always nothing to remove: look only where the version's unsupported fields would be.
  if (prefix === '' && !unsupportedPaths(version).some((path) => hasPath(entry, path))) return [];
  const removed: string[] = [];
  for (const [key, value] of Object.entries(entry)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (!remoteWriteFieldSupported(path, version)) {
      delete entry[key];
      removed.push(path);
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      removed.push(...pruneRemoteWriteFields(value as Record<string, unknown>, version, path));
    }
  }
  return removed;
}

/** The fields (as key paths) `version` does not accept, remembered per version. */
function unsupportedPaths(version: string): string[][] {
  let paths = unsupportedByVersion.get(version);
  if (paths === undefined) {
    paths = Object.keys(REMOTE_WRITE_FIELD_SINCE)
      .filter((field) => !remoteWriteFieldSupported(field, version))
      .map((field) => field.split('.'));
    unsupportedByVersion.set(version, paths);
  }
  return paths;
}
const unsupportedByVersion = new Map<string, string[][]>();

function hasPath(entry: Record<string, unknown>, path: string[]): boolean {
  let node: unknown = entry;
  for (const key of path) {
    if (!node || typeof node !== 'object' || Array.isArray(node) || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return true;
}

function remoteWriteEntry(s: ReturnType<typeof resolveSite>): Record<string, unknown> {
  const q = s.queue;
  return {
    name: REMOTE_WRITE_NAME,
    url: s.remoteWriteUrl,
    remote_timeout: s.remoteTimeout,
    // The user is the edge name (or its credential-generation user after a rotation, fleet/rollout.ts):
    // the ingress htpasswd lists every user it accepts. 2.42 has no username_file (datapath.md §1.1).
    basic_auth: { username: s.username, password_file: s.passwordFile },
    tls_config: {
      ...(s.caFile ? { ca_file: s.caFile } : {}),
      ...(s.serverName ? { server_name: s.serverName } : {}),
      insecure_skip_verify: false,
    },
    queue_config: {
      capacity: q.capacity,
      max_shards: q.maxShards,
      min_shards: q.minShards,
      max_samples_per_send: q.maxSamplesPerSend,
      batch_send_deadline: q.batchSendDeadline,
      min_backoff: q.minBackoff,
      max_backoff: q.maxBackoff,
      retry_on_http_429: q.retryOnHttp429,
    },
  };
}

/** Fields of the fleet's remote_write entry the edge's Prometheus version does not accept (dropped). */
export function unsupportedRemoteWriteFields(fleet: Fleet, edge: Edge): string[] {
  return pruneRemoteWriteFields(remoteWriteEntry(resolveSite(fleet, edge)), edge.prometheusVersion);
}

function prunedEntry(s: ReturnType<typeof resolveSite>, version: string): Record<string, unknown> {
  const entry = remoteWriteEntry(s);
  pruneRemoteWriteFields(entry, version);
  return entry;
}

/** The edge's remote_write entry as its agent config has it (fields its version lacks pruned); a new object. */
export function edgeRemoteWriteEntry(fleet: Fleet, edge: Edge): Record<string, unknown> {
  return prunedEntry(resolveSite(fleet, edge), edge.prometheusVersion);
}

export function edgeAgentConfig(
  fleet: Fleet,
  edge: Edge,
  site?: Partial<AgentSite>,
): Record<string, unknown> {
  const s = resolveSite(fleet, edge, site);
  const entry = prunedEntry(s, edge.prometheusVersion);
  // No rule_files, alerting or remote_read: agent mode refuses the file with any of them (datapath.md §2).
  return {
    global: {
      scrape_interval: s.scrapeInterval,
      // `cluster` is unique per edge (fleet/validate.ts): Receive rejects identical series with 409.
      external_labels: { ...edge.externalLabels },
    },
    scrape_configs: s.scrapeConfigs ?? kubernetesScrapeConfigs(edge.prometheusVersion),
    remote_write: [entry],
  };
}

/** The command line the agent runs with on the edge (header comment and README). */
export function agentCommandLine(edge: Edge): string[] {
  const v = edge.prometheusVersion;
  if (!agentModeSupported(v))
    // Server mode: a local TSDB is unavoidable, so keep it short; the data lives in Receive.
    return [
      'prometheus',
      `--config.file=${AGENT_CONFIG_FILE}`,
      `--storage.tsdb.path=${AGENT_STORAGE_PATH}`,
      '--storage.tsdb.retention.time=1d',
      '--web.enable-lifecycle',
    ];
  return [
    'prometheus',
    agentModeFlag(v),
    `--config.file=${AGENT_CONFIG_FILE}`,
    `--storage.agent.path=${AGENT_STORAGE_PATH}`,
    '--web.enable-lifecycle',
  ];
}

/** prometheus.yml text: a header saying how it runs, and why-comments on the remote_write choices. */
export function edgeAgentConfigYaml(fleet: Fleet, edge: Edge, lang: Lang, site?: Partial<AgentSite>): string {
  const config = edgeAgentConfig(fleet, edge, site);
  const v = edge.prometheusVersion;
  const s = resolveSite(fleet, edge, site);
  const header = [
    m.configHeader[lang]({ edge: edge.name, version: v }),
    agentModeSupported(v)
      ? m.configRun[lang]({ command: agentCommandLine(edge).join(' ') })
      : m.configNoAgentMode[lang]({
          version: v,
          since: AGENT_MODE_SINCE,
          command: agentCommandLine(edge).join(' '),
        }),
    m.configAgentForbids[lang](),
    m.configGenerated[lang](),
  ].join('\n');
  const rw = ['remote_write', 0];
  const entry = (config.remote_write as Record<string, unknown>[])[0] ?? {};
  const retrySupported = remoteWriteFieldSupported('queue_config.retry_on_http_429', v);
  const comments: KeyComment[] = [
    { path: ['global', 'external_labels'], text: m.commentExternalLabels[lang]() },
    { path: [...rw, 'remote_timeout'], text: m.commentRemoteTimeout[lang]() },
    { path: [...rw, 'basic_auth'], text: m.commentBasicAuth[lang]({ secret: REMOTE_WRITE_SECRET }) },
    { path: [...rw, 'tls_config'], text: m.commentTls[lang]({ caFile: s.caFile }) },
    {
      path: [...rw, 'queue_config'],
      text: [
        m.commentCapacity[lang](),
        !retrySupported
          ? m.commentNo429Field[lang]({
              version: v,
              since: REMOTE_WRITE_FIELD_SINCE['queue_config.retry_on_http_429'] ?? '',
            })
          : s.queue.retryOnHttp429
            ? m.commentRetry429[lang]()
            : m.commentRetry429Off[lang](),
      ].join('\n'),
    },
  ];
  // Fields the edge's version does not accept are pruned above; their comments go with them.
  const present = comments.filter((c) => c.path[0] === 'global' || entry[c.path[2] as string] !== undefined);
  if (s.scrapeConfigs) return toCommentedYaml(config, header, present);
  // The Kubernetes scrape jobs are most of the file and depend only on the version: printed once per
  // version and spliced in (bench/render: thousands of edges).
  const text = toCommentedYaml({ ...config, scrape_configs: SCRAPE_PLACEHOLDER }, header, present);
  return text.replace(`scrape_configs: ${SCRAPE_PLACEHOLDER}\n`, kubernetesScrapeConfigsYaml(v));
}

const SCRAPE_PLACEHOLDER = '__thanos_fleet_scrape_configs__';
const kubernetesScrapeYaml = new Map<string, string>();

function kubernetesScrapeConfigsYaml(version: string): string {
  let text = kubernetesScrapeYaml.get(version);
  if (text === undefined) {
    text = toYaml({ scrape_configs: kubernetesScrapeConfigs(version) });
    kubernetesScrapeYaml.set(version, text);
  }
  return text;
}
