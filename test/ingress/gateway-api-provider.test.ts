import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { durationSeconds } from '../../src/fleet/defaults.js';
import {
  type LoadedFleet,
  loadFleetFile,
  loadFleetText,
  REFERENCE_FLEET_FILE,
} from '../../src/fleet/load.js';
import { reconcileState } from '../../src/fleet/state.js';
import { LANGS } from '../../src/i18n/index.js';
import { deriveFleetPolicy } from '../../src/policy/derive.js';
import type { RenderContext } from '../../src/render/context.js';
import { gatewayApiProvider } from '../../src/render/ingress/gateway-api/index.js';
import { fleetConcurrency } from '../../src/render/ingress/gateway-api/traffic.js';
import { validateManifestText } from '../support/manifests.js';

const TEN_EDGES = join(import.meta.dirname, '..', 'fixtures', 'fleets', 'ten-edges.yaml');

function context(loaded: LoadedFleet, lang: 'en' | 'ko' = 'en'): RenderContext {
  const fleet = loaded.fleet;
  return {
    fleet,
    policy: deriveFleetPolicy(fleet),
    state: reconcileState(fleet, undefined).state,
    provider: 'gateway-api',
    lang,
  };
}

/** Reference fleet with receive extra hosts and enough shards to pass Envoy's circuit-breaker defaults. */
function variant(): RenderContext {
  const text = readFileSync(REFERENCE_FLEET_FILE, 'utf8')
    .replace(
      'host: thanos-receiver.k8s-central.example.com',
      'host: thanos-receiver.k8s-central.example.com\n      extraHosts: [rw.k8s-central.example.com]',
    )
    .replace('maxShards: 50', 'maxShards: 400')
    .replace('capacity: 10000', 'capacity: 10000\n    retryOnHttp429: false')
    .replace(/\n {4}retryOnHttp429: true/, '');
  return context(loadFleetText(text, 'variant.yaml'));
}

const FLEETS: [string, () => RenderContext][] = [
  ['reference', () => context(loadFleetFile(REFERENCE_FLEET_FILE))],
  ['ten-edges', () => context(loadFleetFile(TEN_EDGES))],
  ['variant', variant],
];

// biome-ignore lint/suspicious/noExplicitAny: parsed manifests are walked field by field in assertions
type Obj = Record<string, any>;

function objects(ctx: RenderContext): Obj[] {
  return gatewayApiProvider
    .render(ctx)
    .artifacts.flatMap((a) => parseAllDocuments(a.content).map((d) => d.toJS() as Obj));
}

const kind = (objs: Obj[], k: string) => objs.filter((o) => o.kind === k);

