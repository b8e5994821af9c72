import { say } from '../../i18n/index.js';
import { checkAgentRules as t } from '../../i18n/messages/check-rules-agent.js';
import { defineRule, ruleMeta } from '../rule.js';

export const agentClusterLabelMissing = defineRule(
  ruleMeta(t, 'TF2801', 'agent-cluster-label-missing', 'warning', 'labels', [
    'datapath.md §5.2 (409 for identical series)',
  ]),
  (ctx) => {
    const agents = ctx.ws.agents;
    for (let i = 0; i < agents.length; i++) {
      const a = agents[i]!;
      if (a.remoteWrites.length > 0 && !a.externalLabels.has('cluster'))
        ctx.report({ loc: a.labelsLoc, message: say(t['TF2801.msg']) });
    }
  },
);
