import { RECEIVE_PATH } from '../../fleet/names.js';
import { say } from '../../i18n/index.js';
import { checkAgentRules as t } from '../../i18n/messages/check-rules-agent.js';
import { defineRule, ruleMeta } from '../rule.js';
import { parseUrl } from '../url.js';

export const remoteWriteWrongPath = defineRule(
  ruleMeta(t, 'TF2501', 'remote-write-wrong-path', 'error', 'ports-paths', [
    'datapath.md §2 (Prometheus receiver /api/v1/write), §4, §5.1 (Receive /api/v1/receive)',
  ]),
  (ctx) => {
    const rws = ctx.ws.remoteWrites;
    for (let i = 0; i < rws.length; i++) {
      const rw = rws[i]!;
      const u = parseUrl(rw.url);
      if (!u) continue;
      const path = u.pathname.replace(/\/+$/, '');
      if (path !== RECEIVE_PATH)
        ctx.report({ loc: rw.urlLoc, message: say(t['TF2501.msg'], { path: u.pathname }) });
    }
  },
);
