/**
 * htpasswd lines for a basic-auth policy, from the state file's credentials. One place decides the
 * hash: machine credentials (edges) always `{SHA}`; human credentials bcrypt where the provider
 * accepts it, `{SHA}` where it does not (Envoy Gateway: "only SHA hash algorithm is supported",
 * ingress.md §5).
 */
import { type FleetState, shaHtpasswdHash } from '../fleet/state.js';
import type { BasicAuthPolicy } from '../policy/model.js';

export type HashSupport = 'bcrypt-and-sha' | 'sha-only';

export function htpasswdLines(auth: BasicAuthPolicy, state: FleetState, support: HashSupport): string {
  const lines = auth.users.map((user) => {
    if (auth.credentialKind === 'machine') {
      const cred = state.edges[user];
      if (!cred) throw new Error(`no credential for edge ${user} in the state`);
      return `${user}:${shaHtpasswdHash(cred.password)}`;
    }
    const cred = state.operators[user];
    if (!cred) throw new Error(`no credential for operator ${user} in the state`);
    return `${user}:${support === 'sha-only' ? shaHtpasswdHash(cred.password) : cred.bcrypt}`;
  });
  return `${lines.join('\n')}\n`;
}
