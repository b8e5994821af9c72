/**
 * Rolling the fleet out: adding and removing edges in the fleet file (comments kept, through yaml's
 * Document API) and the credential lifecycle of an edge in the state file.
 *
 * Zero-downtime rotation. nginx's auth_basic reads the user file top to bottom and checks the password
 * of the FIRST line whose user matches (nginx src/http/modules/ngx_http_auth_basic_module.c: on a user
 * match it calls ngx_http_auth_basic_crypt_handler and returns its verdict; later lines are never
 * read), so two lines `edge-01:<old>` and `edge-01:<new>` accept only one of the passwords. Each
 * rotation therefore makes a new *generation user* (`edge-01`, then `edge-01.r2`, `edge-01.r3`, …)
 * with a new password. While a rotation is open the htpasswd lists both generations; the agent switches
 * user and password together (a config change: Prometheus 2.42 has no `basic_auth.username_file`,
 * datapath.md §1.1), so at every moment the pair it sends is accepted. `rotate --finish` drops the old
 * generation. `--stage` first adds the new generation to the htpasswd alone, for fleets whose central
 * and edge clusters sync independently (GitOps): stage → sync central → rotate → sync edges → finish.
 */
import { isMap, isSeq, parseDocument, stringify, type YAMLMap, type YAMLSeq } from 'yaml';
import { type FleetState, newMachineSecret } from './state.js';

export interface EdgeCredential {
  user: string;
  password: string;
}

/** One edge's entry in the state file; `user`, `generation`, `previous` and `staged` appear with rotation. */
export interface EdgeCredentialState {
  /** Password the agent sends now. */
  password: string;
  /** User the agent sends now; absent means the edge name (generation 1). */
  user?: string;
  generation?: number;
  /** Still accepted by the receive ingress until `rotate --finish`. */
  previous?: EdgeCredential;
  /** Already accepted by the receive ingress; the agent switches to it on the next `rotate`. */
  staged?: EdgeCredential;
}

export class RolloutError extends Error {
  constructor(
    readonly code:
      | 'edgeExists'
      | 'edgeMissing'
      | 'lastEdge'
      | 'noEdgesList'
      | 'rotationOpen'
      | 'alreadyStaged'
      | 'nothingToFinish'
      | 'badLabel',
    readonly subject: string,
  ) {
    super(`${code}: ${subject}`);
  }
}

/** User name of a credential generation: the edge name first, then `<edge>.r<n>`. */
export function generationUser(edge: string, generation: number): string {
  return generation <= 1 ? edge : `${edge}.r${generation}`;
}

function entryOf(state: FleetState, edge: string): EdgeCredentialState {
  const e = state.edges[edge] as EdgeCredentialState | undefined;
  if (!e) throw new RolloutError('edgeMissing', edge);
  return e;
}

/** The user and password the edge's agent sends. */
export function edgeCredential(state: FleetState, edge: string): EdgeCredential {
  const e = entryOf(state, edge);
  return { user: e.user ?? edge, password: e.password };
}

/** Every credential the receive ingress must accept for the edge: current, then previous / staged. */
export function acceptedEdgeCredentials(state: FleetState, edge: string): EdgeCredential[] {
  const e = entryOf(state, edge);
  const out = [edgeCredential(state, edge)];
  if (e.previous) out.push(e.previous);
  if (e.staged) out.push(e.staged);
  return out;
}

/** Is a rotation of this edge open (old or staged credential still listed)? */
export function rotationOpen(state: FleetState, edge: string): boolean {
  const e = entryOf(state, edge);
  return e.previous !== undefined || e.staged !== undefined;
}

function cloneState(state: FleetState): FleetState {
  return structuredClone(state);
}

/**
 * Start (or continue) the rotation of `edges`. Without `stage`: the agent moves to a new generation
 * (or to the staged one) and the old stays accepted. With `stage`: the new generation is only added
 * to what the ingress accepts. Pure apart from the new random secrets.
 */
export function rotateEdges(
  state: FleetState,
  edges: string[],
  opts: { stage?: boolean; secret?: () => string } = {},
): FleetState {
  const next = cloneState(state);
  const secret = opts.secret ?? newMachineSecret;
  for (const name of edges) {
    const e = entryOf(next, name);
    if (e.previous) throw new RolloutError('rotationOpen', name);
    const generation = e.generation ?? 1;
    if (opts.stage) {
      if (e.staged) throw new RolloutError('alreadyStaged', name);
      e.staged = { user: generationUser(name, generation + 1), password: secret() };
      continue;
    }
    const incoming = e.staged ?? { user: generationUser(name, generation + 1), password: secret() };
    e.previous = { user: e.user ?? name, password: e.password };
    e.user = incoming.user;
    e.password = incoming.password;
    e.generation = generation + 1;
    delete e.staged;
  }
  return next;
}

/** Close open rotations: the previous generation stops being accepted. Edges without one are skipped. */
export function finishRotations(
  state: FleetState,
  edges?: string[],
): { state: FleetState; finished: string[] } {
  const next = cloneState(state);
  const finished: string[] = [];
  for (const name of edges ?? Object.keys(next.edges)) {
    const e = entryOf(next, name);
    if (!e.previous) continue;
    delete e.previous;
    finished.push(name);
  }
  if (edges && finished.length === 0) throw new RolloutError('nothingToFinish', edges.join(', '));
  return { state: next, finished };
}

