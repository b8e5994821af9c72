import { say } from '../../i18n/index.js';
import { checkAgentRules as t } from '../../i18n/messages/check-rules-agent.js';
import { authSecretUses, findSecret, linesFor } from '../htpasswd.js';
import { defineRule, ruleMeta } from '../rule.js';
import { getIn, str } from '../yaml-nodes.js';

export const edgeUserNotInHtpasswd = defineRule(
  ruleMeta(t, 'TF2704', 'edge-user-not-in-htpasswd', 'error', 'secrets', [
    'datapath.md §1.2 (401 is dropped)',
  ]),
  (ctx) => {
    const uses = authSecretUses(ctx.ws).filter((u) => u.remoteWrite);
    const tables = uses
      .map((u) => {
        const s = findSecret(ctx.ws, u.secretName);
        return s ? { name: s.name, users: new Set(linesFor(u, s).map((l) => l.user)) } : undefined;
      })
      .filter((x) => x !== undefined && x.users.size > 0) as { name: string; users: Set<string> }[];
    if (tables.length === 0) return;
    for (const rw of ctx.ws.remoteWrites) {
      const user = str(getIn(rw.node, ['basic_auth', 'username']));
      if (!user || tables.some((tb) => tb.users.has(user))) continue;
      ctx.report({
        loc: rw.fieldLoc(['basic_auth', 'username']),
        message: say(t['TF2704.msg'], { user, secret: tables.map((tb) => tb.name).join(', ') }),
      });
    }
  },
);
