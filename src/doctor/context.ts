/** What every probe needs: the fleet, options, the state's credentials, and the targets to probe. */
import type { Edge, Fleet } from '../fleet/defaults.js';
import type { FleetState } from '../fleet/state.js';
import type { FleetPolicy, IngressPolicy } from '../policy/model.js';
import type { Endpoint } from './net.js';

export interface ResolveEntry {
  host: string;
  port: number;
  address: string;
}

export interface DoctorOptions {
  /** curl-style --resolve HOST:PORT:ADDRESS entries. */
  resolve: ResolveEntry[];
  /** PEM text of --cacert (replaces the system roots, like curl). */
  ca?: string[];
  caFile?: string;
  /** Per-request deadline. */
  timeoutMs: number;
  certWarnDays: number;
  certFailDays: number;
  writeProbe: boolean;
  edgeFilter?: RegExp;
  /** Edge name → agent /metrics URL. */
  agentMetrics: Record<string, string>;
  /** Gap between the two agent scrapes. */
  agentGapMs: number;
  /** Hosts probed at once. */
  concurrency: number;
  /** Plain-HTTP port for the redirect check (80; the sandbox uses another). */
  httpPort: number;
  stateFile: string;
  state?: FleetState;
}

export interface HostTarget {
  host: string;
  policy: IngressPolicy;
  /** From --resolve: the address and TLS port; undefined = ask DNS and use 443. */
  pinned?: { address: string; port: number };
  /** Plain-HTTP port: 80, or undefined when --resolve pins the host but gives no :80 entry. */
  httpPort?: number;
  httpAddress?: string;
}

export interface ProbeContext {
  fleet: Fleet;
  policy: FleetPolicy;
  opts: DoctorOptions;
  /** Edges selected by --edge. */
  edges: Edge[];
  /** Unique id of this run (probe series label). */
  runId: string;
}

export function parseResolve(value: string): ResolveEntry | undefined {
  // HOST:PORT:ADDRESS; an IPv6 address may be bracketed (curl accepts [::1]).
  const m = /^([^:]+):(\d{1,5}):(.+)$/.exec(value);
  if (!m) return undefined;
  const port = Number(m[2]);
  if (port < 1 || port > 65535) return undefined;
  return { host: m[1]!.toLowerCase(), port, address: m[3]!.replace(/^\[(.*)\]$/, '$1') };
}

/** Every exposed host with the policy that serves it, and where to connect (--resolve or DNS). */
export function hostTargets(policy: FleetPolicy, resolve: ResolveEntry[], httpPort = 80): HostTarget[] {
  const out: HostTarget[] = [];
  const seen = new Set<string>();
  for (const p of policy.policies) {
    for (const host of p.hosts) {
      if (seen.has(host)) continue;
      seen.add(host);
      const entries = resolve.filter((r) => r.host === host);
      const t: HostTarget = { host, policy: p };
      if (entries.length === 0) {
        t.httpPort = httpPort;
      } else {
        const tlsEntry = entries.find((e) => e.port === 443) ?? entries.find((e) => e.port !== httpPort);
        const httpEntry = entries.find((e) => e.port === httpPort);
        if (tlsEntry) t.pinned = { address: tlsEntry.address, port: tlsEntry.port };
        if (httpEntry) {
          t.httpPort = httpPort;
          t.httpAddress = httpEntry.address;
        }
      }
      out.push(t);
    }
  }
  return out;
}

export function endpointOf(t: HostTarget, address: string, ca?: string[]): Endpoint {
  return { host: t.host, address, port: t.pinned?.port ?? 443, ...(ca ? { ca } : {}) };
}

/** Bounded concurrency: run `fn` over items, at most `limit` at once, results in input order. */
export async function mapLimit<T, R>(
  items: T[],
  limit: number,
  fn: (item: T, i: number) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= items.length) return;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}

/** Spreads requests to one host: at most `perSecond` starts per second. */
export class Pacer {
  private nextAt = 0;
  constructor(private readonly perSecond: number) {}
  async turn(): Promise<void> {
    const now = Date.now();
    const at = Math.max(now, this.nextAt);
    this.nextAt = at + 1000 / this.perSecond;
    if (at > now) await new Promise((r) => setTimeout(r, at - now));
  }
}

export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}
