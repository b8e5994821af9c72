/**
 * Auth: the host refuses requests without credentials (401), accepts each edge's own credentials
 * (receive) or an operator's (human UIs) from the state file, and tells a wrong password (401) from a
 * broken htpasswd (403/500, sandbox.md gotcha 11) and from 503s that happen before auth runs.
 * Passwords never leave this file except inside the Authorization header.
 */
import type { Edge } from '../../fleet/defaults.js';
import { RECEIVE_PATH } from '../../fleet/names.js';
import type { FleetState } from '../../fleet/state.js';
import { say } from '../../i18n/index.js';
import { doctorMessages as m } from '../../i18n/messages/doctor.js';
import { basicAuth, mapLimit, Pacer } from '../context.js';
import { diagnose } from '../diagnoses.js';
import {
  authenticatedVerdict,
  isIngressPage,
  statusText,
  transportVerdict,
  truncatedVerdict,
} from '../http.js';
import { makeResult, type ProbeResult } from '../model.js';
import { type Endpoint, type HttpOutcome, httpRequest } from '../net.js';
import { EMPTY_WRITE_BODY, REMOTE_WRITE_HEADERS } from '../wire.js';

const STATE_FIELDS_NEVER_PRINTED = 'password';

export function isReceive(component: string): boolean {
  return component === 'receive';
}

/** The request each host gets: an empty (valid) remote write for receive, GET / elsewhere. */
export function hostRequest(ep: Endpoint, component: string, timeoutMs: number, authorization?: string) {
  const headers: Record<string, string> = authorization ? { Authorization: authorization } : {};
  if (isReceive(component)) {
    return httpRequest({
      endpoint: ep,
      tls: true,
      method: 'POST',
      path: RECEIVE_PATH,
      headers: { ...REMOTE_WRITE_HEADERS, ...headers },
      body: EMPTY_WRITE_BODY,
      timeoutMs,
      maxBodyBytes: 64 * 1024,
    });
  }
  return httpRequest({ endpoint: ep, tls: true, path: '/', headers, timeoutMs, maxBodyBytes: 64 * 1024 });
}

export interface ChallengeProbe {
  result: ProbeResult;
  /** The host asked for credentials; authenticated checks may follow. */
  asked401: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function probeChallenge(
  ep: Endpoint,
  component: string,
  hasAuth: boolean,
  timeoutMs: number,
  retryDelayMs = 1000,
): Promise<ChallengeProbe> {
  const host = ep.host;
  if (!hasAuth)
    return { result: makeResult('auth', host, 'ok', say(m.authNotRequired, { host })), asked401: false };
  const line = (detail: string) => say(m.authChallengeCheck, { host, detail });
  const first = await hostRequest(ep, component, timeoutMs);
  const fail = (out: HttpOutcome, code: Parameters<typeof diagnose>[0], a?: string) =>
    makeResult('auth', host, 'fail', line(''), {
      diagnosis: diagnose(code, { target: host, ...(a ? { a } : {}) }),
      ...(out.ok ? { facts: { status: out.res.status } } : {}),
    });
  if (!first.ok) {
    const v = transportVerdict(first.error, host);
    return {
      result: makeResult('auth', host, 'fail', line(''), v.diagnosis ? { diagnosis: v.diagnosis } : {}),
      asked401: false,
    };
  }
  const t = truncatedVerdict(first.res, host);
  if (t?.diagnosis)
    return {
      result: makeResult('auth', host, 'fail', line(''), { diagnosis: t.diagnosis }),
      asked401: false,
    };
  const s = first.res.status;
  if (s === 401) {
    const realm = /realm="([^"]*)"/.exec(String(first.res.headers['www-authenticate'] ?? ''))?.[1];
    return {
      result: makeResult('auth', host, 'ok', line(`: 401${realm ? `, realm "${realm}"` : ''}`), {
        facts: { status: 401, ...(realm ? { realm } : {}) },
      }),
      asked401: true,
    };
  }
  if (s === 503 || s === 429) {
    // Limits (limit_req/limit_conn, preaccess phase) and ingress-nginx' denied locations ("return 503",
    // rewrite phase) both answer before auth_basic (access phase). A limit passes after a pause; a denied
    // location answers 503 every time. Nothing else from outside tells them apart (no Retry-After from nginx).
    await sleep(retryDelayMs);
    const again = await hostRequest(ep, component, timeoutMs);
    if (again.ok && again.res.status === 401) {
      return {
        result: makeResult('auth', host, 'warn', line(''), {
          diagnosis: diagnose('TF9408', { target: host, a: statusText(first.res) }),
          facts: { first: s, second: 401, retryAfter: String(first.res.headers['retry-after'] ?? '') },
        }),
        asked401: true,
      };
    }
    if (s === 429) return { result: fail(first, 'TF9508'), asked401: false };
    return {
      result: fail(
        first,
        isIngressPage(first.res) ? 'TF9407' : 'TF9502',
        isIngressPage(first.res) ? undefined : statusText(first.res),
      ),
      asked401: false,
    };
  }
  if (s === 403) return { result: fail(first, 'TF9406'), asked401: false };
  if (s === 404) return { result: fail(first, 'TF9409'), asked401: false };
  if ((s >= 200 && s < 400) || s === 400 || s === 405)
    return { result: fail(first, 'TF9401', statusText(first.res)), asked401: false };
  const v = authenticatedVerdict(first, host, { challengeWas401: false });
  return {
    result: makeResult('auth', host, 'fail', line(''), v.diagnosis ? { diagnosis: v.diagnosis } : {}),
    asked401: false,
  };
}

