import { say } from '../../i18n/index.js';
import { checkAgentRules as t } from '../../i18n/messages/check-rules-agent.js';
import { authSecretUses, findSecret } from '../htpasswd.js';
import { defineRule, ruleMeta } from '../rule.js';

export const htpasswdSecretWrongKey = defineRule(
  ruleMeta(t, 'TF2702', 'htpasswd-secret-wrong-key', 'error', 'secrets', [
    'ingress.md §1.2 auth-secret-type, §5 (Secret keys per provider)',
  ]),
  (ctx) => {
    for (const use of authSecretUses(ctx.ws)) {
      if (use.key === undefined) continue;
      const secret = findSecret(ctx.ws, use.secretName);
      if (!secret || secret.data.has(use.key)) continue;
      // Traefik also accepts a kubernetes.io/basic-auth Secret (plaintext username/password).
      if (use.provider === 'Traefik' && secret.type === 'kubernetes.io/basic-auth') continue;
      ctx.report({
        loc: secret.loc,
        message: say(t['TF2702.msg'], {
          secret: secret.name,
          provider: use.provider,
          key: use.key,
          keys: [...secret.data.keys()].join(', ') || '-',
        }),
      });
    }
  },
);
