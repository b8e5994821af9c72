/**
 * central/grafana-values.yaml: values of grafana-community/grafana 12.11.1 (charts.md §2), a release of
 * its own — bitnami/thanos has no Grafana (charts.md §1.2). Every key exists in that chart's values.yaml
 * or in a free-form map of it (grafana.ini sections, datasources).
 */
import type { Fleet } from '../../fleet/defaults.js';
import { grafanaDatasourceTarget } from '../../fleet/defaults.js';
import { centralMessages as m } from '../../i18n/messages/central.js';
import { type Artifact, artifact } from '../artifact.js';
import type { RenderContext } from '../context.js';
import { type KeyComment, toCommentedYaml } from '../yaml.js';
import { GRAFANA_ADMIN_PASSWORD_KEY, GRAFANA_ADMIN_USER_KEY, grafanaAdminSecretName } from './secrets.js';
import { type ChartIngress, thanosVersion } from './thanos-values.js';

export const GRAFANA_REPO_NAME = 'grafana-community';
export const GRAFANA_REPO_URL = 'https://grafana-community.github.io/helm-charts';
export const GRAFANA_CHART_VERSION = '12.11.1';
/** Fixed so dashboards can reference the datasource by uid across re-installs. */
export const THANOS_DATASOURCE_UID = 'thanos-fleet';

export function grafanaInstallCommand(fleet: Fleet): string {
  const c = fleet.central;
  return `helm install ${c.releases.grafana} ${GRAFANA_REPO_NAME}/grafana --version ${GRAFANA_CHART_VERSION} -n ${c.namespace} -f grafana-values.yaml`;
}

/** The provisioned Thanos datasource (charts.md §2.3). */
export function thanosDatasource(fleet: Fleet): Record<string, unknown> {
  const version = thanosVersion(fleet);
  return {
    name: 'Thanos',
    type: 'prometheus',
    uid: THANOS_DATASOURCE_UID,
    // Server-side requests from Grafana to the in-cluster Service: no browser, no CORS (datapath.md §7).
    access: 'proxy',
    url: grafanaDatasourceTarget(fleet).url,
    isDefault: true,
    jsonData: {
      prometheusType: 'Thanos',
      ...(version ? { prometheusVersion: version } : {}),
      // Long PromQL in a POST body instead of the URL (Thanos Query accepts both).
      httpMethod: 'POST',
    },
  };
}

export function renderGrafanaValues(ctx: RenderContext, chartIngress: ChartIngress): Artifact {
  const { fleet, lang } = ctx;
  const g = fleet.components.grafana;
  const img = fleet.central.grafanaImage;
  const secret = grafanaAdminSecretName(fleet);
  const values: Record<string, unknown> = {
    image: { registry: img.registry, repository: img.repository, tag: img.tag },
    replicas: g.replicas,
    ...(g.resources ? { resources: g.resources } : {}),
    admin: {
      existingSecret: secret,
      userKey: GRAFANA_ADMIN_USER_KEY,
      passwordKey: GRAFANA_ADMIN_PASSWORD_KEY,
    },
    ingress: chartIngress.grafana ?? { enabled: false },
    ...(g.exposed ? { 'grafana.ini': { server: { domain: g.host, root_url: `https://${g.host}` } } } : {}),
    datasources: { 'datasources.yaml': { apiVersion: 1, datasources: [thanosDatasource(fleet)] } },
  };
  const comments: KeyComment[] = [
    { path: ['admin'], text: m.grafanaAdmin[lang]({ secret }) },
    { path: ['datasources'], text: m.grafanaDatasource[lang]({ url: grafanaDatasourceTarget(fleet).url }) },
  ];
  const header = [
    m.grafanaHeader[lang]({ fleet: fleet.name, install: grafanaInstallCommand(fleet) }),
    ...(g.enabled ? [] : [m.grafanaDisabled[lang]()]),
    ...(ctx.provider === 'ingress-nginx' ? [] : [m.ingressOff[lang]({ provider: ctx.provider })]),
  ].join('\n');
  return artifact('central/grafana-values.yaml', toCommentedYaml(values, header, comments));
}
