import { say } from '../../i18n/index.js';
import { checkAgentRules as t } from '../../i18n/messages/check-rules-agent.js';
import { defineRule, ruleMeta } from '../rule.js';
import { pairOf } from '../yaml-nodes.js';

const INLINE: [string[], string][] = [
  [['basic_auth', 'password'], 'basic_auth.password_file'],
  [['authorization', 'credentials'], 'authorization.credentials_file'],
  [['oauth2', 'client_secret'], 'oauth2.client_secret_file'],
  [['bearer_token'], 'authorization.credentials_file'],
  [['sigv4', 'secret_key'], 'an IAM role (sigv4.role_arn) or the environment'],
];

export const agentInlineSecret = defineRule(
  ruleMeta(t, 'TF2701', 'agent-inline-secret', 'warning', 'secrets', [
    'datapath.md §1.1 (basic_auth, authorization, oauth2)',
  ]),
  (ctx) => {
    for (const rw of ctx.ws.remoteWrites)
      for (const [path, instead] of INLINE)
        if (pairOf(rw.node, path[0]!) && rw.has(path))
          ctx.report({
            loc: rw.fieldLoc(path),
            message: say(t['TF2701.msg'], { field: path.join('.'), instead }),
          });
  },
);
