/**
 * kube-prometheus-stack values for an edge: `prometheus.agentMode: true` (chart ≥ 47.4.0,
 * helm-charts PR #3520) renders a PrometheusAgent from `prometheus.prometheusSpec`; remote write,
 * labels and the label-name switches go there (KPS charts/kube-prometheus-stack/values.yaml,
 * datapath.md §8). The chart sets the agent's `version` from `prometheusSpec.version`, defaulting to
 * `image.tag`; both are set so the operator gates fields for the edge's real version.
 */
import type { Edge, Fleet } from '../../fleet/defaults.js';
import type { FleetState } from '../../fleet/state.js';
import { operatorLabelFields, operatorRemoteWrite, operatorVersion, rawRemoteWrite } from './remote-write.js';

export const KPS_REPLICAS = 1;

export function kubePrometheusStackValues(
  fleet: Fleet,
  state: FleetState,
  edge: Edge,
): Record<string, unknown> {
  const version = operatorVersion(edge);
  return {
    // An edge only ships samples: no Alertmanager or Grafana here, no recording/alerting rules
    // (agent mode cannot evaluate them).
    alertmanager: { enabled: false },
    grafana: { enabled: false },
    defaultRules: { create: false },
    prometheus: {
      agentMode: true,
      prometheusSpec: {
        version,
        image: { tag: version },
        replicas: KPS_REPLICAS,
        scrapeInterval: edge.scrapeInterval,
        ...operatorLabelFields(edge, KPS_REPLICAS),
        // Pick up every ServiceMonitor / PodMonitor, not only the chart's own.
        serviceMonitorSelectorNilUsesHelmValues: false,
        podMonitorSelectorNilUsesHelmValues: false,
        remoteWrite: [operatorRemoteWrite(rawRemoteWrite(fleet, state, edge))],
      },
    },
  };
}
