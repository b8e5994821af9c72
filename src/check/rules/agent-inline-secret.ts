import { say } from '../../i18n/index.js';
import { checkAgentRules as t } from '../../i18n/messages/check-rules-agent.js';
import { defineRule, ruleMeta } from '../rule.js';
import { isMap, isScalar } from '../yaml-nodes.js';

interface Inline {
  path: string[];
  field: string;
  instead: string;
}

const INLINE: [string[], string][] = [
  [['basic_auth', 'password'], 'basic_auth.password_file'],
  [['authorization', 'credentials'], 'authorization.credentials_file'],
  [['oauth2', 'client_secret'], 'oauth2.client_secret_file'],
  [['bearer_token'], 'authorization.credentials_file'],
  [['sigv4', 'secret_key'], 'an IAM role (sigv4.role_arn) or the environment'],
];

/** The table by a remote_write's key it starts with: each entry's own few keys are looked up in it. */
const BY_FIRST_KEY = new Map<string, Inline>(
  INLINE.map(([path, instead]) => [path[0]!, { path, field: path.join('.'), instead }]),
);

export const agentInlineSecret = defineRule(
  ruleMeta(t, 'TF2701', 'agent-inline-secret', 'warning', 'secrets', [
    'datapath.md §1.1 (basic_auth, authorization, oauth2)',
  ]),
  (ctx) => {
    const rws = ctx.ws.remoteWrites;
    for (let r = 0; r < rws.length; r++) {
      const rw = rws[r]!;
      if (!isMap(rw.node)) continue;
      const pairs = rw.node.items;
      for (let i = 0; i < pairs.length; i++) {
        const key = pairs[i]!.key;
        if (!isScalar(key)) continue;
        const inline = BY_FIRST_KEY.get(String(key.value));
        if (inline !== undefined && rw.has(inline.path))
          ctx.report({
            loc: rw.fieldLoc(inline.path),
            message: say(t['TF2701.msg'], { field: inline.field, instead: inline.instead }),
          });
      }
    }
  },
);
