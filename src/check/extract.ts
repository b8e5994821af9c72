/**
 * Build the cross-file views rules work on from the parsed documents.
 */
import { Buffer } from 'node:buffer';
import { type Edge, prometheusQueueDefaults } from '../fleet/defaults.js';
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
import { bool, entries, get, getIn, items, num, pairOf, str, type YNode } from './yaml-nodes.js';

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
    edges: [],
    edgesAssumed: false,
  };
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
  if (ws.remoteWrites.length > 0) ws.edges = ws.remoteWrites.map((r) => r.edge);
  else {
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

/** A remote_write entry (its methods on the class, not two closures per entry: thousands are kept). */
class RemoteWriteEntry implements RemoteWriteView {
  constructor(
    readonly agent: AgentView,
    readonly index: number,
    readonly node: YNode,
    readonly loc: Loc,
    readonly url: string | undefined,
    readonly urlLoc: Loc,
    readonly edge: Edge,
  ) {}
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
    const parent = path.length === 1 ? this.node : getIn(this.node, path.slice(0, -1));
    const last = path[path.length - 1]!;
    return typeof last === 'string' ? pairOf(parent, last) !== undefined : false;
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

function agent(ws: Workspace, doc: SourceDoc, defaultVersion: string): void {
  const pos = doc.pos;
  const root = doc.root;
  const version = doc.hints.prometheusVersion ?? defaultVersion;
  const global = pairOf(root, 'global');
  const elPair = pairOf(global?.value, 'external_labels');
  const externalLabels = new Map<string, LabelEntry>();
  for (const [k, pair] of entries(elPair?.value))
    externalLabels.set(k, { value: str(pair.value) ?? '', loc: pos.of(pair) });
  const view: AgentView = {
    doc,
    version,
    externalLabels,
    labelsLoc: pos.of(elPair ?? global ?? root),
    remoteWrites: [],
  };
  const remoteWrites = items(get(root, 'remote_write'));
  if (remoteWrites.length > 0) {
    const defaults = queueDefaultsOf(version);
    const cluster = externalLabels.get('cluster')?.value ?? '';
    const scrapeInterval = str(get(global?.value, 'scrape_interval')) ?? '1m';
    remoteWrites.forEach((node, index) => {
      const loc = pos.of(node);
      const urlPair = pairOf(node, 'url');
      const url = str(urlPair?.value);
      const q = get(node, 'queue_config');
      const edge: Edge = {
        name: cluster || `${doc.file}:${loc.line}`,
        index,
        clusterLabel: cluster,
        externalLabels: Object.fromEntries([...externalLabels].map(([k, v]) => [k, v.value])),
        prometheusVersion: version,
        remoteTimeout: str(get(node, 'remote_timeout')) ?? '30s',
        scrapeInterval,
        queue: {
          capacity: num(get(q, 'capacity')) ?? defaults.capacity,
          maxShards: num(get(q, 'max_shards')) ?? defaults.maxShards,
          minShards: num(get(q, 'min_shards')) ?? defaults.minShards,
          maxSamplesPerSend: num(get(q, 'max_samples_per_send')) ?? defaults.maxSamplesPerSend,
          batchSendDeadline: str(get(q, 'batch_send_deadline')) ?? defaults.batchSendDeadline,
          minBackoff: str(get(q, 'min_backoff')) ?? defaults.minBackoff,
          maxBackoff: str(get(q, 'max_backoff')) ?? defaults.maxBackoff,
          retryOnHttp429: bool(get(q, 'retry_on_http_429')) ?? false,
        },
        // Edges that share an address say so with `# thanos-fleet: egress=<name>`; else each has its own.
        egress: doc.hints.egress ?? `${doc.file}#${doc.index}`,
        form: 'raw',
      };
      view.remoteWrites.push(
        new RemoteWriteEntry(view, index, node, loc, url || undefined, pos.of(urlPair, loc), edge),
      );
    });
  }
  ws.agents.push(view);
}
