import { REMOTE_WRITE_FIELD_SINCE, remoteWriteFieldSupported } from '../../fleet/prometheus.js';
import { say } from '../../i18n/index.js';
import { checkAgentRules as t } from '../../i18n/messages/check-rules-agent.js';
import { defineRule, ruleMeta } from '../rule.js';
import { pairOf } from '../yaml-nodes.js';

/** Same table render uses (src/fleet/prometheus.ts), so check and render never disagree. */
export const remoteWriteFieldTooNew = defineRule(
  ruleMeta(t, 'TF2901', 'remote-write-field-too-new', 'error', 'version', [
    'datapath.md §1.1 (field history; UnmarshalStrict)',
    'src/fleet/prometheus.ts REMOTE_WRITE_FIELD_SINCE',
  ]),
  (ctx) => {
    const fields = Object.entries(REMOTE_WRITE_FIELD_SINCE).map(([field, since]) => ({
      field,
      since,
      path: field.split('.'),
    }));
    for (const rw of ctx.ws.remoteWrites) {
      const version = rw.agent.version;
      for (const { field, since, path } of fields) {
        if (!pairOf(rw.node, path[0]!)) continue;
        if (rw.has(path) && !remoteWriteFieldSupported(field, version))
          ctx.report({ loc: rw.fieldLoc(path), message: say(t['TF2901.msg'], { field, since, version }) });
      }
    }
  },
);
