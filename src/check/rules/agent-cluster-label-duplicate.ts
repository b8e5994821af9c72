import { say } from '../../i18n/index.js';
import { checkAgentRules as t } from '../../i18n/messages/check-rules-agent.js';
import { defineRule, ruleMeta } from '../rule.js';

export const agentClusterLabelDuplicate = defineRule(
  ruleMeta(t, 'TF2802', 'agent-cluster-label-duplicate', 'error', 'labels', [
    'datapath.md §5.2',
    'src/fleet/validate.ts',
  ]),
  (ctx) => {
    const first = new Map<string, string>();
    for (const a of ctx.ws.agents) {
      const c = a.externalLabels.get('cluster');
      if (!c || a.remoteWrites.length === 0) continue;
      const other = first.get(c.value);
      if (other !== undefined)
        ctx.report({ loc: c.loc, message: say(t['TF2802.msg'], { value: c.value, other }) });
      else first.set(c.value, `${a.doc.file}:${c.loc.line}`);
    }
  },
);
