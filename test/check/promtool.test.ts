/**
 * Real `promtool check config --agent` (Debian's 2.42) beside our rules: nothing promtool rejects
 * passes our check (an error must fire), and our config rules (TF2901, TF2902) never reject a file
 * promtool accepts. The corpus avoids kubernetes_sd / consul_sd, which Debian's build lacks
 * (datapath.md "Debian's prometheus 2.42 build").
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from './support.js';

const BASE = `global:
  scrape_interval: 30s
  external_labels:
    cluster: edge-1
scrape_configs:
  - job_name: self
    static_configs:
      - targets: [localhost:9090]
remote_write:
  - url: https://thanos-receive.example.com/api/v1/receive
    remote_timeout: 30s
    basic_auth:
      username: edge-1
      password_file: /etc/prometheus/secrets/password
    queue_config:
      capacity: 10000
      max_shards: 50
      max_samples_per_send: 2000
`;
const rw = (extra: string) => BASE.replace('    remote_timeout: 30s\n', `    remote_timeout: 30s\n${extra}`);
const q = (extra: string) => `${BASE}${extra}`;

/** name → config text. */
const CORPUS: Record<string, string> = {
  'ok-base': BASE,
  'ok-retry-429': q('      retry_on_http_429: true\n'),
  'ok-metadata': rw('    metadata_config: {send: true, send_interval: 1m, max_samples_per_send: 500}\n'),
  'ok-tls-max-version': rw('    tls_config: {ca_file: /ca.crt, max_version: TLS13, min_version: TLS12}\n'),
  'ok-send-exemplars-yes': rw('    send_exemplars: yes\n'),
  'ok-http2-redirects': rw('    enable_http2: false\n    follow_redirects: true\n    name: central\n'),
  'ok-storage-tracing': `${BASE}storage:\n  exemplars:\n    max_exemplars: 10\ntracing:\n  endpoint: otel:4317\n`,
  'ok-write-relabel': rw(
    '    write_relabel_configs:\n      - source_labels: [__name__]\n        regex: go_.*\n        action: drop\n',
  ),
  'ok-headers-tenant': rw('    headers: {THANOS-TENANT: edge-1}\n'),
  'ok-file-sd': BASE.replace(
    '    static_configs:',
    '    file_sd_configs:\n      - files: [/etc/targets/*.json]\n    static_configs:',
  ),
  'bad-typo-field': rw('    remote_timout: 30s\n'),
  'bad-max-retries': q('      max_retries: 3\n'),
  'bad-capacity-string': BASE.replace('capacity: 10000', 'capacity: "lots"'),
  'bad-timeout-no-unit': BASE.replace('remote_timeout: 30s', 'remote_timeout: 30'),
  'bad-timeout-order': BASE.replace('remote_timeout: 30s', 'remote_timeout: 30s1m'),
  'bad-deadline-words': q('      batch_send_deadline: 5 seconds\n'),
  'bad-alerting': `${BASE}alerting:\n  alertmanagers:\n    - static_configs:\n        - targets: [am:9093]\n`,
  'bad-rule-files': `${BASE}rule_files: [rules.yml]\n`,
  'bad-remote-read': `${BASE}remote_read:\n  - url: https://r/api/v1/read\n`,
  'bad-no-url': BASE.replace(
    '  - url: https://thanos-receive.example.com/api/v1/receive\n    remote_timeout',
    '  - remote_timeout',
  ),
  'bad-password-both': BASE.replace('      password_file:', '      password: x\n      password_file:'),
  'bad-basic-and-authorization': rw('    authorization: {credentials_file: /c}\n'),
  'bad-bearer-both': rw('    bearer_token: a\n    bearer_token_file: /b\n'),
  'bad-header-authorization': rw('    headers: {Authorization: x}\n'),
  'bad-header-user-agent': rw('    headers: {User-Agent: x}\n'),
  'bad-label-name': BASE.replace('    cluster: edge-1', '    cluster: edge-1\n    1zone: a'),
  'bad-global-timeout': BASE.replace(
    '  scrape_interval: 30s',
    '  scrape_interval: 30s\n  scrape_timeout: 1m',
  ),
  'bad-job-timeout': BASE.replace(
    '  - job_name: self',
    '  - job_name: self\n    scrape_interval: 10s\n    scrape_timeout: 20s',
  ),
  'bad-duplicate-job': BASE.replace(
    'remote_write:',
    '  - job_name: self\n    static_configs:\n      - targets: [localhost:9091]\nremote_write:',
  ),
  'bad-missing-job-name': BASE.replace('  - job_name: self\n', '  - scrape_interval: 10s\n'),
  'bad-duplicate-rw-name': `${rw('    name: a\n')}  - url: https://b.example.com/api/v1/receive\n    name: a\n`,
  'bad-tls-version': rw('    tls_config: {min_version: TLS99}\n'),
  'bad-authorization-basic': BASE.replace(
    '    basic_auth:\n      username: edge-1\n      password_file: /etc/prometheus/secrets/password\n',
    '    authorization: {type: Basic, credentials: x}\n',
  ),
  'bad-proxy-header-alone': rw('    proxy_connect_header: {X-A: [b]}\n'),
  'bad-username-file': BASE.replace('      username: edge-1', '      username_file: /u'),
  'bad-sample-age-limit': q('      sample_age_limit: 1h\n'),
  'bad-azuread': BASE.replace(
    '    basic_auth:\n      username: edge-1\n      password_file: /etc/prometheus/secrets/password\n',
    '    azuread: {cloud: AzurePublic, managed_identity: {client_id: x}}\n',
  ),
  'bad-no-proxy': rw('    no_proxy: localhost\n'),
  'bad-proxy-from-environment': rw('    proxy_from_environment: true\n'),
  'bad-global-sample-limit': BASE.replace(
    '  scrape_interval: 30s',
    '  scrape_interval: 30s\n  sample_limit: 100',
  ),
  'bad-classic-histograms': BASE.replace(
    '  - job_name: self',
    '  - job_name: self\n    scrape_classic_histograms: true',
  ),
  'bad-top-level-key': `${BASE}remote_writes: []\n`,
  'bad-global-typo': BASE.replace('  scrape_interval: 30s', '  scrape_intervall: 30s'),
  'bad-http2-maybe': rw('    enable_http2: maybe\n'),
  'bad-targets-not-list': BASE.replace(
    '      - targets: [localhost:9090]',
    '      - targets: localhost:9090',
  ),
  'bad-relabel-not-list': rw('    write_relabel_configs: {action: drop}\n'),
  'bad-queue-as-list': BASE.replace(
    '    queue_config:\n      capacity: 10000\n      max_shards: 50\n      max_samples_per_send: 2000\n',
    '    queue_config:\n      - capacity: 10000\n',
  ),
};

