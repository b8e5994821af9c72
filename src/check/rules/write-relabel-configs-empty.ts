import { say } from '../../i18n/index.js';
import { checkAgentRules as t } from '../../i18n/messages/check-rules-agent.js';
import { defineRule, ruleMeta } from '../rule.js';
import { get, isSeq } from '../yaml-nodes.js';

export const writeRelabelConfigsEmpty = defineRule(
  ruleMeta(t, 'TF2404', 'write-relabel-configs-empty', 'info', 'queue', ['datapath.md §1.1, §10b']),
  (ctx) => {
    const rws = ctx.ws.remoteWrites;
    for (let i = 0; i < rws.length; i++) {
      const rw = rws[i]!;
      const v = get(rw.node, 'write_relabel_configs');
      if (isSeq(v) && v.items.length === 0)
        ctx.report({ loc: rw.fieldLoc(['write_relabel_configs']), message: say(t['TF2404.msg']) });
    }
  },
);
