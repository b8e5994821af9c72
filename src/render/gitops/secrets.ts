/**
 * Secrets in the GitOps layout with `gitops.secrets: external-secrets`: each rendered Secret becomes an
 * ExternalSecret (external-secrets.io/v1, the API served since ESO v0.17; ESO docs "ExternalSecret"
 * api page) that reads every data key from `ClusterSecretStore <gitops.secretStore>`, so no Secret
 * value, encoded or not, is written into the repository. The store keys are listed in secret-keys.md.
 */
import type { Lang } from '../../i18n/index.js';
import { rolloutMessages as m } from '../../i18n/messages/rollout.js';
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

/**
 * The ExternalSecret that replaces a rendered Secret: same name, namespace, type and labels, each
 * data key read from the store, and the store rows for secret-keys.md.
 */
export function externalSecretFor(
  s: GitopsSettings,
  cluster: string,
  secret: Record<string, unknown>,
  defaultNamespace: string,
): { object: Record<string, unknown>; rows: SecretKeyRow[] } {
  const meta = secret.metadata as { name: string; namespace?: string; labels?: Record<string, string> };
  const name = meta.name;
  const namespace = meta.namespace ?? defaultNamespace;
  const labels = { ...meta.labels };
  const type = typeof secret.type === 'string' ? secret.type : 'Opaque';
  const keys: string[] = [];
  for (const field of Object.keys(secret))
    if (field === 'data' || field === 'stringData') keys.push(...Object.keys(secret[field] ?? {}));
  const key = storeKey(s, cluster, namespace, name);
  const rows = keys.map((k) => ({ key, property: k, secret: `${namespace}/${name}`, cluster }));
  const object = {
    apiVersion: 'external-secrets.io/v1',
    kind: 'ExternalSecret',
    metadata: { name: dns1123(name, 253), namespace, labels },
    spec: {
      refreshInterval: '1h',
      secretStoreRef: { kind: 'ClusterSecretStore', name: s.secretStore },
      target: {
        name,
        creationPolicy: 'Owner',
        template: { type, metadata: { labels } },
      },
      data: keys.map((k) => ({ secretKey: k, remoteRef: { key, property: k } })),
    },
  };
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
