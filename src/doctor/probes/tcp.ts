/** TCP: can this machine open a connection to the ingress (guide 연동 검증 2: nc -zv HOST 443). */
import { say } from '../../i18n/index.js';
import { doctorMessages as m } from '../../i18n/messages/doctor.js';
import { transportVerdict } from '../http.js';
import { makeResult, type ProbeResult } from '../model.js';
import { type Endpoint, tcpConnect } from '../net.js';

export async function probeTcp(ep: Endpoint, timeoutMs: number): Promise<ProbeResult> {
  const target = `${ep.host} (${ep.address}:${ep.port})`;
  const out = await tcpConnect(ep, timeoutMs);
  if (out.ok) {
    return makeResult('tcp', ep.host, 'ok', say(m.tcpCheck, { target, detail: `, ${out.ms} ms` }), {
      facts: { address: ep.address, port: ep.port, ms: out.ms },
    });
  }
  const v = transportVerdict(out.error, `${ep.address}:${ep.port}`);
  return makeResult('tcp', ep.host, 'fail', say(m.tcpCheck, { target, detail: '' }), {
    ...(v.diagnosis ? { diagnosis: v.diagnosis } : {}),
    facts: { address: ep.address, port: ep.port, error: out.error.kind },
  });
}
