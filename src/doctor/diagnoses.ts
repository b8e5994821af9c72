/**
 * The diagnosis catalogue: every failure the doctor can name, as a code (TF9xxx), a slug, the source
 * of the fact it rests on, and (where `thanos-fleet check` catches the same mistake statically) the
 * related check concept. Sentences live in src/i18n/messages/doctor.ts (`<code>.cause`, `<code>.fix`).
 */
import { say } from '../i18n/index.js';
import { type DiagParams, diagnosisMessages as dm } from '../i18n/messages/doctor.js';
import type { Diagnosis } from './model.js';

export interface DiagnosisMeta {
  slug: string;
  /** Where the fact comes from. */
  source: string;
  /** Code of the `check` rule that catches the same mistake before deploying, when there is one. */
  sameAsCheck?: string;
}

export const DIAGNOSES = {
  TF9101: { slug: 'dns-no-record', source: 'guide 연동 검증 1' },
  TF9102: { slug: 'dns-timeout', source: 'guide 연동 검증 1' },
  TF9111: { slug: 'tcp-refused', source: 'guide 연동 검증 2' },
  TF9112: { slug: 'tcp-timeout', source: 'guide 연동 검증 2' },
  TF9113: { slug: 'tcp-unreachable', source: 'guide 연동 검증 2' },
  TF9201: {
    slug: 'tls-unknown-authority',
    source: 'sandbox.md §6 (CA not trusted); guide 문제 3',
  },
  TF9202: {
    slug: 'tls-host-not-in-cert',
    source: 'sandbox.md §6 (wrong server_name)',
    sameAsCheck: 'TF2602',
  },
  TF9203: { slug: 'tls-expired', source: 'x509 validity' },
  TF9204: { slug: 'tls-expires-soon-fail', source: 'cert-manager renewBefore default 1/3 of duration' },
  TF9205: { slug: 'tls-expires-soon', source: 'cert-manager renewBefore default 1/3 of duration' },
  TF9206: { slug: 'tls-not-yet-valid', source: 'x509 validity' },
  TF9207: { slug: 'tls-not-tls', source: 'OpenSSL "wrong version number"' },
  TF9208: { slug: 'tls-handshake-timeout', source: 'doctor timeout' },
  TF9209: { slug: 'tls-old-protocol', source: 'datapath.md §1.1 (tls_config min_version default TLS 1.2)' },
  TF9210: { slug: 'tls-handshake-failed', source: 'OpenSSL alert' },
  TF9301: { slug: 'no-https-redirect', source: 'ingress.md ssl-redirect (only hosts in spec.tls)' },
  TF9302: { slug: 'wrong-redirect', source: 'ingress.md ssl-redirect (308 https://$host$request_uri)' },
  TF9303: { slug: 'http-port-closed', source: 'cert-manager HTTP-01 solver' },
  TF9401: {
    slug: 'auth-open',
    source: 'guide 보안 설정 Basic Authentication',
  },
  TF9402: { slug: 'auth-wrong-credentials', source: 'sandbox.md §3 (wrong password → 401), guide 문제 4' },
  TF9403: { slug: 'auth-secret-from-other-state', source: 'src/fleet/state.ts' },
  TF9404: {
    slug: 'htpasswd-missing',
    source: 'sandbox.md gotchas 1 and 11 (missing file → 403)',
  },
  TF9405: { slug: 'htpasswd-unreadable', source: 'sandbox.md §3 and gotcha 11 (0600 → 500)' },
  TF9406: { slug: 'forbidden-by-allowlist', source: 'sandbox.md §3 (127.0.0.2 → 403)' },
  TF9407: { slug: 'location-denied', source: 'ingress-nginx nginx.tmpl "Location denied" → return 503' },
  TF9408: {
    slug: 'limited-before-auth',
    source: 'sandbox.md §6 (limit_req / limit_conn 503); gotcha 7',
    sameAsCheck: 'TF2202',
  },
  TF9409: { slug: 'host-not-routed', source: 'sandbox.md gotcha 2 (default backend 404)' },
  TF9501: { slug: 'no-ready-backend', source: 'guide 문제 1; sandbox.md §6 (limit_conn row: same page)' },
  TF9502: { slug: 'receive-not-ready', source: 'datapath.md §5.3 (503 not ready / quorum)' },
  TF9503: { slug: 'bad-gateway', source: 'sandbox.md §6 (receiver down → 502)' },
  TF9504: { slug: 'ingress-timeout-504', source: 'sandbox.md §6 (receiver hung, proxy_read_timeout → 504)' },
  TF9505: {
    slug: 'no-answer-deadline',
    source: 'datapath.md §1.3, §10c; sandbox.md §6 (499 + context deadline exceeded)',
    sameAsCheck: 'TF2303',
  },
  TF9506: { slug: 'write-rejected', source: 'datapath.md §4, §5.3 (400/409); sandbox.md gotcha 10' },
  TF9507: {
    slug: 'body-too-large',
    source: 'sandbox.md §6 (413 dropped)',
    sameAsCheck: 'TF2101',
  },
  TF9508: {
    slug: 'rate-limited-429',
    source: 'datapath.md §1.2; sandbox.md gotcha 8',
    sameAsCheck: 'TF2401',
  },
  TF9509: { slug: 'write-not-readable', source: 'sandbox.md §8 (probe read back)' },
  TF9510: { slug: 'write-slow', source: 'datapath.md §1.3' },
  TF9511: { slug: 'unexpected-status', source: 'doctor' },
  TF9601: { slug: 'query-api-broken', source: 'datapath.md §6' },
  TF9602: { slug: 'edge-silent', source: 'guide 연동 검증 4 (query up{cluster=…})' },
  TF9603: { slug: 'edge-stale', source: 'datapath.md §3 (PrometheusRemoteWriteBehind)' },
  TF9701: { slug: 'cors-missing', source: 'guide 문제 5' },
  TF9702: {
    slug: 'cors-duplicated',
    source: 'sandbox.md gotcha 3; datapath.md §6',
    sameAsCheck: 'TF3003',
  },
  TF9703: { slug: 'cors-preflight-auth', source: 'Fetch standard: preflight carries no credentials' },
  TF9704: {
    slug: 'cors-wildcard-credentials',
    source: 'ingress.md cors-allow-credentials',
    sameAsCheck: 'TF3002',
  },
  TF9705: { slug: 'cors-wrong-origin', source: 'guide 문제 5' },
  TF9706: { slug: 'cors-not-needed', source: 'datapath.md §7 (access: proxy needs no CORS)' },
  TF9707: { slug: 'cors-methods', source: 'ingress.md cors-allow-methods' },
  TF9801: { slug: 'agent-dropping', source: 'sandbox.md §6; datapath.md §1.2' },
  TF9802: { slug: 'agent-retrying', source: 'sandbox.md §6; datapath.md §1.2' },
  TF9803: { slug: 'agent-lag', source: 'datapath.md §3 (PrometheusRemoteWriteBehind 120 s)' },
  TF9804: {
    slug: 'agent-max-shards',
    source: 'datapath.md §3; ingress.md claim c',
    sameAsCheck: 'TF2201',
  },
  TF9805: { slug: 'agent-counters-reset', source: 'sandbox.md gotchas 4 and 5' },
  TF9806: { slug: 'agent-never-sent', source: 'sandbox.md gotcha 5 (sent timestamp 0)' },
  TF9807: { slug: 'agent-metrics-unreachable', source: 'doctor' },
  TF9808: { slug: 'agent-no-queue', source: 'datapath.md §3' },
  TF9809: { slug: 'agent-idle', source: 'datapath.md §3' },
  TF9901: { slug: 'slow-answer', source: 'doctor timeout' },
  TF9902: { slug: 'body-over-cap', source: 'doctor 1 MiB cap' },
  TF9903: { slug: 'not-http', source: 'doctor' },
  TF9904: { slug: 'closed-without-answer', source: 'doctor' },
} as const satisfies Record<string, DiagnosisMeta>;

export type DiagnosisCode = keyof typeof DIAGNOSES;

type Entry = { en: (p: DiagParams) => string; ko: (p: DiagParams) => string };

/** Fill a diagnosis in both languages. */
export function diagnose(code: DiagnosisCode, params: DiagParams): Diagnosis {
  // Fix sentences take no parameters; every template accepts DiagParams (extra fields are ignored).
  const cause = dm[`${code}.cause`] as Entry;
  const fix = dm[`${code}.fix`] as Entry;
  const same = (DIAGNOSES[code] as DiagnosisMeta).sameAsCheck;
  return { code, cause: say(cause, params), fix: say(fix, params), ...(same ? { checkCode: same } : {}) };
}
