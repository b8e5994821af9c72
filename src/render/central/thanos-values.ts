/**
 * central/thanos-values.yaml: values of bitnami/thanos 17.6.0 (charts.md §1). Every key written here
 * exists in that chart's values.yaml (test/render/central-values.test.ts walks them).
 */
import type { Component, Edge, Fleet } from '../../fleet/defaults.js';
import type { ComponentName } from '../../fleet/schema.js';
import type { Lang } from '../../i18n/index.js';
import { centralMessages as m } from '../../i18n/messages/central.js';
import { type Artifact, artifact } from '../artifact.js';
import type { RenderContext } from '../context.js';
import { type KeyComment, toCommentedYaml, toYaml } from '../yaml.js';

export type ChartIngress = Partial<Record<ComponentName, Record<string, unknown>>>;

export const THANOS_CHART = 'oci://registry-1.docker.io/bitnamicharts/thanos';
export const THANOS_CHART_VERSION = '17.6.0';
/** The image the chart's `images` annotation names (charts.md §1.1); anything else trips the image check. */
const CHART_DEFAULT_IMAGE = 'docker.io/bitnami/thanos';
/** The chart's own objstore key (bitnami templates/_helpers.tpl thanos.objstoreSecretKey). */
const CHART_OBJSTORE_KEY = 'objstore.yml';
/**
 * Labels Query deduplicates on: `replica`, which the chart puts on every Receive and Ruler pod
 * (receive.replicaLabel / ruler.replicaLabel, charts.md §1.8), and `prometheus_replica`, the label
 * HA Prometheus pairs (Prometheus Operator) put on edges.
 */
export const QUERY_REPLICA_LABELS = ['replica', 'prometheus_replica'];

/** `registry/repository:tag` of the Thanos image. */
export function thanosImageRef(fleet: Fleet): string {
  const i = fleet.central.thanosImage;
  return `${i.registry}/${i.repository}:${i.tag}`;
}

/** Thanos version of the image tag ("v0.39.2" and "0.39.2-debian-12-r2" → "0.39.2"). */
export function thanosVersion(fleet: Fleet): string | undefined {
  return /^v?(\d+\.\d+\.\d+)/.exec(fleet.central.thanosImage.tag)?.[1];
}

export function thanosInstallCommand(fleet: Fleet): string {
  const c = fleet.central;
  return `helm install ${c.releases.thanos} ${THANOS_CHART} --version ${THANOS_CHART_VERSION} -n ${c.namespace} -f thanos-values.yaml`;
}

/** Does the chart's image check need `global.security.allowInsecureImages` (charts.md §1.11)? */
export function needsInsecureImages(fleet: Fleet): boolean {
  const i = fleet.central.thanosImage;
  return `${i.registry}/${i.repository}` !== CHART_DEFAULT_IMAGE;
}

