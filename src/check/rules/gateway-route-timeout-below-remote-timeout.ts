import { durationSeconds } from '../../fleet/defaults.js';
import { RECEIVE_PATH } from '../../fleet/names.js';
import { say } from '../../i18n/index.js';
import { checkIngressRules as t } from '../../i18n/messages/check-rules-ingress.js';
import { defineRule, ruleMeta } from '../rule.js';
import { traffic } from '../views.js';
import { get, getIn, items, pairOf, str } from '../yaml-nodes.js';

/** Envoy's route timeout when an HTTPRoute sets none (EG tasks/traffic/http-timeouts.md; ingress.md §3.1). */
const ENVOY_DEFAULT_ROUTE_TIMEOUT = '15s';

export const gatewayRouteTimeoutBelowRemoteTimeout = defineRule(
  ruleMeta(t, 'TF2305', 'gateway-route-timeout-below-remote-timeout', 'warning', 'timeouts', [
    'ingress.md §3.1 (timeouts.request is a whole-request deadline; Envoy default 15 s)',
    'datapath.md §1.3',
  ]),
  (ctx) => {
    const routes = ctx.ws.objects('HTTPRoute');
    // The fleet's traffic is computed only when there is a route to compare it with.
    if (routes.length === 0) return;
    const remote = Math.ceil(traffic(ctx.ws).maxRemoteTimeoutSeconds);
    for (const d of routes) {
      for (const rule of items(getIn(d.root, ['spec', 'rules']))) {
        const receive = items(get(rule, 'matches')).some(
          (m) => str(getIn(m, ['path', 'value'])) === RECEIVE_PATH,
        );
        if (!receive) continue;
        const p = pairOf(get(rule, 'timeouts'), 'request');
        const value = str(p?.value) ?? ENVOY_DEFAULT_ROUTE_TIMEOUT;
        // "0s" disables the deadline (GWAPI apis/v1/httproute_types.go).
        if (value === '0s' || durationSeconds(value) > remote) continue;
        ctx.report({ loc: d.pos.of(p ?? rule), message: say(t['TF2305.msg'], { value, remote }) });
      }
    }
  },
);
