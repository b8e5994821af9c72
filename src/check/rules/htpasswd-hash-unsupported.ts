import { say } from '../../i18n/index.js';
import { checkAgentRules as t } from '../../i18n/messages/check-rules-agent.js';
import {
  authSecretUses,
  findSecret,
  type HashFormat,
  hashFormat,
  linesFor,
  type Provider,
} from '../htpasswd.js';
import { defineRule, ruleMeta } from '../rule.js';

/** Hash formats each provider accepts (ingress.md §5). ingress-nginx accepts what nginx/libc crypt do. */
const ACCEPTS: Partial<Record<Provider, HashFormat[]>> = {
  'Envoy Gateway': ['sha'],
  Traefik: ['apr1', 'sha', 'bcrypt'],
};

export const htpasswdHashUnsupported = defineRule(
  ruleMeta(t, 'TF2703', 'htpasswd-hash-unsupported', 'error', 'secrets', [
    'ingress.md §3.3 (EG: "only SHA hash algorithm is supported"), §3.5, §5',
  ]),
  (ctx) => {
    for (const use of authSecretUses(ctx.ws)) {
      const accepts = ACCEPTS[use.provider];
      const secret = findSecret(ctx.ws, use.secretName);
      if (!accepts || !secret || use.key === undefined) continue;
      const loc = secret.data.get(use.key)?.loc ?? secret.loc;
      for (const line of linesFor(use, secret)) {
        const format = hashFormat(line.hash);
        if (!accepts.includes(format))
          ctx.report({
            loc,
            message: say(t['TF2703.msg'], { user: line.user, format, provider: use.provider }),
          });
      }
    }
  },
);
