import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import {
  type LoadedFleet,
  loadFleetFile,
  loadFleetText,
  REFERENCE_FLEET_FILE,
} from '../../src/fleet/load.js';
import { reconcileState } from '../../src/fleet/state.js';
import { deriveFleetPolicy } from '../../src/policy/derive.js';
import type { RenderContext } from '../../src/render/context.js';
import {
  INGRESS_NGINX_ANNOTATIONS,
  INGRESS_NGINX_PREFIX,
} from '../../src/render/ingress/ingress-nginx/annotations.js';
import { thanosChartTlsEntries } from '../../src/render/ingress/ingress-nginx/chart.js';
import { ingressNginxProvider } from '../../src/render/ingress/ingress-nginx/index.js';
import { burstMultiplier } from '../../src/render/ingress/ingress-nginx/ratelimit.js';
import { SHARED, validateManifest } from '../support/manifests.js';

const TEN_EDGES = join(import.meta.dirname, '..', 'fixtures', 'fleets', 'ten-edges.yaml');
const THANOS_VALUES = parse(readFileSync(join(SHARED, 'reference', 'bitnami-thanos-values.yaml'), 'utf8'));
const GRAFANA_VALUES_TEXT = readFileSync(join(SHARED, 'reference', 'grafana-values.yaml'), 'utf8');
const GRAFANA_VALUES = parse(GRAFANA_VALUES_TEXT);

function context(loaded: LoadedFleet): RenderContext {
  const fleet = loaded.fleet;
  return {
    fleet,
    policy: deriveFleetPolicy(fleet),
    state: reconcileState(fleet, undefined).state,
    provider: 'ingress-nginx',
    lang: 'en',
  };
}

/**
 * The reference fleet with receive extra hosts, an override burst, every Thanos component exposed and
 * optionally standalone Ingresses.
 */
function variant(standalone: boolean): RenderContext {
  const text = readFileSync(REFERENCE_FLEET_FILE, 'utf8')
    .replace(
      'host: thanos-receiver.k8s-central.example.com',
      'host: thanos-receiver.k8s-central.example.com\n      extraHosts: [rw.k8s-central.example.com, rw2.k8s-central.example.com]',
    )
    .replace(
      '    bucketweb:\n      enabled: true',
      '    bucketweb:\n      ingress: { rateLimitRps: 10, rateLimitBurst: 25, allowlist: [10.0.0.0/8] }\n      extraHosts: [buckets.k8s-central.example.com]\n      enabled: true',
    )
    .replace('    className: nginx', `    className: nginx\n    standaloneIngress: ${standalone}`)
    // Expose the components whose chart blocks differ (ruler has no `tls` key; extra hosts everywhere).
    .replace(
      '    ruler:\n      enabled: true',
      '    ruler:\n      enabled: true\n      expose: true\n      extraHosts: [rules.k8s-central.example.com]',
    )
    .replace(
      '    storegateway:\n      enabled: true',
      '    storegateway:\n      enabled: true\n      expose: true',
    )
    .replace(
      '    compactor:\n      enabled: true',
      '    compactor:\n      enabled: true\n      expose: true',
    );
  return context(loadFleetText(text, 'variant.yaml'));
}

const FLEETS: [string, () => RenderContext][] = [
  ['reference', () => context(loadFleetFile(REFERENCE_FLEET_FILE))],
  ['ten-edges', () => context(loadFleetFile(TEN_EDGES))],
  ['variant', () => variant(false)],
];

type Block = Record<string, unknown>;

function nginxAnnotations(annotations: Record<string, string>): [string, string][] {
  return Object.entries(annotations).filter(([k]) => k.startsWith(INGRESS_NGINX_PREFIX));
}

