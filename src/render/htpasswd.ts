/**
 * htpasswd lines for a basic-auth policy, from the state file's credentials. One place decides the
 * hash: machine credentials (edges) always `{SHA}`; human credentials bcrypt where the provider
 * accepts it, `{SHA}` where it does not (Envoy Gateway: "only SHA hash algorithm is supported",
 * ingress.md §5).
 */
import { edgeHtpasswdLines } from '../fleet/rollout.js';
import { type FleetState, shaHtpasswdHash } from '../fleet/state.js';
import type { BasicAuthPolicy } from '../policy/model.js';

export type HashSupport = 'bcrypt-and-sha' | 'sha-only';

/** One htpasswd line and the user it is for (a generation user such as `edge-01.r2` for edges). */
export interface HtpasswdEntry {
  user: string;
  line: string;
}

export function htpasswdEntries(
  auth: BasicAuthPolicy,
  state: FleetState,
  support: HashSupport,
): HtpasswdEntry[] {
  return auth.users.flatMap((user) => {
    if (auth.credentialKind === 'machine') {
      if (!state.edges[user]) throw new Error(`no credential for edge ${user} in the state`);
      // One line per accepted generation (current, previous until rotate --finish, staged), with distinct
      // user names: nginx checks only the first line whose user matches (src/fleet/rollout.ts).
      // htpasswd lines are `user:hash`, and user names never contain ":".
      return edgeHtpasswdLines(state, user, shaHtpasswdHash).map((line) => ({
        user: line.slice(0, line.indexOf(':')),
        line,
      }));
    }
    const cred = state.operators[user];
    if (!cred) throw new Error(`no credential for operator ${user} in the state`);
    return [
      { user, line: `${user}:${support === 'sha-only' ? shaHtpasswdHash(cred.password) : cred.bcrypt}` },
    ];
  });
}

/** The text of an htpasswd file holding these entries. */
export function htpasswdText(entries: readonly HtpasswdEntry[]): string {
  return `${entries.map((e) => e.line).join('\n')}\n`;
}

export function htpasswdLines(auth: BasicAuthPolicy, state: FleetState, support: HashSupport): string {
  return htpasswdText(htpasswdEntries(auth, state, support));
}
