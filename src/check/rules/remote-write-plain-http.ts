import { say } from '../../i18n/index.js';
import { checkAgentRules as t } from '../../i18n/messages/check-rules-agent.js';
import { defineRule, ruleMeta } from '../rule.js';
import { isInCluster, parseUrl } from '../url.js';

export const remoteWritePlainHttp = defineRule(
  ruleMeta(t, 'TF2604', 'remote-write-plain-http', 'error', 'tls', ['ingress.md §1.2 ssl-redirect (308)']),
  (ctx) => {
    const rws = ctx.ws.remoteWrites;
    for (let i = 0; i < rws.length; i++) {
      const rw = rws[i]!;
      const u = parseUrl(rw.url);
      if (u?.protocol !== 'http:' || isInCluster(u.hostname)) continue;
      const creds = rw.has(['basic_auth']) || rw.has(['authorization']) || rw.has(['oauth2']);
      ctx.report({
        loc: rw.urlLoc,
        message: say(t['TF2604.msg'], { creds }),
        ...(creds ? {} : { severity: 'warning' as const }),
      });
    }
  },
);
