/**
 * Migration notes for the central README: how the rendered Gateway API / Envoy Gateway setup behaves
 * differently from ingress-nginx, the reference provider (ingress.md §3–§4, §7d). Only lines that
 * apply to this fleet's policy are returned.
 */
import { type Localized, say } from '../../i18n/index.js';
import { gatewayApiMessages as m } from '../../i18n/messages/gateway-api.js';
import type { RenderContext } from '../context.js';

export function edgesWithout429Retry(ctx: RenderContext): string[] {
  return ctx.fleet.edges.filter((e) => !e.queue.retryOnHttp429).map((e) => e.name);
}

export function gatewayApiDifferences(ctx: RenderContext): Localized[] {
  const ps = ctx.policy.policies;
  const out: Localized[] = [];
  const limited = ps.some((p) => p.rateLimit);
  if (limited) {
    out.push(say(m.diff429, { missing: edgesWithout429Retry(ctx).length }));
    out.push(say(m.diffGlobalLimits, { replicas: ctx.fleet.central.ingress.controllerReplicas }));
  }
  if (ps.some((p) => p.auth?.credentialKind === 'human')) out.push(say(m.diffSha));
  out.push(say(m.diffTimeouts));
  if (ps.some((p) => p.connections !== undefined)) out.push(say(m.diffNoConnections));
  out.push(say(m.diffRedirect));
  if (ps.some((p) => p.cors)) out.push(say(m.diffCors));
  out.push(say(m.diffBodySize));
  if (limited || ps.some((p) => p.allowlist && p.allowlist.length > 0)) out.push(say(m.diffClientAddress));
  if (ps.some((p) => p.component === 'receive') && !ctx.fleet.central.ingress.standaloneIngress) {
    out.push(say(m.diffReceivePath));
  }
  return out;
}
