/**
 * Secrets in the GitOps layout with `gitops.secrets: external-secrets`: each rendered Secret becomes an
 * ExternalSecret (external-secrets.io/v1, the API served since ESO v0.17; ESO docs "ExternalSecret"
 * api page) that reads every data key from `ClusterSecretStore <gitops.secretStore>`, so no Secret
 * value, encoded or not, is written into the repository. The store keys are listed in secret-keys.md.
 */
import type { Lang } from '../../i18n/index.js';
import { rolloutMessages as m } from '../../i18n/messages/rollout.js';
import { toYaml } from '../yaml.js';
import { dns1123 } from './names.js';
import type { GitopsSettings } from './settings.js';

export interface SecretKeyRow {
  key: string;
  property: string;
  secret: string;
  cluster: string;
}

/** Store key of a Secret: `<fleet>/<cluster>/<namespace>/<secret>`; one property per data key. */
export function storeKey(s: GitopsSettings, cluster: string, namespace: string, secret: string): string {
  return `${s.fleet}/${cluster}/${namespace}/${secret}`;
}

/** name, namespace, type, labels and data keys of a Secret in the renderers' YAML style. */
function readSecret(doc: string, defaultNamespace: string) {
  const lines = doc.split('\n');
  let section = '';
  let sub = '';
  let name = '';
  let namespace = defaultNamespace;
  let type = 'Opaque';
  const keys: string[] = [];
  const labels: Record<string, string> = {};
  for (const l of lines) {
    const top = /^([A-Za-z]+):(?: (.*))?$/.exec(l);
    if (top) {
      section = top[1]!;
      sub = '';
      if (section === 'type' && top[2]) type = top[2].replace(/^["']|["']$/g, '');
      continue;
    }
    const second = /^ {2}("[^"]+"|'[^']+'|[^:\s][^:]*):(?: (.*))?$/.exec(l);
    if (second) {
      const k = second[1]!.replace(/^["']|["']$/g, '');
      sub = k;
      if (section === 'metadata' && k === 'name') name = second[2]!.replace(/^["']|["']$/g, '');
      else if (section === 'metadata' && k === 'namespace')
        namespace = second[2]!.replace(/^["']|["']$/g, '');
      else if (section === 'data' || section === 'stringData') keys.push(k);
      continue;
    }
    const third = /^ {4}([^:\s][^:]*):(?: (.*))?$/.exec(l);
    if (third && section === 'metadata' && sub === 'labels') {
      labels[third[1]!.replace(/^["']|["']$/g, '')] = (third[2] ?? '').replace(/^["']|["']$/g, '');
    }
  }
  return { name, namespace, type, keys, labels };
}

export function externalSecretFor(
  s: GitopsSettings,
  cluster: string,
  secretDoc: string,
  defaultNamespace: string,
): { object: string; rows: SecretKeyRow[] } {
  const sec = readSecret(secretDoc, defaultNamespace);
  const key = storeKey(s, cluster, sec.namespace, sec.name);
  const rows = sec.keys.map((k) => ({ key, property: k, secret: `${sec.namespace}/${sec.name}`, cluster }));
  const object = toYaml({
    apiVersion: 'external-secrets.io/v1',
    kind: 'ExternalSecret',
    metadata: { name: dns1123(sec.name, 253), namespace: sec.namespace, labels: sec.labels },
    spec: {
      refreshInterval: '1h',
      secretStoreRef: { kind: 'ClusterSecretStore', name: s.secretStore },
      target: {
        name: sec.name,
        creationPolicy: 'Owner',
        template: { type: sec.type, metadata: { labels: sec.labels } },
      },
      data: sec.keys.map((k) => ({ secretKey: k, remoteRef: { key, property: k } })),
    },
  });
  return { object, rows };
}

export function secretKeyTable(s: GitopsSettings, rows: SecretKeyRow[], lang: Lang): string {
  const esc = (v: string) => v.replace(/\|/g, '\\|');
  return (
    m.secretKeysHeader[lang]({ store: s.secretStore }) +
    rows
      .map((r) => `| ${esc(r.key)} | ${esc(r.property)} | ${esc(r.secret)} | ${esc(r.cluster)} |`)
      .join('\n') +
    '\n'
  );
}
