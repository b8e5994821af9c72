/**
 * Build the cross-file views rules work on from the parsed documents.
 */
import { Buffer } from 'node:buffer';
import type { Node, Pair } from 'yaml';
import { type Edge, prometheusQueueDefaults, type Queue } from '../fleet/defaults.js';
import { RECEIVE_PATH } from '../fleet/names.js';
import type { FleetDocReader } from './fleet-docs.js';
import { CERT_MANAGER_ANNOTATIONS, THANOS_INGRESS_COMPONENTS } from './knowledge/charts.js';
import type {
  AgentView,
  AnnotationEntry,
  DatasourceView,
  HostEntry,
  IngressView,
  InputError,
  InputFile,
  LabelEntry,
  RemoteWriteView,
  SecretView,
  SourceDoc,
  ValuesView,
  Workspace,
} from './model.js';
import type { Loc } from './types.js';
import {
  bool,
  entries,
  get,
  getIn,
  isSeq,
  items,
  num,
  pairOf,
  pairsNamed,
  str,
  type YNode,
} from './yaml-nodes.js';

/**
 * `readFleetDoc` (src/check/fleet-docs.ts) is needed only when a document is a fleet file: the engine
 * loads it then, and only then.
 */
export function buildWorkspace(
  files: InputFile[],
  inputErrors: InputError[],
  defaultVersion: string,
  readFleetDoc?: FleetDocReader,
): Workspace {
  const docs = files.flatMap((f) => f.docs);
  const fleetErrors: Workspace['fleetErrors'] = [];
  // Rules ask for objects of a kind many times: index all documents once, when first asked.
  let byKind: Map<string, SourceDoc[]> | undefined;
  const objectsByKind = () => {
    if (!byKind) {
      byKind = new Map();
      for (const d of docs)
        if (d.kind === 'k8s' && d.k8sKind !== undefined) {
          const list = byKind.get(d.k8sKind);
          if (list) list.push(d);
          else byKind.set(d.k8sKind, [d]);
        }
    }
    return byKind;
  };
  const ws: Workspace = {
    files,
    inputErrors,
    fleetErrors,
    docs,
    ingresses: [],
    agents: [],
    remoteWrites: [],
    secrets: [],
    datasources: [],
    thanosValues: [],
    grafanaValues: [],
    fleets: [],
    objects: (kind) => objectsByKind().get(kind) ?? [],
    // The agents' edges are made when a rule first asks for them (most runs: only when there is an
    // ingress or a rate limiter to compare them with), not kept for every remote_write meanwhile.
    get edges(): Edge[] {
      edges ??= ws.remoteWrites.map((r) => r.edge);
      return edges;
    },
    set edges(value: Edge[]) {
      edges = value;
    },
    edgesAssumed: false,
  };
  let edges: Edge[] | undefined;
  for (const doc of docs) {
    switch (doc.kind) {
      case 'fleet': {
        if (!readFleetDoc) throw new Error(`${doc.file}: a fleet file, but no fleet reader was given`);
        const { view, error } = readFleetDoc(doc);
        ws.fleets.push(view);
        if (error) fleetErrors.push({ doc, error });
        break;
      }
      case 'thanos-values':
        thanosValues(ws, doc);
        break;
      case 'grafana-values':
        grafanaValues(ws, { doc, node: doc.root, prefix: '' });
        break;
      case 'ingress-fragment':
        ws.ingresses.push(chartIngress(doc, get(doc.root, 'ingress'), 'fragment', undefined, 'ingress'));
        break;
      case 'prometheus':
        agent(ws, doc, defaultVersion);
        break;
      case 'k8s':
        k8sObject(ws, doc);
        break;
      default:
        break;
    }
  }
  ws.remoteWrites = ws.agents.flatMap((a) => a.remoteWrites);
  if (ws.remoteWrites.length === 0) {
    const fleetEdges = ws.fleets.flatMap((f) => f.loaded?.fleet.edges ?? []);
    if (fleetEdges.length > 0) ws.edges = fleetEdges;
    else {
      ws.edges = [assumedEdge(defaultVersion)];
      ws.edgesAssumed = true;
    }
  }
  return ws;
}

