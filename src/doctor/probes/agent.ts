/**
 * An agent's own remote-write health from its /metrics, as deltas between two scrapes a few seconds
 * apart: counters reset by reloads are detected, and a sent timestamp of 0 is not a lag
 * (sandbox.md gotcha 5). Failed (dropped) and retried samples are separate signals (sandbox.md §6).
 */
import { type Localized, say } from '../../i18n/index.js';
import { doctorMessages as m } from '../../i18n/messages/doctor.js';
import { parseMetrics, type Sample } from '../../prometheus/exposition.js';
import { type DiagnosisCode, diagnose } from '../diagnoses.js';
import { firstLine, statusText, transportVerdict, truncatedVerdict } from '../http.js';
import { makeResult, type ProbeResult, type ProbeStatus } from '../model.js';
import { httpRequest } from '../net.js';

export { parseMetrics };

const P = 'prometheus_remote_storage_';
/** PrometheusRemoteWriteBehind threshold (datapath.md §3). */
export const LAG_FAIL_SECONDS = 120;

interface Queue {
  key: string;
  total: number;
  failed: number;
  retried: number;
  pending: number;
  shards: number;
  shardsMax: number;
  sentTs: number;
}

function queues(samples: Sample[]): { queues: Map<string, Queue>; highest: number } {
  const qs = new Map<string, Queue>();
  let highest = 0;
  for (const s of samples) {
    if (s.name === `${P}highest_timestamp_in_seconds`) highest = Math.max(highest, s.value);
    if (!s.name.startsWith(P) || s.labels.remote_name === undefined) continue;
    const key = `${s.labels.remote_name}|${s.labels.url ?? ''}`;
    const q = qs.get(key) ?? {
      key,
      total: 0,
      failed: 0,
      retried: 0,
      pending: 0,
      shards: 0,
      shardsMax: 0,
      sentTs: 0,
    };
    const field: Record<string, keyof Queue> = {
      [`${P}samples_total`]: 'total',
      [`${P}samples_failed_total`]: 'failed',
      [`${P}samples_retried_total`]: 'retried',
      [`${P}samples_pending`]: 'pending',
      [`${P}shards`]: 'shards',
      [`${P}shards_max`]: 'shardsMax',
      [`${P}queue_highest_sent_timestamp_seconds`]: 'sentTs',
    };
    const f = field[s.name];
    if (f && f !== 'key') (q[f] as number) = s.value;
    qs.set(key, q);
  }
  return { queues: qs, highest };
}

export async function scrape(url: string, ca: string[] | undefined, timeoutMs: number) {
  const u = new URL(url);
  const tls = u.protocol === 'https:';
  return httpRequest({
    endpoint: {
      host: u.hostname,
      address: u.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: Number(u.port || (tls ? 443 : 80)),
    },
    tls,
    ...(ca ? { ca } : {}),
    path: `${u.pathname}${u.search}`,
    timeoutMs,
  });
}

export async function probeAgent(
  edge: string,
  url: string,
  o: { ca?: string[]; timeoutMs: number; gapMs: number },
): Promise<ProbeResult[]> {
  const line = (detail: string | Localized) =>
    typeof detail === 'string'
      ? say(m.agentCheck, { edge, detail })
      : {
          en: m.agentCheck.en({ edge, detail: `: ${detail.en}` }),
          ko: m.agentCheck.ko({ edge, detail: `: ${detail.ko}` }),
        };
  const fail = (code: DiagnosisCode, detail?: string) => [
    makeResult('agent', edge, 'fail', line(''), {
      diagnosis: diagnose(code, { target: edge, ...(detail ? { detail } : {}) }),
    }),
  ];
  const first = await scrape(url, o.ca, o.timeoutMs);
  const bad = (out: typeof first) => {
    if (!out.ok) return transportVerdict(out.error, url).detail ?? out.error.message;
    const t = truncatedVerdict(out.res, url);
    if (t) return 'body over 1 MiB';
    if (out.res.status !== 200) return `${statusText(out.res)} ${firstLine(out.res)}`;
    return undefined;
  };
  const b1 = bad(first);
  if (b1 !== undefined || !first.ok) return fail('TF9807', b1);
  const q1 = queues(parseMetrics(first.res.body.toString('utf8')));
  if (q1.queues.size === 0) return fail('TF9808');
  await new Promise((r) => setTimeout(r, o.gapMs));
  const second = await scrape(url, o.ca, o.timeoutMs);
  const b2 = bad(second);
  if (b2 !== undefined || !second.ok) return fail('TF9807', b2);
  const q2 = queues(parseMetrics(second.res.body.toString('utf8')));
  const secs = Math.round(o.gapMs / 1000);
  const results: ProbeResult[] = [];
  for (const [key, b] of q2.queues) {
    const a = q1.queues.get(key);
    const target = q2.queues.size > 1 ? `${edge} [${key.split('|')[0]}]` : edge;
    const mk = (
      status: ProbeStatus,
      code: DiagnosisCode | undefined,
      detail: string | Localized,
      params: { a?: string; b?: string } = {},
    ) =>
      makeResult('agent', target, status, line(detail), {
        ...(code ? { diagnosis: diagnose(code, { target, ...params }) } : {}),
        facts: {
          sent: a ? b.total - a.total : 0,
          failed: a ? b.failed - a.failed : 0,
          retried: a ? b.retried - a.retried : 0,
          pending: b.pending,
          shards: b.shards,
          shardsMax: b.shardsMax,
          lagSeconds: b.sentTs > 0 ? Math.max(0, Math.round(q2.highest - b.sentTs)) : -1,
        },
      });
    // A counter that went backwards: the queue was recreated by a reload (gotcha 5).
    if (!a || b.total < a.total || b.failed < a.failed || b.retried < a.retried) {
      results.push(mk('warn', 'TF9805', ''));
      continue;
    }
    const sent = b.total - a.total;
    const failed = b.failed - a.failed;
    const retried = b.retried - a.retried;
    // Guard: a sent timestamp of 0 means "nothing sent yet", not a lag of 1.8e9 s.
    const lag = b.sentTs > 0 ? Math.max(0, Math.round(q2.highest - b.sentTs)) : undefined;
    const detail = say(m.agentFacts, {
      sent,
      failed,
      retried,
      pending: b.pending,
      lag: lag === undefined ? 'n/a' : `${lag} s`,
      shards: `${b.shards}/${b.shardsMax}`,
      secs,
    });
    if (failed > 0) results.push(mk('fail', 'TF9801', detail, { a: String(failed) }));
    else if (lag === undefined && b.pending > 0) results.push(mk('fail', 'TF9806', detail));
    else if (retried > 0)
      results.push(
        mk(lag !== undefined && lag > LAG_FAIL_SECONDS ? 'fail' : 'warn', 'TF9802', detail, {
          a: String(retried),
        }),
      );
    else if (lag !== undefined && lag > LAG_FAIL_SECONDS)
      results.push(mk('fail', 'TF9803', detail, { a: String(lag), b: String(LAG_FAIL_SECONDS) }));
    else if (b.shardsMax > 0 && b.shards >= b.shardsMax)
      results.push(mk('warn', 'TF9804', detail, { a: String(b.shardsMax) }));
    else if (sent === 0 && b.pending === 0) results.push(mk('warn', 'TF9809', detail));
    else results.push(mk('ok', undefined, detail));
  }
  return results;
}
