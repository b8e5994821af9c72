import type { Pair } from 'yaml';
import { durationSeconds } from '../../fleet/defaults.js';
import { suggest } from '../../fleet/suggest.js';
import { type Localized, say } from '../../i18n/index.js';
import { checkAgentRules as t } from '../../i18n/messages/check-rules-agent.js';
import {
  AGENT_FORBIDDEN,
  type FieldType,
  LABEL_NAME_RE,
  PROMETHEUS_CONFIG,
  PROMETHEUS_DURATION_RE,
  RESERVED_HEADERS,
  type Shape,
  TLS_VERSIONS,
} from '../knowledge/prometheus-config.js';
import type { SourceDoc } from '../model.js';
import { defineRule, ruleMeta } from '../rule.js';
import type { Loc } from '../types.js';
import { get, isMap, isScalar, isSeq, items, pairOf, str, type YNode } from '../yaml-nodes.js';

type Report = (loc: Loc, message: Localized) => void;
// Positions are looked up only when something is reported: most nodes are fine.

const BOOL_WORDS = /^(true|false|yes|no|on|off|y|n)$/i;

/** `path.key`, made only when a message or a nested mapping needs it. */
const fieldName = (path: string, key: string) => (path ? `${path}.${key}` : key);

function allScalars(list: readonly unknown[]): boolean {
  for (let i = 0; i < list.length; i++) if (!isScalar(list[i])) return false;
  return true;
}

function allScalarValues(pairs: readonly Pair<YNode, YNode>[]): boolean {
  for (let i = 0; i < pairs.length; i++) {
    const v = pairs[i]!.value;
    if (!isScalar(v) && v !== null) return false;
  }
  return true;
}

function checkValue(
  doc: SourceDoc,
  node: YNode,
  type: FieldType,
  path: string,
  key: string,
  report: Report,
): void {
  if (node === null || node === undefined || (isScalar(node) && node.value === null)) return;
  if (typeof type === 'object') {
    if ('map' in type) {
      if (!isMap(node))
        report(
          doc.pos.of(node),
          say(t['TF2902.badType'], { field: fieldName(path, key), expected: 'a mapping' }),
        );
      else checkShape(doc, node, type.map, type.name, fieldName(path, key), report);
      return;
    }
    if (!isSeq(node)) {
      report(doc.pos.of(node), say(t['TF2902.badType'], { field: fieldName(path, key), expected: 'a list' }));
      return;
    }
    const list = node.items;
    for (let i = 0; i < list.length; i++) {
      const it = list[i];
      if (!isMap(it))
        report(
          doc.pos.of(it as YNode),
          say(t['TF2902.badType'], { field: fieldName(path, key), expected: 'a list of mappings' }),
        );
      else checkShape(doc, it, type.list, type.name, fieldName(path, key), report);
    }
    return;
  }
  const v = isScalar(node) ? node.value : undefined;
  switch (type) {
    case 'duration':
      if (typeof v !== 'string' || v === '' || !(v === '0' || PROMETHEUS_DURATION_RE.test(v)))
        report(
          doc.pos.of(node),
          say(t['TF2902.badDuration'], { field: fieldName(path, key), value: String(v ?? '') }),
        );
      return;
    case 'int':
      if (typeof v !== 'number' || !Number.isInteger(v))
        report(
          doc.pos.of(node),
          say(t['TF2902.badType'], { field: fieldName(path, key), expected: 'an integer' }),
        );
      return;
    case 'float':
      if (typeof v !== 'number')
        report(
          doc.pos.of(node),
          say(t['TF2902.badType'], { field: fieldName(path, key), expected: 'a number' }),
        );
      return;
    case 'bool':
      if (typeof v !== 'boolean' && !(typeof v === 'string' && BOOL_WORDS.test(v)))
        report(
          doc.pos.of(node),
          say(t['TF2902.badType'], { field: fieldName(path, key), expected: 'true or false' }),
        );
      return;
    case 'string':
      if (!isScalar(node))
        report(
          doc.pos.of(node),
          say(t['TF2902.badType'], { field: fieldName(path, key), expected: 'a string' }),
        );
      return;
    case 'stringList':
      if (!isSeq(node) || !allScalars(node.items))
        report(
          doc.pos.of(node),
          say(t['TF2902.badType'], { field: fieldName(path, key), expected: 'a list of strings' }),
        );
      return;
    case 'stringMap':
      if (!isMap(node) || !allScalarValues(node.items as Pair<YNode, YNode>[]))
        report(
          doc.pos.of(node),
          say(t['TF2902.badType'], { field: fieldName(path, key), expected: 'a mapping of strings' }),
        );
      return;
    default:
      return;
  }
}