function assumedEdge(version: string): Edge {
  return {
    name: `prometheus-${version}`,
    index: 0,
    clusterLabel: '',
    externalLabels: {},
    prometheusVersion: version,
    remoteTimeout: '30s',
    scrapeInterval: '1m',
    queue: prometheusQueueDefaults(version),
    egress: 'assumed',
    form: 'raw',
  };
}

function annotationsOf(doc: SourceDoc, node: YNode, fallback: Loc): Map<string, AnnotationEntry> {
  const out = new Map<string, AnnotationEntry>();
  for (const [key, pair] of entries(node)) {
    const v = pair.value;
    out.set(key, { key, value: str(v), loc: doc.pos.of(pair, fallback) });
  }
  return out;
}

function thanosValues(ws: Workspace, doc: SourceDoc): void {
  ws.thanosValues.push({ doc, node: doc.root, prefix: '' });
  for (const c of THANOS_INGRESS_COMPONENTS) {
    const comp = get(doc.root, c);
    const ing = get(comp, 'ingress');
    if (ing) ws.ingresses.push(chartIngress(doc, ing, 'thanos-values', c, `${c}.ingress`));
  }
  const grafana = get(doc.root, 'grafana');
  if (grafana) grafanaValues(ws, { doc, node: grafana, prefix: 'grafana.' });
}

function grafanaValues(ws: Workspace, v: ValuesView): void {
  ws.grafanaValues.push(v);
  const ing = get(v.node, 'ingress');
  if (ing) ws.ingresses.push(chartIngress(v.doc, ing, 'grafana-values', 'grafana', `${v.prefix}ingress`));
  for (const [, filePair] of entries(get(v.node, 'datasources'))) {
    for (const ds of items(get(filePair.value, 'datasources'))) {
      const loc = v.doc.pos.of(ds);
      const urlPair = pairOf(ds, 'url');
      const accessPair = pairOf(ds, 'access');
      const view: DatasourceView = {
        doc: v.doc,
        urlLoc: v.doc.pos.of(urlPair, loc),
        accessLoc: v.doc.pos.of(accessPair, loc),
        loc,
      };
      const name = str(get(ds, 'name'));
      const type = str(get(ds, 'type'));
      const url = str(urlPair?.value);
      const access = str(accessPair?.value);
      if (name) view.name = name;
      if (type) view.type = type;
      if (url) view.url = url;
      if (access) view.access = access;
      ws.datasources.push(view);
    }
  }
}

function chartIngress(
  doc: SourceDoc,
  node: YNode,
  origin: IngressView['origin'],
  component: string | undefined,
  label: string,
): IngressView {
  const pos = doc.pos;
  const loc = pos.of(node);
  const annPair = pairOf(node, 'annotations');
  const hosts: HostEntry[] = [];
  const hostnamePair = pairOf(node, 'hostname');
  const hostname = str(hostnamePair?.value);
  if (hostname) hosts.push({ host: hostname, loc: pos.of(hostnamePair), extra: false });
  // grafana chart: hosts is a list of strings (charts.md §2.1).
  for (const h of items(get(node, 'hosts'))) {
    const host = str(h);
    if (host) hosts.push({ host, loc: pos.of(h), extra: false });
  }
  for (const h of items(get(node, 'extraHosts'))) {
    const host = str(get(h, 'name'));
    const portName = str(get(h, 'portName'));
    if (host) hosts.push({ host, loc: pos.of(h), extra: true, ...(portName ? { portName } : {}) });
  }
  const tlsPair = pairOf(node, 'tls');
  const tlsValue = bool(tlsPair?.value);
  const tlsHosts = new Set<string>();
  for (const t of [...items(get(node, 'extraTls')), ...items(tlsPair?.value)]) {
    for (const h of items(get(t, 'hosts'))) {
      const host = str(h);
      if (host) tlsHosts.add(host.toLowerCase());
    }
  }
  const annotations = annotationsOf(doc, annPair?.value, loc);
  const selfSigned = bool(get(node, 'selfSigned')) === true;
  const certManager = CERT_MANAGER_ANNOTATIONS.some((a) => annotations.has(a));
  // bitnami: a TLS entry for `hostname` only with tls: true AND (cert-manager annotation or selfSigned)
  // (charts.md §1.7); the receive entry also lists its extraHosts.
  if (origin !== 'grafana-values' && tlsValue === true && (certManager || selfSigned)) {
    for (const h of hosts) if (!h.extra || component === 'receive') tlsHosts.add(h.host.toLowerCase());
  }
  const view: IngressView = {
    doc,
    origin,
    label,
    loc,
    node,
    enabled: bool(get(node, 'enabled')) ?? origin === 'fragment',
    annotations,
    annotationsLoc: pos.of(annPair, loc),
    hosts,
    selfSigned,
    tlsHosts,
    remoteWrite: component === 'receive',
    services: [],
  };
  if (component) view.component = component;
  if (tlsValue !== undefined && tlsPair) view.tlsFlag = { value: tlsValue, loc: pos.of(tlsPair) };
  return view;
}