/**
 * Each edge's own credentials against the receive host, spread out (Pacer) so doctor stays far below
 * the per-address rate limit: ok edges are summed up in one line, each failing edge gets its own.
 */
export async function probeEdgeCredentials(
  ep: Endpoint,
  edges: Edge[],
  state: FleetState,
  o: { timeoutMs: number; perSecond: number; remoteTimeout?: string; readTimeout?: string },
): Promise<ProbeResult[]> {
  const host = ep.host;
  const pacer = new Pacer(o.perSecond);
  const withCreds = edges.filter((e) => state.edges[e.name]?.[STATE_FIELDS_NEVER_PRINTED]);
  const out: ProbeResult[] = edges
    .filter((e) => !withCreds.includes(e))
    .map((e) =>
      makeResult('auth', e.name, 'skip', say(m.edgeCredCheck, { edge: e.name, detail: '' }), {
        skipped: say(m.skipNoEdgeCreds, { edge: e.name }),
      }),
    );
  const verdicts = await mapLimit(withCreds, 4, async (e) => {
    await pacer.turn();
    const auth = basicAuth(e.name, state.edges[e.name]!.password);
    const res = await hostRequest(ep, 'receive', o.timeoutMs, auth);
    return {
      edge: e,
      v: authenticatedVerdict(res, `${host} (${e.name})`, {
        challengeWas401: true,
        remoteTimeout: o.remoteTimeout,
        readTimeout: o.readTimeout,
      }),
      status: res.ok ? res.res.status : 0,
    };
  });
  const bad = verdicts.filter((x) => x.v.status !== 'ok');
  if (withCreds.length > 1 && bad.length === withCreds.length && bad.every((x) => x.status === 401)) {
    out.push(
      makeResult('auth', host, 'fail', say(m.edgeCredsCheck, { host, ok: 0, total: withCreds.length }), {
        diagnosis: diagnose('TF9403', { target: host }),
      }),
    );
    return out;
  }
  const ok = withCreds.length - bad.length;
  if (ok > 0) {
    // The passing edges in one line; each failing edge gets its own line with its diagnosis.
    out.push(
      makeResult('auth', host, 'ok', say(m.edgeCredsCheck, { host, ok, total: withCreds.length }), {
        facts: { ok, total: withCreds.length },
      }),
    );
  }
  for (const b of bad) {
    out.push(
      makeResult('auth', b.edge.name, 'fail', say(m.edgeCredCheck, { edge: b.edge.name, detail: '' }), {
        ...(b.v.diagnosis ? { diagnosis: b.v.diagnosis } : {}),
      }),
    );
  }
  return out;
}

/** One operator credential against a human-auth host (Query, Query Frontend, Bucket Web). */
export async function probeOperator(
  ep: Endpoint,
  component: string,
  user: string,
  password: string,
  timeoutMs: number,
): Promise<ProbeResult> {
  const host = ep.host;
  const res = await hostRequest(ep, component, timeoutMs, basicAuth(user, password));
  // Redirects (e.g. Query's / → /graph) mean auth passed.
  const v =
    res.ok && res.res.status >= 300 && res.res.status < 400
      ? { status: 'ok' as const, detail: statusText(res.res) }
      : authenticatedVerdict(res, host, { challengeWas401: true });
  return makeResult(
    'auth',
    host,
    v.status,
    say(m.operatorCredCheck, { host, user, detail: v.status === 'ok' && v.detail ? `: ${v.detail}` : '' }),
    v.diagnosis ? { diagnosis: v.diagnosis } : {},
  );
}
