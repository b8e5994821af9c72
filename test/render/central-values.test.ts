/**
 * Chart values of the central cluster: every key path written exists in the chart's own values.yaml
 * (bitnami/thanos 17.6.0, grafana-community/grafana 12.11.1, copied in ../shared/reference), the Ruler's
 * rule file passes the real promtool, and Grafana's datasource points at the Service and port the
 * chart creates.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadFleetFile, loadFleetText, REFERENCE_FLEET_FILE } from '../../src/fleet/load.js';
import { reconcileState } from '../../src/fleet/state.js';
import type { Lang } from '../../src/i18n/index.js';
import { deriveFleetPolicy } from '../../src/policy/derive.js';
import { renderGrafanaValues } from '../../src/render/central/grafana-values.js';
import { renderThanosValues } from '../../src/render/central/thanos-values.js';
import { PROVIDERS, type ProviderName, type RenderContext } from '../../src/render/context.js';
import { ingressProvider } from '../../src/render/ingress/index.js';
import { SHARED } from '../support/manifests.js';

const TEN_EDGES = join(import.meta.dirname, '..', 'fixtures', 'fleets', 'central-ten-edges.yaml');
const FLEETS = { reference: REFERENCE_FLEET_FILE, 'central-ten-edges': TEN_EDGES } as const;
type FleetName = keyof typeof FLEETS;

const THANOS_CHART_VALUES = parse(
  readFileSync(join(SHARED, 'reference', 'bitnami-thanos-values.yaml'), 'utf8'),
) as Record<string, unknown>;
const GRAFANA_CHART_VALUES = parse(
  readFileSync(join(SHARED, 'reference', 'grafana-values.yaml'), 'utf8'),
) as Record<string, unknown>;

// biome-ignore lint/suspicious/noExplicitAny: parsed chart values are read freely in assertions
type Values = Record<string, any>;

function context(fleetFile: string, provider: ProviderName, lang: Lang = 'en', text?: string): RenderContext {
  const loaded = text === undefined ? loadFleetFile(fleetFile) : loadFleetText(text, fleetFile);
  const policy = deriveFleetPolicy(loaded.fleet);
  const { state } = reconcileState(loaded.fleet, undefined);
  return { fleet: loaded.fleet, policy, state, provider, lang };
}

function render(ctx: RenderContext) {
  const ingress = ingressProvider(ctx.provider).render(ctx);
  const thanos = renderThanosValues(ctx, ingress.chartIngress);
  const grafana = renderGrafanaValues(ctx, ingress.chartIngress);
  return {
    ingress,
    thanos,
    grafana,
    thanosValues: parse(thanos.content) as Values,
    grafanaValues: parse(grafana.content) as Values,
  };
}

const isMap = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Maps whose keys are the user's own: Kubernetes objects and labels, passed through as is. */
const FREE_FORM_KEYS = new Set(['resources', 'annotations', 'labels', 'commonLabels', 'podLabels']);
/** Free-form by the chart's documentation though not by values.yaml. */
const FREE_FORM_PATHS = new Set([
  // grafana.ini is a map of ini sections → keys (charts.md §2.2); only a few appear in values.yaml.
  'grafana.ini',
]);
/** Keys the chart reads but only shows as comments in values.yaml. */
const DOCUMENTED_ELSEWHERE = new Set([
  // grafana templates/ingress.yaml reads ingress.ingressClassName; values.yaml has it commented out (charts.md §2.1).
  'ingress.ingressClassName',
  // bitnami templates/ruler/ingress.yaml reads ruler.ingress.tls / selfSigned (charts.md §1.5).
  'ruler.ingress.tls',
  'ruler.ingress.selfSigned',
]);