/** Edges with an open rotation (for `rotate --finish` without names and for status lines). */
export function openRotations(state: FleetState): string[] {
  return Object.keys(state.edges).filter((n) => rotationOpen(state, n));
}

/**
 * htpasswd lines of the machine credentials of one edge, one per accepted generation. `hash` is the
 * provider's hash function ({SHA} for machine credentials, render/htpasswd.ts).
 */
export function edgeHtpasswdLines(
  state: FleetState,
  edge: string,
  hash: (password: string) => string,
): string[] {
  return acceptedEdgeCredentials(state, edge).map((c) => `${c.user}:${hash(c.password)}`);
}

/**
 * File (Secret key) of a generation's password for the raw form: `password`, then `password.r<n>`.
 * User and password must switch in one step. The user sits in prometheus.yml (a ConfigMap) and the
 * password in a mounted Secret, and the kubelet updates the two mounts independently, so a shared
 * `password` file would pair the old user with the new password for a while (401 → dropped samples).
 * With one file per generation the Secret holds both during the rotation and the config switches
 * user and password_file together on its reload.
 */
export function passwordKey(edge: string, user: string): string {
  return user === edge ? 'password' : `password.${user.slice(edge.length + 1)}`;
}

/** Secret data of the raw form: every accepted generation's password under its own key. */
export function edgePasswordFiles(state: FleetState, edge: string): Record<string, string> {
  return Object.fromEntries(
    acceptedEdgeCredentials(state, edge).map((c) => [passwordKey(edge, c.user), c.password]),
  );
}

// ---------------------------------------------------------------------------------------------------
// Fleet file edits. The file is edited as a YAML Document, so comments, key order and flow style of
// everything not touched stay as they were; the caller validates the result with loadFleetText.

/** `k=v` → [k, v]. */
export function parseLabel(text: string): [string, string] {
  const i = text.indexOf('=');
  if (i <= 0) throw new RolloutError('badLabel', text);
  return [text.slice(0, i), text.slice(i + 1)];
}

function edgesSeq(doc: ReturnType<typeof parseDocument>): YAMLSeq {
  const seq = doc.get('edges', true);
  if (!isSeq(seq)) throw new RolloutError('noEdgesList', 'edges');
  return seq;
}

function itemName(item: unknown): string | undefined {
  return isMap(item) ? ((item as YAMLMap).get('name') as string | undefined) : undefined;
}

export function fleetEdgeNames(text: string): string[] {
  const doc = parseDocument(text);
  return edgesSeq(doc)
    .items.map(itemName)
    .filter((n): n is string => n !== undefined);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** A YAML scalar as the yaml library would print it (quoted only when it must be). */
function scalarText(v: string): string {
  return stringify(v).trimEnd();
}

/**
 * Append an edge to the fleet file text. The file is changed by splicing text at the source range of
 * the `edges` list, so every byte outside the new entry stays as it was (comments, quoting, flow
 * collections); a flow-style `edges: [...]` list falls back to re-printing the document.
 */
export function addEdgeToFleetText(text: string, name: string, labels: Record<string, string> = {}): string {
  const doc = parseDocument(text);
  const seq = edgesSeq(doc);
  if (seq.items.some((i) => itemName(i) === name)) throw new RolloutError('edgeExists', name);
  const entries = Object.entries(labels);
  const first = seq.items[0] as YAMLMap | undefined;
  const last = seq.items.at(-1) as YAMLMap | undefined;
  if (seq.flow || !first?.range || !last?.range) {
    const entry: Record<string, unknown> = { name };
    if (entries.length > 0) entry.externalLabels = labels;
    seq.items.push(doc.createNode(entry));
    return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
  }
  // Indentation of the list's dash and of the first key, taken from the first item.
  const dashLine = text.slice(lineStart(text, first.range[0]), first.range[0]);
  const dash = dashLine.slice(0, dashLine.indexOf('-'));
  const keyIndent = ' '.repeat(dashLine.length);
  const firstLabels = first.get('externalLabels', true);
  const flow = !isMap(firstLabels) || firstLabels.flow === true;
  let entry = `${dash}- name: ${scalarText(name)}\n`;
  if (entries.length > 0) {
    entry += flow
      ? `${keyIndent}externalLabels: { ${entries.map(([k, v]) => `${k}: ${scalarText(v)}`).join(', ')} }\n`
      : `${keyIndent}externalLabels:\n${entries.map(([k, v]) => `${keyIndent}  ${k}: ${scalarText(v)}\n`).join('')}`;
  }
  const at = lineEnd(text, last.range[1] - 1);
  const before = text.slice(0, at);
  return `${before}${before.endsWith('\n') ? '' : '\n'}${entry}${text.slice(at)}`;
}

/** Remove an edge from the fleet file text; comment lines above the next entry stay with it. */
export function removeEdgeFromFleetText(text: string, name: string): string {
  const doc = parseDocument(text);
  const seq = edgesSeq(doc);
  const index = seq.items.findIndex((i) => itemName(i) === name);
  if (index < 0) throw new RolloutError('edgeMissing', name);
  if (seq.items.length === 1) throw new RolloutError('lastEdge', name);
  const item = seq.items[index] as YAMLMap;
  if (seq.flow || !item.range) {
    seq.items.splice(index, 1);
    return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
  }
  const from = lineStart(text, item.range[0]);
  const to = lineEnd(text, item.range[1] - 1);
  return text.slice(0, from) + text.slice(to);
}
