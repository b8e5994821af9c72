/**
 * How much traffic the fleet itself sends through the receive ingress. Policy defaults and `check`
 * rules both size limits from these figures, so the two can never disagree.
 */
import { durationSeconds, type Edge } from '../fleet/defaults.js';

/**
 * Upper bound of a compressed remote-write body per sample. Measured: ~22 B/sample snappy for a
 * self-scrape workload (datapath.md §3); label-heavy series run about three times that.
 */
export const MAX_BYTES_PER_SAMPLE = 64;

/**
 * Shortest round trip of one remote-write request (TLS, auth, Receive append) that we size rates for:
 * a shard cannot send more than 1 / round-trip requests per second.
 */
export const MIN_ROUND_TRIP_SECONDS = 0.1;

/** Requests one edge can have in flight: one per shard plus the metadata sender. */
export function edgeConcurrency(edge: Edge): number {
  return edge.queue.maxShards + 1;
}

export interface EgressGroup {
  egress: string;
  edges: Edge[];
  /** Concurrent requests all edges behind this address can have in flight. */
  concurrency: number;
}

/** Edges grouped by the address they leave through: ingress limits are keyed by client address. */
export function egressGroups(edges: Edge[]): EgressGroup[] {
  const groups = new Map<string, Edge[]>();
  for (const e of edges) groups.set(e.egress, [...(groups.get(e.egress) ?? []), e]);
  return [...groups].map(([egress, es]) => ({
    egress,
    edges: es,
    concurrency: es.reduce((n, e) => n + edgeConcurrency(e), 0),
  }));
}

/** The busiest client address. */
export function busiestEgress(edges: Edge[]): EgressGroup {
  return egressGroups(edges).reduce((a, b) => (b.concurrency > a.concurrency ? b : a));
}

export interface FleetTraffic {
  busiest: EgressGroup;
  /** Concurrent requests the ingress must admit from one address. */
  connectionsNeeded: number;
  /** Requests per second one address can send when catching up. */
  rpsNeeded: number;
  /** Largest body one request carries. */
  bodyBytesNeeded: number;
  /** Longest agent remote_timeout in seconds. */
  maxRemoteTimeoutSeconds: number;
}

export function fleetTraffic(edges: Edge[]): FleetTraffic {
  const busiest = busiestEgress(edges);
  return {
    busiest,
    connectionsNeeded: busiest.concurrency,
    rpsNeeded: Math.ceil(busiest.concurrency / MIN_ROUND_TRIP_SECONDS),
    bodyBytesNeeded: Math.max(...edges.map((e) => e.queue.maxSamplesPerSend)) * MAX_BYTES_PER_SAMPLE,
    maxRemoteTimeoutSeconds: Math.max(...edges.map((e) => durationSeconds(e.remoteTimeout))),
  };
}
