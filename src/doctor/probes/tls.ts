/**
 * TLS: the chain verifies (system roots or --cacert), the certificate covers the host, its dates, and
 * the protocol version. The three x509 failures agents log are told apart (sandbox.md §6).
 */
import { say } from '../../i18n/index.js';
import { doctorMessages as m } from '../../i18n/messages/doctor.js';
import { type DiagnosisCode, diagnose } from '../diagnoses.js';
import { transportVerdict } from '../http.js';
import { makeResult, type ProbeResult, type ProbeStatus } from '../model.js';
import { type Endpoint, tlsHandshake } from '../net.js';

const DAY_MS = 86_400_000;
const EXPIRED = new Set(['CERT_HAS_EXPIRED']);
const NOT_YET = new Set(['CERT_NOT_YET_VALID']);

export interface TlsProbeOptions {
  ca?: string[];
  caFile?: string;
  timeoutMs: number;
  warnDays: number;
  failDays: number;
  now?: number;
}

export async function probeTls(ep: Endpoint, o: TlsProbeOptions): Promise<ProbeResult> {
  const out = await tlsHandshake(ep, o.ca ?? ep.ca, o.timeoutMs);
  const host = ep.host;
  if (!out.ok) {
    const v = transportVerdict(out.error, `${host} (${ep.address}:${ep.port})`);
    return makeResult('tls', host, 'fail', say(m.tlsCheck, { host, detail: '' }), {
      ...(v.diagnosis ? { diagnosis: v.diagnosis } : {}),
      facts: { error: out.error.kind, ...(out.error.code ? { code: out.error.code } : {}) },
    });
  }
  const f = out.facts;
  const now = o.now ?? Date.now();
  const days = Math.floor((f.validTo.getTime() - now) / DAY_MS);
  const facts = {
    protocol: f.protocol,
    issuer: f.issuer,
    subject: f.subject,
    sans: f.sans,
    notAfter: f.validTo.toISOString(),
    daysLeft: days,
    ...(f.chainError ? { chainError: f.chainError } : {}),
  };
  const line = say(m.tlsCheck, { host, detail: '' });
  const bad = (status: ProbeStatus, code: DiagnosisCode, a?: string, b?: string, detail?: string) =>
    makeResult('tls', host, status, line, {
      diagnosis: diagnose(code, {
        target: host,
        ...(a !== undefined ? { a } : {}),
        ...(b !== undefined ? { b } : {}),
        ...(detail ? { detail } : {}),
      }),
      facts,
    });
  // Order: what an agent hits first. Expiry wins over the chain code OpenSSL reports for it.
  if (f.validTo.getTime() < now || (f.chainError && EXPIRED.has(f.chainError)))
    return bad('fail', 'TF9203', f.validTo.toISOString());
  if (f.validFrom.getTime() > now || (f.chainError && NOT_YET.has(f.chainError)))
    return bad('fail', 'TF9206', f.validFrom.toISOString());
  if (f.chainError) return bad('fail', 'TF9201', o.caFile ?? undefined, undefined, f.chainError);
  if (f.hostError)
    return bad('fail', 'TF9202', f.sans.map((s) => s.replace(/^DNS:/, '')).join(', ') || f.subject);
  if (/^TLSv1(\.1)?$|^SSL/.test(f.protocol)) return bad('fail', 'TF9209', f.protocol);
  if (days < o.failDays) return bad('fail', 'TF9204', String(days), String(o.failDays));
  if (days < o.warnDays) return bad('warn', 'TF9205', String(days), String(o.warnDays));
  const detailText = say(m.tlsFacts, { protocol: f.protocol, days, issuer: f.issuer });
  return makeResult(
    'tls',
    host,
    'ok',
    {
      en: m.tlsCheck.en({ host, detail: `: ${detailText.en}` }),
      ko: m.tlsCheck.ko({ host, detail: `: ${detailText.ko}` }),
    },
    { facts },
  );
}
