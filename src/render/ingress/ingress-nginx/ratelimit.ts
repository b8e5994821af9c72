/**
 * Per-client-address limits. ingress-nginx keys both on `$binary_remote_addr`, one zone set per Ingress
 * object, counted per controller replica; over-limit answers 503 (ConfigMap limit-req-status-code /
 * limit-conn-status-code), which Prometheus retries. INX ratelimit/main.go, nginx.tmpl via ingress.md §1.3.
 */
import type { Fleet } from '../../../fleet/defaults.js';
import { say } from '../../../i18n/index.js';
import { ingressNginxMessages as m } from '../../../i18n/messages/ingress-nginx.js';
import type { IngressPolicy } from '../../../policy/model.js';
import type { RenderWarning } from '../../artifact.js';
import { type Annotations, inx } from './annotations.js';

const SOURCE = 'ingress-nginx';

/**
 * nginx burst = limit-rps × limit-burst-multiplier (integer, default 5). Pick the multiplier whose
 * burst is closest to the policy's without going below it (a lower burst would reject a wave the policy
 * admits), never below 1.
 */
export function burstMultiplier(rps: number, burst: number): number {
  return Math.max(1, Math.ceil(burst / rps));
}

export function rateLimitAnnotations(
  fleet: Fleet,
  p: IngressPolicy,
  object: string,
): { annotations: Annotations; warnings: RenderWarning[] } {
  const annotations: Annotations = {};
  const warnings: RenderWarning[] = [];
  if (p.rateLimit) {
    const { rps, burst } = p.rateLimit;
    const multiplier = burstMultiplier(rps, burst);
    annotations[inx('limit-rps')] = String(rps);
    // Written even when it equals the default 5, so the burst is visible where the limit is.
    annotations[inx('limit-burst-multiplier')] = String(multiplier);
    if (rps * multiplier !== burst) {
      warnings.push({
        source: SOURCE,
        object,
        capability: 'rateLimitPerAddress',
        message: say(m.burstNotExact, { rps, burst, multiplier, effective: rps * multiplier }),
      });
    }
  }
  if (p.connections !== undefined) annotations[inx('limit-connections')] = String(p.connections);

  const replicas = fleet.central.ingress.controllerReplicas;
  const items = [p.rateLimit ? 'limit-rps' : '', p.connections !== undefined ? 'limit-connections' : '']
    .filter(Boolean)
    .join(', ');
  if (replicas > 1 && items) {
    warnings.push({
      source: SOURCE,
      object,
      capability: p.rateLimit ? 'rateLimitPerAddress' : 'connectionsPerAddress',
      message: say(m.perReplica, { replicas, items }),
    });
  }
  return { annotations, warnings };
}
