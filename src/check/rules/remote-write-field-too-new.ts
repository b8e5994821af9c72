import { REMOTE_WRITE_FIELD_SINCE, remoteWriteFieldSupported } from '../../fleet/prometheus.js';
import { say } from '../../i18n/index.js';
import { checkAgentRules as t } from '../../i18n/messages/check-rules-agent.js';
import { defineRule, ruleMeta } from '../rule.js';
import { keys } from '../yaml-nodes.js';

interface VersionedField {
  field: string;
  since: string;
  path: string[];
}

/**
 * The table's fields by their first key, so that each remote_write's own (few) keys are looked up
 * in it, not each of the table's fields in every remote_write.
 */
const BY_FIRST_KEY = new Map<string, VersionedField[]>();
for (const [field, since] of Object.entries(REMOTE_WRITE_FIELD_SINCE)) {
  const path = field.split('.');
  const list = BY_FIRST_KEY.get(path[0]!) ?? [];
  list.push({ field, since, path });
  BY_FIRST_KEY.set(path[0]!, list);
}

/** Same table render uses (src/fleet/prometheus.ts), so check and render never disagree. */
export const remoteWriteFieldTooNew = defineRule(
  ruleMeta(t, 'TF2901', 'remote-write-field-too-new', 'error', 'version', [
    'datapath.md §1.1 (field history; UnmarshalStrict)',
    'src/fleet/prometheus.ts REMOTE_WRITE_FIELD_SINCE',
  ]),
  (ctx) => {
    for (const rw of ctx.ws.remoteWrites) {
      const version = rw.agent.version;
      // remoteWriteFieldSupported remembers its answer per (field, version).
      for (const key of keys(rw.node))
        for (const { field, since, path } of BY_FIRST_KEY.get(key) ?? [])
          if (!remoteWriteFieldSupported(field, version) && rw.has(path))
            ctx.report({ loc: rw.fieldLoc(path), message: say(t['TF2901.msg'], { field, since, version }) });
    }
  },
);
