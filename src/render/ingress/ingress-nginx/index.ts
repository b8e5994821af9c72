/**
 * ingress-nginx (controller v1.15.1) provider: the reference every other provider is compared with.
 * Output: the charts' ingress blocks (or standalone Ingress objects) carrying only annotations that
 * exist in v1.15 (./annotations.ts). ingress-nginx is retired (no releases after March 2026,
 * ingress.md §2); it stays the reference because the fleet's policy was written against it.
 */
import { say } from '../../../i18n/index.js';
import { ingressNginxMessages as m } from '../../../i18n/messages/ingress-nginx.js';
import type { IngressPolicy } from '../../../policy/model.js';
import type { RenderWarning } from '../../artifact.js';
import type { IngressProvider, IngressProviderOutput, RenderContext } from '../../context.js';
import { objectsFile } from '../../yaml.js';
import type { Annotations } from './annotations.js';
import { authAnnotations } from './auth.js';
import { grafanaChartIngress, RECEIVE_HTTP_PATH, thanosChartIngress } from './chart.js';
import { corsAnnotations } from './cors.js';
import { proxyAnnotations } from './proxy.js';
import { rateLimitAnnotations } from './ratelimit.js';
import { standaloneIngress } from './standalone.js';
import { tlsAnnotations } from './tls.js';

const SOURCE = 'ingress-nginx';

/** Every annotation of one policy, in a stable order (cert-manager first, then nginx by feature). */
export function policyAnnotations(
  ctx: RenderContext,
  p: IngressPolicy,
  object: string,
): { annotations: Annotations; warnings: RenderWarning[] } {
  const limits = rateLimitAnnotations(ctx.fleet, p, object);
  return {
    annotations: {
      ...tlsAnnotations(p),
      ...authAnnotations(p),
      ...limits.annotations,
      ...proxyAnnotations(p),
      ...corsAnnotations(p),
    },
    warnings: limits.warnings,
  };
}

function render(ctx: RenderContext): IngressProviderOutput {
  const { namespace, ingress } = ctx.fleet.central;
  const out: IngressProviderOutput = { artifacts: [], warnings: [], chartIngress: {}, differences: [] };
  for (const p of ctx.policy.policies) {
    const object = `Ingress ${p.name}`;
    const { annotations, warnings } = policyAnnotations(ctx, p, object);
    out.warnings.push(...warnings);
    if (ingress.standaloneIngress) {
      const name = `central/ingress/${p.name}.yaml`;
      const body = standaloneIngress(p, namespace, ingress.className, annotations);
      const header = say(m.standaloneHeader, { name: p.name })[ctx.lang];
      out.artifacts.push(objectsFile(name, { list: [body], header }));
      continue;
    }
    if (p.component === 'grafana') {
      out.chartIngress.grafana = grafanaChartIngress(p, ingress.className, annotations);
      continue;
    }
    out.chartIngress[p.component] = thanosChartIngress(p, ingress.className, annotations);
    if (p.component === 'receive') {
      out.warnings.push({
        source: SOURCE,
        object,
        capability: 'routes',
        message: say(m.receiveHttpPath, { path: RECEIVE_HTTP_PATH, service: p.routes[0]!.service }),
      });
    }
  }
  return out;
}

export const ingressNginxProvider: IngressProvider = {
  name: 'ingress-nginx',
  // Everything in the policy maps onto a v1.15 annotation (ingress.md §4); per-address limits count per
  // controller replica, which the policy sizes for (a warning says so when there are several).
  capabilities: {
    tls: 'yes',
    httpsRedirect: 'yes',
    basicAuth: 'yes',
    rateLimitPerAddress: 'yes',
    connectionsPerAddress: 'yes',
    bodySize: 'yes',
    timeouts: 'yes',
    cors: 'yes',
    allowlist: 'yes',
    cookieAffinity: 'yes',
    websockets: 'yes',
  },
  render,
};
