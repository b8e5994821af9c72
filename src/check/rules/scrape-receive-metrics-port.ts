import { say } from '../../i18n/index.js';
import { checkAgentRules as t } from '../../i18n/messages/check-rules-agent.js';
import { defineRule, ruleMeta } from '../rule.js';
import { get, items, str } from '../yaml-nodes.js';

export const scrapeReceiveMetricsPort = defineRule(
  ruleMeta(t, 'TF2503', 'scrape-receive-metrics-port', 'error', 'ports-paths', [
    'datapath.md §5.1, §10a (T pkg/receive/handler.go routes)',
  ]),
  (ctx) => {
    const agents = ctx.ws.agents;
    for (let a = 0; a < agents.length; a++) {
      const doc = agents[a]!.doc;
      const jobs = items(get(doc.root, 'scrape_configs'));
      for (let j = 0; j < jobs.length; j++) {
        const job = jobs[j];
        const path = str(get(job, 'metrics_path')) ?? '/metrics';
        if (path !== '/metrics') continue;
        const groups = items(get(job, 'static_configs'));
        for (let g = 0; g < groups.length; g++) {
          const targets = items(get(groups[g], 'targets'));
          for (let i = 0; i < targets.length; i++) {
            const target = targets[i];
            const v = str(target);
            if (v?.endsWith(':19291'))
              ctx.report({ loc: doc.pos.of(target), message: say(t['TF2503.msg'], { target: v }) });
          }
        }
      }
    }
  },
);
