import { say } from '../../i18n/index.js';
import { checkAgentRules as t } from '../../i18n/messages/check-rules-agent.js';
import { defineRule, ruleMeta } from '../rule.js';

export const queueCapacityBelow3xBatch = defineRule(
  ruleMeta(t, 'TF2403', 'queue-capacity-below-3x-batch', 'warning', 'queue', [
    'prometheus.io/docs/practices/remote_write ("3-10 times max_samples_per_send")',
    'datapath.md §10d',
  ]),
  (ctx) => {
    const rws = ctx.ws.remoteWrites;
    for (let i = 0; i < rws.length; i++) {
      const rw = rws[i]!;
      const q = rw.queue;
      if (q.capacity >= 3 * q.maxSamplesPerSend) continue;
      const field = rw.has(['queue_config', 'capacity']) ? 'capacity' : 'max_samples_per_send';
      ctx.report({
        loc: rw.fieldLoc(['queue_config', field]),
        message: say(t['TF2403.msg'], {
          capacity: q.capacity,
          mps: q.maxSamplesPerSend,
          need: 3 * q.maxSamplesPerSend,
        }),
      });
    }
  },
);