function promtoolAccepts(file: string): { ok: boolean; output: string } {
  try {
    const out = execFileSync('promtool', ['check', 'config', '--agent', file], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { ok: true, output: out };
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

describe('check vs promtool check config --agent (Prometheus 2.42)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tf-promtool-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const files = Object.entries(CORPUS).map(([name, text]) => {
    const file = join(dir, `${name}.yml`);
    writeFileSync(file, text);
    return { name, file };
  });
  const guideAgents = ['02', '13', '16', '17', '18', '19'].map((n) => ({
    name: `guide-${n}`,
    file: join(import.meta.dirname, '..', 'fixtures', 'guide', `${n}.yaml`),
  }));

  for (const { name, file } of [...files, ...guideAgents]) {
    it(name, async () => {
      const promtool = promtoolAccepts(file);
      const result = await check([file]);
      const errors = result.findings.filter((f) => f.severity === 'error' && !f.suppressed);
      if (!promtool.ok) {
        expect(errors.length, `promtool rejected it:\n${promtool.output}`).toBeGreaterThan(0);
      } else {
        const configErrors = errors.filter(
          (f) => f.code === 'TF2901' || f.code === 'TF2902' || f.code === 'TF0001',
        );
        expect(
          configErrors.map((f) => f.message.en),
          'promtool accepted it',
        ).toEqual([]);
      }
      // The corpus names say what promtool must decide; a changed promtool would show up here.
      if (name.startsWith('ok-')) expect(promtool.ok, promtool.output).toBe(true);
      if (name.startsWith('bad-')) expect(promtool.ok, promtool.output).toBe(false);
    });
  }
});
