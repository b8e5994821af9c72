/** Names and references shared by the Gateway API objects. */
import type { Fleet } from '../../../fleet/defaults.js';

export const GATEWAY_API = 'gateway.networking.k8s.io/v1';
export const ENVOY_GATEWAY = 'gateway.envoyproxy.io/v1alpha1';
export const SOURCE = 'gateway-api';
export const HTTP_LISTENER = 'http';

export type Obj = Record<string, unknown>;

export function metadata(fleet: Fleet, name: string, extra: Obj = {}): Obj {
  return {
    name,
    namespace: fleet.central.namespace,
    labels: { 'app.kubernetes.io/managed-by': 'thanos-fleet' },
    ...extra,
  };
}

/** Policy attachment to an HTTPRoute (EG api/v1alpha1 policy targetRefs, ingress.md §3.3). */
export function routeTarget(name: string): Obj[] {
  return [{ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', name }];
}

/** Gateway API Duration: whole seconds, at most 5 digits per unit (`^([0-9]{1,5}(h|m|s|ms)){1,4}$`). */
export function seconds(n: number): string {
  const s = Math.ceil(n);
  if (s <= 99999) return `${s}s`;
  return `${Math.ceil(s / 60)}m`;
}

/**
 * Listener name of a host: the host with dots turned into dashes (a SectionName), prefixed `https-`.
 * Two hosts could collide (`a-b.c` vs `a.b-c`); those fall back to their position.
 */
export function listenerNames(hosts: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>([HTTP_LISTENER]);
  hosts.forEach((h, i) => {
    let name = `https-${h.replaceAll('.', '-')}`;
    if (name.length > 253 || used.has(name)) name = `https-${i}`;
    used.add(name);
    out.set(h, name);
  });
  return out;
}
