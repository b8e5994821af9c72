/**
 * Which remote_write fields each Prometheus version accepts. 2.x parses its config strictly
 * (yaml.UnmarshalStrict), so a field newer than the running version makes it reject the whole file
 * (datapath.md §1.1). Renderers emit only fields the edge's version has; `check` flags the others.
 */
import { compareVersions } from './defaults.js';

/** First Prometheus version with each field (dotted path under a remote_write entry). */
export const REMOTE_WRITE_FIELD_SINCE: Readonly<Record<string, string>> = {
  // prometheus/common v0.45.0 → Prometheus 2.49
  'basic_auth.username_file': '2.49.0',
  // azuread since 2.45
  azuread: '2.45.0',
  google_iam: '2.55.0',
  // common v0.44 → 2.45
  'tls_config.ca': '2.45.0',
  'tls_config.cert': '2.45.0',
  'tls_config.key': '2.45.0',
  // common v0.42 → 2.43
  no_proxy: '2.43.0',
  proxy_from_environment: '2.43.0',
  // common v0.54 → 2.53
  http_headers: '2.53.0',
  round_robin_dns: '3.1.0',
  protobuf_message: '2.54.0',
  'queue_config.sample_age_limit': '2.50.0',
  // retry_on_http_429 exists since 2.26 (Prometheus Operator retryOnRateLimit gate, datapath.md §8)
  'queue_config.retry_on_http_429': '2.26.0',
};

/** Is `field` (dotted, relative to a remote_write entry) accepted by `version`? */
export function remoteWriteFieldSupported(field: string, version: string): boolean {
  // Asked for every field of every edge's remote_write, over a handful of versions: remembered, per
  // version then field (a joined key was a string built and hashed per call, 30,000 per 1,000 edges).
  let fields = fieldSupport.get(version);
  if (fields === undefined) {
    fields = new Map();
    fieldSupport.set(version, fields);
  }
  let supported = fields.get(field);
  if (supported === undefined) {
    const since = REMOTE_WRITE_FIELD_SINCE[field];
    supported = since === undefined || compareVersions(version, since) >= 0;
    fields.set(field, supported);
  }
  return supported;
}
const fieldSupport = new Map<string, Map<string, boolean>>();

/**
 * Agent mode flag: `--enable-feature=agent` in 2.x, `--agent` in 3.x (datapath.md §2). Versions before
 * 2.32 have no agent mode at all: check agentModeSupported() first.
 */
export function agentModeFlag(version: string): string {
  return compareVersions(version, '3.0.0') >= 0 ? '--agent' : '--enable-feature=agent';
}

/** Agent mode exists since 2.32.0 (CHANGELOG 2.32.0 "Agent: New mode of operation", #8785). */
export const AGENT_MODE_SINCE = '2.32.0';
/**
 * `authorization` in scrape configs exists since 2.26.0 (CHANGELOG 2.26.0 "Scrape: Add support for
 * specifying type of Authorization header credentials", #8512); older versions only have
 * `bearer_token_file`, and parse strictly, so they would reject the whole file.
 */
export const SCRAPE_AUTHORIZATION_SINCE = '2.26.0';

export function agentModeSupported(version: string): boolean {
  return compareVersions(version, AGENT_MODE_SINCE) >= 0;
}
