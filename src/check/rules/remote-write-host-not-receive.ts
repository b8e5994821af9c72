import { RECEIVE_PATH } from '../../fleet/names.js';
import { say } from '../../i18n/index.js';
import { checkAgentRules as t } from '../../i18n/messages/check-rules-agent.js';
import { defineRule, ruleMeta } from '../rule.js';
import { isInCluster, parseUrl } from '../url.js';
import { remoteWriteIngresses } from '../views.js';
import { get, getIn, items, str } from '../yaml-nodes.js';

export const remoteWriteHostNotReceive = defineRule(
  ruleMeta(t, 'TF2504', 'remote-write-host-not-receive', 'error', 'ports-paths', ['charts.md §1.6']),
  (ctx) => {
    const hosts = new Set<string>();
    // bitnami extraHosts route to port http unless portName: remote (charts.md §1.6).
    for (const ing of remoteWriteIngresses(ctx.ws))
      for (const h of ing.hosts)
        if (!(ing.origin === 'thanos-values' && h.extra && h.portName !== 'remote'))
          hosts.add(h.host.toLowerCase());
    for (const f of ctx.ws.fleets) {
      const r = f.loaded?.fleet.components.receive;
      if (r?.exposed) for (const h of [r.host, ...r.extraHosts]) hosts.add(h);
    }
    for (const d of ctx.ws.objects('HTTPRoute')) {
      const routesReceive = items(getIn(d.root, ['spec', 'rules'])).some((r) =>
        items(get(r, 'matches')).some((m) => str(getIn(m, ['path', 'value'])) === RECEIVE_PATH),
      );
      if (routesReceive)
        for (const h of items(getIn(d.root, ['spec', 'hostnames']))) {
          const v = str(h);
          if (v) hosts.add(v.toLowerCase());
        }
    }
    if (hosts.size === 0) return;
    for (const rw of ctx.ws.remoteWrites) {
      const u = parseUrl(rw.url);
      if (!u || isInCluster(u.hostname) || hosts.has(u.hostname.toLowerCase())) continue;
      ctx.report({
        loc: rw.urlLoc,
        message: say(t['TF2504.msg'], { host: u.hostname, hosts: [...hosts].join(', ') }),
      });
    }
  },
);
