import { say } from '../../i18n/index.js';
import { checkAgentRules as t } from '../../i18n/messages/check-rules-agent.js';
import { defineRule, ruleMeta } from '../rule.js';
import { get, items, str } from '../yaml-nodes.js';

export const scrapeReceiveMetricsPort = defineRule(
  ruleMeta(t, 'TF2503', 'scrape-receive-metrics-port', 'error', 'ports-paths', [
    'datapath.md §5.1, §10a (T pkg/receive/handler.go routes)',
  ]),
  (ctx) => {
    for (const a of ctx.ws.agents) {
      for (const job of items(get(a.doc.root, 'scrape_configs'))) {
        const path = str(get(job, 'metrics_path')) ?? '/metrics';
        if (path !== '/metrics') continue;
        for (const sc of items(get(job, 'static_configs')))
          for (const target of items(get(sc, 'targets'))) {
            const v = str(target);
            if (v && /:19291$/.test(v))
              ctx.report({ loc: a.doc.pos.of(target), message: say(t['TF2503.msg'], { target: v }) });
          }
      }
    }
  },
);