function k8sObject(ws: Workspace, doc: SourceDoc): void {
  const root = doc.root;
  const pos = doc.pos;
  const loc = pos.of(pairOf(get(root, 'metadata'), 'name') ?? root);
  if (doc.k8sKind === 'Ingress') {
    const spec = get(root, 'spec');
    const hosts: HostEntry[] = [];
    const services: string[] = [];
    let remoteWrite = false;
    for (const rule of items(get(spec, 'rules'))) {
      const hostPair = pairOf(rule, 'host');
      const host = str(hostPair?.value);
      if (host) hosts.push({ host, loc: pos.of(hostPair), extra: hosts.length > 0 });
      for (const p of items(getIn(rule, ['http', 'paths']))) {
        const svc = get(get(p, 'backend'), 'service');
        const name = str(get(svc, 'name'));
        if (name) services.push(name);
        const port = get(svc, 'port');
        if (
          str(get(p, 'path')) === RECEIVE_PATH ||
          num(get(port, 'number')) === 19291 ||
          str(get(port, 'name')) === 'remote'
        )
          remoteWrite = true;
      }
    }
    const tlsHosts = new Set<string>();
    for (const t of items(get(spec, 'tls')))
      for (const h of items(get(t, 'hosts'))) {
        const host = str(h);
        if (host) tlsHosts.add(host.toLowerCase());
      }
    const annPair = pairOf(get(root, 'metadata'), 'annotations');
    const component = services.map(componentOfService).find((c) => c !== undefined);
    const view: IngressView = {
      doc,
      origin: 'k8s',
      label: `Ingress ${doc.name ?? ''}`.trim(),
      loc,
      node: root,
      enabled: true,
      annotations: annotationsOf(doc, annPair?.value, loc),
      annotationsLoc: pos.of(annPair, loc),
      hosts,
      selfSigned: false,
      tlsHosts,
      remoteWrite: remoteWrite || component === 'receive',
      services,
    };
    if (component) view.component = component;
    ws.ingresses.push(view);
  } else if (doc.k8sKind === 'Secret') {
    const data = new Map<string, { value: string | undefined; loc: Loc }>();
    for (const [k, pair] of entries(get(root, 'data'))) {
      const raw = str(pair.value);
      data.set(k, {
        value: raw === undefined ? undefined : Buffer.from(raw, 'base64').toString('utf8'),
        loc: pos.of(pair),
      });
    }
    for (const [k, pair] of entries(get(root, 'stringData')))
      data.set(k, { value: str(pair.value), loc: pos.of(pair) });
    const view: SecretView = { doc, name: doc.name ?? '', data, loc };
    const type = str(get(root, 'type'));
    if (type) view.type = type;
    ws.secrets.push(view);
  }
}

/** Which chart component a Service name belongs to: `<fn>-receive` → receive (charts.md §1.3). */
export function componentOfService(service: string): string | undefined {
  const suffixes: [string, string][] = [
    ['-query-frontend', 'queryFrontend'],
    ['-receive-distributor', 'receive'],
    ['-receive', 'receive'],
    ['-query-grpc', 'query'],
    ['-query', 'query'],
    ['-storegateway', 'storegateway'],
    ['-compactor', 'compactor'],
    ['-ruler', 'ruler'],
    ['-bucketweb', 'bucketweb'],
    ['grafana', 'grafana'],
  ];
  return suffixes.find(([s]) => service.endsWith(s))?.[1];
}

