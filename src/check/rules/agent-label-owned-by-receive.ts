import { RECEIVE_OWNED_LABELS } from '../../fleet/validate.js';
import { say } from '../../i18n/index.js';
import { checkAgentRules as t } from '../../i18n/messages/check-rules-agent.js';
import { defineRule, ruleMeta } from '../rule.js';

export const agentLabelOwnedByReceive = defineRule(
  ruleMeta(t, 'TF2803', 'agent-label-owned-by-receive', 'warning', 'labels', [
    'charts.md §1.8 (receive.replicaLabel)',
    'datapath.md §5.2 (Thanos docs/storage.md "External labels")',
  ]),
  (ctx) => {
    // Each owned label asked of every agent's labels: a few lookups, not a walk over every label.
    for (const a of ctx.ws.agents)
      for (const label of RECEIVE_OWNED_LABELS) {
        const e = a.externalLabels.get(label);
        if (e !== undefined) ctx.report({ loc: e.loc, message: say(t['TF2803.msg'], { label }) });
      }
  },
);
