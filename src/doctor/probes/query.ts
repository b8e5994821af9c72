/**
 * Query: the API answers, every edge's `cluster` label has fresh data (guide 연동 검증 4, made
 * precise: how old the newest sample is), and probe samples written by --write-probe read back.
 */
import { durationSeconds, type Edge } from '../../fleet/defaults.js';
import { say } from '../../i18n/index.js';
import { doctorMessages as m } from '../../i18n/messages/doctor.js';
import { basicAuth } from '../context.js';
import { diagnose } from '../diagnoses.js';
import { authenticatedVerdict, firstLine } from '../http.js';
import { makeResult, type ProbeResult } from '../model.js';
import { type Endpoint, httpRequest } from '../net.js';
import { PROBE_METRIC } from './write.js';

interface VectorSample {
  metric: Record<string, string>;
  value: [number, string];
}

export type QueryOutcome = { ok: true; vector: VectorSample[] } | { ok: false; result: ProbeResult };

export interface QueryClient {
  ep: Endpoint;
  /** Basic credentials of an operator (undefined when the host has no ingress auth). */
  operator?: { user: string; password: string };
  timeoutMs: number;
}

/** One instant query by POST (form body: long cluster regexes do not fit a URL). */
export async function instantQuery(
  c: QueryClient,
  query: string,
  timeSeconds?: number,
): Promise<QueryOutcome> {
  const host = c.ep.host;
  const form = new URLSearchParams({ query, ...(timeSeconds ? { time: String(timeSeconds) } : {}) });
  const out = await httpRequest({
    endpoint: c.ep,
    tls: true,
    method: 'POST',
    path: '/api/v1/query',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      ...(c.operator ? { Authorization: basicAuth(c.operator.user, c.operator.password) } : {}),
    },
    body: Buffer.from(form.toString()),
    timeoutMs: c.timeoutMs,
  });
  const line = say(m.queryCheck, { host, detail: '' });
  const v = authenticatedVerdict(out, host, { challengeWas401: true });
  if (v.status !== 'ok' || !out.ok)
    return {
      ok: false,
      result: makeResult('query', host, 'fail', line, v.diagnosis ? { diagnosis: v.diagnosis } : {}),
    };
  try {
    const body = JSON.parse(out.res.body.toString('utf8')) as {
      status?: string;
      data?: { resultType?: string; result?: VectorSample[] };
    };
    if (body.status === 'success' && body.data?.resultType === 'vector' && Array.isArray(body.data.result))
      return { ok: true, vector: body.data.result };
  } catch {
    // not JSON: reported below
  }
  return {
    ok: false,
    result: makeResult('query', host, 'fail', line, {
      diagnosis: diagnose('TF9601', { target: host, detail: firstLine(out.res) || `${out.res.status}` }),
    }),
  };
}

function regexEscape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export async function probeQueryHealth(c: QueryClient): Promise<ProbeResult> {
  const out = await instantQuery(c, 'vector(1)');
  if (!out.ok) return out.result;
  return makeResult('query', c.ep.host, 'ok', say(m.queryCheck, { host: c.ep.host, detail: ': vector(1)' }));
}

/** Newest `up` sample per cluster: silent edges have none in the 5-minute lookback. */
export async function probeFreshness(
  c: QueryClient,
  edges: Edge[],
  nowMs = Date.now(),
): Promise<ProbeResult[]> {
  if (edges.length === 0) return [];
  const regex = edges.map((e) => regexEscape(e.clusterLabel)).join('|');
  const now = nowMs / 1000;
  const out = await instantQuery(c, `max by (cluster) (timestamp(up{cluster=~"${regex}"}))`, now);
  if (!out.ok) return [out.result];
  const newest = new Map(out.vector.map((s) => [s.metric.cluster ?? '', Number(s.value[1])]));
  const results: ProbeResult[] = [];
  let fresh = 0;
  for (const e of edges) {
    const line = (detail: string) => say(m.freshCheck, { edge: e.name, detail });
    const ts = newest.get(e.clusterLabel);
    if (ts === undefined) {
      results.push(
        makeResult('query', e.name, 'fail', line(''), {
          diagnosis: diagnose('TF9602', { target: e.name, a: e.clusterLabel }),
        }),
      );
      continue;
    }
    const age = Math.max(0, Math.round(now - ts));
    // Fresh: within three scrape intervals plus a batch deadline and a round trip.
    const limit = Math.round(3 * durationSeconds(e.scrapeInterval) + 30);
    if (age > limit) {
      results.push(
        makeResult('query', e.name, 'warn', line(''), {
          diagnosis: diagnose('TF9603', { target: e.name, a: String(age), b: String(limit) }),
          facts: { ageSeconds: age },
        }),
      );
      continue;
    }
    fresh++;
    if (edges.length <= 20) {
      const age_ = say(m.newestAge, { seconds: age });
      results.push(
        makeResult(
          'query',
          e.name,
          'ok',
          {
            en: m.freshCheck.en({ edge: e.name, detail: `: ${age_.en}` }),
            ko: m.freshCheck.ko({ edge: e.name, detail: `: ${age_.ko}` }),
          },
          { facts: { ageSeconds: age } },
        ),
      );
    }
  }
  if (edges.length > 20 && fresh > 0) {
    results.unshift(
      makeResult(
        'query',
        c.ep.host,
        'ok',
        say(m.freshCheck, { edge: `${fresh}/${edges.length}`, detail: '' }),
        {
          facts: { fresh, total: edges.length },
        },
      ),
    );
  }
  return results;
}

/** Probe samples written this run, read back through Query (a few tries: ingestion is not instant everywhere). */
export async function probeReadBack(
  c: QueryClient,
  runId: string,
  edges: Edge[],
  o: { tries: number; gapMs: number },
): Promise<ProbeResult[]> {
  if (edges.length === 0) return [];
  let seen = new Set<string>();
  for (let i = 0; i < o.tries; i++) {
    const out = await instantQuery(c, `count by (cluster) (${PROBE_METRIC}{doctor_run="${runId}"})`);
    if (!out.ok) return [out.result];
    seen = new Set(out.vector.map((s) => s.metric.cluster ?? ''));
    if (edges.every((e) => seen.has(e.clusterLabel))) break;
    if (i < o.tries - 1) await new Promise((r) => setTimeout(r, o.gapMs));
  }
  const waited = `${((o.tries - 1) * o.gapMs) / 1000} s`;
  return edges.map((e) =>
    seen.has(e.clusterLabel)
      ? makeResult('write', e.name, 'ok', say(m.readBackCheck, { edge: e.name, detail: '' }))
      : makeResult('write', e.name, 'fail', say(m.readBackCheck, { edge: e.name, detail: '' }), {
          diagnosis: diagnose('TF9509', { target: e.name, a: waited }),
        }),
  );
}