/**
 * An agent's views keep the nodes and find positions when a rule asks (when it reports, mostly):
 * thousands of agents are kept until the rules have run, and nearly all of them pass.
 */
class LabelAt implements LabelEntry {
  // Fields set in the constructors only (no declarations to initialise first), here and below.
  declare readonly value: string;
  declare private readonly pair: Pair<Node, YNode>;
  declare private readonly pos: SourceDoc['pos'];
  constructor(value: string, pair: Pair<Node, YNode>, pos: SourceDoc['pos']) {
    this.value = value;
    this.pair = pair;
    this.pos = pos;
  }
  get loc(): Loc {
    return this.pos.of(this.pair);
  }
}

class AgentEntry implements AgentView {
  declare readonly doc: SourceDoc;
  declare readonly version: string;
  declare readonly externalLabels: Map<string, LabelEntry>;
  /** global.external_labels, else global, else the document root. */
  declare private readonly labelsNode: YNode | Pair<Node, YNode>;
  declare readonly remoteWrites: RemoteWriteView[];
  constructor(
    doc: SourceDoc,
    version: string,
    externalLabels: Map<string, LabelEntry>,
    labelsNode: YNode | Pair<Node, YNode>,
    remoteWrites: RemoteWriteView[],
  ) {
    this.doc = doc;
    this.version = version;
    this.externalLabels = externalLabels;
    this.labelsNode = labelsNode;
    this.remoteWrites = remoteWrites;
  }
  get labelsLoc(): Loc {
    return this.doc.pos.of(this.labelsNode);
  }
}

/** A remote_write entry (its methods on the class, not two closures per entry: thousands are kept). */
class RemoteWriteEntry implements RemoteWriteView {
  declare readonly agent: AgentView;
  declare readonly index: number;
  declare readonly node: YNode;
  declare readonly url: string | undefined;
  declare private readonly urlPair: Pair<Node, YNode> | undefined;
  constructor(
    agent: AgentView,
    index: number,
    node: YNode,
    url: string | undefined,
    urlPair: Pair<Node, YNode> | undefined,
  ) {
    this.agent = agent;
    this.index = index;
    this.node = node;
    this.url = url;
    this.urlPair = urlPair;
  }
  /** Made each time it is asked for (rarely: the workspace's edges, once). */
  get edge(): Edge {
    return edgeOf(this.agent, this.node, this.index);
  }
  /** The edge's queue alone, made each time it is asked for. */
  get queue(): Queue {
    return queueOf(this.agent.version, this.node);
  }
  get loc(): Loc {
    return this.agent.doc.pos.of(this.node);
  }
  get urlLoc(): Loc {
    return this.agent.doc.pos.of(this.urlPair, this.loc);
  }
  fieldLoc(path: readonly (string | number)[]): Loc {
    const pos = this.agent.doc.pos;
    for (let n = path.length; n > 0; n--) {
      const parent = n === 1 ? this.node : getIn(this.node, path.slice(0, n - 1));
      const last = path[n - 1]!;
      const pair = typeof last === 'string' ? pairOf(parent, last) : undefined;
      if (pair) return pos.of(pair);
      const item = typeof last === 'number' ? items(parent)[last] : undefined;
      if (item) return pos.of(item);
    }
    return this.loc;
  }
  has(path: readonly (string | number)[]): boolean {
    const n = path.length;
    const last = path[n - 1];
    if (typeof last !== 'string') return false;
    // getIn over all but the last key, without copying the path: rules ask this of every entry.
    let parent: unknown = this.node;
    for (let i = 0; i < n - 1; i++) {
      const seg = path[i]!;
      parent = typeof seg === 'number' ? (isSeq(parent) ? parent.items[seg] : undefined) : get(parent, seg);
      if (parent === undefined || parent === null) return false;
    }
    return pairOf(parent, last) !== undefined;
  }
}

