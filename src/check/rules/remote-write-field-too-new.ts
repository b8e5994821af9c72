import { REMOTE_WRITE_FIELD_SINCE, remoteWriteFieldSupported } from '../../fleet/prometheus.js';
import { say } from '../../i18n/index.js';
import { checkAgentRules as t } from '../../i18n/messages/check-rules-agent.js';
import type { RemoteWriteView } from '../model.js';
import { defineRule, ruleMeta } from '../rule.js';
import { isMap, isScalar, type YNode } from '../yaml-nodes.js';

interface VersionedField {
  field: string;
  since: string;
  path: string[];
  /** Its place in the table, for the per-version answers below. */
  index: number;
}

/**
 * The table's fields by their first key, so that each remote_write's own (few) keys are looked up
 * in it, not each of the table's fields in every remote_write.
 */
function byFirstKey(): { byKey: Map<string, VersionedField[]>; all: VersionedField[] } {
  const byKey = new Map<string, VersionedField[]>();
  const all: VersionedField[] = [];
  for (const [field, since] of Object.entries(REMOTE_WRITE_FIELD_SINCE)) {
    const path = field.split('.');
    const entry = { field, since, path, index: all.length };
    all.push(entry);
    const list = byKey.get(path[0]!);
    if (list) list.push(entry);
    else byKey.set(path[0]!, [entry]);
  }
  return { byKey, all };
}

/** Same table render uses (src/fleet/prometheus.ts), so check and render never disagree. */
export const remoteWriteFieldTooNew = defineRule(
  ruleMeta(t, 'TF2901', 'remote-write-field-too-new', 'error', 'version', [
    'datapath.md §1.1 (field history; UnmarshalStrict)',
    'src/fleet/prometheus.ts REMOTE_WRITE_FIELD_SINCE',
  ]),
  (ctx) => {
    const { byKey, all } = byFirstKey();
    // Which fields each version accepts, by the fields' index: agents share a few versions.
    const supportByVersion = new Map<string, boolean[]>();
    const supportOf = (version: string): boolean[] => {
      let support = supportByVersion.get(version);
      if (!support) {
        support = all.map((f) => remoteWriteFieldSupported(f.field, version));
        supportByVersion.set(version, support);
      }
      return support;
    };
    const check = (rw: RemoteWriteView, key: YNode) => {
      const list = byKey.get(String((key as { value?: unknown }).value));
      if (list === undefined) return;
      const version = rw.agent.version;
      const support = supportOf(version);
      for (let i = 0; i < list.length; i++) {
        const { field, since, path, index } = list[i]!;
        if (!support[index] && rw.has(path))
          ctx.report({ loc: rw.fieldLoc(path), message: say(t['TF2901.msg'], { field, since, version }) });
      }
    };
    const rws = ctx.ws.remoteWrites;
    for (let r = 0; r < rws.length; r++) {
      const rw = rws[r]!;
      if (!isMap(rw.node)) continue;
      const pairs = rw.node.items;
      for (let i = 0; i < pairs.length; i++) {
        const key = pairs[i]!.key;
        if (isScalar(key)) check(rw, key as YNode);
      }
    }
  },
);
