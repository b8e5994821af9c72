/**
 * Gateway API provider: Gateway API v1.6 standard channel for the Gateway and HTTPRoutes, Envoy Gateway
 * v1.9 v1alpha1 policies for what core Gateway API lacks (basic auth, per-address rate limit, body size,
 * allowlist, affinity; ingress.md §3). Files under central/gateway/: gateway.yaml (Gateway + redirect)
 * and one <route>.yaml per exposed component (HTTPRoute, SecurityPolicy, BackendTrafficPolicy).
 *
 * No ClientTrafficPolicy is rendered: nothing in the policy needs one. Per-address concurrency has no
 * equivalent (connectionLimit counts a whole listener, see the warning), and client IP detection
 * (XFF hops, PROXY protocol) depends on the load balancer in front of Envoy, which the fleet file does
 * not describe; Envoy's default (the TCP peer) is what ingress-nginx's $remote_addr uses too.
 */
import { say } from '../../../i18n/index.js';
import { gatewayApiMessages as m } from '../../../i18n/messages/gateway-api.js';
import { formatSize, type IngressPolicy } from '../../../policy/model.js';
import type { RenderWarning } from '../../artifact.js';
import type { IngressProvider, IngressProviderOutput, RenderContext } from '../../context.js';
import { objectsFile } from '../../yaml.js';
import { edgesWithout429Retry, gatewayApiDifferences } from '../differences.js';
import { listenerNames, type Obj, SOURCE } from './common.js';
import { allHosts, gateway, redirectRoute } from './gateway.js';
import { httpRoute } from './route.js';
import { securityPolicy } from './security.js';
import { backendTrafficPolicy, bodyLimitApplies } from './traffic.js';

export const GATEWAY_DIR = 'central/gateway';

/** CRD limits (GWAPI v1.6 standard CRDs): Gateway listeners maxItems 64, HTTPRoute hostnames maxItems 16. */
const MAX_LISTENERS = 64;
const MAX_ROUTE_HOSTNAMES = 16;

function policyWarnings(p: IngressPolicy): RenderWarning[] {
  const out: RenderWarning[] = [];
  if (p.hosts.length > MAX_ROUTE_HOSTNAMES) {
    out.push({
      source: SOURCE,
      object: `HTTPRoute ${p.name}`,
      capability: 'tls',
      message: say(m.tooManyHostnames, { n: p.hosts.length }),
    });
  }
  if (p.connections !== undefined) {
    out.push({
      source: SOURCE,
      object: `HTTPRoute ${p.name}`,
      capability: 'connectionsPerAddress',
      message: say(m.noConnectionLimit, { n: p.connections }),
    });
  }
  if (p.rateLimit) {
    const object = `BackendTrafficPolicy ${p.name}`;
    out.push({
      source: SOURCE,
      object,
      capability: 'rateLimitPerAddress',
      message: say(m.globalRateLimitService, { rps: p.rateLimit.rps }),
    });
    if (p.rateLimit.burst > p.rateLimit.rps) {
      out.push({
        source: SOURCE,
        object,
        capability: 'rateLimitPerAddress',
        message: say(m.noBurst, { rps: p.rateLimit.rps, burst: p.rateLimit.burst }),
      });
    }
  }
  if (!bodyLimitApplies(p)) {
    out.push({
      source: SOURCE,
      object: `HTTPRoute ${p.name}`,
      capability: 'bodySize',
      message: say(m.grafanaBodySize, { size: formatSize(p.bodySizeBytes) }),
    });
  }
  return out;
}

function render(ctx: RenderContext): IngressProviderOutput {
  const { fleet, policy } = ctx;
  const header = (what: string) => say(m.header, { what })[ctx.lang];
  const listeners = listenerNames(allHosts(policy));
  const out: IngressProviderOutput = {
    artifacts: [
      objectsFile(`${GATEWAY_DIR}/gateway.yaml`, {
        list: [gateway(fleet, policy), redirectRoute(fleet)],
        header: header(say(m.headerGateway)[ctx.lang]),
      }),
    ],
    warnings: [],
    chartIngress: {},
    differences: gatewayApiDifferences(ctx),
  };
  const listenerCount = allHosts(policy).length + 1;
  if (listenerCount > MAX_LISTENERS) {
    out.warnings.push({
      source: SOURCE,
      object: `Gateway ${fleet.central.ingress.gatewayName}`,
      capability: 'tls',
      message: say(m.tooManyListeners, { n: listenerCount }),
    });
  }
  for (const p of policy.policies) {
    const docs: Obj[] = [httpRoute(fleet, p, listeners)];
    const sp = securityPolicy(fleet, p);
    if (sp) docs.push(sp);
    docs.push(backendTrafficPolicy(fleet, p));
    out.artifacts.push(
      objectsFile(`${GATEWAY_DIR}/${p.name}.yaml`, {
        list: docs,
        header: header(say(m.headerComponent, { component: p.component })[ctx.lang]),
      }),
    );
    out.warnings.push(...policyWarnings(p));
  }
  if (policy.policies.some((p) => p.remoteWrite && p.rateLimit)) {
    for (const edge of edgesWithout429Retry(ctx)) {
      out.warnings.push({
        source: SOURCE,
        object: `edge ${edge}`,
        capability: 'rateLimitPerAddress',
        message: say(m.edgeNo429Retry, { edge }),
      });
    }
  }
  return out;
}

export const gatewayApiProvider: IngressProvider = {
  name: 'gateway-api',
  capabilities: {
    tls: 'yes',
    httpsRedirect: 'yes',
    // Works, but Envoy Gateway takes {SHA} hashes only (no bcrypt for human passwords).
    basicAuth: 'partial',
    // Needs the global rate-limit service (Redis); 429 instead of 503; no burst.
    rateLimitPerAddress: 'partial',
    connectionsPerAddress: 'no',
    // requestBuffer cannot be used on websocket routes (Grafana).
    bodySize: 'partial',
    // Whole-request deadline + stream idle timeout; no separate send timeout.
    timeouts: 'partial',
    cors: 'yes',
    allowlist: 'yes',
    cookieAffinity: 'yes',
    websockets: 'yes',
  },
  render,
};
