/**
 * One remote_write, three deployable shapes. The Prometheus Operator forms (PrometheusAgent and
 * kube-prometheus-stack, which renders a PrometheusAgent from its values when `prometheus.agentMode`
 * is true) are derived from the very remote_write entry the raw form writes, field by field
 * (PO pkg/apis/monitoring/v1/prometheus_types.go `RemoteWriteSpec`, `QueueConfig`, `TLSConfig`;
 * datapath.md §8), so the three cannot drift apart.
 */
import type { Edge, Fleet } from '../../fleet/defaults.js';
import { edgeCredential } from '../../fleet/rollout.js';
import type { FleetState } from '../../fleet/state.js';
import {
  EDGE_NAMESPACE,
  edgeRemoteWriteEntry,
  REMOTE_WRITE_SECRET,
  REMOTE_WRITE_SECRET_KEY,
} from '../edge/agent-config.js';

/** Secret key of the remote-write user name (the password key is the raw form's). */
export const REMOTE_WRITE_USER_KEY = 'username';
export { EDGE_NAMESPACE, REMOTE_WRITE_SECRET, REMOTE_WRITE_SECRET_KEY };

/** Prometheus version as the operator's `spec.version` and image tag want it (`v2.42.0`). */
export function operatorVersion(edge: Edge): string {
  return `v${edge.prometheusVersion}`;
}

type Json = Record<string, unknown>;

/** The raw form's remote_write entry, with the user name of the edge's current credential generation. */
export function rawRemoteWrite(fleet: Fleet, state: FleetState, edge: Edge): Json {
  // A new entry per call (not the whole agent config, scrape configs and all, then a deep copy).
  const entry = edgeRemoteWriteEntry(fleet, edge);
  const auth = entry.basic_auth as Json | undefined;
  if (auth) auth.username = edgeCredential(state, edge.name).user;
  return entry;
}

/** raw remote_write key → PO RemoteWriteSpec key (scalars copied as is). */
const TOP: Record<string, string> = {
  name: 'name',
  url: 'url',
  remote_timeout: 'remoteTimeout',
  send_exemplars: 'sendExemplars',
  send_native_histograms: 'sendNativeHistograms',
  follow_redirects: 'followRedirects',
  enable_http2: 'enableHTTP2',
  proxy_url: 'proxyUrl',
};
const QUEUE: Record<string, string> = {
  capacity: 'capacity',
  max_shards: 'maxShards',
  min_shards: 'minShards',
  max_samples_per_send: 'maxSamplesPerSend',
  batch_send_deadline: 'batchSendDeadline',
  min_backoff: 'minBackoff',
  max_backoff: 'maxBackoff',
  // PO emits retry_on_http_429 from retryOnRateLimit for Prometheus ≥ 2.26 (datapath.md §8).
  retry_on_http_429: 'retryOnRateLimit',
  sample_age_limit: 'sampleAgeLimit',
};
const TLS: Record<string, string> = {
  ca_file: 'caFile',
  cert_file: 'certFile',
  key_file: 'keyFile',
  server_name: 'serverName',
  insecure_skip_verify: 'insecureSkipVerify',
  min_version: 'minVersion',
  max_version: 'maxVersion',
};

export class UnmappedFieldError extends Error {}

function mapKeys(src: Json, table: Record<string, string>, where: string): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(src)) {
    const to = table[k];
    // A field with no operator equivalent must not vanish silently: fail the render instead.
    if (!to) throw new UnmappedFieldError(`${where}.${k} has no Prometheus Operator field`);
    out[to] = v;
  }
  return out;
}

/** PO `RemoteWriteSpec` for the raw entry; credentials come from the remote-write Secret. */
export function operatorRemoteWrite(raw: Json): Json {
  const { basic_auth, tls_config, queue_config, ...top } = raw;
  const spec = mapKeys(top, TOP, 'remote_write');
  if (basic_auth) {
    spec.basicAuth = {
      username: { name: REMOTE_WRITE_SECRET, key: REMOTE_WRITE_USER_KEY },
      password: { name: REMOTE_WRITE_SECRET, key: REMOTE_WRITE_SECRET_KEY },
    };
  }
  if (tls_config) spec.tlsConfig = mapKeys(tls_config as Json, TLS, 'remote_write.tls_config');
  if (queue_config) spec.queueConfig = mapKeys(queue_config as Json, QUEUE, 'remote_write.queue_config');
  return spec;
}

/** The Secret both operator forms read user and password from. */
export function remoteWriteSecret(state: FleetState, edge: Edge): Json {
  const cred = edgeCredential(state, edge.name);
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: {
      name: REMOTE_WRITE_SECRET,
      namespace: EDGE_NAMESPACE,
      labels: { 'app.kubernetes.io/managed-by': 'thanos-fleet', 'thanos-fleet.dev/edge': edge.name },
    },
    type: 'Opaque',
    // `data` (base64), never `stringData`: the file holds what the API stores, no plain password.
    data: {
      [REMOTE_WRITE_USER_KEY]: Buffer.from(cred.user, 'utf8').toString('base64'),
      [REMOTE_WRITE_SECRET_KEY]: Buffer.from(cred.password, 'utf8').toString('base64'),
    },
  };
}

/**
 * Label handling shared by both operator forms. The operator adds `prometheus="<ns>/<name>"` and
 * `prometheus_replica="$(POD_NAME)"` unless these names are "" (PO pkg/prometheus/promcfg.go
 * `buildExternalLabels`, datapath.md §8). The raw form sends exactly the fleet's labels, so with one
 * replica both are switched off; with several replicas the replica label must come back (distinct
 * series per replica, dedup in Query with --query.replica-label=prometheus_replica).
 */
export function operatorLabelFields(edge: Edge, replicas: number): Json {
  return {
    externalLabels: { ...edge.externalLabels },
    prometheusExternalLabelName: '',
    replicaExternalLabelName: replicas > 1 ? 'prometheus_replica' : '',
  };
}
