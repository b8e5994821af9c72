/**
 * What `check` knows about its inputs once they are parsed: documents with their detected kind, and
 * views across all files (ingresses, agent remote writes, Secrets, datasources …) so that rules can
 * compare one file with another.
 */
import type { Edge } from '../fleet/defaults.js';
import type { FleetInputError, FleetProblem, LoadedFleet } from '../fleet/load.js';
import type { Localized } from '../i18n/index.js';
import type { Loc } from './types.js';
import type { Positions, YNode } from './yaml-nodes.js';

export type DocKind =
  | 'fleet'
  | 'thanos-values'
  | 'grafana-values'
  | 'prometheus'
  | 'k8s'
  | 'ingress-fragment'
  | 'unknown';

/** Per-file hints written as a comment: `# thanos-fleet: prometheus-version=3.1.0 egress=nat-a`. */
export interface FileHints {
  prometheusVersion?: string;
  egress?: string;
}

export interface SourceDoc {
  file: string;
  /** 0-based index of the document in its file. */
  index: number;
  kind: DocKind;
  apiVersion?: string;
  k8sKind?: string;
  name?: string;
  namespace?: string;
  root: YNode;
  pos: Positions;
  hints: FileHints;
  /** Text of this document only, other lines blanked (line numbers stay true). */
  text: string;
}

export interface InputFile {
  file: string;
  text: string;
  docs: SourceDoc[];
  hints: FileHints;
}

/** An input that could not be read or parsed: reported, exit 2, other files still checked. */
export interface InputError {
  loc: Loc;
  message: Localized;
  kind: 'unreadable' | 'unparseable';
}

export interface AnnotationEntry {
  /** Full annotation key. */
  key: string;
  value: string | undefined;
  loc: Loc;
}

export interface HostEntry {
  host: string;
  loc: Loc;
  extra: boolean;
  /** bitnami receive extraHosts[].portName (default http). */
  portName?: string;
}

export interface IngressView {
  doc: SourceDoc;
  origin: 'k8s' | 'thanos-values' | 'grafana-values' | 'fragment';
  /** Thanos component key (receive, query …) or grafana, when known. */
  component?: string;
  /** Human name: `receive.ingress` or `Ingress thanos-receive`. */
  label: string;
  loc: Loc;
  node: YNode;
  enabled: boolean;
  annotations: Map<string, AnnotationEntry>;
  annotationsLoc: Loc;
  hosts: HostEntry[];
  /** Chart `tls: true` (bitnami) or undefined. */
  tlsFlag?: { value: boolean; loc: Loc };
  selfSigned: boolean;
  /** Hosts covered by a spec.tls / extraTls entry. */
  tlsHosts: Set<string>;
  /** Carries Prometheus remote write (receive, or routes /api/v1/receive or port 19291). */
  remoteWrite: boolean;
  /** Backend service names (k8s Ingress). */
  services: string[];
}

export interface LabelEntry {
  value: string;
  loc: Loc;
}

export interface AgentView {
  doc: SourceDoc;
  version: string;
  externalLabels: Map<string, LabelEntry>;
  /** Where global.external_labels is, else global, else the document start. */
  labelsLoc: Loc;
  remoteWrites: RemoteWriteView[];
}

export interface RemoteWriteView {
  agent: AgentView;
  index: number;
  node: YNode;
  loc: Loc;
  url?: string;
  urlLoc: Loc;
  /** The remote write as a fleet edge (queue with the version's defaults), for src/policy/sizing.ts. */
  edge: Edge;
  /** `edge.queue` alone (cheaper to make). */
  queue: Edge['queue'];
  /** Where a field under this remote_write entry is, or the entry itself when absent. */
  fieldLoc(path: readonly (string | number)[]): Loc;
  has(path: readonly (string | number)[]): boolean;
}

export interface SecretView {
  doc: SourceDoc;
  name: string;
  type?: string;
  /** Decoded values by key. */
  data: Map<string, { value: string | undefined; loc: Loc }>;
  loc: Loc;
}

export interface DatasourceView {
  doc: SourceDoc;
  name?: string;
  type?: string;
  url?: string;
  urlLoc: Loc;
  access?: string;
  accessLoc: Loc;
  loc: Loc;
}

export interface ValuesView {
  doc: SourceDoc;
  /** The mapping holding the chart's values (document root, or a `grafana:` block inside thanos values). */
  node: YNode;
  /** Prefix for human paths, `grafana.` for a nested block. */
  prefix: string;
}

export interface FleetView {
  doc: SourceDoc;
  /** Absent when the loader refused the file (its problems are in Workspace.fleetErrors). */
  loaded?: LoadedFleet;
  /** Overrides that deriving the fleet's policy refused, as render would (src/policy/derive.ts). */
  policyProblems: FleetProblem[];
}

export interface Workspace {
  files: InputFile[];
  /** Inputs that could not be read or parsed. */
  inputErrors: InputError[];
  /** Fleet files the loader refused, with its located problems. */
  fleetErrors: { doc: SourceDoc; error: FleetInputError }[];
  docs: SourceDoc[];
  ingresses: IngressView[];
  agents: AgentView[];
  remoteWrites: RemoteWriteView[];
  secrets: SecretView[];
  datasources: DatasourceView[];
  thanosValues: ValuesView[];
  grafanaValues: ValuesView[];
  fleets: FleetView[];
  /** Kubernetes objects by kind (Gateway, HTTPRoute, SecurityPolicy, Middleware, ConfigMap …). */
  objects(kind: string): readonly SourceDoc[];
  /**
   * The edges that write to the receive ingress: every agent remote_write, else the fleet files'
   * edges, else one edge with the assumed Prometheus version's defaults.
   */
  edges: Edge[];
  /** True when `edges` was assumed, not read from inputs. */
  edgesAssumed: boolean;
}