/** Every key path of `values` that the chart's values.yaml does not have. Lists are leaves. */
function unknownKeyPaths(values: unknown, chart: unknown, path: string[] = []): string[] {
  if (!isMap(values)) return [];
  const bad: string[] = [];
  for (const [k, v] of Object.entries(values)) {
    const p = [...path, k];
    const dotted = p.join('.');
    if (!isMap(chart) || !(k in chart)) {
      if (!DOCUMENTED_ELSEWHERE.has(dotted)) bad.push(dotted);
      continue;
    }
    const c = chart[k];
    if (FREE_FORM_KEYS.has(k) || FREE_FORM_PATHS.has(dotted)) continue;
    if (isMap(v)) {
      if (isMap(c) && Object.keys(c).length === 0) continue; // `{}` in the chart: a free-form map
      if (!isMap(c)) {
        bad.push(`${dotted} (a map where the chart has ${JSON.stringify(c)})`);
        continue;
      }
      bad.push(...unknownKeyPaths(v, c, p));
    }
  }
  return bad;
}

describe('the key-path walk', () => {
  it("catches keys the charts do not have, the guide's included", () => {
    expect(
      unknownKeyPaths(
        {
          grafana: { enabled: true },
          storeGateway: { enabled: true },
          receive: { ingress: { extraPaths: [] }, resources: { anything: 1 } },
          query: { replicaLabel: ['replica'] },
        },
        THANOS_CHART_VALUES,
      ),
    ).toEqual(['grafana', 'storeGateway', 'receive.ingress.extraPaths']);
    expect(unknownKeyPaths({ ingress: { hostname: 'x' } }, GRAFANA_CHART_VALUES)).toEqual([
      'ingress.hostname',
    ]);
  });
});

const tmp = mkdtempSync(join(tmpdir(), 'central-values-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.each(Object.keys(FLEETS) as FleetName[])('values of %s', (fleetName) => {
  describe.each([...PROVIDERS])('with %s', (provider) => {
    const ctx = context(FLEETS[fleetName], provider);
    const r = render(ctx);

    it('writes only key paths that exist in bitnami/thanos 17.6.0 values.yaml', () => {
      expect(unknownKeyPaths(r.thanosValues, THANOS_CHART_VALUES)).toEqual([]);
    });

    it('writes only key paths that exist in grafana 12.11.1 values.yaml', () => {
      expect(unknownKeyPaths(r.grafanaValues, GRAFANA_CHART_VALUES)).toEqual([]);
    });

    it('has no grafana: block (bitnami/thanos would ignore it)', () => {
      expect(Object.keys(r.thanosValues)).not.toContain('grafana');
    });

    it('passes the provider ingress blocks through, and disables the rest', () => {
      for (const name of [
        'query',
        'queryFrontend',
        'receive',
        'storegateway',
        'compactor',
        'ruler',
        'bucketweb',
      ] as const) {
        const expected = r.ingress.chartIngress[name] ?? { enabled: false };
        expect(r.thanosValues[name].ingress, name).toEqual(expected);
        if (provider !== 'ingress-nginx') expect(r.thanosValues[name].ingress).toEqual({ enabled: false });
      }
      expect(r.grafanaValues.ingress).toEqual(r.ingress.chartIngress.grafana ?? { enabled: false });
      if (provider !== 'ingress-nginx') expect(r.grafanaValues.ingress).toEqual({ enabled: false });
    });

    it('sets additionalHeadless exactly when a component runs more than one replica', () => {
      const f = ctx.fleet.components;
      for (const name of ['receive', 'storegateway', 'ruler'] as const) {
        const headless = r.thanosValues[name].service?.additionalHeadless;
        if (f[name].enabled && f[name].replicas > 1) expect(headless, name).toBe(true);
        else expect(headless, name).toBeUndefined();
      }
    });

    it('points Grafana at the Service and port the chart creates for Query Frontend, else Query', () => {
      const fn = ctx.fleet.central.thanosFullname;
      const ns = ctx.fleet.central.namespace;
      const comp = ctx.fleet.components.queryFrontend.enabled ? 'queryFrontend' : 'query';
      const suffix = comp === 'queryFrontend' ? 'query-frontend' : 'query';
      // The Service port comes from the chart's own values (charts.md §1.4: 9090, not container 10902).
      const port = (THANOS_CHART_VALUES as Values)[comp].service.ports.http;
      expect(port).toBe(9090);
      const ds = r.grafanaValues.datasources['datasources.yaml'];
      expect(ds.apiVersion).toBe(1);
      expect(ds.datasources).toHaveLength(1);
      expect(ds.datasources[0]).toMatchObject({
        type: 'prometheus',
        access: 'proxy',
        isDefault: true,
        url: `http://${fn}-${suffix}.${ns}.svc.cluster.local:${port}`,
        jsonData: { prometheusType: 'Thanos', prometheusVersion: '0.39.2', httpMethod: 'POST' },
      });
      expect(ds.datasources[0].uid).toMatch(/^[a-zA-Z0-9_-]{1,40}$/);
      expect(r.thanosValues[comp].enabled).toBe(true);
    });

    it('gives Grafana its admin Secret by name and the public URL of its host', () => {
      const g = ctx.fleet.components.grafana;
      expect(r.grafanaValues.admin).toEqual({
        existingSecret: `${ctx.fleet.central.grafanaFullname}-admin`,
        userKey: 'admin-user',
        passwordKey: 'admin-password',
      });
      expect(r.grafanaValues['grafana.ini'].server).toEqual({
        domain: g.host,
        root_url: `https://${g.host}`,
      });
      expect(r.grafanaValues.image).toEqual(ctx.fleet.central.grafanaImage);
    });

    it('says how to install each release in its header', () => {
      const c = ctx.fleet.central;
      expect(r.thanos.content).toContain(
        `helm install ${c.releases.thanos} oci://registry-1.docker.io/bitnamicharts/thanos --version 17.6.0 -n ${c.namespace} -f thanos-values.yaml`,
      );
      expect(r.grafana.content).toContain(
        `helm install ${c.releases.grafana} grafana-community/grafana --version 12.11.1 -n ${c.namespace} -f grafana-values.yaml`,
      );
      expect(r.thanos.secret).toBe(false);
      expect(r.grafana.secret).toBe(false);
    });

    it('renders the same bytes twice', () => {
      const again = render(context(FLEETS[fleetName], provider));
      expect(again.thanos.content).toBe(r.thanos.content);
      expect(again.grafana.content).toBe(r.grafana.content);
    });
  });
});

