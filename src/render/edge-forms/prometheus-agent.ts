/**
 * The `PrometheusAgent` form (monitoring.coreos.com/v1alpha1, Prometheus Operator ≥ v0.64.0;
 * datapath.md §8), with the ServiceAccount and RBAC the operator's agent needs to discover and scrape
 * targets (PO Documentation/platform/prometheus-agent.md, which reuses the Prometheus RBAC of
 * Documentation/platform/rbac.md).
 */
import type { Edge, Fleet } from '../../fleet/defaults.js';
import type { FleetState } from '../../fleet/state.js';
import {
  EDGE_NAMESPACE,
  operatorLabelFields,
  operatorRemoteWrite,
  operatorVersion,
  rawRemoteWrite,
} from './remote-write.js';

export const AGENT_NAME = 'prometheus-agent';
/** One replica: with more, the replica label must stay on (see operatorLabelFields). */
export const AGENT_REPLICAS = 1;

function labels(edge: Edge): Record<string, string> {
  return {
    'app.kubernetes.io/name': AGENT_NAME,
    'app.kubernetes.io/managed-by': 'thanos-fleet',
    'thanos-fleet.dev/edge': edge.name,
  };
}

export function prometheusAgentSpec(fleet: Fleet, state: FleetState, edge: Edge): Record<string, unknown> {
  return {
    version: operatorVersion(edge),
    replicas: AGENT_REPLICAS,
    serviceAccountName: AGENT_NAME,
    scrapeInterval: edge.scrapeInterval,
    ...operatorLabelFields(edge, AGENT_REPLICAS),
    // Empty selectors select every ServiceMonitor / PodMonitor in every namespace.
    serviceMonitorSelector: {},
    serviceMonitorNamespaceSelector: {},
    podMonitorSelector: {},
    podMonitorNamespaceSelector: {},
    remoteWrite: [operatorRemoteWrite(rawRemoteWrite(fleet, state, edge))],
  };
}

export function prometheusAgentObjects(
  fleet: Fleet,
  state: FleetState,
  edge: Edge,
): Record<string, unknown>[] {
  const meta = { name: AGENT_NAME, labels: labels(edge) };
  return [
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { ...meta, namespace: EDGE_NAMESPACE } },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: meta,
      rules: [
        {
          apiGroups: [''],
          resources: ['nodes', 'nodes/metrics', 'services', 'endpoints', 'pods'],
          verbs: ['get', 'list', 'watch'],
        },
        { apiGroups: [''], resources: ['configmaps'], verbs: ['get'] },
        { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: ['get', 'list', 'watch'] },
        { nonResourceURLs: ['/metrics'], verbs: ['get'] },
      ],
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: meta,
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: AGENT_NAME },
      subjects: [{ kind: 'ServiceAccount', name: AGENT_NAME, namespace: EDGE_NAMESPACE }],
    },
    {
      apiVersion: 'monitoring.coreos.com/v1alpha1',
      kind: 'PrometheusAgent',
      metadata: { ...meta, namespace: EDGE_NAMESPACE },
      spec: prometheusAgentSpec(fleet, state, edge),
    },
  ];
}
