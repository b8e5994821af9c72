import { say } from '../../i18n/index.js';
import { checkAgentRules as t } from '../../i18n/messages/check-rules-agent.js';
import { defineRule, ruleMeta } from '../rule.js';
import { bool, getIn } from '../yaml-nodes.js';

export const remoteWriteInsecureSkipVerify = defineRule(
  ruleMeta(t, 'TF2603', 'remote-write-insecure-skip-verify', 'warning', 'tls', [
    'datapath.md §1.1 tls_config',
  ]),
  (ctx) => {
    for (const rw of ctx.ws.remoteWrites)
      for (const path of [
        ['tls_config', 'insecure_skip_verify'],
        ['oauth2', 'tls_config', 'insecure_skip_verify'],
      ])
        if (bool(getIn(rw.node, path)) === true)
          ctx.report({ loc: rw.fieldLoc(path), message: say(t['TF2603.msg']) });
  },
);
