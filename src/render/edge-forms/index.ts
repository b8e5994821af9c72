/**
 * Deployable edge forms other than `raw` (the raw prometheus.yml comes from src/render/edge): the
 * kube-prometheus-stack values and a Prometheus Operator PrometheusAgent, each with its Secret, under
 * edges/<name>/, and a README. All carry the raw form's remote_write (src/render/edge-forms/remote-write.ts).
 */
import type { Edge } from '../../fleet/defaults.js';
import { rolloutMessages as m } from '../../i18n/messages/rollout.js';
import { type Artifact, artifact, lazyArtifact } from '../artifact.js';
import type { RenderContext } from '../context.js';
import { objectsFile, toYaml } from '../yaml.js';
import { kubePrometheusStackValues } from './kube-prometheus-stack.js';
import { prometheusAgentObjects } from './prometheus-agent.js';
import { renderFormReadme } from './readme.js';
import { remoteWriteSecret } from './remote-write.js';

export const KPS_VALUES_FILE = 'kube-prometheus-stack-values.yaml';
export const AGENT_FILE = 'prometheus-agent.yaml';
export const FORM_SECRET_FILE = 'remote-write-secret.yaml';

export function renderEdgeForm(ctx: RenderContext, edge: Edge): Artifact[] {
  const dir = `edges/${edge.name}`;
  const lang = ctx.lang;
  const secret = objectsFile(
    `${dir}/${FORM_SECRET_FILE}`,
    { list: [remoteWriteSecret(ctx.state, edge)], header: m.formSecretHeader[lang]({ edge: edge.name }) },
    true,
  );
  const version = edge.prometheusVersion;
  // Made only when read: the GitOps layout leaves it out.
  const readme = (main: string) =>
    lazyArtifact(`${dir}/README.md`, () => renderFormReadme(ctx, edge, { main, secret: FORM_SECRET_FILE }));
  switch (edge.form) {
    case 'kube-prometheus-stack':
      return [
        artifact(
          `${dir}/${KPS_VALUES_FILE}`,
          toYaml(
            kubePrometheusStackValues(ctx.fleet, ctx.state, edge),
            `${m.kpsHeader[lang]({ edge: edge.name, version })}\n${m.labelsComment[lang]()}`,
          ),
        ),
        secret,
        readme(KPS_VALUES_FILE),
      ];
    case 'prometheus-operator':
      return [
        objectsFile(`${dir}/${AGENT_FILE}`, {
          list: prometheusAgentObjects(ctx.fleet, ctx.state, edge),
          header: `${m.agentHeader[lang]({ edge: edge.name, version })}\n${m.labelsComment[lang]()}`,
        }),
        secret,
        readme(AGENT_FILE),
      ];
    default:
      return [];
  }
}