describe('reference fleet values', () => {
  const ctx = context(REFERENCE_FLEET_FILE, 'ingress-nginx');
  const v = render(ctx).thanosValues;

  it('sets the image explicitly and allows it past the bitnami image check', () => {
    expect(v.image).toEqual({ registry: 'quay.io', repository: 'thanos/thanos', tag: 'v0.39.2' });
    expect(v.global).toEqual({ security: { allowInsecureImages: true } });
  });

  it('reads the objstore Secret under its default key', () => {
    expect(v.existingObjstoreSecret).toBe('thanos-objstore');
    expect(v.existingObjstoreSecretItems).toBeUndefined();
  });

  it('runs Receive standalone with 3 replicas, replication factor 3 and a headless Service', () => {
    expect(v.receive).toMatchObject({
      enabled: true,
      mode: 'standalone',
      replicaCount: 3,
      replicationFactor: 3,
      replicaLabel: 'replica',
      service: { additionalHeadless: true },
      resources: { requests: { cpu: '2', memory: '4Gi' }, limits: { cpu: '4', memory: '8Gi' } },
    });
  });

  it('deduplicates Query on the Receive and Prometheus replica labels', () => {
    expect(v.query).toMatchObject({
      enabled: true,
      replicaCount: 2,
      replicaLabel: ['replica', 'prometheus_replica'],
      dnsDiscovery: { enabled: true },
    });
  });

  it('enables every component the fleet enables, and the compactor without replicaCount', () => {
    for (const name of ['queryFrontend', 'storegateway', 'compactor', 'ruler', 'bucketweb'])
      expect(v[name].enabled, name).toBe(true);
    expect(v.compactor.replicaCount).toBeUndefined();
  });

  it('gives the Ruler its Alertmanagers and a rule file promtool accepts', () => {
    expect(v.ruler.alertmanagers).toEqual(['http://alertmanager-operated.monitoring.svc.cluster.local:9093']);
    const file = join(tmp, 'reference-ruler.yml');
    writeFileSync(file, v.ruler.config);
    const res = spawnSync('promtool', ['check', 'rules', file], { encoding: 'utf8' });
    expect(res.status, res.stdout + res.stderr).toBe(0);
    expect(res.stdout).toMatch(/SUCCESS: 3 rules found/);
    expect(v.ruler.config).not.toContain('{{');
  });

  it('does not ask for allowInsecureImages when the image is the chart default', () => {
    const text = readFileSync(REFERENCE_FLEET_FILE, 'utf8')
      .replace('registry: quay.io', 'registry: docker.io')
      .replace('repository: thanos/thanos', 'repository: bitnami/thanos');
    const values = render(context(REFERENCE_FLEET_FILE, 'ingress-nginx', 'en', text)).thanosValues;
    expect(values.image.repository).toBe('bitnami/thanos');
    expect(values.global).toBeUndefined();
  });
});

