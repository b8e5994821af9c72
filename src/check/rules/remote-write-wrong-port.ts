import { say } from '../../i18n/index.js';
import { checkAgentRules as t } from '../../i18n/messages/check-rules-agent.js';
import { defineRule, ruleMeta } from '../rule.js';
import { parseUrl, portOf } from '../url.js';

/** Receive's HTTP (10902), gRPC (10901) and Cap'n Proto (19391) ports (datapath.md §5.1). */
const NOT_REMOTE_WRITE = [10902, 10901, 19391];

export const remoteWriteWrongPort = defineRule(
  ruleMeta(t, 'TF2502', 'remote-write-wrong-port', 'error', 'ports-paths', [
    'datapath.md §5.1 (T pkg/receive/handler.go, pkg/server/http/http.go)',
    'charts.md §1.4',
  ]),
  (ctx) => {
    const rws = ctx.ws.remoteWrites;
    for (let i = 0; i < rws.length; i++) {
      const rw = rws[i]!;
      const u = parseUrl(rw.url);
      if (!u) continue;
      const port = portOf(u);
      if (NOT_REMOTE_WRITE.includes(port))
        ctx.report({ loc: rw.urlLoc, message: say(t['TF2502.msg'], { port }) });
    }
  },
);
