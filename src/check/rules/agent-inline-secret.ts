import { say } from '../../i18n/index.js';
import { checkAgentRules as t } from '../../i18n/messages/check-rules-agent.js';
import { defineRule, ruleMeta } from '../rule.js';
import { keys } from '../yaml-nodes.js';

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
    for (const rw of ctx.ws.remoteWrites)
      for (const key of keys(rw.node)) {
        const inline = BY_FIRST_KEY.get(key);
        if (inline !== undefined && rw.has(inline.path))
          ctx.report({
            loc: rw.fieldLoc(inline.path),
            message: say(t['TF2701.msg'], { field: inline.field, instead: inline.instead }),
          });
      }
  },
);
