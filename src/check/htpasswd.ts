/**
 * Reading htpasswd data and the basic-auth Secrets each provider reads (ingress.md §5):
 * ingress-nginx key `auth` (auth-file) or one key per user (auth-map); Envoy Gateway `.htpasswd`;
 * Traefik `users` (or a kubernetes.io/basic-auth Secret).
 */
import type { SecretView, SourceDoc, Workspace } from './model.js';
import type { Loc } from './types.js';
import { nginxAnnotation } from './views.js';
import { get, getIn, str } from './yaml-nodes.js';

export type HashFormat =
  | 'bcrypt'
  | 'apr1'
  | 'sha'
  | 'ssha'
  | 'plain'
  | 'crypt-sha'
  | 'crypt-md5'
  | 'des-or-plain';

export function hashFormat(hash: string): HashFormat {
  if (/^\$2[aby]\$/.test(hash)) return 'bcrypt';
  if (hash.startsWith('$apr1$')) return 'apr1';
  if (hash.startsWith('{SHA}')) return 'sha';
  if (hash.startsWith('{SSHA}')) return 'ssha';
  if (hash.startsWith('{PLAIN}')) return 'plain';
  if (/^\$[56]\$/.test(hash)) return 'crypt-sha';
  if (hash.startsWith('$1$')) return 'crypt-md5';
  return 'des-or-plain';
}

export interface HtpasswdLine {
  user: string;
  hash: string;
}

export function parseHtpasswd(text: string): HtpasswdLine[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && l.includes(':'))
    .map((l) => ({ user: l.slice(0, l.indexOf(':')), hash: l.slice(l.indexOf(':') + 1) }));
}

export type Provider = 'ingress-nginx' | 'Envoy Gateway' | 'Traefik';

export interface AuthSecretUse {
  provider: Provider;
  secretName: string;
  /** Key the provider reads; undefined for ingress-nginx auth-map (every key is a user). */
  key?: string;
  at: Loc;
  /** True when this protects remote write (the receive ingress). */
  remoteWrite: boolean;
  doc: SourceDoc;
}

/** Every place a basic-auth Secret is referenced, with the key its provider reads. */
export function authSecretUses(ws: Workspace): AuthSecretUse[] {
  const out: AuthSecretUse[] = [];
  for (const ing of ws.ingresses) {
    if (nginxAnnotation(ing, 'auth-type')?.value !== 'basic') continue;
    const a = nginxAnnotation(ing, 'auth-secret');
    if (!a?.value) continue;
    const mapType = nginxAnnotation(ing, 'auth-secret-type')?.value === 'auth-map';
    out.push({
      provider: 'ingress-nginx',
      secretName: a.value.split('/').pop()!,
      ...(mapType ? {} : { key: 'auth' }),
      at: a.loc,
      remoteWrite: ing.remoteWrite,
      doc: ing.doc,
    });
  }
  for (const d of ws.objects('SecurityPolicy')) {
    const users = getIn(d.root, ['spec', 'basicAuth', 'users']);
    const name = str(get(users, 'name'));
    if (name)
      out.push({
        provider: 'Envoy Gateway',
        secretName: name,
        key: '.htpasswd',
        at: d.pos.of(users),
        remoteWrite: true,
        doc: d,
      });
  }
  for (const d of ws.objects('Middleware')) {
    const node = getIn(d.root, ['spec', 'basicAuth', 'secret']);
    const name = str(node);
    if (name)
      out.push({
        provider: 'Traefik',
        secretName: name,
        key: 'users',
        at: d.pos.of(node),
        remoteWrite: true,
        doc: d,
      });
  }
  return out;
}

export function findSecret(ws: Workspace, name: string): SecretView | undefined {
  return ws.secrets.find((s) => s.name === name);
}

/** htpasswd lines a use reads from its Secret. */
export function linesFor(use: AuthSecretUse, secret: SecretView): HtpasswdLine[] {
  if (use.key === undefined) return [...secret.data].map(([user, v]) => ({ user, hash: v.value ?? '' }));
  const v = secret.data.get(use.key)?.value;
  return v === undefined ? [] : parseHtpasswd(v);
}
