/**
 * The htpasswd files of the nginx provider, relative to the site's htpasswd folder. Pure.
 *
 * nginx's auth_basic has no cache: on every request it opens the user file, reads it and compares
 * line by line until the user matches (ngx_http_auth_basic_module.c). With every edge in one file
 * the check costs CPU in proportion to the fleet (bench/ingress.ts: 0.79 ms per request with
 * 10,000 edges). Machine credentials therefore get one file per user, `<secret>.d/<user>`, picked
 * by `auth_basic_user_file` from `$remote_user` (nginx.org/r/auth_basic_user_file: "The file name
 * can contain variables"): a request reads one line whatever the fleet's size. Human credentials
 * (the operators', bcrypt, a handful of users on the UIs) keep one file per Secret.
 */
import type { FleetState } from '../../../fleet/state.js';
import type { BasicAuthPolicy, FleetPolicy } from '../../../policy/model.js';
import { htpasswdEntries, htpasswdText } from '../../htpasswd.js';

export interface NginxHtpasswdFile {
  /** Relative to NginxSite.htpasswdDir, e.g. `thanos-operators-auth`, `thanos-receive-auth.d/edge-01`. */
  path: string;
  content: string;
}

/**
 * User names the fleet can produce: an edge name (DNS-1123 label, the fleet schema's rule) with an
 * optional credential generation `.r<n>` (src/fleet/rollout.ts generationUser). Never "/" or "..":
 * `$remote_user` is whatever the client sent, and it becomes part of a file path.
 */
export const USER_NAME_PATTERN = '[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?(?:\\.r[1-9][0-9]{0,8})?';
const USER_NAME_RE = new RegExp(`^${USER_NAME_PATTERN}$`);

/**
 * The empty file in each per-user folder: users without a file of their own read it and get 401.
 * "_" never starts a user name (USER_NAME_PATTERN), so no user can own it.
 */
export const UNKNOWN_USER_FILE = '_unknown';

/** Machine credentials are checked per request, one file per user; human ones stay in one file. */
export function perUserFiles(auth: BasicAuthPolicy): boolean {
  return auth.credentialKind === 'machine';
}

/** Folder of a Secret's per-user files (`.d`: never the path of the single file it replaces). */
export function perUserFolder(secretName: string): string {
  return `${secretName}.d`;
}

/** Every htpasswd file of the policy, one set per Secret (query, query-frontend and bucket web share one). */
export function nginxHtpasswdFiles(policy: FleetPolicy, state: FleetState): NginxHtpasswdFile[] {
  const out: NginxHtpasswdFile[] = [];
  const seen = new Set<string>();
  for (const p of policy.policies) {
    if (!p.auth || seen.has(p.auth.secretName)) continue;
    seen.add(p.auth.secretName);
    // nginx checks crypt() hashes (bcrypt here) as well as {SHA} (ingress.md §5, verified on 1.22).
    const entries = htpasswdEntries(p.auth, state, 'bcrypt-and-sha');
    if (!perUserFiles(p.auth)) {
      out.push({ path: p.auth.secretName, content: htpasswdText(entries) });
      continue;
    }
    const folder = perUserFolder(p.auth.secretName);
    out.push({ path: `${folder}/${UNKNOWN_USER_FILE}`, content: '' });
    for (const e of entries) {
      // The config's map would send this user to the empty file: refuse to render a lockout.
      if (!USER_NAME_RE.test(e.user))
        throw new Error(`user name "${e.user}" cannot be an htpasswd file name`);
      out.push({ path: `${folder}/${e.user}`, content: htpasswdText([e]) });
    }
  }
  return out;
}
