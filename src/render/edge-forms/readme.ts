/**
 * README.md of an edge deployed as kube-prometheus-stack values or a PrometheusAgent: what to install
 * or apply, in which order, and how to verify, like the raw form's README (src/render/edge/readme.ts).
 */
import type { Edge } from '../../fleet/defaults.js';
import { edgeCredential } from '../../fleet/rollout.js';
import { edgeMessages as e } from '../../i18n/messages/edge.js';
import { rolloutMessages as m } from '../../i18n/messages/rollout.js';
import type { RenderContext } from '../context.js';
import { EDGE_NAMESPACE, receiveRemoteWriteUrl } from '../edge/agent-config.js';
import { edgeApplySection, edgeVerifySection } from '../edge/readme.js';
import { CHARTS } from '../gitops/settings.js';
import { AGENT_NAME } from './prometheus-agent.js';

/** The release the README installs; the chart names its PrometheusAgent `<release>-prometheus`. */
const KPS_RELEASE = 'kube-prometheus-stack';

export function renderFormReadme(
  ctx: RenderContext,
  edge: Edge,
  files: { main: string; secret: string },
): string {
  const { lang } = ctx;
  const kps = edge.form === 'kube-prometheus-stack';
  const chart = CHARTS.find((c) => c.stem === 'kube-prometheus-stack')!;
  // The operator names an agent's StatefulSet prom-agent-<name> (prometheus-operator e2e:
  // fmt.Sprintf("prom-agent-%s", p.Name)).
  const target = `statefulset/prom-agent-${kps ? `${KPS_RELEASE}-prometheus` : AGENT_NAME}`;
  const ns = EDGE_NAMESPACE;
  const out: string[] = [`# ${e.readmeTitle[lang]({ edge: edge.name })}`, ''];
  out.push(
    m.formReadmeIntro[lang]({
      edge: edge.name,
      form: kps ? 'kube-prometheus-stack' : 'PrometheusAgent',
      user: edgeCredential(ctx.state, edge.name).user,
      cluster: edge.clusterLabel,
      version: edge.prometheusVersion,
      url: receiveRemoteWriteUrl(ctx.fleet),
    }),
    '',
  );
  out.push(`## ${e.readmeFilesHeading[lang]()}`, '', e.readmeFilesHeader[lang]());
  out.push(
    `| \`${files.main}\` | ${kps ? m.formFileValues[lang]() : m.formFileAgent[lang]()} | ${e.no[lang]()} |`,
  );
  out.push(`| \`${files.secret}\` | ${m.formFileSecret[lang]()} | ${e.yes0600[lang]()} |`, '');

  out.push(
    ...edgeApplySection(
      lang,
      edge,
      [
        e.stepNamespace[lang]({ ns }),
        e.stepSecret[lang](),
        kps
          ? m.formStepKps[lang]({ chart: chart.chart, version: chart.version })
          : m.formStepOperator[lang](),
      ],
      kps ? [files.secret] : [files.secret, files.main],
      kps
        ? [
            `helm repo add ${chart.repoName} ${chart.url}`,
            `helm upgrade --install ${KPS_RELEASE} ${chart.repoName}/${chart.chart} --version ${chart.version} -n ${ns} -f ${files.main} --kube-context ${edge.name}`,
          ]
        : [],
    ),
    m.formOperatorNames[lang]({ target }),
    '',
  );
  // kube-prometheus-stack scrapes its own Prometheus by default (prometheus.serviceMonitor.selfMonitor).
  out.push(...edgeVerifySection(ctx, edge, target, kps));
  return `${out.join('\n').trimEnd()}\n`;
}
