/** HTTP → HTTPS: plain HTTP must answer with a redirect to https://<same host> (ingress.md ssl-redirect). */
import { say } from '../../i18n/index.js';
import { doctorMessages as m } from '../../i18n/messages/doctor.js';
import { diagnose } from '../diagnoses.js';
import { statusText } from '../http.js';
import { makeResult, type ProbeResult } from '../model.js';
import { httpRequest } from '../net.js';

export async function probeRedirect(
  host: string,
  address: string,
  port: number,
  timeoutMs: number,
): Promise<ProbeResult> {
  const line = (detail: string) => say(m.redirectCheck, { host, detail });
  const out = await httpRequest({
    endpoint: { host, address, port },
    tls: false,
    path: '/',
    timeoutMs,
    maxBodyBytes: 4096,
  });
  if (!out.ok) {
    // A closed port 80 is a warning: HTTPS works, but HTTP-01 renewals and typed http:// URLs fail.
    return makeResult('redirect', host, 'warn', line(''), {
      diagnosis: diagnose('TF9303', { target: host, detail: out.error.message }),
    });
  }
  const res = out.res;
  const location = String(res.headers.location ?? '');
  if (res.status >= 300 && res.status < 400 && location) {
    let url: URL | undefined;
    try {
      url = new URL(location, `http://${host}/`);
    } catch {
      url = undefined;
    }
    if (url && url.protocol === 'https:' && url.hostname === host) {
      return makeResult('redirect', host, 'ok', line(`: ${res.status} → ${url.origin}`), {
        facts: { status: res.status, location },
      });
    }
    return makeResult('redirect', host, 'fail', line(''), {
      diagnosis: diagnose('TF9302', { target: host, a: location }),
      facts: { status: res.status, location },
    });
  }
  return makeResult('redirect', host, 'fail', line(''), {
    diagnosis: diagnose('TF9301', { target: host, a: statusText(res) }),
    facts: { status: res.status },
  });
}
