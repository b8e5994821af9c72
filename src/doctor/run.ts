/**
 * The doctor's run: per exposed host dns → tcp → tls → redirect → auth → cors, then per edge write
 * and query, and agents in parallel. A check whose prerequisite failed is reported as skipped with
 * the reason (linkerd healthcheck: categories in dependency order, style.md).
 */
import { randomBytes } from 'node:crypto';
import type { Edge, Fleet } from '../fleet/defaults.js';
import { type Localized, say } from '../i18n/index.js';
import { doctorMessages as m } from '../i18n/messages/doctor.js';
import type { FleetPolicy, IngressPolicy } from '../policy/model.js';
import { type DoctorOptions, endpointOf, type HostTarget, hostTargets, mapLimit } from './context.js';
import { CATEGORIES, type Category, type DoctorReport, makeResult, type ProbeResult } from './model.js';
import type { Endpoint } from './net.js';
import { probeAgent } from './probes/agent.js';
import { probeChallenge, probeEdgeCredentials, probeOperator } from './probes/auth.js';
import { probeCors } from './probes/cors.js';
import { probeDns } from './probes/dns.js';
import { probeFreshness, probeQueryHealth, probeReadBack, type QueryClient } from './probes/query.js';
import { probeRedirect } from './probes/redirect.js';
import { probeTcp } from './probes/tcp.js';
import { probeTls } from './probes/tls.js';
import { probeWrites } from './probes/write.js';

interface HostOutcome {
  target: HostTarget;
  results: ProbeResult[];
  ep?: Endpoint;
  /** DNS, TCP and TLS passed: HTTPS requests can be made. */
  reachable: boolean;
  asked401: boolean;
  /** Why dependents of this host are skipped. */
  blocked?: Localized;
}

const CORS_COMPONENTS = new Set(['query', 'queryFrontend']);

function skip(category: Category, target: string, message: Localized, why: Localized): ProbeResult {
  return makeResult(category, target, 'skip', message, { skipped: why });
}

/** Requests per second for per-edge checks: a quarter of the per-address rate limit, 1–50. */
export function perEdgePace(p: IngressPolicy | undefined): number {
  const rps = p?.rateLimit?.rps ?? 20;
  return Math.min(50, Math.max(1, Math.floor(rps / 4)));
}

function operatorOf(opts: DoctorOptions): { user: string; password: string } | undefined {
  const ops = opts.state?.operators ?? {};
  const user = Object.keys(ops)[0];
  return user ? { user, password: ops[user]!.password } : undefined;
}

async function probeHost(t: HostTarget, opts: DoctorOptions, edges: Edge[]): Promise<HostOutcome> {
  const host = t.host;
  const results: ProbeResult[] = [];
  const component = t.policy.component;
  const hasAuth = t.policy.auth !== undefined;
  const later = (why: Localized, cats: Category[]) => {
    for (const c of cats) results.push(skip(c, host, lineFor(c, host), why));
  };
  const dns = await probeDns(t, opts.timeoutMs);
  results.push(dns.result);
  if (!dns.address) {
    later(say(m.skipDns), ['tcp', 'tls', 'redirect', 'auth']);
    return { target: t, results, reachable: false, asked401: false, blocked: say(m.skipDns) };
  }
  const ep = endpointOf(t, dns.address, opts.ca);
  const redirect = async () => {
    if (t.httpPort === undefined) {
      results.push(skip('redirect', host, lineFor('redirect', host), say(m.skipNoHttpPort)));
      return;
    }
    results.push(await probeRedirect(host, t.httpAddress ?? dns.address!, t.httpPort, opts.timeoutMs));
  };
  const tcp = await probeTcp(ep, opts.timeoutMs);
  results.push(tcp);
  if (tcp.status === 'fail') {
    later(say(m.skipTcp), ['tls']);
    await redirect();
    later(say(m.skipTcp), ['auth']);
    return { target: t, results, ep, reachable: false, asked401: false, blocked: say(m.skipTcp) };
  }
  const tls = await probeTls(ep, {
    ...(opts.ca ? { ca: opts.ca } : {}),
    ...(opts.caFile ? { caFile: opts.caFile } : {}),
    timeoutMs: opts.timeoutMs,
    warnDays: opts.certWarnDays,
    failDays: opts.certFailDays,
  });
  results.push(tls);
  await redirect();
  if (tls.status === 'fail') {
    later(say(m.skipTls), ['auth']);
    return { target: t, results, ep, reachable: false, asked401: false, blocked: say(m.skipTls) };
  }
  // Requests after the handshake verify against the same trust (--cacert or the system roots).
  const challenge = await probeChallenge(ep, component, hasAuth, opts.timeoutMs);
  results.push(challenge.result);
  const state = opts.state;
  if (hasAuth && challenge.asked401) {
    if (!state) {
      results.push(skip('auth', host, lineFor('auth', host), say(m.skipNoState, { file: opts.stateFile })));
    } else if (t.policy.auth?.credentialKind === 'machine') {
      results.push(
        ...(await probeEdgeCredentials(ep, edges, state, {
          timeoutMs: opts.timeoutMs,
          perSecond: perEdgePace(t.policy),
          readTimeout: `${t.policy.timeouts.readSeconds}s`,
        })),
      );
    } else {
      const op = operatorOf(opts);
      if (op) results.push(await probeOperator(ep, component, op.user, op.password, opts.timeoutMs));
      else results.push(skip('auth', host, lineFor('auth', host), say(m.skipNoOperator)));
    }
  }
  if (CORS_COMPONENTS.has(component)) {
    const op = operatorOf(opts);
    results.push(
      ...(await probeCors(ep, t.policy.cors?.origins ?? [], {
        timeoutMs: opts.timeoutMs,
        ...(op ? { operator: op } : {}),
      })),
    );
  }
  const authFailed = hasAuth && !challenge.asked401;
  return {
    target: t,
    results,
    ep,
    reachable: true,
    asked401: challenge.asked401,
    ...(authFailed ? { blocked: say(m.skipAuth) } : {}),
  };
}

