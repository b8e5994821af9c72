/**
 * Remote write (opt-in, --write-probe): one real sample per edge, sent with the edge's URL and
 * credentials, at the current time and with a label unique to this run — a sample from the future
 * would shift a receiver's head window for every edge (sandbox.md gotcha 10).
 */
import { durationSeconds, type Edge } from '../../fleet/defaults.js';
import { RECEIVE_PATH } from '../../fleet/names.js';
import type { FleetState } from '../../fleet/state.js';
import { say } from '../../i18n/index.js';
import { doctorMessages as m } from '../../i18n/messages/doctor.js';
import { basicAuth, mapLimit, Pacer } from '../context.js';
import { diagnose } from '../diagnoses.js';
import { authenticatedVerdict } from '../http.js';
import { makeResult, type ProbeResult } from '../model.js';
import { type Endpoint, httpRequest } from '../net.js';
import { encodeWriteRequest, REMOTE_WRITE_HEADERS, snappyLiteralBlock } from '../wire.js';

export const PROBE_METRIC = 'thanos_fleet_doctor_probe';

export function probeBody(edge: Edge, runId: string, nowMs: number): Buffer {
  return snappyLiteralBlock(
    encodeWriteRequest([
      {
        labels: { __name__: PROBE_METRIC, cluster: edge.clusterLabel, doctor_run: runId },
        value: 1,
        timestampMs: nowMs,
      },
    ]),
  );
}

export async function probeWrites(
  ep: Endpoint,
  edges: Edge[],
  state: FleetState,
  o: { runId: string; timeoutMs: number; perSecond: number; readTimeoutSeconds: number },
): Promise<{ results: ProbeResult[]; accepted: Edge[] }> {
  const pacer = new Pacer(o.perSecond);
  const accepted: Edge[] = [];
  const results = await mapLimit(edges, 4, async (e) => {
    const line = (detail: string) => say(m.writeCheck, { edge: e.name, detail });
    const pw = state.edges[e.name]?.password;
    if (!pw)
      return makeResult('write', e.name, 'skip', line(''), {
        skipped: say(m.skipNoEdgeCreds, { edge: e.name }),
      });
    await pacer.turn();
    const out = await httpRequest({
      endpoint: ep,
      tls: true,
      method: 'POST',
      path: RECEIVE_PATH,
      headers: { ...REMOTE_WRITE_HEADERS, Authorization: basicAuth(e.name, pw) },
      body: probeBody(e, o.runId, Date.now()),
      timeoutMs: o.timeoutMs,
      maxBodyBytes: 64 * 1024,
    });
    const v = authenticatedVerdict(out, `${ep.host} (${e.name})`, {
      challengeWas401: true,
      remoteTimeout: e.remoteTimeout,
      readTimeout: `${o.readTimeoutSeconds}s`,
    });
    if (v.status !== 'ok' || !out.ok)
      return makeResult('write', e.name, 'fail', line(''), v.diagnosis ? { diagnosis: v.diagnosis } : {});
    accepted.push(e);
    const remoteMs = durationSeconds(e.remoteTimeout) * 1000;
    if (out.res.ms > remoteMs / 2) {
      return makeResult('write', e.name, 'warn', line(''), {
        diagnosis: diagnose('TF9510', { target: ep.host, a: `${out.res.ms} ms`, b: e.remoteTimeout }),
        facts: { ms: out.res.ms },
      });
    }
    return makeResult('write', e.name, 'ok', line(`: ${v.detail}`), {
      facts: { ms: out.res.ms, status: out.res.status },
    });
  });
  return { results, accepted };
}
