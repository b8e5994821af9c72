/**
 * Fleet defaults: turns a parsed fleet file into a Fleet where every value the renderers, checks and
 * probes need is decided once, here.
 */
import {
  type ComponentName,
  chartFullname,
  componentHttpService,
  componentNames,
  HOST_PREFIX,
  type ServicePort,
} from './names.js';
import type { ComponentSpec, EdgeSpec, FleetSpec, IngressOverrides } from './schema.js';

export interface Component {
  name: ComponentName;
  enabled: boolean;
  exposed: boolean;
  host: string;
  extraHosts: string[];
  replicas: number;
  resources?: ComponentSpec['resources'];
  overrides: IngressOverrides;
  http: ServicePort;
}

export interface Queue {
  capacity: number;
  maxShards: number;
  minShards: number;
  maxSamplesPerSend: number;
  batchSendDeadline: string;
  minBackoff: string;
  maxBackoff: string;
  retryOnHttp429: boolean;
}

export interface Edge {
  name: string;
  /** Index in the fleet file's `edges` list (for error locations). */
  index: number;
  clusterLabel: string;
  externalLabels: Record<string, string>;
  prometheusVersion: string;
  remoteTimeout: string;
  scrapeInterval: string;
  queue: Queue;
  egress: string;
  caFile?: string;
  /** Deployable form of the edge agent. */
  form: 'raw' | 'kube-prometheus-stack' | 'prometheus-operator';
}

export interface Fleet {
  name: string;
  spec: FleetSpec;
  central: FleetSpec['central'] & { thanosFullname: string; grafanaFullname: string };
  components: Record<ComponentName, Component>;
  edges: Edge[];
}

const ENABLED_BY_DEFAULT: Record<ComponentName, boolean> = {
  receive: true,
  query: true,
  queryFrontend: true,
  storegateway: true,
  compactor: true,
  ruler: false,
  bucketweb: false,
  grafana: true,
};
const EXPOSED_BY_DEFAULT: Record<ComponentName, boolean> = {
  receive: true,
  query: true,
  grafana: true,
  queryFrontend: false,
  bucketweb: false,
  storegateway: false,
  compactor: false,
  ruler: false,
};

export const DEFAULT_PROMETHEUS_VERSION = '2.42.0';

/** Compare dotted versions: <0, 0, >0. */
/** Parsed versions: a fleet has few distinct versions and render compares them for every edge. */
const parsedVersions = new Map<string, number[]>();
function parseVersion(v: string): number[] {
  let parsed = parsedVersions.get(v);
  if (!parsed) {
    parsed = v.split('.').map(Number);
    parsedVersions.set(v, parsed);
  }
  return parsed;
}

export function compareVersions(a: string, b: string): number {
  const pa = parseVersion(a);
  const pb = parseVersion(b);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Queue defaults of the Prometheus version itself: 2.44.0 raised them (CHANGELOG #12203,
 * datapath.md §1.1): 2500/200/500 before, 10000/50/2000 after.
 */
export function prometheusQueueDefaults(version: string): Queue {
  const old = compareVersions(version, '2.44.0') < 0;
  return {
    capacity: old ? 2500 : 10000,
    maxShards: old ? 200 : 50,
    minShards: 1,
    maxSamplesPerSend: old ? 500 : 2000,
    batchSendDeadline: '5s',
    minBackoff: '30ms',
    maxBackoff: '5s',
    retryOnHttp429: false,
  };
}

/**
 * What thanos-fleet renders when the fleet file says nothing: the ≥2.44 defaults, which are valid
 * fields in 2.42 too, plus retry_on_http_429 because Gateway API providers answer rate limits
 * with 429, which 2.42 otherwise drops (datapath.md §1.2).
 */
export const FLEET_QUEUE_DEFAULTS: Queue = {
  capacity: 10000,
  maxShards: 50,
  minShards: 1,
  maxSamplesPerSend: 2000,
  batchSendDeadline: '5s',
  minBackoff: '30ms',
  maxBackoff: '5s',
  retryOnHttp429: true,
};

function resolveEdge(spec: FleetSpec, e: EdgeSpec, index: number): Edge {
  const d = spec.defaults;
  const version = e.prometheusVersion ?? d.prometheusVersion ?? DEFAULT_PROMETHEUS_VERSION;
  const queue: Queue = { ...FLEET_QUEUE_DEFAULTS };
  for (const src of [d.queue, e.queue]) {
    if (!src) continue;
    for (const [k, v] of Object.entries(src))
      if (v !== undefined) (queue as unknown as Record<string, unknown>)[k] = v;
  }
  const labels = { ...(e.externalLabels ?? {}) };
  const clusterLabel = labels.cluster ?? e.name;
  const caFile = e.caFile ?? d.caFile;
  return {
    name: e.name,
    index,
    clusterLabel,
    externalLabels: { cluster: clusterLabel, ...labels },
    prometheusVersion: version,
    remoteTimeout: e.remoteTimeout ?? d.remoteTimeout ?? '30s',
    scrapeInterval: e.scrapeInterval ?? d.scrapeInterval ?? '30s',
    queue,
    // Without a declared egress, each edge is assumed to leave through its own address.
    egress: e.egress ?? d.egress ?? `edge:${e.name}`,
    form: e.form ?? d.form ?? 'raw',
    ...(caFile ? { caFile } : {}),
  };
}

export function resolveFleet(spec: FleetSpec): Fleet {
  const c = spec.central;
  const thanosFullname = chartFullname(c.releases.thanos, 'thanos');
  const grafanaFullname = chartFullname(c.releases.grafana, 'grafana');
  const components = Object.fromEntries(
    componentNames.map((name) => {
      const s: ComponentSpec = c.components[name] ?? {};
      const enabled = s.enabled ?? ENABLED_BY_DEFAULT[name];
      const comp: Component = {
        name,
        enabled,
        exposed: enabled && (s.expose ?? EXPOSED_BY_DEFAULT[name]),
        host: s.host ?? `${HOST_PREFIX[name]}.${c.domain}`,
        extraHosts: s.extraHosts ?? [],
        replicas: s.replicas ?? 1,
        overrides: s.ingress ?? {},
        http: componentHttpService(name, thanosFullname, grafanaFullname),
        ...(s.resources ? { resources: s.resources } : {}),
      };
      return [name, comp];
    }),
  ) as Record<ComponentName, Component>;
  return {
    name: spec.metadata.name,
    spec,
    central: { ...c, thanosFullname, grafanaFullname },
    components,
    edges: spec.edges.map((e, i) => resolveEdge(spec, e, i)),
  };
}

/** Exposed components in a stable order. */
export function exposedComponents(fleet: Fleet): Component[] {
  return componentNames.map((n) => fleet.components[n]).filter((c) => c.exposed);
}

/** The in-cluster URL Grafana should query: Query Frontend when it runs, else Query (charts.md §1.4). */
export function grafanaDatasourceTarget(fleet: Fleet): { component: 'queryFrontend' | 'query'; url: string } {
  const comp = fleet.components.queryFrontend.enabled ? 'queryFrontend' : 'query';
  const svc = fleet.components[comp].http;
  return {
    component: comp,
    url: `http://${svc.service}.${fleet.central.namespace}.svc.cluster.local:${svc.port}`,
  };
}

/** Parse a Prometheus duration into seconds. */
export function durationSeconds(d: string): number {
  const unit: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400, w: 604800, y: 31536000 };
  let total = 0;
  for (const m of d.matchAll(/(\d+)(ms|y|w|d|h|m|s)/g)) total += Number(m[1]) * unit[m[2]!]!;
  return total;
}
