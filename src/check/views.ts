/**
 * Questions several rules ask of the workspace: the ingress-nginx annotations of an ingress, the
 * ingresses that carry remote write, the fleet's traffic (from src/policy/sizing.ts, like render).
 */
import { type FleetTraffic, fleetTraffic } from '../policy/sizing.js';
import { NGINX_PREFIX } from './knowledge/ingress-nginx.js';
import type { AnnotationEntry, IngressView, Workspace } from './model.js';

export function nginxAnnotation(ing: IngressView, name: string): AnnotationEntry | undefined {
  return ing.annotations.get(NGINX_PREFIX + name);
}

/** The nginx annotations of an ingress as [short name, entry]. */
export function nginxAnnotations(ing: IngressView): [string, AnnotationEntry][] {
  return [...ing.annotations]
    .filter(([k]) => k.startsWith(NGINX_PREFIX))
    .map(([k, v]) => [k.slice(NGINX_PREFIX.length), v]);
}

/** Enabled ingresses the edges write through. */
export function remoteWriteIngresses(ws: Workspace): IngressView[] {
  return ws.ingresses.filter((i) => i.enabled && i.remoteWrite);
}

const trafficCache = new WeakMap<Workspace, FleetTraffic>();
export function traffic(ws: Workspace): FleetTraffic {
  let t = trafficCache.get(ws);
  if (!t) {
    t = fleetTraffic(ws.edges);
    trafficCache.set(ws, t);
  }
  return t;
}

/** Who the busiest address is, for messages. */
export function busiestLabel(ws: Workspace): string {
  const b = traffic(ws).busiest;
  return b.edges.map((e) => e.name).join(', ');
}

/** Integer value of an annotation, when it is one. */
export function intValue(v: string | undefined): number | undefined {
  return v !== undefined && /^\s*\d+\s*$/.test(v) ? Number(v) : undefined;
}

/** An nginx / Kubernetes size ("100m", "1Mi", "512k", "0") in bytes; undefined when unparseable. */
export function sizeBytes(v: string | number | undefined): number | undefined {
  if (v === undefined) return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgKMG]i?|[bB])?\s*$/.exec(String(v));
  if (!m) return undefined;
  const unit = (m[2] ?? '').toLowerCase().replace('i', '');
  const mult: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
  return Math.floor(Number(m[1]) * mult[unit]!);
}
