/**
 * The Prometheus 2.42 configuration shape that `promtool check config --agent` enforces
 * (config/config.go with yaml.UnmarshalStrict; prometheus/common v0.39 http_config.go), as far as an
 * agent config uses it. Fields newer than 2.42 come from src/fleet/prometheus.ts and are judged by
 * version (TF2901), not as unknown. Verified against Debian's promtool 2.42 (datapath.md §1.1, §2).
 */
export type FieldType =
  | 'duration'
  | 'string'
  | 'bool'
  | 'int'
  | 'float'
  | 'stringMap'
  | 'stringList'
  | 'any'
  | { map: Shape; name: string }
  | { list: Shape; name: string };
export type Shape = Record<string, FieldType>;

const tlsConfig: Shape = {
  ca_file: 'string',
  cert_file: 'string',
  key_file: 'string',
  server_name: 'string',
  insecure_skip_verify: 'bool',
  min_version: 'string',
  max_version: 'string',
  // newer than 2.42 (src/fleet/prometheus.ts): ca, cert, key
  ca: 'string',
  cert: 'string',
  key: 'string',
};

const oauth2: Shape = {
  client_id: 'string',
  client_secret: 'string',
  client_secret_file: 'string',
  scopes: 'stringList',
  token_url: 'string',
  endpoint_params: 'stringMap',
  tls_config: { map: tlsConfig, name: 'config.TLSConfig' },
  proxy_url: 'string',
};

/** prometheus/common v0.39 HTTPClientConfig (inlined in remote_write and scrape configs). */
const httpClient: Shape = {
  basic_auth: {
    map: { username: 'string', password: 'string', password_file: 'string', username_file: 'string' },
    name: 'config.BasicAuth',
  },
  authorization: {
    map: { type: 'string', credentials: 'string', credentials_file: 'string' },
    name: 'config.Authorization',
  },
  oauth2: { map: oauth2, name: 'config.OAuth2' },
  bearer_token: 'string',
  bearer_token_file: 'string',
  tls_config: { map: tlsConfig, name: 'config.TLSConfig' },
  proxy_url: 'string',
  proxy_connect_header: 'any',
  follow_redirects: 'bool',
  enable_http2: 'bool',
  // newer than 2.42: judged by TF2901
  no_proxy: 'string',
  proxy_from_environment: 'bool',
  http_headers: 'any',
};

const relabel: Shape = {
  source_labels: 'stringList',
  separator: 'string',
  regex: 'string',
  modulus: 'int',
  target_label: 'string',
  replacement: 'string',
  action: 'string',
};

export const QUEUE_CONFIG: Shape = {
  capacity: 'int',
  max_shards: 'int',
  min_shards: 'int',
  max_samples_per_send: 'int',
  batch_send_deadline: 'duration',
  min_backoff: 'duration',
  max_backoff: 'duration',
  retry_on_http_429: 'bool',
  sample_age_limit: 'duration',
};

export const REMOTE_WRITE: Shape = {
  url: 'string',
  remote_timeout: 'duration',
  headers: 'stringMap',
  write_relabel_configs: { list: relabel, name: 'relabel.Config' },
  name: 'string',
  send_exemplars: 'bool',
  send_native_histograms: 'bool',
  ...httpClient,
  sigv4: {
    map: {
      region: 'string',
      access_key: 'string',
      secret_key: 'string',
      profile: 'string',
      role_arn: 'string',
    },
    name: 'sigv4.SigV4Config',
  },
  azuread: 'any',
  google_iam: 'any',
  round_robin_dns: 'bool',
  protobuf_message: 'string',
  queue_config: { map: QUEUE_CONFIG, name: 'config.QueueConfig' },
  metadata_config: {
    map: { send: 'bool', send_interval: 'duration', max_samples_per_send: 'int' },
    name: 'config.MetadataConfig',
  },
};

/** Service discovery blocks of upstream 2.42; their contents are not checked here. */
const SD_CONFIGS = [
  'azure_sd_configs',
  'consul_sd_configs',
  'digitalocean_sd_configs',
  'docker_sd_configs',
  'dockerswarm_sd_configs',
  'dns_sd_configs',
  'ec2_sd_configs',
  'eureka_sd_configs',
  'file_sd_configs',
  'gce_sd_configs',
  'hetzner_sd_configs',
  'http_sd_configs',
  'ionos_sd_configs',
  'kubernetes_sd_configs',
  'kuma_sd_configs',
  'lightsail_sd_configs',
  'linode_sd_configs',
  'marathon_sd_configs',
  'nerve_sd_configs',
  'nomad_sd_configs',
  'openstack_sd_configs',
  'ovhcloud_sd_configs',
  'puppetdb_sd_configs',
  'scaleway_sd_configs',
  'serverset_sd_configs',
  'triton_sd_configs',
  'uyuni_sd_configs',
  'vultr_sd_configs',
];

export const SCRAPE_CONFIG: Shape = {
  job_name: 'string',
  honor_labels: 'bool',
  honor_timestamps: 'bool',
  params: 'any',
  scrape_interval: 'duration',
  scrape_timeout: 'duration',
  metrics_path: 'string',
  scheme: 'string',
  body_size_limit: 'string',
  sample_limit: 'int',
  target_limit: 'int',
  label_limit: 'int',
  label_name_length_limit: 'int',
  label_value_length_limit: 'int',
  relabel_configs: { list: relabel, name: 'relabel.Config' },
  metric_relabel_configs: { list: relabel, name: 'relabel.Config' },
  static_configs: { list: { targets: 'stringList', labels: 'stringMap' }, name: 'targetgroup.Group' },
  ...Object.fromEntries(SD_CONFIGS.map((k) => [k, 'any' as const])),
  ...httpClient,
};
// no_proxy etc. are not in 2.42's ScrapeConfig either; keep them in remote_write only (TF2901).
delete SCRAPE_CONFIG.no_proxy;
delete SCRAPE_CONFIG.proxy_from_environment;
delete SCRAPE_CONFIG.http_headers;

export const PROMETHEUS_CONFIG: Shape = {
  global: {
    map: {
      scrape_interval: 'duration',
      scrape_timeout: 'duration',
      evaluation_interval: 'duration',
      external_labels: 'stringMap',
      query_log_file: 'string',
    },
    name: 'config.plain',
  },
  scrape_configs: { list: SCRAPE_CONFIG, name: 'config.ScrapeConfig' },
  remote_write: { list: REMOTE_WRITE, name: 'config.RemoteWriteConfig' },
  storage: 'any',
  tracing: 'any',
  // refused in agent mode (P242 config/config.go LoadFile)
  alerting: 'any',
  rule_files: 'any',
  remote_read: 'any',
};

export const AGENT_FORBIDDEN = ['alerting', 'rule_files', 'remote_read'];

/** Headers remote_write refuses (P242 config/config.go reservedHeaders). */
export const RESERVED_HEADERS = [
  'authorization',
  'host',
  'content-encoding',
  'content-length',
  'content-type',
  'user-agent',
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'www-authenticate',
  'accept-encoding',
  'x-prometheus-remote-write-version',
  'x-prometheus-remote-read-version',
];

/** model.ParseDuration (prometheus/common model/time.go). */
export const PROMETHEUS_DURATION_RE =
  /^(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?$/;

export const LABEL_NAME_RE = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

export const TLS_VERSIONS = ['TLS10', 'TLS11', 'TLS12', 'TLS13'];