function lineFor(c: Category, host: string): Localized {
  switch (c) {
    case 'tcp':
      return say(m.tcpCheck, { target: host, detail: '' });
    case 'tls':
      return say(m.tlsCheck, { host, detail: '' });
    case 'redirect':
      return say(m.redirectCheck, { host, detail: '' });
    case 'query':
      return say(m.queryCheck, { host, detail: '' });
    default:
      return say(m.authChallengeCheck, { host, detail: '' });
  }
}

export async function runDoctor(
  fleet: Fleet,
  policy: FleetPolicy,
  opts: DoctorOptions,
): Promise<DoctorReport> {
  const startedAt = new Date();
  const runId = `${startedAt.getTime().toString(36)}-${randomBytes(4).toString('hex')}`;
  const edges = fleet.edges.filter((e) => !opts.edgeFilter || opts.edgeFilter.test(e.name));
  const agentEntries = Object.entries(opts.agentMetrics).filter(([e]) => edges.some((x) => x.name === e));
  // Agents only wait between their two scrapes: start them first, collect them last.
  const agents = mapLimit(agentEntries, 16, ([edge, url]) =>
    probeAgent(edge, url, {
      ...(opts.ca ? { ca: opts.ca } : {}),
      timeoutMs: opts.timeoutMs,
      gapMs: opts.agentGapMs,
    }),
  );
  const targets = hostTargets(policy, opts.resolve, opts.httpPort);
  const hosts = await mapLimit(targets, opts.concurrency, (t) => probeHost(t, opts, edges));
  const results = hosts.flatMap((h) => h.results);

  const primary = (component: string) => hosts.find((h) => h.target.policy.component === component);
  const receive = primary('receive');
  const query = primary('query') ?? primary('queryFrontend');
  const operator = operatorOf(opts);

  // Remote write (opt-in).
  let accepted: Edge[] = [];
  if (opts.writeProbe) {
    const why = !receive
      ? say(m.skipNoQueryHost)
      : (receive.blocked ??
        (!receive.reachable
          ? say(m.skipTls)
          : !opts.state
            ? say(m.skipNoState, { file: opts.stateFile })
            : undefined));
    if (why || !receive?.ep || !opts.state) {
      for (const e of edges)
        results.push(
          skip('write', e.name, say(m.writeCheck, { edge: e.name, detail: '' }), why ?? say(m.skipTls)),
        );
    } else {
      const w = await probeWrites(receive.ep, edges, opts.state, {
        runId,
        timeoutMs: opts.timeoutMs,
        perSecond: perEdgePace(receive.target.policy),
        readTimeoutSeconds: receive.target.policy.timeouts.readSeconds,
      });
      results.push(...w.results);
      accepted = w.accepted;
    }
  }

  // Query: health, freshness per edge, read-back of the probe samples.
  const qHost = query?.target.host ?? '-';
  const qWhy = !query
    ? say(m.skipNoQueryHost)
    : (query.blocked ??
      (!query.reachable
        ? say(m.skipQueryFailed)
        : query.target.policy.auth && !operator
          ? say(m.skipNoOperator)
          : undefined));
  if (qWhy || !query?.ep) {
    results.push(
      skip('query', qHost, say(m.queryCheck, { host: qHost, detail: '' }), qWhy ?? say(m.skipQueryFailed)),
    );
    for (const e of accepted)
      results.push(
        skip(
          'write',
          e.name,
          say(m.readBackCheck, { edge: e.name, detail: '' }),
          qWhy ?? say(m.skipQueryFailed),
        ),
      );
  } else {
    const client: QueryClient = {
      ep: query.ep,
      timeoutMs: opts.timeoutMs,
      ...(query.target.policy.auth && operator ? { operator } : {}),
    };
    const health = await probeQueryHealth(client);
    results.push(health);
    if (health.status === 'ok') {
      results.push(...(await probeFreshness(client, edges)));
      results.push(...(await probeReadBack(client, runId, accepted, { tries: 4, gapMs: 1000 })));
    } else {
      for (const e of edges)
        results.push(
          skip('query', e.name, say(m.freshCheck, { edge: e.name, detail: '' }), say(m.skipQueryFailed)),
        );
    }
  }

  results.push(...(await agents).flat());
  const order = new Map(CATEGORIES.map((c, i) => [c, i]));
  const sorted = results
    .map((r, i) => ({ r, i }))
    .sort((a, b) => order.get(a.r.category)! - order.get(b.r.category)! || a.i - b.i)
    .map((x) => x.r);
  return {
    fleet: fleet.name,
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    results: sorted,
  };
}
