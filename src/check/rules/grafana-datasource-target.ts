import { say } from '../../i18n/index.js';
import { checkAgentRules as t } from '../../i18n/messages/check-rules-agent.js';
import { defineRule, ruleMeta } from '../rule.js';
import { isInCluster, parseUrl, portOf } from '../url.js';

export const grafanaDatasourceTarget = defineRule(
  ruleMeta(t, 'TF2505', 'grafana-datasource-target', 'warning', 'ports-paths', [
    'charts.md §1.4 (Service port 9090 for query / query-frontend), §2.3',
    'src/fleet/defaults.ts grafanaDatasourceTarget',
  ]),
  (ctx) => {
    const queryHosts = new Set(
      ctx.ws.ingresses
        .filter((i) => i.component === 'query' || i.component === 'queryFrontend')
        .flatMap((i) => i.hosts.map((h) => h.host.toLowerCase())),
    );
    for (const ds of ctx.ws.datasources) {
      if (ds.type !== undefined && ds.type !== 'prometheus') continue;
      const u = parseUrl(ds.url);
      if (!u) continue;
      const host = u.hostname.toLowerCase();
      if (isInCluster(host)) {
        if (/query/.test(host) && [10902, 10901].includes(portOf(u)))
          ctx.report({ loc: ds.urlLoc, message: say(t['TF2505.port'], { url: ds.url! }), severity: 'error' });
      } else if (queryHosts.has(host) || /thanos-query/.test(host)) {
        ctx.report({ loc: ds.urlLoc, message: say(t['TF2505.public'], { url: ds.url! }) });
      }
    }
  },
);
