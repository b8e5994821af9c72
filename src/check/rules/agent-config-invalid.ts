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
import {
  entries,
  get,
  getIn,
  isMap,
  isScalar,
  isSeq,
  items,
  pairOf,
  str,
  type YNode,
} from '../yaml-nodes.js';

type Report = (loc: Loc, message: Localized) => void;
// Positions are looked up only when something is reported: most nodes are fine.

const BOOL_WORDS = /^(true|false|yes|no|on|off|y|n)$/i;

/** `path.key`, made only when a message or a nested mapping needs it. */
const fieldName = (path: string, key: string) => (path ? `${path}.${key}` : key);

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
    for (const it of node.items) {
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
      if (!isSeq(node) || node.items.some((i) => !isScalar(i)))
        report(
          doc.pos.of(node),
          say(t['TF2902.badType'], { field: fieldName(path, key), expected: 'a list of strings' }),
        );
      return;
    case 'stringMap':
      if (!isMap(node) || node.items.some((i) => !isScalar(i.value) && i.value !== null))
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
  for (const pair of node.items as Pair<YNode, YNode>[]) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
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

function exclusive(doc: SourceDoc, node: YNode, keys: string[], report: Report): void {
  const present = keys.filter((k) => pairOf(node, k));
  if (present.length > 1)
    report(doc.pos.of(pairOf(node, present[1]!)), say(t['TF2902.exclusive'], { fields: keys.join(', ') }));
}

function httpClientRules(doc: SourceDoc, node: YNode, report: Report): void {
  exclusive(doc, node, ['basic_auth', 'authorization', 'oauth2'], report);
  exclusive(doc, get(node, 'basic_auth'), ['password', 'password_file'], report);
  exclusive(doc, node, ['bearer_token', 'bearer_token_file'], report);
  exclusive(doc, get(node, 'authorization'), ['credentials', 'credentials_file'], report);
  const authType = pairOf(get(node, 'authorization'), 'type');
  if (str(authType?.value)?.toLowerCase() === 'basic')
    report(
      doc.pos.of(authType),
      say(t['TF2902.badType'], { field: 'authorization.type', expected: 'not "basic" (use basic_auth)' }),
    );
  const connect = pairOf(node, 'proxy_connect_header');
  if (connect && !pairOf(node, 'proxy_url'))
    report(
      doc.pos.of(connect),
      say(t['TF2902.requires'], { field: 'proxy_connect_header', needs: 'proxy_url' }),
    );
  for (const tls of [get(node, 'tls_config'), getIn(node, ['oauth2', 'tls_config'])])
    for (const k of ['min_version', 'max_version']) {
      const p = pairOf(tls, k);
      const v = str(p?.value);
      if (p && v !== undefined && !TLS_VERSIONS.includes(v))
        report(
          doc.pos.of(p),
          say(t['TF2902.badType'], { field: `tls_config.${k}`, expected: TLS_VERSIONS.join(', ') }),
        );
    }
}

export const agentConfigInvalid = defineRule(
  ruleMeta(t, 'TF2902', 'agent-config-invalid', 'error', 'agent-config', [
    'datapath.md §1.1, §2 (P242 config/config.go; promtool check config --agent)',
  ]),
  (ctx) => {
    for (const a of ctx.ws.agents) {
      const doc = a.doc;
      const report: Report = (loc, message) => ctx.report({ loc, message });
      checkShape(doc, doc.root, PROMETHEUS_CONFIG, 'config.Config', '', report);
      for (const k of AGENT_FORBIDDEN) {
        const p = pairOf(doc.root, k);
        if (p) report(doc.pos.of(p), say(t['TF2902.agentForbidden'], { field: k }));
      }
      for (const [label, pair] of entries(getIn(doc.root, ['global', 'external_labels'])))
        if (!LABEL_NAME_RE.test(label)) report(doc.pos.of(pair), say(t['TF2902.badLabel'], { label }));
      const global = get(doc.root, 'global');
      const gInterval = str(get(global, 'scrape_interval')) ?? '1m';
      const gTimeout =
        str(get(global, 'scrape_timeout')) ?? (pairOf(global, 'scrape_interval') ? undefined : '10s');
      if (gTimeout && durationSeconds(gTimeout) > durationSeconds(gInterval))
        report(doc.pos.of(pairOf(global, 'scrape_timeout')), say(t['TF2902.scrapeTimeout']));
      const jobs = new Set<string>();
      for (const job of items(get(doc.root, 'scrape_configs'))) {
        const name = pairOf(job, 'job_name');
        const v = str(name?.value);
        if (!v) report(doc.pos.of(job), say(t['TF2902.missing'], { field: 'job_name' }));
        else if (jobs.has(v))
          report(doc.pos.of(name), say(t['TF2902.duplicate'], { field: 'job_name', value: v }));
        else jobs.add(v);
        const interval = str(get(job, 'scrape_interval')) ?? gInterval;
        const timeout = str(get(job, 'scrape_timeout'));
        if (timeout && durationSeconds(timeout) > durationSeconds(interval))
          report(doc.pos.of(pairOf(job, 'scrape_timeout')), say(t['TF2902.scrapeTimeout']));
        httpClientRules(doc, job, report);
      }
      const names = new Set<string>();
      for (const rw of a.remoteWrites) {
        if (!rw.url) report(rw.loc, say(t['TF2902.missing'], { field: 'remote_write.url' }));
        const name = pairOf(rw.node, 'name');
        const v = str(name?.value);
        if (v && names.has(v))
          report(doc.pos.of(name), say(t['TF2902.duplicate'], { field: 'remote_write name', value: v }));
        else if (v) names.add(v);
        exclusive(doc, rw.node, ['sigv4', 'basic_auth'], report);
        exclusive(doc, rw.node, ['sigv4', 'authorization'], report);
        exclusive(doc, rw.node, ['sigv4', 'oauth2'], report);
        httpClientRules(doc, rw.node, report);
        for (const [header, pair] of entries(get(rw.node, 'headers')))
          if (RESERVED_HEADERS.includes(header.toLowerCase()) || header.toLowerCase().startsWith('x-amz-'))
            report(doc.pos.of(pair), say(t['TF2902.reservedHeader'], { header }));
      }
    }
  },
);