describe.each(FLEETS)('gateway-api provider (%s fleet)', (_name, make) => {
  const ctx = make();
  const out = gatewayApiProvider.render(ctx);
  const objs = objects(ctx);
  const ns = ctx.fleet.central.namespace;
  const gw = kind(objs, 'Gateway')[0]!;
  const routes = kind(objs, 'HTTPRoute');

  it('writes only central/gateway files, no chart ingress, nothing secret', () => {
    expect(out.chartIngress).toEqual({});
    for (const a of out.artifacts) {
      expect(a.path).toMatch(/^central\/gateway\/[a-z0-9.-]+\.yaml$/);
      expect(a.secret).toBe(false);
      expect(a.content).not.toMatch(/\{SHA\}|\$2[aby]\$/);
    }
  });

  it('validates every manifest against the upstream CRDs', async () => {
    const kinds = new Set<string>();
    for (const a of out.artifacts) {
      expect(await validateManifestText(a.content), a.path).toEqual([]);
      for (const d of parseAllDocuments(a.content)) kinds.add((d.toJS() as Obj).kind);
    }
    expect([...kinds].sort()).toEqual(['BackendTrafficPolicy', 'Gateway', 'HTTPRoute', 'SecurityPolicy']);
    for (const o of objs) expect(o.metadata.namespace).toBe(ns);
  });

  it('terminates TLS for every exposed host with that host’s certificate', () => {
    expect(gw.metadata.name).toBe(ctx.fleet.central.ingress.gatewayName);
    expect(gw.spec.gatewayClassName).toBe(ctx.fleet.central.ingress.gatewayClassName);
    expect(gw.metadata.annotations['cert-manager.io/cluster-issuer']).toBe(ctx.policy.issuer);
    const https = gw.spec.listeners.filter((l: Obj) => l.protocol === 'HTTPS');
    const hosts = ctx.policy.policies.flatMap((p) => p.hosts);
    expect(https.map((l: Obj) => l.hostname).sort()).toEqual([...hosts].sort());
    for (const l of https) {
      expect(l.port).toBe(443);
      expect(l.tls.mode).toBe('Terminate');
      expect(l.tls.certificateRefs).toEqual([{ kind: 'Secret', name: `${l.hostname}-tls` }]);
    }
    expect(new Set(gw.spec.listeners.map((l: Obj) => l.name)).size).toBe(gw.spec.listeners.length);
    // Every host's route is attached to that host's listener.
    for (const p of ctx.policy.policies) {
      const r = routes.find((x) => x.metadata.name === p.name)!;
      const sections = r.spec.parentRefs.map((ref: Obj) => ref.sectionName);
      for (const h of p.hosts) {
        expect(sections).toContain(https.find((l: Obj) => l.hostname === h).name);
      }
      expect(r.spec.hostnames).toEqual(p.hosts);
    }
  });

  it('redirects plain HTTP with 301 on the HTTP listener', () => {
    const http = gw.spec.listeners.find((l: Obj) => l.protocol === 'HTTP');
    expect(http).toMatchObject({ port: 80 });
    const redirect = routes.find((r) => r.spec.parentRefs[0].sectionName === http.name)!;
    expect(redirect.spec.rules).toEqual([
      { filters: [{ type: 'RequestRedirect', requestRedirect: { scheme: 'https', statusCode: 301 } }] },
    ]);
  });

  it('routes receive only on /api/v1/receive (Exact) to the remote-write port 19291', () => {
    const p = ctx.policy.policies.find((x) => x.component === 'receive')!;
    const r = routes.find((x) => x.metadata.name === p.name)!;
    expect(r.spec.rules).toHaveLength(1);
    expect(r.spec.rules[0].matches).toEqual([{ path: { type: 'Exact', value: '/api/v1/receive' } }]);
    expect(r.spec.rules[0].backendRefs).toEqual([
      { name: `${ctx.fleet.central.thanosFullname}-receive`, port: 19291 },
    ]);
  });

  it('gives every backend rule a request deadline of at least 16 s and the read timeout', () => {
    for (const r of routes) {
      for (const rule of r.spec.rules) {
        if (!rule.backendRefs) continue;
        const p = ctx.policy.policies.find((x) => x.name === r.metadata.name)!;
        const request = durationSeconds(rule.timeouts?.request ?? '0s');
        expect(request, r.metadata.name).toBeGreaterThanOrEqual(16);
        expect(request).toBeGreaterThanOrEqual(p.timeouts.readSeconds);
        expect(rule.timeouts.backendRequest).toBeUndefined();
      }
    }
  });

  it('puts auth, CORS and allowlists in a SecurityPolicy on the route', () => {
    const sps = kind(objs, 'SecurityPolicy');
    for (const p of ctx.policy.policies) {
      const sp = sps.find((x) => x.metadata.name === p.name);
      if (!p.auth && !p.cors && !p.allowlist) {
        expect(sp).toBeUndefined();
        continue;
      }
      expect(sp!.spec.targetRefs).toEqual([
        { group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', name: p.name },
      ]);
      expect(sp!.spec.basicAuth?.users).toEqual(p.auth ? { name: p.auth.secretName } : undefined);
      if (p.cors) {
        expect(sp!.spec.cors.allowOrigins).toEqual(p.cors.origins);
        expect(sp!.spec.cors.allowOrigins).not.toContain('*');
        expect(durationSeconds(sp!.spec.cors.maxAge)).toBe(p.cors.maxAgeSeconds);
      } else expect(sp!.spec.cors).toBeUndefined();
      if (p.allowlist) {
        expect(sp!.spec.authorization).toEqual({
          defaultAction: 'Deny',
          rules: [{ name: 'allowlist', action: 'Allow', principal: { clientCIDRs: p.allowlist } }],
        });
      } else expect(sp!.spec.authorization).toBeUndefined();
    }
  });

  it('limits per address with the global rate limit, caps bodies except on Grafana, sets timeouts', () => {
    const btps = kind(objs, 'BackendTrafficPolicy');
    for (const p of ctx.policy.policies) {
      const b = btps.find((x) => x.metadata.name === p.name)!;
      if (p.rateLimit) {
        expect(b.spec.rateLimit.local).toBeUndefined();
        for (const rule of b.spec.rateLimit.global.rules) {
          expect(rule.clientSelectors[0].sourceCIDR.type).toBe('Distinct');
          expect(rule.limit).toEqual({ requests: p.rateLimit.rps, unit: 'Second' });
        }
      } else expect(b.spec.rateLimit).toBeUndefined();
      if (p.component === 'grafana') expect(b.spec.requestBuffer).toBeUndefined();
      else expect(b.spec.requestBuffer.limit).toMatch(/^\d+(Ki|Mi|Gi)?$/);
      expect(durationSeconds(b.spec.timeout.tcp.connectTimeout)).toBe(p.timeouts.connectSeconds);
      expect(durationSeconds(b.spec.timeout.http.streamIdleTimeout)).toBeGreaterThanOrEqual(
        p.timeouts.readSeconds,
      );
      if (p.affinityCookie) {
        expect(b.spec.loadBalancer.consistentHash).toMatchObject({
          type: 'Cookie',
          cookie: { name: p.affinityCookie },
        });
      } else expect(b.spec.loadBalancer).toBeUndefined();
    }
  });

  it('warns for every capability gap, naming the object, in both languages', () => {
    for (const w of out.warnings) {
      expect(w.source).toBe('gateway-api');
      for (const l of LANGS) expect(w.message[l].length).toBeGreaterThan(20);
      expect(w.message.ko).not.toBe(w.message.en);
    }
    const names = new Set(objs.map((o) => `${o.kind} ${o.metadata.name}`));
    for (const w of out.warnings.filter((x) => !x.object.startsWith('edge ')))
      expect(names).toContain(w.object);
    for (const p of ctx.policy.policies) {
      const has = (object: string, cap: string) =>
        out.warnings.some((w) => w.object === object && w.capability === cap);
      if (p.connections !== undefined) expect(has(`HTTPRoute ${p.name}`, 'connectionsPerAddress')).toBe(true);
      if (p.rateLimit) expect(has(`BackendTrafficPolicy ${p.name}`, 'rateLimitPerAddress')).toBe(true);
      if (p.websockets) expect(has(`HTTPRoute ${p.name}`, 'bodySize')).toBe(true);
    }
    const no429 = ctx.fleet.edges.filter((e) => !e.queue.retryOnHttp429).map((e) => `edge ${e.name}`);
    expect(out.warnings.filter((w) => w.object.startsWith('edge ')).map((w) => w.object)).toEqual(no429);
  });

  it('explains the migration from ingress-nginx', () => {
    expect(out.differences.length).toBeGreaterThan(5);
    const text = out.differences.map((d) => d.en).join('\n');
    expect(text).toMatch(/429/);
    expect(text).toMatch(/\{SHA\}/);
    expect(text).toMatch(/301/);
    expect(text).toMatch(/whole request/);
    expect(text).toMatch(/per controller replica/);
    for (const d of out.differences) expect(d.ko).not.toBe(d.en);
  });
});

describe('gateway-api specifics', () => {
  it('raises Envoy circuit breakers only when the fleet needs more than 1024 writes in flight', () => {
    const big = variant();
    expect(fleetConcurrency(big.fleet)).toBeGreaterThan(1024);
    const receive = kind(objects(big), 'BackendTrafficPolicy').find(
      (b) => b.metadata.name === 'thanos-receive',
    )!;
    expect(receive.spec.circuitBreaker.maxParallelRequests).toBe(fleetConcurrency(big.fleet));
    const small = kind(objects(context(loadFleetFile(REFERENCE_FLEET_FILE))), 'BackendTrafficPolicy');
    for (const b of small) expect(b.spec.circuitBreaker).toBeUndefined();
  });

  it('warns for every edge that drops 429 responses', () => {
    const out = gatewayApiProvider.render(variant());
    expect(out.warnings.filter((w) => w.object.startsWith('edge ')).map((w) => w.object)).toEqual([
      'edge edge-cluster-01',
      'edge edge-cluster-02',
      'edge edge-cluster-03',
    ]);
    expect(out.differences[0]!.en).toMatch(/3 edge\(s\)/);
  });

  it('warns before the API server would refuse too many hosts', () => {
    const extra = Array.from({ length: 70 }, (_, i) => `q${i}.k8s-central.example.com`);
    const text = readFileSync(REFERENCE_FLEET_FILE, 'utf8').replace(
      'extraHosts: [thanos-query-internal.k8s-central.example.com]',
      `extraHosts: [${extra.join(', ')}]`,
    );
    const out = gatewayApiProvider.render(context(loadFleetText(text, 'many.yaml')));
    const objects = out.warnings.filter((w) => w.capability === 'tls').map((w) => w.object);
    expect(objects).toEqual(['Gateway thanos-fleet', 'HTTPRoute thanos-query']);
    const ok = gatewayApiProvider.render(context(loadFleetFile(REFERENCE_FLEET_FILE)));
    expect(ok.warnings.some((w) => w.capability === 'tls')).toBe(false);
  });

  it('writes file headers in the render language', () => {
    const ko = gatewayApiProvider.render(context(loadFleetFile(REFERENCE_FLEET_FILE), 'ko'));
    expect(ko.artifacts[0]!.content).toMatch(/^# 공유 Gateway/);
  });

  it('is honest about what it cannot do', () => {
    expect(gatewayApiProvider.capabilities.connectionsPerAddress).toBe('no');
    expect(gatewayApiProvider.capabilities.rateLimitPerAddress).toBe('partial');
    expect(gatewayApiProvider.capabilities.bodySize).toBe('partial');
  });
});
