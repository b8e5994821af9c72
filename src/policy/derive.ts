/**
 * Derive the ingress policy of every exposed component from the fleet. Limits come from the fleet's
 * own traffic (src/policy/sizing.ts), never from constants; overrides that would throttle or cut the
 * fleet's own traffic are refused with the field they came from.
 */
import type { Component, Fleet } from '../fleet/defaults.js';
import { exposedComponents } from '../fleet/defaults.js';
import type { FleetProblem } from '../fleet/load.js';
import { RECEIVE_PATH, receiveRemoteWriteService, tlsSecretName } from '../fleet/names.js';
import { say } from '../i18n/index.js';
import { fleetMessages as fm } from '../i18n/messages/fleet.js';
import { policyMessages as m } from '../i18n/messages/policy.js';
import {
  type CorsPolicy,
  type Derivation,
  type FleetPolicy,
  formatSize,
  type IngressPolicy,
  parseSize,
} from './model.js';
import { fleetTraffic } from './sizing.js';

const MIB = 1024 * 1024;

export class PolicyError extends Error {
  constructor(readonly problems: FleetProblem[]) {
    super(problems.map((p) => p.message.en).join('\n'));
  }
}

export function deriveFleetPolicy(fleet: Fleet): FleetPolicy {
  const problems: FleetProblem[] = [];
  const policies = exposedComponents(fleet).map((c) => componentPolicy(fleet, c, problems));
  if (problems.length > 0) throw new PolicyError(problems);
  return { policies, issuer: fleet.central.certManager.issuer };
}

function componentPolicy(fleet: Fleet, c: Component, problems: FleetProblem[]): IngressPolicy {
  const o = c.overrides;
  const hosts = [c.host, ...c.extraHosts];
  const at = (field: string) => ['central', 'components', c.name, 'ingress', field];
  const derivations: Derivation[] = [];
  const base: IngressPolicy = {
    component: c.name,
    name: c.name === 'grafana' ? fleet.central.grafanaFullname : c.http.service,
    hosts,
    tls: { secretName: tlsSecretName(c.host), issuer: fleet.central.certManager.issuer, hosts },
    routes: [
      { path: '/', exact: false, service: c.http.service, port: c.http.port, portName: c.http.portName },
    ],
    redirectHttps: true,
    bodySizeBytes: o.bodySize ? parseSize(o.bodySize) : MIB,
    timeouts: {
      connectSeconds: o.connectTimeoutSeconds ?? 5,
      sendSeconds: o.sendTimeoutSeconds ?? 60,
      readSeconds: o.readTimeoutSeconds ?? 60,
    },
    websockets: false,
    remoteWrite: false,
    derivations,
    ...(o.allowlist ? { allowlist: o.allowlist } : {}),
  };
  if (o.rateLimitRps) base.rateLimit = { rps: o.rateLimitRps, burst: o.rateLimitBurst ?? o.rateLimitRps * 5 };
  if (o.connections) base.connections = o.connections;

  switch (c.name) {
    case 'receive':
      return receivePolicy(fleet, c, base, at, problems);
    case 'query':
    case 'queryFrontend': {
      base.auth = operatorsAuth(fleet, c, 'Thanos Query');
      base.timeouts.readSeconds = o.readTimeoutSeconds ?? 300;
      derivations.push({
        item: 'readTimeoutSeconds',
        value: `${base.timeouts.readSeconds}`,
        why: say(m.whyQueryTimeout),
      });
      const cors = corsFor(fleet, c, problems);
      if (cors) base.cors = cors;
      return base;
    }
    case 'grafana':
      base.websockets = true;
      base.bodySizeBytes = o.bodySize ? parseSize(o.bodySize) : 8 * MIB;
      base.timeouts.readSeconds = o.readTimeoutSeconds ?? 3600;
      base.timeouts.sendSeconds = o.sendTimeoutSeconds ?? 3600;
      derivations.push({
        item: 'readTimeoutSeconds',
        value: `${base.timeouts.readSeconds}`,
        why: say(m.whyGrafanaTimeout),
      });
      // Sessions live in Grafana's database; stickiness only spares re-login races between replicas.
      if (c.replicas > 1) base.affinityCookie = 'grafana-session';
      return base;
    case 'bucketweb':
      base.auth = operatorsAuth(fleet, c, 'Thanos Bucket Web - Authentication Required');
      return base;
    default:
      base.auth = operatorsAuth(fleet, c, `Thanos ${c.name}`);
      return base;
  }
}

function operatorsAuth(fleet: Fleet, c: Component, realm: string): IngressPolicy['auth'] {
  return {
    realm: c.overrides.authRealm ?? realm,
    secretName: `${fleet.central.thanosFullname}-operators-auth`,
    users: fleet.central.operators,
    credentialKind: 'human',
  };
}

