/**
 * CORS from the declared browser origins (guide 문제 5 made precise): the preflight must pass without
 * credentials, the answer must carry exactly one Access-Control-Allow-Origin (sandbox.md gotcha 3:
 * the ingress and Thanos each add one), never "*" with credentials. No declared origins: not needed
 * (datapath.md §7: Grafana queries server-side).
 */
import { say } from '../../i18n/index.js';
import { doctorMessages as m } from '../../i18n/messages/doctor.js';
import { basicAuth } from '../context.js';
import { type DiagnosisCode, diagnose } from '../diagnoses.js';
import { statusText, transportVerdict } from '../http.js';
import { makeResult, type ProbeResult } from '../model.js';
import { type Endpoint, type HttpResponse, httpRequest } from '../net.js';

const PATH = '/api/v1/query?query=vector(1)';

function headerValues(res: HttpResponse, name: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < res.rawHeaders.length; i += 2)
    if (res.rawHeaders[i]!.toLowerCase() === name) out.push(res.rawHeaders[i + 1]!);
  return out;
}

export async function probeCors(
  ep: Endpoint,
  origins: string[],
  o: { timeoutMs: number; operator?: { user: string; password: string } },
): Promise<ProbeResult[]> {
  const host = ep.host;
  if (origins.length === 0) {
    return [
      makeResult('cors', host, 'ok', say(m.corsNotNeededCheck, { host }), {
        diagnosis: diagnose('TF9706', { target: host }),
      }),
    ];
  }
  const results: ProbeResult[] = [];
  for (const origin of origins) {
    const line = (detail: string) => say(m.corsCheck, { host, origin, detail });
    const bad = (code: DiagnosisCode, a?: string, detail?: string) =>
      makeResult('cors', host, 'fail', line(''), {
        diagnosis: diagnose(code, { target: host, ...(a ? { a } : {}), ...(detail ? { detail } : {}) }),
      });
    const pre = await httpRequest({
      endpoint: ep,
      tls: true,
      method: 'OPTIONS',
      path: PATH,
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
      timeoutMs: o.timeoutMs,
      maxBodyBytes: 16 * 1024,
    });
    if (!pre.ok) {
      const v = transportVerdict(pre.error, host);
      results.push(makeResult('cors', host, 'fail', line(''), v.diagnosis ? { diagnosis: v.diagnosis } : {}));
      continue;
    }
    if (pre.res.status === 401 || pre.res.status === 403) {
      results.push(bad('TF9703', statusText(pre.res)));
      continue;
    }
    const actual = await httpRequest({
      endpoint: ep,
      tls: true,
      path: PATH,
      headers: {
        Origin: origin,
        ...(o.operator ? { Authorization: basicAuth(o.operator.user, o.operator.password) } : {}),
      },
      timeoutMs: o.timeoutMs,
      maxBodyBytes: 64 * 1024,
    });
    const checks: HttpResponse[] = [pre.res, ...(actual.ok ? [actual.res] : [])];
    let problem: ProbeResult | undefined;
    for (const res of checks) {
      const acao = headerValues(res, 'access-control-allow-origin');
      const values = acao.flatMap((v) => v.split(',').map((x) => x.trim()));
      if (values.length === 0) {
        problem = bad('TF9701', origin);
        break;
      }
      if (values.length > 1) {
        problem = bad('TF9702', String(values.length), values.join(' | '));
        break;
      }
      const creds = headerValues(res, 'access-control-allow-credentials').some((v) => v.trim() === 'true');
      if (values[0] === '*' && creds) {
        problem = bad('TF9704');
        break;
      }
      if (values[0] !== '*' && values[0]!.toLowerCase() !== origin.toLowerCase()) {
        problem = bad('TF9705', origin, values[0]);
        break;
      }
    }
    if (!problem) {
      const methods = headerValues(pre.res, 'access-control-allow-methods').join(',');
      const missing = ['GET', 'POST'].filter((mm) => !new RegExp(`\\b${mm}\\b`, 'i').test(methods));
      if (methods && missing.length) problem = bad('TF9707', methods, missing.join(', '));
    }
    results.push(problem ?? makeResult('cors', host, 'ok', line(`: ${statusText(pre.res)}`)));
  }
  return results;
}
