/**
 * central/README.md: what to install where and in which order, the derived limits and why, what the
 * provider cannot express, and where this output deliberately departs from the Korean guide.
 * Names only: no password or hash ever appears here.
 */
import { RECEIVE_PATH } from '../../fleet/names.js';
import { inLang, type Lang } from '../../i18n/index.js';
import { centralMessages as m } from '../../i18n/messages/central.js';
import { type Artifact, artifact, type RenderWarning } from '../artifact.js';
import type { IngressProviderOutput, RenderContext } from '../context.js';
import { GRAFANA_REPO_NAME, GRAFANA_REPO_URL, grafanaInstallCommand } from './grafana-values.js';
import {
  authSecretPlan,
  GRAFANA_ADMIN_PASSWORD_KEY,
  GRAFANA_ADMIN_USER_KEY,
  grafanaAdminSecretName,
} from './secrets.js';
import { thanosImageRef, thanosInstallCommand } from './thanos-values.js';

/** cert-manager release the CRDs in ../shared/reference/crds were taken from. */
const CERT_MANAGER_VERSION = 'v1.21.1';
const CERT_MANAGER_CHART = 'oci://quay.io/jetstack/charts/cert-manager';

/** A Markdown table cell: no pipes or line breaks inside. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function sh(...lines: string[]): string {
  return ['```sh', ...lines, '```'].join('\n');
}

export function renderCentralReadme(
  ctx: RenderContext,
  ingress: IngressProviderOutput,
  warnings: RenderWarning[],
): Artifact {
  const { fleet, lang, provider } = ctx;
  const c = fleet.central;
  const ns = c.namespace;
  const comps = fleet.components;
  const out: string[] = [];
  const para = (text: string) => out.push(text, '');
  let step = 0;
  const heading = (title: string) => para(`### ${++step}. ${title}`);

  para(`# ${m.readmeTitle[lang]({ fleet: fleet.name, ns })}`);
  para(m.readmeIntro[lang]({ provider }));
  para(`> ${m.readmeSecretsWarning[lang]().replace(/\n/g, '\n> ')}`);

  // ---- install order ----
  para(`## ${m.readmeOrderHeading[lang]()}`);
  heading(m.stepNamespace[lang]());
  para(sh(`kubectl create namespace ${ns}`));

  const exposedHosts = ctx.policy.policies.flatMap((p) => p.hosts);
  if (provider === 'nginx') {
    heading(m.stepCertificatesNginx[lang]());
    para(m.certificatesNginx[lang]({ hosts: exposedHosts.map((h) => `\`${h}\``).join(', ') }));
  } else if (ctx.policy.policies.length > 0) {
    heading(m.stepCertManager[lang]());
    const install = `helm install cert-manager ${CERT_MANAGER_CHART} --version ${CERT_MANAGER_VERSION} -n cert-manager --create-namespace --set crds.enabled=true`;
    if (provider === 'gateway-api') {
      para(m.stepCertManagerGateway[lang]());
      para(
        sh(
          `${install} \\`,
          '  --set config.apiVersion=controller.config.cert-manager.io/v1alpha1 \\',
          '  --set config.kind=ControllerConfiguration \\',
          '  --set config.enableGatewayAPI=true',
          'kubectl apply -f cluster-issuer.yaml',
        ),
      );
    } else {
      para(sh(install, 'kubectl apply -f cluster-issuer.yaml'));
    }
  }

  heading(m.stepObjstore[lang]());
  para(m.objstoreHow[lang]({ secret: c.objstore.secretName, key: c.objstore.key }));
  para(
    sh(
      `kubectl -n ${ns} create secret generic ${c.objstore.secretName} \\`,
      `  --from-file=${c.objstore.key}=./<your-objstore.yml>`,
    ),
  );

  const authSecrets = authSecretPlan(ctx);
  const hasGrafanaSecret = comps.grafana.enabled;
  if (authSecrets.length > 0 || hasGrafanaSecret) {
    heading(m.stepSecrets[lang]());
    para(m.secretsList[lang]());
    const items = authSecrets.map(
      (s) =>
        `- \`${s.name}\`: \`${s.key}\` — ${m.secretPurposeAuth[lang]({ components: s.components.join(', '), users: s.auth.users.length })}`,
    );
    if (hasGrafanaSecret) {
      items.push(
        `- \`${grafanaAdminSecretName(fleet)}\`: \`${GRAFANA_ADMIN_USER_KEY}\`, \`${GRAFANA_ADMIN_PASSWORD_KEY}\` — ${m.secretPurposeGrafana[lang]()}`,
      );
    }
    para(items.join('\n'));
    if (provider === 'nginx' && ctx.policy.policies.some((p) => p.auth)) para(m.nginxAuthFiles[lang]());
    para(sh('kubectl apply -f secrets/'));
  }

  heading(m.stepThanos[lang]());
  para(sh(thanosInstallCommand(fleet)));

  heading(m.stepGrafana[lang]());
  if (comps.grafana.enabled) {
    para(
      sh(
        `helm repo add ${GRAFANA_REPO_NAME} ${GRAFANA_REPO_URL}`,
        `helm repo update ${GRAFANA_REPO_NAME}`,
        grafanaInstallCommand(fleet),
      ),
    );
  } else para(m.grafanaSkipped[lang]());

  heading(m.stepProvider[lang]({ provider }));
  const files = providerFileList(
    ingress.artifacts.map((a) => a.path.replace(/^central\//, '')),
    lang,
  );
  if (provider === 'ingress-nginx') {
    para(m.providerIngressNginx[lang]({ className: c.ingress.className }));
  } else para(provider === 'gateway-api' ? m.providerGateway[lang]() : m.providerNginx[lang]());
  para(files.length > 0 ? files.join('\n') : m.providerNoFiles[lang]());

  // ---- check ----
  if (comps.receive.enabled) {
    para(`## ${m.readmeCheckHeading[lang]()}`);
    const fn = c.thanosFullname;
    para(m.checkPods[lang]());
    para(
      sh(
        `kubectl -n ${ns} get pods -l app.kubernetes.io/name=thanos,app.kubernetes.io/instance=${c.releases.thanos},app.kubernetes.io/component=receive`,
      ),
    );
    para(m.checkMetrics[lang]());
    para(
      sh(
        `kubectl -n ${ns} port-forward pod/${fn}-receive-0 10902:10902 &`,
        'curl -s http://127.0.0.1:10902/metrics | grep thanos_receive_',
      ),
    );
    if (comps.receive.exposed) {
      para(m.checkRemoteWrite[lang]({ url: `https://${comps.receive.host}${RECEIVE_PATH}` }));
    }
  }

  // ---- derived limits ----
  para(`## ${m.readmeLimitsHeading[lang]()}`);
  const rows = ctx.policy.policies.flatMap((p) =>
    p.derivations.map(
      (d) =>
        `| ${p.component} | ${p.hosts[0]} | ${d.item} | ${cell(d.value)} | ${cell(inLang(d.why, lang))} |`,
    ),
  );
  if (rows.length > 0) {
    para(m.limitsIntro[lang]());
    para([m.limitsColumns[lang](), '| --- | --- | --- | --- | --- |', ...rows].join('\n'));
  } else para(m.limitsNone[lang]());

  // ---- what the provider cannot express ----
  para(`## ${m.readmeWarningsHeading[lang]({ provider })}`);
  if (warnings.length > 0) {
    const wrows = warnings.map(
      (w) => `| ${cell(w.object)} | ${cell(w.capability)} | ${cell(inLang(w.message, lang))} |`,
    );
    para([m.warningsColumns[lang](), '| --- | --- | --- |', ...wrows].join('\n'));
  } else para(m.warningsNone[lang]());

  if (ingress.differences.length > 0) {
    para(`## ${m.readmeDifferencesHeading[lang]({ provider })}`);
    para(ingress.differences.map((d) => `- ${inLang(d, lang).replace(/\n/g, '\n  ')}`).join('\n'));
  }

  // ---- the guide ----
  para(`## ${m.readmeGuideHeading[lang]()}`);
  para(m.guideIntro[lang]());
  const receivePolicy = ctx.policy.policies.find((p) => p.component === 'receive');
  const conn = receivePolicy?.derivations.find((d) => d.item === 'connections');
  const remoteTimeouts = [...new Set(fleet.edges.map((e) => e.remoteTimeout))].join(', ');
  const bullets = [
    m.guideGrafanaBlock[lang](),
    m.guideNames[lang]({ pod: `${c.thanosFullname}-receive-0`, release: c.releases.thanos }),
    m.guideMetricsPort[lang](),
    m.guideImage[lang]({ image: thanosImageRef(fleet) }),
    m.guideHeadless[lang]({ replicas: comps.receive.replicas }),
    m.guideAnnotations[lang](),
    m.guideConnections[lang]({
      value: conn ? `${conn.value} (${inLang(conn.why, lang)})` : m.guideConnectionsNotExposed[lang](),
    }),
    m.guideTimeout[lang]({ remote: remoteTimeouts }),
    m.guideStatus[lang](),
    m.guideCors[lang](),
  ];
  para(bullets.map((b) => `- ${b.replace(/\n/g, '\n  ')}`).join('\n'));

  return artifact('central/README.md', `${out.join('\n').trimEnd()}\n`);
}

/**
 * The provider's files as a list; a folder of many files (the nginx provider's one htpasswd file per
 * edge user) is one line with its count, so the README stays short at ten thousand edges.
 */
function providerFileList(paths: string[], lang: Lang): string[] {
  const perFolder = new Map<string, number>();
  for (const p of paths) {
    const folder = p.slice(0, p.lastIndexOf('/') + 1);
    perFolder.set(folder, (perFolder.get(folder) ?? 0) + 1);
  }
  const out: string[] = [];
  const listed = new Set<string>();
  for (const p of paths) {
    const folder = p.slice(0, p.lastIndexOf('/') + 1);
    const count = perFolder.get(folder) ?? 0;
    if (folder === '' || count <= MAX_LISTED_PER_FOLDER) out.push(`- \`${p}\``);
    else if (!listed.has(folder)) {
      listed.add(folder);
      out.push(`- ${m.providerFolderFiles[lang]({ folder, count })}`);
    }
  }
  return out;
}

const MAX_LISTED_PER_FOLDER = 8;