function checkShape(
  doc: SourceDoc,
  node: YNode,
  shape: Shape,
  where: string,
  path: string,
  report: Report,
): void {
  if (!isMap(node)) return;
  const pairs = node.items as Pair<YNode, YNode>[];
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i]!;
    const k = pair.key;
    if (!isScalar(k)) continue;
    const kv = k.value;
    const key = typeof kv === 'string' ? kv : String(kv);
    const type = shape[key];
    if (type === undefined) {
      const suggestion = suggest(key, Object.keys(shape));
      report(
        doc.pos.of(pair),
        say(t['TF2902.unknownField'], { field: key, where, ...(suggestion ? { suggestion } : {}) }),
      );
      continue;
    }
    checkValue(doc, pair.value, type, path, key, report);
  }
}

/**
 * At most one of the fields `a`, `b`, `c` (in that order): reported at the second one present.
 * Spelled out, not over a list: it runs several times for every remote_write and scrape job.
 */
function exclusive(
  doc: SourceDoc,
  node: YNode,
  fields: string,
  report: Report,
  a: string,
  b: string,
  c?: string,
): void {
  if (!isMap(node)) return;
  exclusivePairs(
    doc,
    fields,
    report,
    pairOf(node, a),
    pairOf(node, b),
    c === undefined ? undefined : pairOf(node, c),
  );
}

/** The same over the fields' entries, already looked up (undefined: absent). */
function exclusivePairs(
  doc: SourceDoc,
  fields: string,
  report: Report,
  a: Pair<YNode, YNode> | undefined,
  b: Pair<YNode, YNode> | undefined,
  c?: Pair<YNode, YNode>,
): void {
  let present = a ? 1 : 0;
  let second = b;
  if (b) present++;
  if (c && present < 2) {
    present++;
    second = c;
  }
  if (present > 1) report(doc.pos.of(second), say(t['TF2902.exclusive'], { fields }));
}

const TLS_VERSION_FIELDS = ['min_version', 'max_version'] as const;
const TLS_VERSION_LIST = TLS_VERSIONS.join(', ');

function tlsVersions(doc: SourceDoc, tls: YNode, report: Report): void {
  if (!isMap(tls)) return;
  for (let i = 0; i < TLS_VERSION_FIELDS.length; i++) {
    const k = TLS_VERSION_FIELDS[i]!;
    const p = pairOf(tls, k);
    const v = str(p?.value);
    if (p && v !== undefined && !TLS_VERSIONS.includes(v))
      report(
        doc.pos.of(p),
        say(t['TF2902.badType'], { field: `tls_config.${k}`, expected: TLS_VERSION_LIST }),
      );
  }
}

/**
 * prometheus/common's HTTP client config rules. The node's entries are looked at once and the
 * fields these rules name picked from them (the first of a key, as a lookup by key finds it): it
 * runs for every remote_write and scrape job.
 */
function httpClientRules(doc: SourceDoc, node: YNode, report: Report): void {
  if (!isMap(node)) return;
  let basicAuth: Pair<YNode, YNode> | undefined;
  let authorization: Pair<YNode, YNode> | undefined;
  let oauth2: Pair<YNode, YNode> | undefined;
  let bearerToken: Pair<YNode, YNode> | undefined;
  let bearerTokenFile: Pair<YNode, YNode> | undefined;
  let connect: Pair<YNode, YNode> | undefined;
  let proxyUrl: Pair<YNode, YNode> | undefined;
  let tlsConfig: Pair<YNode, YNode> | undefined;
  const pairs = node.items as Pair<YNode, YNode>[];
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i]!;
    const key = pair.key;
    if (!isScalar(key)) continue;
    const v = key.value;
    switch (typeof v === 'string' ? v : String(v)) {
      case 'basic_auth':
        basicAuth ??= pair;
        break;
      case 'authorization':
        authorization ??= pair;
        break;
      case 'oauth2':
        oauth2 ??= pair;
        break;
      case 'bearer_token':
        bearerToken ??= pair;
        break;
      case 'bearer_token_file':
        bearerTokenFile ??= pair;
        break;
      case 'proxy_connect_header':
        connect ??= pair;
        break;
      case 'proxy_url':
        proxyUrl ??= pair;
        break;
      case 'tls_config':
        tlsConfig ??= pair;
        break;
      default:
        break;
    }
  }
  exclusivePairs(doc, 'basic_auth, authorization, oauth2', report, basicAuth, authorization, oauth2);
  exclusive(doc, basicAuth?.value, 'password, password_file', report, 'password', 'password_file');
  exclusivePairs(doc, 'bearer_token, bearer_token_file', report, bearerToken, bearerTokenFile);
  const auth = authorization?.value;
  exclusive(doc, auth, 'credentials, credentials_file', report, 'credentials', 'credentials_file');
  const authType = pairOf(auth, 'type');
  if (str(authType?.value)?.toLowerCase() === 'basic')
    report(
      doc.pos.of(authType),
      say(t['TF2902.badType'], { field: 'authorization.type', expected: 'not "basic" (use basic_auth)' }),
    );
  if (connect && !proxyUrl)
    report(
      doc.pos.of(connect),
      say(t['TF2902.requires'], { field: 'proxy_connect_header', needs: 'proxy_url' }),
    );
  tlsVersions(doc, tlsConfig?.value, report);
  tlsVersions(doc, get(oauth2?.value, 'tls_config'), report);
}