export function renderThanosValues(ctx: RenderContext, chartIngress: ChartIngress): Artifact {
  const { fleet, lang } = ctx;
  const c = fleet.central;
  const comps = fleet.components;
  const comments: KeyComment[] = [];
  const values: Record<string, unknown> = {};

  if (needsInsecureImages(fleet)) {
    values.global = { security: { allowInsecureImages: true } };
    comments.push({
      path: ['global', 'security', 'allowInsecureImages'],
      text: m.insecureImages[lang]({ image: thanosImageRef(fleet) }),
    });
  }
  values.image = {
    registry: c.thanosImage.registry,
    repository: c.thanosImage.repository,
    tag: c.thanosImage.tag,
  };
  const legacy = c.thanosImage.repository.startsWith('bitnamilegacy/');
  comments.push({
    path: ['image'],
    text: legacy ? `${m.image[lang]()}\n${m.imageLegacy[lang]()}` : m.image[lang](),
  });

  values.existingObjstoreSecret = c.objstore.secretName;
  comments.push({
    path: ['existingObjstoreSecret'],
    text: m.objstore[lang]({ secret: c.objstore.secretName }),
  });
  if (c.objstore.key !== CHART_OBJSTORE_KEY) {
    values.existingObjstoreSecretItems = [{ key: c.objstore.key, path: CHART_OBJSTORE_KEY }];
    comments.push({
      path: ['existingObjstoreSecretItems'],
      text: m.objstoreItems[lang]({ key: c.objstore.key }),
    });
  }

  const ingressOf = (name: ComponentName) => chartIngress[name] ?? { enabled: false };
  const common = (comp: Component, replicas: boolean): Record<string, unknown> => ({
    enabled: comp.enabled,
    ...(comp.enabled && replicas ? { replicaCount: comp.replicas } : {}),
  });
  const tail = (comp: Component): Record<string, unknown> => ({
    ...(comp.enabled && comp.resources ? { resources: comp.resources } : {}),
    ingress: ingressOf(comp.name),
  });
  const headless = (comp: Component) =>
    comp.enabled && comp.replicas > 1 ? { service: { additionalHeadless: true } } : {};

  values.query = {
    ...common(comps.query, true),
    ...(comps.query.enabled ? { replicaLabel: QUERY_REPLICA_LABELS, dnsDiscovery: { enabled: true } } : {}),
    ...tail(comps.query),
  };
  if (comps.query.enabled) comments.push({ path: ['query', 'replicaLabel'], text: m.query[lang]() });

  values.queryFrontend = { ...common(comps.queryFrontend, true), ...tail(comps.queryFrontend) };
  if (!comps.queryFrontend.enabled) {
    comments.push({ path: ['queryFrontend'], text: m.queryFrontendOff[lang]() });
  }

  const rx = comps.receive;
  values.receive = {
    ...common(rx, true),
    ...(rx.enabled
      ? {
          // standalone: every pod ingests and routes; dual-mode needs receiveDistributor too (charts.md §1.8).
          mode: 'standalone',
          replicationFactor: c.replicationFactor,
          replicaLabel: 'replica',
          ...headless(rx),
        }
      : {}),
    ...tail(rx),
  };
  if (rx.enabled) {
    comments.push({
      path: ['receive', 'replicaCount'],
      text:
        rx.replicas > 1
          ? m.receiveHeadless[lang]({ replicas: rx.replicas, rf: c.replicationFactor })
          : m.receiveSingle[lang](),
    });
    comments.push({ path: ['receive', 'replicaLabel'], text: m.receiveLabels[lang]() });
  }

  const sg = comps.storegateway;
  values.storegateway = { ...common(sg, true), ...headless(sg), ...tail(sg) };
  if (sg.enabled && sg.replicas > 1) {
    comments.push({ path: ['storegateway', 'service'], text: m.storeHeadless[lang]() });
  }

  const cp = comps.compactor;
  values.compactor = { ...common(cp, false), ...tail(cp) };
  if (cp.enabled) comments.push({ path: ['compactor'], text: m.compactor[lang]() });

  const rl = comps.ruler;
  values.ruler = {
    ...common(rl, true),
    ...(rl.enabled ? { alertmanagers: c.alertmanagers, config: rulerConfig(fleet.edges, lang) } : {}),
    ...headless(rl),
    ...tail(rl),
  };
  if (rl.enabled) comments.push({ path: ['ruler', 'alertmanagers'], text: m.ruler[lang]() });
  if (rl.enabled && rl.replicas > 1) {
    comments.push({ path: ['ruler', 'service'], text: m.storeHeadless[lang]() });
  }

  values.bucketweb = { ...common(comps.bucketweb, true), ...tail(comps.bucketweb) };

  const header = [
    m.thanosHeader[lang]({
      fleet: fleet.name,
      install: thanosInstallCommand(fleet),
      objstore: c.objstore.secretName,
    }),
    ...(ctx.provider === 'ingress-nginx' ? [] : [m.ingressOff[lang]({ provider: ctx.provider })]),
  ].join('\n');
  return artifact('central/thanos-values.yaml', toCommentedYaml(values, header, comments));
}

/**
 * ruler.yml: one alert per edge that fires when Receive has had no `up` series of that edge's
 * cluster label for 10 minutes (agents always produce `up` for their scrapes). absent_over_time keeps
 * the equality matcher's labels, so the alert carries `cluster`. The chart tpl-renders this string
 * (bitnami templates/ruler/configmap.yaml), so it must never contain `{{`.
 */
export function rulerConfig(edges: Edge[], lang: Lang): string {
  const description = m.edgeSilentDescription[lang]().replace(/\s*\n\s*/g, ' ');
  const doc = {
    groups: [
      {
        name: 'thanos-fleet-edges',
        rules: edges.map((e) => ({
          alert: 'ThanosFleetEdgeSilent',
          expr: `absent_over_time(up{cluster=${JSON.stringify(e.clusterLabel)}}[10m])`,
          // `edge` keeps the rules distinct for promtool's duplicate-rule lint (same name + labels).
          labels: { severity: 'warning', edge: e.name },
          annotations: {
            summary: m.edgeSilentSummary[lang]({ edge: e.name }),
            description,
          },
        })),
      },
    ],
  };
  const text = toYaml(doc);
  if (text.includes('{{')) throw new Error('ruler.config must not contain {{ (the chart tpl-renders it)');
  return text;
}
