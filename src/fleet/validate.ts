/**
 * Rules a fleet must satisfy beyond its shape. Each problem names the field path it is about.
 */
import { say } from '../i18n/index.js';
import { fleetMessages as m } from '../i18n/messages/fleet.js';
import type { Fleet } from './defaults.js';
import type { FleetProblem } from './load.js';
import { componentNames } from './names.js';

/**
 * Labels Thanos Receive sets on every series itself, masking the client's value: the chart's
 * replica label (`receive.replicaLabel`, default `replica`), `receive="true"` and the tenant label
 * `tenant_id` (charts.md §1.8, datapath.md §5.2).
 */
export const RECEIVE_OWNED_LABELS = ['replica', 'receive', 'tenant_id'] as const;

export function validateFleetSemantics(fleet: Fleet): FleetProblem[] {
  const problems: FleetProblem[] = [];
  const byName = new Map<string, number>();
  const byCluster = new Map<string, string>();
  for (const e of fleet.edges) {
    const first = byName.get(e.name);
    if (first !== undefined) {
      problems.push({
        path: ['edges', e.index, 'name'],
        message: say(m.duplicateEdge, { name: e.name, first }),
        hint: say(m.duplicateEdgeHint),
      });
    } else byName.set(e.name, e.index);
    const other = byCluster.get(e.clusterLabel);
    if (other !== undefined && first === undefined) {
      const explicit = fleet.spec.edges[e.index]?.externalLabels?.cluster !== undefined;
      problems.push({
        path: explicit ? ['edges', e.index, 'externalLabels', 'cluster'] : ['edges', e.index, 'name'],
        message: say(m.duplicateCluster, { label: e.clusterLabel, other }),
        hint: say(m.duplicateClusterHint),
      });
    } else byCluster.set(e.clusterLabel, e.name);
    for (const label of Object.keys(fleet.spec.edges[e.index]?.externalLabels ?? {})) {
      if ((RECEIVE_OWNED_LABELS as readonly string[]).includes(label)) {
        problems.push({
          path: ['edges', e.index, 'externalLabels', label],
          message: say(m.reservedLabel, { label }),
          hint: say(m.reservedLabelHint),
        });
      }
    }
    const q = e.queue;
    const queuePath = (key: string): (string | number)[] =>
      fleet.spec.edges[e.index]?.queue?.[key as 'capacity'] !== undefined
        ? ['edges', e.index, 'queue', key]
        : ['defaults', 'queue', key];
    if (q.capacity < 3 * q.maxSamplesPerSend) {
      problems.push({
        path: queuePath('capacity'),
        message: say(m.capacityBelowBatch, { capacity: q.capacity, batch: q.maxSamplesPerSend }),
        hint: say(m.capacityBelowBatchHint, { need: 3 * q.maxSamplesPerSend }),
      });
    }
    if (q.minShards > q.maxShards) {
      problems.push({
        path: queuePath('minShards'),
        message: say(m.minShardsAboveMax),
        hint: say(m.minShardsAboveMaxHint),
      });
    }
  }

  // Main hosts first, then extra hosts: a clash is reported on the extra host someone added.
  const hosts = new Map<string, string>();
  const claim = (host: string, owner: string, path: (string | number)[]) => {
    const other = hosts.get(host);
    if (other === undefined) hosts.set(host, owner);
    else
      problems.push({ path, message: say(m.duplicateHost, { host, other }), hint: say(m.duplicateHostHint) });
  };
  const exposed = componentNames.filter((n) => fleet.components[n].exposed);
  for (const name of exposed)
    claim(fleet.components[name].host, name, ['central', 'components', name, 'host']);
  for (const name of exposed) {
    fleet.components[name].extraHosts.forEach((h, i) => {
      claim(h, name, ['central', 'components', name, 'extraHosts', i]);
    });
  }

  if (fleet.components.ruler.enabled && fleet.central.alertmanagers.length === 0) {
    problems.push({
      path: ['central', 'components', 'ruler', 'enabled'],
      message: say(m.rulerNeedsAlertmanagers),
      hint: say(m.rulerNeedsAlertmanagersHint),
    });
  }
  const receive = fleet.components.receive;
  if (receive.enabled && fleet.central.replicationFactor > receive.replicas) {
    problems.push({
      path: ['central', 'replicationFactor'],
      message: say(m.replicationFactorTooHigh, {
        rf: fleet.central.replicationFactor,
        replicas: receive.replicas,
      }),
      hint: say(m.replicationFactorHint),
    });
  }
  return problems;
}