export const agentConfigInvalid = defineRule(
  ruleMeta(t, 'TF2902', 'agent-config-invalid', 'error', 'agent-config', [
    'datapath.md §1.1, §2 (P242 config/config.go; promtool check config --agent)',
  ]),
  (ctx) => {
    const report: Report = (loc, message) => ctx.report({ loc, message });
    const agents = ctx.ws.agents;
    for (let ai = 0; ai < agents.length; ai++) {
      const a = agents[ai]!;
      const doc = a.doc;
      const root = doc.root;
      checkShape(doc, root, PROMETHEUS_CONFIG, 'config.Config', '', report);
      for (let i = 0; i < AGENT_FORBIDDEN.length; i++) {
        const k = AGENT_FORBIDDEN[i]!;
        const p = pairOf(root, k);
        if (p) report(doc.pos.of(p), say(t['TF2902.agentForbidden'], { field: k }));
      }
      const global = get(root, 'global');
      const labels = get(global, 'external_labels');
      if (isMap(labels)) {
        const pairs = labels.items as Pair<YNode, YNode>[];
        for (let i = 0; i < pairs.length; i++) {
          const pair = pairs[i]!;
          if (!isScalar(pair.key)) continue;
          const label = String(pair.key.value);
          if (!LABEL_NAME_RE.test(label)) report(doc.pos.of(pair), say(t['TF2902.badLabel'], { label }));
        }
      }
      const gInterval = str(get(global, 'scrape_interval')) ?? '1m';
      const gTimeout =
        str(get(global, 'scrape_timeout')) ?? (pairOf(global, 'scrape_interval') ? undefined : '10s');
      if (gTimeout && durationSeconds(gTimeout) > durationSeconds(gInterval))
        report(doc.pos.of(pairOf(global, 'scrape_timeout')), say(t['TF2902.scrapeTimeout']));
      const jobs = items(get(root, 'scrape_configs'));
      // Names seen: the first on its own, a set only from the second job on (most agents have one).
      let firstJob: string | undefined;
      let jobNames: Set<string> | undefined;
      for (let i = 0; i < jobs.length; i++) {
        const job = jobs[i];
        const name = pairOf(job, 'job_name');
        const v = str(name?.value);
        if (!v) report(doc.pos.of(job), say(t['TF2902.missing'], { field: 'job_name' }));
        else if (v === firstJob || jobNames?.has(v))
          report(doc.pos.of(name), say(t['TF2902.duplicate'], { field: 'job_name', value: v }));
        else if (firstJob === undefined) firstJob = v;
        else {
          jobNames ??= new Set();
          jobNames.add(v);
        }
        const interval = str(get(job, 'scrape_interval')) ?? gInterval;
        const timeout = str(get(job, 'scrape_timeout'));
        if (timeout && durationSeconds(timeout) > durationSeconds(interval))
          report(doc.pos.of(pairOf(job, 'scrape_timeout')), say(t['TF2902.scrapeTimeout']));
        httpClientRules(doc, job, report);
      }
      let rwNames: Set<string> | undefined;
      const rws = a.remoteWrites;
      for (let i = 0; i < rws.length; i++) {
        const rw = rws[i]!;
        const node = rw.node;
        if (!rw.url) report(rw.loc, say(t['TF2902.missing'], { field: 'remote_write.url' }));
        const name = pairOf(node, 'name');
        const v = str(name?.value);
        if (v && rwNames?.has(v))
          report(doc.pos.of(name), say(t['TF2902.duplicate'], { field: 'remote_write name', value: v }));
        else if (v) {
          rwNames ??= new Set();
          rwNames.add(v);
        }
        if (pairOf(node, 'sigv4')) {
          exclusive(doc, node, 'sigv4, basic_auth', report, 'sigv4', 'basic_auth');
          exclusive(doc, node, 'sigv4, authorization', report, 'sigv4', 'authorization');
          exclusive(doc, node, 'sigv4, oauth2', report, 'sigv4', 'oauth2');
        }
        httpClientRules(doc, node, report);
        const headers = get(node, 'headers');
        if (isMap(headers)) {
          const pairs = headers.items as Pair<YNode, YNode>[];
          for (let j = 0; j < pairs.length; j++) {
            const pair = pairs[j]!;
            if (!isScalar(pair.key)) continue;
            const header = String(pair.key.value);
            const lower = header.toLowerCase();
            if (RESERVED_HEADERS.includes(lower) || lower.startsWith('x-amz-'))
              report(doc.pos.of(pair), say(t['TF2902.reservedHeader'], { header }));
          }
        }
      }
    }
  },
);