function receivePolicy(
  fleet: Fleet,
  c: Component,
  p: IngressPolicy,
  at: (field: string) => (string | number)[],
  problems: FleetProblem[],
): IngressPolicy {
  const o = c.overrides;
  const traffic = fleetTraffic(fleet.edges);
  const remote = receiveRemoteWriteService(fleet.central.thanosFullname);
  p.remoteWrite = true;
  p.routes = [
    {
      path: RECEIVE_PATH,
      exact: true,
      service: remote.service,
      port: remote.port,
      portName: remote.portName,
    },
  ];
  p.auth = {
    realm: o.authRealm ?? 'thanos-receive',
    secretName: `${fleet.central.thanosFullname}-receive-auth`,
    users: fleet.edges.map((e) => e.name),
    credentialKind: 'machine',
  };

  const refuse = (field: string, item: string, value: string, need: string, why: string) =>
    problems.push({
      path: at(field),
      message: say(fm.overrideStarves, { item, value, need, why }),
      hint: say(fm.overrideStarvesHint, { need }),
    });

  const busy = traffic.busiest;
  const connections = Math.ceil(traffic.connectionsNeeded * 1.25);
  const whyConn = say(m.whyConnections, {
    egress: busy.egress,
    edges: busy.edges.length,
    need: traffic.connectionsNeeded,
  });
  if (o.connections !== undefined && o.connections < traffic.connectionsNeeded) {
    refuse('connections', 'connections', `${o.connections}`, `${traffic.connectionsNeeded}`, whyConn.en);
  }
  p.connections = o.connections ?? connections;
  p.derivations.push({ item: 'connections', value: `${p.connections}`, why: whyConn });

  const whyRate = say(m.whyRate, { need: traffic.rpsNeeded, conc: traffic.connectionsNeeded });
  if (o.rateLimitRps !== undefined && o.rateLimitRps < traffic.rpsNeeded) {
    refuse('rateLimitRps', 'rateLimitRps', `${o.rateLimitRps}`, `${traffic.rpsNeeded}`, whyRate.en);
  }
  const rps = o.rateLimitRps ?? traffic.rpsNeeded;
  const burst = o.rateLimitBurst ?? rps;
  if (o.rateLimitBurst !== undefined && o.rateLimitBurst < traffic.connectionsNeeded) {
    // A burst below the concurrency rejects the first wave of every shard after an outage (sandbox.md gotcha 7).
    refuse(
      'rateLimitBurst',
      'rateLimitBurst',
      `${o.rateLimitBurst}`,
      `${traffic.connectionsNeeded}`,
      whyConn.en,
    );
  }
  p.rateLimit = { rps, burst };
  p.derivations.push({ item: 'rateLimit', value: `${rps} r/s, burst ${burst}`, why: whyRate });

  const mps = Math.max(...fleet.edges.map((e) => e.queue.maxSamplesPerSend));
  const derivedBody = Math.max(4 * MIB, Math.ceil((traffic.bodyBytesNeeded * 2) / MIB) * MIB);
  const whyBody = say(m.whyBody, { mps, need: formatSize(traffic.bodyBytesNeeded) });
  if (o.bodySize !== undefined && parseSize(o.bodySize) < traffic.bodyBytesNeeded) {
    refuse('bodySize', 'bodySize', o.bodySize, formatSize(traffic.bodyBytesNeeded), whyBody.en);
  }
  p.bodySizeBytes = o.bodySize ? parseSize(o.bodySize) : derivedBody;
  p.derivations.push({ item: 'bodySize', value: formatSize(p.bodySizeBytes), why: whyBody });

  const remoteTimeout = Math.ceil(traffic.maxRemoteTimeoutSeconds);
  const whyRead = say(m.whyReadTimeout, { remote: remoteTimeout });
  if (o.readTimeoutSeconds !== undefined && o.readTimeoutSeconds <= remoteTimeout) {
    problems.push({
      path: at('readTimeoutSeconds'),
      message: say(fm.readTimeoutBelowRemoteTimeout, { read: o.readTimeoutSeconds, remote: remoteTimeout }),
      hint: say(fm.overrideStarvesHint, { need: `${remoteTimeout + 1}` }),
    });
  }
  p.timeouts.readSeconds = o.readTimeoutSeconds ?? Math.max(60, remoteTimeout + 30);
  p.timeouts.sendSeconds = o.sendTimeoutSeconds ?? Math.max(60, remoteTimeout + 30);
  p.derivations.push({ item: 'readTimeoutSeconds', value: `${p.timeouts.readSeconds}`, why: whyRead });
  return p;
}

/**
 * Grafana talks to Query server-side (`access: proxy`), which needs no CORS (datapath.md §7), so CORS
 * is only rendered for browser origins the fleet declares.
 */
function corsFor(fleet: Fleet, c: Component, problems: FleetProblem[]): CorsPolicy | undefined {
  const o = c.overrides.cors;
  const origins = o?.origins ?? fleet.central.browserOrigins;
  if (origins.length === 0) return undefined;
  const credentials = o?.credentials ?? true;
  if (credentials && origins.includes('*')) {
    problems.push({
      path: ['central', 'components', c.name, 'ingress', 'cors', 'origins'],
      message: say(fm.corsWildcardCredentials),
      hint: say(fm.corsWildcardCredentialsHint),
    });
  }
  return {
    origins,
    methods: o?.methods ?? ['GET', 'POST', 'OPTIONS'],
    headers: o?.headers ?? ['Authorization', 'Content-Type'],
    credentials,
    maxAgeSeconds: o?.maxAgeSeconds ?? 600,
  };
}
