/**
 * Per-edge artifacts under edges/<name>/: the agent config, its ConfigMap, the remote-write password
 * (plain file and Secret) and a README saying how to apply and verify them.
 */
import type { Edge } from '../../fleet/defaults.js';
import { edgeCredential, edgePasswordFiles, passwordKey } from '../../fleet/rollout.js';
import { type Artifact, artifact, lazyArtifact } from '../artifact.js';
import type { RenderContext } from '../context.js';
import { renderEdgeForm } from '../edge-forms/index.js';
import { edgeAgentConfigYaml, REMOTE_WRITE_SECRET_DIR } from './agent-config.js';
import { agentConfigMapFile, remoteWriteSecretFile } from './manifests.js';
import { renderEdgeReadme } from './readme.js';

export function edgeDir(edge: Edge): string {
  return `edges/${edge.name}`;
}

export function renderEdge(ctx: RenderContext, edge: Edge): Artifact[] {
  if (!ctx.state.edges[edge.name])
    throw new Error(`no remote-write credential for edge ${edge.name} in the state`);
  // kube-prometheus-stack and Prometheus Operator edges carry the same remote write in their own form.
  if (edge.form !== 'raw') return renderEdgeForm(ctx, edge);
  // The credential the agent sends now: user and password change together on rotation (fleet/rollout.ts),
  // each generation's password in its own file so the two switch in one reload.
  const cred = edgeCredential(ctx.state, edge.name);
  const files = edgePasswordFiles(ctx.state, edge.name);
  const dir = edgeDir(edge);
  const config = edgeAgentConfigYaml(ctx.fleet, edge, ctx.lang, {
    username: cred.user,
    passwordFile: `${REMOTE_WRITE_SECRET_DIR}/${passwordKey(edge.name, cred.user)}`,
  });
  return [
    artifact(`${dir}/prometheus.yml`, config),
    agentConfigMapFile(`${dir}/agent-configmap.yaml`, edge, config, ctx.lang),
    // No trailing newline: the file's bytes are the password (Secret data and password_file alike).
    ...Object.entries(files).map(([key, password]) => artifact(`${dir}/${key}`, password, true)),
    remoteWriteSecretFile(`${dir}/remote-write-secret.yaml`, edge, files, ctx.lang),
    // Made only when read: the GitOps layout leaves it out.
    lazyArtifact(`${dir}/README.md`, () => renderEdgeReadme(ctx, edge, cred.user)),
  ];
}