describe.each(FLEETS)('ingress-nginx chart ingress blocks (%s fleet)', (_name, make) => {
  const ctx = make();
  const out = ingressNginxProvider.render(ctx);

  it('renders one block per exposed component, nothing else, and no differences', () => {
    if (_name === 'variant') expect(Object.keys(out.chartIngress)).toContain('ruler');
    expect(Object.keys(out.chartIngress).sort()).toEqual(ctx.policy.policies.map((p) => p.component).sort());
    expect(out.artifacts).toEqual([]);
    expect(out.differences).toEqual([]);
  });

  it('uses only keys the charts have under that component', () => {
    for (const [component, block] of Object.entries(out.chartIngress)) {
      const known =
        component === 'grafana'
          ? [...Object.keys(GRAFANA_VALUES.ingress), 'ingressClassName']
          : Object.keys(THANOS_VALUES[component].ingress);
      if (component === 'grafana') expect(GRAFANA_VALUES_TEXT).toMatch(/^ {2}# ingressClassName: /m);
      for (const key of Object.keys(block!)) expect(known, `${component}.ingress.${key}`).toContain(key);
      expect(block!.enabled).toBe(true);
      expect(block!.ingressClassName).toBe(ctx.fleet.central.ingress.className);
    }
  });

  it('emits only v1.15 annotation names, with string values and unitless integer timeouts', () => {
    for (const block of Object.values(out.chartIngress)) {
      const annotations = block!.annotations as Record<string, string>;
      for (const [key, value] of Object.entries(annotations)) expect(typeof value, key).toBe('string');
      for (const [key, value] of nginxAnnotations(annotations)) {
        expect(INGRESS_NGINX_ANNOTATIONS.has(key.slice(INGRESS_NGINX_PREFIX.length)), key).toBe(true);
        if (/timeout$/.test(key)) expect(value, key).toMatch(/^\d+$/);
        if (/limit-|cors-max-age/.test(key)) expect(value, key).toMatch(/^\d+$/);
      }
      expect(annotations[`${INGRESS_NGINX_PREFIX}proxy-body-size`]).toMatch(/^\d+[kmg]?$/);
      expect(annotations['cert-manager.io/cluster-issuer']).toBe(ctx.policy.issuer);
      expect(Object.keys(annotations).join()).not.toMatch(/websocket|proxy-cache/);
    }
  });

  it('covers every exposed host with a TLS entry the chart actually renders', () => {
    for (const p of ctx.policy.policies) {
      const block = out.chartIngress[p.component] as Block;
      const entries =
        p.component === 'grafana'
          ? (block.tls as { hosts: string[]; secretName: string }[])
          : thanosChartTlsEntries(p.component, block, ctx.fleet.central.thanosFullname);
      const covered = new Set(entries.flatMap((e) => e.hosts));
      for (const h of p.hosts) expect(covered.has(h), `${p.component} ${h}`).toBe(true);
      for (const e of entries) expect(e.secretName).toMatch(/^[a-z0-9.-]+$/);
      if (p.component === 'grafana') expect(block.hosts).toEqual(p.hosts);
    }
  });

  it('sends receive remote write to port remote on every host', () => {
    const p = ctx.policy.policies.find((x) => x.component === 'receive')!;
    const block = out.chartIngress.receive as Block;
    expect(block.hostname).toBe(p.hosts[0]);
    expect(block.pathType).toBe('Exact');
    expect(block.path).not.toBe('/api/v1/receive');
    const extra = block.extraHosts as { name: string; path: string; portName: string }[];
    expect(extra.map((h) => h.name)).toEqual(p.hosts.slice(1));
    for (const h of extra) expect(h).toMatchObject({ path: '/api/v1/receive', portName: 'remote' });
    expect(out.warnings.some((w) => w.capability === 'routes' && w.object === `Ingress ${p.name}`)).toBe(
      true,
    );
  });

  it('maps auth, limits, timeouts and affinity from the policy', () => {
    for (const p of ctx.policy.policies) {
      const a = (out.chartIngress[p.component] as Block).annotations as Record<string, string>;
      const get = (n: string) => a[`${INGRESS_NGINX_PREFIX}${n}`];
      expect(get('ssl-redirect')).toBe('true');
      expect(get('auth-secret')).toBe(p.auth?.secretName);
      expect(get('auth-type')).toBe(p.auth ? 'basic' : undefined);
      expect(get('proxy-read-timeout')).toBe(String(p.timeouts.readSeconds));
      expect(get('proxy-connect-timeout')).toBe(String(p.timeouts.connectSeconds));
      expect(get('limit-connections')).toBe(p.connections === undefined ? undefined : String(p.connections));
      if (p.rateLimit) {
        expect(Number(get('limit-rps')) * Number(get('limit-burst-multiplier'))).toBeGreaterThanOrEqual(
          p.rateLimit.burst,
        );
      }
      expect(get('allowlist-source-range')).toBe(p.allowlist?.join(','));
      expect(get('session-cookie-name')).toBe(p.affinityCookie);
      if (p.cors) {
        expect(get('enable-cors')).toBe('true');
        expect(get('cors-allow-origin')).not.toContain('*');
        expect(get('cors-allow-origin')!.split(', ')).toEqual(p.cors.origins);
      } else expect(get('enable-cors')).toBeUndefined();
    }
  });
});

describe('ingress-nginx details', () => {
  it('knows exactly the 138 annotation names of ingress.md §1.1', () => {
    const md = readFileSync(join(SHARED, 'reference', 'ingress.md'), 'utf8');
    const section = md.slice(md.indexOf('### 1.1'), md.indexOf('- Aliases'));
    const names = section
      .slice(section.indexOf('\n'))
      .split(/[,\s]+/)
      .map((w) => w.replace(/\.$/, ''))
      .filter((w) => /^[a-z0-9-]+$/.test(w));
    expect(names).toHaveLength(138);
    expect([...INGRESS_NGINX_ANNOTATIONS].sort()).toEqual([...names].sort());
    expect(INGRESS_NGINX_ANNOTATIONS.has('websocket-services')).toBe(false);
    expect(INGRESS_NGINX_ANNOTATIONS.has('proxy-cache-valid')).toBe(false);
  });

  it('picks the burst multiplier that reaches the policy burst and warns when inexact', () => {
    expect(burstMultiplier(100, 100)).toBe(1);
    expect(burstMultiplier(10, 50)).toBe(5);
    expect(burstMultiplier(10, 25)).toBe(3);
    expect(burstMultiplier(10, 1)).toBe(1);
    const out = ingressNginxProvider.render(variant(false));
    const a = (out.chartIngress.bucketweb as Block).annotations as Record<string, string>;
    expect(a[`${INGRESS_NGINX_PREFIX}limit-burst-multiplier`]).toBe('3');
    const w = out.warnings.find(
      (x) => x.object === 'Ingress thanos-bucketweb' && /multiplier/.test(x.message.en),
    );
    expect(w?.message.ko).toMatch(/multiplier 3/);
  });

  it('warns per Ingress that limits count per controller replica', () => {
    const ctx = context(loadFleetFile(TEN_EDGES));
    expect(ctx.fleet.central.ingress.controllerReplicas).toBe(2);
    const out = ingressNginxProvider.render(ctx);
    const receive = ctx.policy.policies.find((p) => p.component === 'receive')!;
    const w = out.warnings.filter((x) => /per controller replica/.test(x.message.en));
    expect(w.map((x) => x.object)).toContain(`Ingress ${receive.name}`);
    const single = ingressNginxProvider.render(context(loadFleetFile(REFERENCE_FLEET_FILE)));
    expect(single.warnings.some((x) => /per controller replica/.test(x.message.en))).toBe(false);
  });

  it('writes valid standalone Ingresses instead of chart blocks when asked', async () => {
    const ctx = variant(true);
    const out = ingressNginxProvider.render(ctx);
    expect(out.chartIngress).toEqual({});
    expect(out.artifacts.map((a) => a.path).sort()).toEqual(
      ctx.policy.policies.map((p) => `central/ingress/${p.name}.yaml`).sort(),
    );
    for (const a of out.artifacts) {
      expect(a.secret).toBe(false);
      const docs = parseAllDocuments(a.content).map((d) => d.toJS());
      expect(docs).toHaveLength(1);
      const ing = docs[0];
      expect(await validateManifest(ing)).toEqual([]);
      const p = ctx.policy.policies.find((x) => x.name === ing.metadata.name)!;
      expect(ing.metadata.namespace).toBe(ctx.fleet.central.namespace);
      expect(ing.spec.ingressClassName).toBe('nginx');
      const tlsHosts = ing.spec.tls.flatMap((t: { hosts: string[] }) => t.hosts);
      expect(new Set(tlsHosts)).toEqual(new Set(p.hosts));
      expect(ing.spec.rules.map((r: { host: string }) => r.host)).toEqual(p.hosts);
      for (const [k, v] of nginxAnnotations(ing.metadata.annotations)) {
        expect(INGRESS_NGINX_ANNOTATIONS.has(k.slice(INGRESS_NGINX_PREFIX.length))).toBe(true);
        if (/timeout$/.test(k)) expect(v).toMatch(/^\d+$/);
      }
      if (p.component === 'receive') {
        for (const rule of ing.spec.rules) {
          expect(rule.http.paths).toEqual([
            {
              path: '/api/v1/receive',
              pathType: 'Exact',
              backend: { service: { name: 'thanos-receive', port: { number: 19291 } } },
            },
          ]);
        }
      }
    }
  });

  it('claims every capability', () => {
    expect(Object.values(ingressNginxProvider.capabilities).every((s) => s === 'yes')).toBe(true);
  });
});