/** Queue defaults by Prometheus version: the same few versions for every edge. */
const queueDefaults = new Map<string, Readonly<Edge['queue']>>();
function queueDefaultsOf(version: string): Readonly<Edge['queue']> {
  let q = queueDefaults.get(version);
  if (!q) {
    q = prometheusQueueDefaults(version);
    queueDefaults.set(version, q);
  }
  return q;
}

/** External labels as an edge has them: a fresh object per edge, as Object.fromEntries would make. */
function labelValues(labels: Map<string, LabelEntry>): Record<string, string> {
  const out: Record<string, string> = {};
  labels.forEach((e, k) => {
    if (k === '__proto__')
      Object.defineProperty(out, k, { value: e.value, enumerable: true, writable: true, configurable: true });
    else out[k] = e.value;
  });
  return out;
}

const QUEUE_FIELDS = [
  'capacity',
  'max_shards',
  'min_shards',
  'max_samples_per_send',
  'batch_send_deadline',
  'min_backoff',
  'max_backoff',
  'retry_on_http_429',
] as const;

/** A remote_write entry's queue_config with the version's defaults, its entries read in one pass. */
function queueOf(version: string, node: YNode): Queue {
  const defaults = queueDefaultsOf(version);
  const q = pairsNamed(get(node, 'queue_config'), QUEUE_FIELDS);
  return {
    capacity: num(q.capacity?.value) ?? defaults.capacity,
    maxShards: num(q.max_shards?.value) ?? defaults.maxShards,
    minShards: num(q.min_shards?.value) ?? defaults.minShards,
    maxSamplesPerSend: num(q.max_samples_per_send?.value) ?? defaults.maxSamplesPerSend,
    batchSendDeadline: str(q.batch_send_deadline?.value) ?? defaults.batchSendDeadline,
    minBackoff: str(q.min_backoff?.value) ?? defaults.minBackoff,
    maxBackoff: str(q.max_backoff?.value) ?? defaults.maxBackoff,
    retryOnHttp429: bool(q.retry_on_http_429?.value) ?? false,
  };
}

/** A remote_write entry as a fleet edge: its queue with the version's defaults, its labels. */
function edgeOf(agent: AgentView, node: YNode, index: number): Edge {
  const doc = agent.doc;
  const version = agent.version;
  const cluster = agent.externalLabels.get('cluster')?.value ?? '';
  return {
    name: cluster || `${doc.file}:${doc.pos.of(node).line}`,
    index,
    clusterLabel: cluster,
    externalLabels: labelValues(agent.externalLabels),
    prometheusVersion: version,
    remoteTimeout: str(get(node, 'remote_timeout')) ?? '30s',
    scrapeInterval: str(get(get(doc.root, 'global'), 'scrape_interval')) ?? '1m',
    queue: queueOf(version, node),
    // Edges that share an address say so with `# thanos-fleet: egress=<name>`; else each has its own.
    egress: doc.hints.egress ?? `${doc.file}#${doc.index}`,
    form: 'raw',
  };
}

function agent(ws: Workspace, doc: SourceDoc, defaultVersion: string): void {
  const pos = doc.pos;
  const root = doc.root;
  const version = doc.hints.prometheusVersion ?? defaultVersion;
  const global = pairOf(root, 'global');
  const elPair = pairOf(global?.value, 'external_labels');
  const externalLabels = new Map<string, LabelEntry>();
  for (const [name, pair] of entries(elPair?.value))
    externalLabels.set(name, new LabelAt(str(pair.value) ?? '', pair, pos));
  const remoteWrites = items(get(root, 'remote_write'));
  // A list of exactly their number (one, mostly), not one grown by push: thousands are kept.
  const list: RemoteWriteView[] = remoteWrites.length === 0 ? [] : new Array(remoteWrites.length);
  const view = new AgentEntry(doc, version, externalLabels, elPair ?? global ?? root, list);
  for (let index = 0; index < remoteWrites.length; index++) {
    const node = remoteWrites[index];
    const urlPair = pairOf(node, 'url');
    const url = str(urlPair?.value);
    list[index] = new RemoteWriteEntry(view, index, node, url || undefined, urlPair);
  }
  ws.agents.push(view);
}
