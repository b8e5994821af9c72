/**
 * Kubernetes objects applied on each edge cluster: the remote-write Secret and the agent ConfigMap.
 * The workload itself is described in the edge README (clusters differ in how they run it).
 */
import type { Edge } from '../../fleet/defaults.js';
import type { Lang } from '../../i18n/index.js';
import { edgeMessages as m } from '../../i18n/messages/edge.js';
import { toYaml } from '../yaml.js';
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

export function remoteWriteSecretYaml(edge: Edge, files: Record<string, string>, lang: Lang): string {
  return toYaml(remoteWriteSecret(edge, files), m.secretHeader[lang]({ edge: edge.name }));
}

export function agentConfigMap(edge: Edge, configText: string): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: AGENT_CONFIGMAP, namespace: EDGE_NAMESPACE, labels: labels(edge) },
    data: { [AGENT_CONFIG_KEY]: configText },
  };
}

export function agentConfigMapYaml(edge: Edge, configText: string, lang: Lang): string {
  return toYaml(agentConfigMap(edge, configText), m.configMapHeader[lang]({ edge: edge.name }));
}
