/**
 * Kubernetes objects applied on each edge cluster: the remote-write Secret and the agent ConfigMap.
 * The workload itself is described in the edge README (clusters differ in how they run it).
 */
import type { Edge } from '../../fleet/defaults.js';
import type { Lang } from '../../i18n/index.js';
import { edgeMessages as m } from '../../i18n/messages/edge.js';
import type { Artifact } from '../artifact.js';
import { objectsFile } from '../yaml.js';
import { AGENT_CONFIG_KEY, AGENT_CONFIGMAP, EDGE_NAMESPACE, REMOTE_WRITE_SECRET } from './agent-config.js';

function labels(edge: Edge): Record<string, string> {
  return {
    'app.kubernetes.io/name': 'prometheus-agent',
    'app.kubernetes.io/managed-by': 'thanos-fleet',
    // Which edge the object belongs to, so an object applied to the wrong cluster is easy to spot.
    'thanos-fleet.dev/edge': edge.name,
  };
}

/** v1 Secret with the password base64-encoded in `data` (never `stringData`, which shows it in plain text). */
/** Secret data: every accepted credential generation's password under its own key (fleet/rollout.ts). */
export function remoteWriteSecret(edge: Edge, files: Record<string, string>): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: REMOTE_WRITE_SECRET, namespace: EDGE_NAMESPACE, labels: labels(edge) },
    type: 'Opaque',
    data: Object.fromEntries(
      Object.entries(files).map(([k, v]) => [k, Buffer.from(v, 'utf8').toString('base64')]),
    ),
  };
}

export function remoteWriteSecretFile(
  path: string,
  edge: Edge,
  files: Record<string, string>,
  lang: Lang,
): Artifact {
  const header = m.secretHeader[lang]({ edge: edge.name });
  return objectsFile(path, { list: [remoteWriteSecret(edge, files)], header }, true);
}

export function agentConfigMap(edge: Edge, configText: string): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: AGENT_CONFIGMAP, namespace: EDGE_NAMESPACE, labels: labels(edge) },
    data: { [AGENT_CONFIG_KEY]: configText },
  };
}

export function agentConfigMapFile(path: string, edge: Edge, configText: string, lang: Lang): Artifact {
  const header = m.configMapHeader[lang]({ edge: edge.name });
  return objectsFile(path, { list: [agentConfigMap(edge, configText)], header });
}