describe('ten-edge fixture values', () => {
  const ctx = context(TEN_EDGES, 'gateway-api');
  const r = render(ctx);
  const v = r.thanosValues;

  it('names nothing after the default release names', () => {
    expect(ctx.fleet.central.thanosFullname).toBe('monitoring-thanos');
    expect(r.grafanaValues.admin.existingSecret).toBe('dashboards-grafana-admin');
    expect(r.grafanaValues.datasources['datasources.yaml'].datasources[0].url).toBe(
      'http://monitoring-thanos-query.observability.svc.cluster.local:9090',
    );
  });

  it('maps a Secret key other than objstore.yml onto objstore.yml', () => {
    expect(v.existingObjstoreSecret).toBe('bucket-config');
    expect(v.existingObjstoreSecretItems).toEqual([{ key: 'bucket.yaml', path: 'objstore.yml' }]);
  });

  it('allows the bitnamilegacy image and warns that it is frozen', () => {
    expect(v.image).toEqual({
      registry: 'docker.io',
      repository: 'bitnamilegacy/thanos',
      tag: '0.39.2-debian-12-r2',
    });
    expect(v.global.security.allowInsecureImages).toBe(true);
    expect(r.thanos.content).toContain('bitnamilegacy images get no updates');
  });

  it('runs one Receive replica on the default hashring', () => {
    expect(v.receive).toMatchObject({ replicaCount: 1, replicationFactor: 1 });
    expect(v.receive.service).toBeUndefined();
  });

  it('turns Query Frontend and Bucket Web off and keeps their ingress off', () => {
    expect(v.queryFrontend).toEqual({ enabled: false, ingress: { enabled: false } });
    expect(v.bucketweb).toEqual({ enabled: false, ingress: { enabled: false } });
  });

  it('writes one Ruler alert per edge, keyed by its cluster label, that promtool accepts', () => {
    const rules = parse(v.ruler.config).groups[0].rules as { expr: string }[];
    expect(rules).toHaveLength(10);
    expect(rules.map((x) => x.expr)).toContain('absent_over_time(up{cluster="plant-09-eu"}[10m])');
    const file = join(tmp, 'ten-ruler.yml');
    writeFileSync(file, v.ruler.config);
    const res = spawnSync('promtool', ['check', 'rules', file], { encoding: 'utf8' });
    expect(res.status, res.stdout + res.stderr).toBe(0);
    expect(res.stdout).toMatch(/SUCCESS: 10 rules found/);
  });

  it('passes resources through only where the fleet gives them', () => {
    expect(v.query.resources).toEqual({ requests: { cpu: '500m', memory: '1Gi' } });
    expect(v.receive.resources).toBeUndefined();
  });

  it('explains the values in Korean when asked, with the same values', () => {
    const ko = render(context(TEN_EDGES, 'gateway-api', 'ko'));
    expect(ko.thanos.content).toMatch(/[가-힣]/);
    expect(r.thanos.content).not.toMatch(/[가-힣]/);
    const strip = (x: Values) => ({ ...x, ruler: { ...x.ruler, config: undefined } });
    expect(strip(ko.thanosValues)).toEqual(strip(v));
    expect(ko.grafanaValues).toEqual(r.grafanaValues);
  });
});
