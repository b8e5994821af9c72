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
  isMap,
  isScalar,
  isSeq,
  items,
  pairOf,
  pairsNamed,
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
  for (const [key, pair] of entries(node)) {
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

/** At most one of `fields` (their entries, undefined when absent): reported at the second present. */
function exclusive(
  doc: SourceDoc,
  report: Report,
  fields: string,
  ...pairs: (Pair<YNode, YNode> | undefined)[]
) {
  const present = pairs.filter((p) => p !== undefined);
  if (present.length > 1) report(doc.pos.of(present[1]), say(t['TF2902.exclusive'], { fields }));
}

const TLS_VERSION_FIELDS = ['min_version', 'max_version'] as const;
const TLS_VERSION_LIST = TLS_VERSIONS.join(', ');

function tlsVersions(doc: SourceDoc, tls: YNode, report: Report): void {
  if (!isMap(tls)) return;
  for (const k of TLS_VERSION_FIELDS) {
    const p = pairOf(tls, k);
    const v = str(p?.value);
    if (p && v !== undefined && !TLS_VERSIONS.includes(v))
      report(
        doc.pos.of(p),
        say(t['TF2902.badType'], { field: `tls_config.${k}`, expected: TLS_VERSION_LIST }),
      );
  }
}

const HTTP_CLIENT_FIELDS = [
  'basic_auth',
  'authorization',
  'oauth2',
  'bearer_token',
  'bearer_token_file',
  'proxy_connect_header',
  'proxy_url',
  'tls_config',
] as const;

/**
 * prometheus/common's HTTP client config rules, over the fields they name read in one pass: it runs
 * for every remote_write and scrape job.
 */
function httpClientRules(doc: SourceDoc, node: YNode, report: Report): void {
  if (!isMap(node)) return;
  const {
    basic_auth: basicAuth,
    authorization,
    oauth2,
    bearer_token: bearerToken,
    bearer_token_file: bearerTokenFile,
    proxy_connect_header: connect,
    proxy_url: proxyUrl,
    tls_config: tlsConfig,
  } = pairsNamed(node, HTTP_CLIENT_FIELDS);
  exclusive(doc, report, 'basic_auth, authorization, oauth2', basicAuth, authorization, oauth2);
  const basic = basicAuth?.value;
  exclusive(
    doc,
    report,
    'password, password_file',
    pairOf(basic, 'password'),
    pairOf(basic, 'password_file'),
  );
  exclusive(doc, report, 'bearer_token, bearer_token_file', bearerToken, bearerTokenFile);
  const auth = authorization?.value;
  exclusive(
    doc,
    report,
    'credentials, credentials_file',
    pairOf(auth, 'credentials'),
    pairOf(auth, 'credentials_file'),
  );
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
    for (const a of ctx.ws.agents) {
      const doc = a.doc;
      const root = doc.root;
      checkShape(doc, root, PROMETHEUS_CONFIG, 'config.Config', '', report);
      for (const k of AGENT_FORBIDDEN) {
        const p = pairOf(root, k);
        if (p) report(doc.pos.of(p), say(t['TF2902.agentForbidden'], { field: k }));
      }
      const global = get(root, 'global');
      for (const [label, pair] of entries(get(global, 'external_labels')))
        if (!LABEL_NAME_RE.test(label)) report(doc.pos.of(pair), say(t['TF2902.badLabel'], { label }));
      const gInterval = str(get(global, 'scrape_interval')) ?? '1m';
      const gTimeout =
        str(get(global, 'scrape_timeout')) ?? (pairOf(global, 'scrape_interval') ? undefined : '10s');
      if (gTimeout && durationSeconds(gTimeout) > durationSeconds(gInterval))
        report(doc.pos.of(pairOf(global, 'scrape_timeout')), say(t['TF2902.scrapeTimeout']));
      const jobNames = new Set<string>();
      for (const job of items(get(root, 'scrape_configs'))) {
        const name = pairOf(job, 'job_name');
        const v = str(name?.value);
        if (!v) report(doc.pos.of(job), say(t['TF2902.missing'], { field: 'job_name' }));
        else if (jobNames.has(v))
          report(doc.pos.of(name), say(t['TF2902.duplicate'], { field: 'job_name', value: v }));
        else jobNames.add(v);
        const interval = str(get(job, 'scrape_interval')) ?? gInterval;
        const timeout = str(get(job, 'scrape_timeout'));
        if (timeout && durationSeconds(timeout) > durationSeconds(interval))
          report(doc.pos.of(pairOf(job, 'scrape_timeout')), say(t['TF2902.scrapeTimeout']));
        httpClientRules(doc, job, report);
      }
      let rwNames: Set<string> | undefined;
      for (const rw of a.remoteWrites) {
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
        const sigv4 = pairOf(node, 'sigv4');
        if (sigv4)
          for (const other of ['basic_auth', 'authorization', 'oauth2'])
            exclusive(doc, report, `sigv4, ${other}`, sigv4, pairOf(node, other));
        httpClientRules(doc, node, report);
        for (const [header, pair] of entries(get(node, 'headers'))) {
          const lower = header.toLowerCase();
          if (RESERVED_HEADERS.includes(lower) || lower.startsWith('x-amz-'))
            report(doc.pos.of(pair), say(t['TF2902.reservedHeader'], { header }));
        }
      }
    }
  },
);
