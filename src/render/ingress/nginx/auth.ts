/**
 * Basic auth. Human credentials: one htpasswd file per Secret. Machine credentials (edges): one
 * file per user (htpasswd.ts says why), chosen in three steps:
 *
 * 1. http level: `map $remote_user` → that user's file when the name is one the fleet can produce
 *    (USER_NAME_PATTERN, anchored with \z: PCRE's `$` also matches before a final newline, and
 *    `$remote_user` is whatever the client sent), else the folder's empty file. Names with "/" or
 *    ".." never reach a path.
 * 2. server level: a well-formed name without a file (an unknown edge, a finished generation) would
 *    make nginx answer 403, not 401 (open() fails with ENOENT; verified with nginx 1.22.1, error log
 *    `open() "…" failed (2: No such file or directory)`), and any other open() error answers 500.
 *    `if (!-f …)` switches such users to the empty file, so every wrong credential gets the same 401
 *    with a challenge. The `if` stands at server level and only sets a variable: no location
 *    configuration is swapped, so nothing of "if is evil" applies.
 * 3. location: `auth_basic_user_file` names the variable.
 */
import type { IngressPolicy } from '../../../policy/model.js';
import type { NginxSite } from './conf.js';
import { perUserFiles, perUserFolder, UNKNOWN_USER_FILE, USER_NAME_PATTERN } from './htpasswd.js';
import { type ConfWriter, literal, quote, variable } from './syntax.js';

/** All these writers need of a site (the rotation test writes them into a config of its own). */
export type AuthSite = Pick<NginxSite, 'htpasswdDir'>;

function folderOf(p: IngressPolicy, site: AuthSite): string {
  return `${site.htpasswdDir}/${perUserFolder(p.auth!.secretName)}`;
}

function perUser(p: IngressPolicy): boolean {
  return p.auth !== undefined && perUserFiles(p.auth);
}

/** Step 1: the http-level map of a policy with per-user files. */
export function writeAuthMap(w: ConfWriter, p: IngressPolicy, site: AuthSite, comment: string): void {
  if (!perUser(p)) return;
  const folder = folderOf(p, site);
  // The capture is a variable of its own (named captures of map regexes are, nginx.org/r/map).
  const user = variable(p, 'user').slice(1);
  w.comment(comment);
  w.block(`map $remote_user ${variable(p, 'user_file')}`, () => {
    w.directive('default', `${folder}/${UNKNOWN_USER_FILE}`);
    w.directive(quote(`~^(?<${user}>${USER_NAME_PATTERN})\\z`), `${folder}/$${user}`);
  });
}

/** Step 2: server-level fallback to the empty file for users without a file. */
export function writeAuthFileCheck(w: ConfWriter, p: IngressPolicy, site: AuthSite, comment: string): void {
  if (!perUser(p)) return;
  const file = variable(p, 'auth_file');
  w.commentOnce(comment);
  w.directive('set', file, variable(p, 'user_file'));
  w.block(`if (!-f ${variable(p, 'user_file')})`, () =>
    w.directive('set', file, `${folderOf(p, site)}/${UNKNOWN_USER_FILE}`),
  );
}

/** Step 3 (and the single file of human credentials): the location's directives. */
export function writeAuthLocation(w: ConfWriter, p: IngressPolicy, site: AuthSite): void {
  if (!p.auth) return;
  w.directive('auth_basic', quote(literal(p.auth.realm)));
  w.directive(
    'auth_basic_user_file',
    perUser(p) ? variable(p, 'auth_file') : `${site.htpasswdDir}/${p.auth.secretName}`,
  );
}
