import { say } from '../../i18n/index.js';
import { checkIngressRules as t } from '../../i18n/messages/check-rules-ingress.js';
import { defineRule, ruleMeta } from '../rule.js';
import { parseUrl } from '../url.js';
import { nginxAnnotation, remoteWriteIngresses } from '../views.js';

export const remoteWriteMissingCredentials = defineRule(
  ruleMeta(t, 'TF2402', 'remote-write-missing-credentials', 'error', 'data-loss', [
    'datapath.md §1.2 (other 4xx non-recoverable)',
  ]),
  (ctx) => {
    const guarded = remoteWriteIngresses(ctx.ws).filter(
      (i) => nginxAnnotation(i, 'auth-type')?.value === 'basic' && i.hosts.length > 0,
    );
    if (guarded.length === 0) return;
    for (const rw of ctx.ws.remoteWrites) {
      const host = parseUrl(rw.url)?.hostname;
      const ing = guarded.find((i) => i.hosts.some((h) => h.host === host));
      if (!ing) continue;
      if (rw.has(['basic_auth']) || rw.has(['authorization']) || rw.has(['oauth2']) || rw.has(['sigv4']))
        continue;
      ctx.report({ loc: rw.urlLoc, message: say(t['TF2402.msg'], { ingress: ing.label }) });
    }
  },
);
