/**
 * The guide's troubleshooting cases, injected into a running sandbox, with the symptom an operator
 * sees: the agent's log line, its remote-write metrics, nginx's status and error-log line
 * (sandbox.md §6). This is the ground truth `doctor` is tested against.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { FleetPolicy } from '../policy/model.js';
import type { Agent } from './agents.js';
import type { Sandbox } from './index.js';
import {
  fetchMetrics,
  fileSize,
  findLine,
  parseAccessLog,
  type RemoteWriteHealth,
  readFrom,
  remoteWriteHealth,
} from './observe.js';

export const FAULT_NAMES = [
  'wrong-password',
  'untrusted-ca',
  'receiver-down',
  'body-limit',
  'rate-limit',
  'timeout',
] as const;
export type FaultName = (typeof FAULT_NAMES)[number];

type MetricKey = keyof Omit<RemoteWriteHealth, 'lagSeconds'>;

interface Expectation {
  /** Agent log line: every pattern must match (text, not counts: sandbox.md gotcha 6). */
  agentLog: RegExp[];
  /** Counter that must rise on the affected agent(s). */
  metric: MetricKey;
  /** Status nginx logs for agent requests, when the request reaches HTTP at all. */
  ingressStatus?: RegExp;
  /** nginx error-log line (some are [info] and only present when the rendered level logs them). */
  errorLog?: RegExp;
  errorLogRequired: boolean;
  /** The data's fate per sandbox.md §6. */
  data: 'dropped' | 'retried';
}

/** Symptoms per sandbox.md §6 (Prometheus 2.42, nginx 1.22). */
export const FAULT_EXPECTATIONS: Record<FaultName, Expectation> = {
  'wrong-password': {
    agentLog: [/msg="non-recoverable error"/, /server returned HTTP status 401 Unauthorized/],
    metric: 'samplesFailed',
    ingressStatus: /^401$/,
    errorLog: /password mismatch/,
    errorLogRequired: true,
    data: 'dropped',
  },
  'untrusted-ca': {
    agentLog: [/msg="Failed to send batch, retrying"/, /x509: certificate signed by unknown authority/],
    metric: 'samplesRetried',
    errorLog: /SSL_do_handshake\(\) failed/,
    errorLogRequired: false,
    data: 'retried',
  },
  'receiver-down': {
    agentLog: [/msg="Failed to send batch, retrying"/, /server returned HTTP status 502 Bad Gateway/],
    metric: 'samplesRetried',
    ingressStatus: /^502$/,
    errorLog: /connect\(\) failed \(111: Connection refused\) while connecting to upstream/,
    errorLogRequired: true,
    data: 'retried',
  },
  'body-limit': {
    agentLog: [/msg="non-recoverable error"/, /server returned HTTP status 413 Request Entity Too Large/],
    metric: 'samplesFailed',
    ingressStatus: /^413$/,
    errorLog: /client intended to send too large body/,
    errorLogRequired: true,
    data: 'dropped',
  },
  // nginx's default limit_req_status is 503 (retried); with 429 and retry_on_http_429 also retried.
  'rate-limit': {
    agentLog: [/msg="Failed to send batch, retrying"/, /server returned HTTP status (503|429) /],
    metric: 'samplesRetried',
    ingressStatus: /^(503|429)$/,
    errorLog: /limiting requests, excess/,
    errorLogRequired: true,
    data: 'retried',
  },
  // Receiver hung; nginx waits longer than the agent's remote_timeout: the agent gives up (499).
  timeout: {
    agentLog: [/msg="Failed to send batch, retrying"/, /context deadline exceeded/],
    metric: 'samplesRetried',
    ingressStatus: /^499$/,
    errorLog: /client prematurely closed connection/,
    errorLogRequired: false,
    data: 'retried',
  },
};

export interface FaultSymptom {
  /** The agent's log line (text after the timestamp); `agentLogEarlier` when only an earlier identical line exists (deduped). */
  agentLog?: string;
  agentLogEarlier?: boolean;
  metric: { name: string; before: number; after: number };
  ingressStatus?: number;
  errorLog?: string;
  lagSeconds?: number;
  samplesPending?: number;
}

export interface FaultResult {
  name: FaultName;
  /** Edges the fault was applied to. */
  edges: string[];
  /** Every expected symptom was seen. */
  held: boolean;
  /** ms from injection until every symptom was seen. */
  ms: number;
  data: 'dropped' | 'retried';
  symptom: FaultSymptom;
  expected: { agentLog: string[]; metric: string; ingressStatus?: string; errorLog?: string };
  /** Undo the fault and wait until every edge writes again; idempotent. */
  restore(): Promise<void>;
}

const METRIC_NAMES: Record<MetricKey, string> = {
  samplesTotal: 'prometheus_remote_storage_samples_total',
  samplesFailed: 'prometheus_remote_storage_samples_failed_total',
  samplesRetried: 'prometheus_remote_storage_samples_retried_total',
  samplesPending: 'prometheus_remote_storage_samples_pending',
  samplesIn: 'prometheus_remote_storage_samples_in_total',
  enqueueRetries: 'prometheus_remote_storage_enqueue_retries_total',
  metadataFailed: 'prometheus_remote_storage_metadata_failed_total',
};

function withReceive(policy: FleetPolicy, change: (p: FleetPolicy['policies'][number]) => void): FleetPolicy {
  const copy = structuredClone(policy);
  for (const p of copy.policies) if (p.remoteWrite) change(p);
  return copy;
}

let active: Promise<void> | undefined;

export async function injectFault(sb: Sandbox, name: FaultName, timeoutMs = 45_000): Promise<FaultResult> {
  if (!FAULT_NAMES.includes(name)) throw new Error(`unknown fault ${name}`);
  if (active) throw new Error('restore the previous fault first');
  const it = sb.internal;
  const exp = FAULT_EXPECTATIONS[name];
  const first = it.agents[0]!;
  const targets: Agent[] = name === 'wrong-password' || name === 'untrusted-ca' ? [first] : it.agents;
  const offsets = new Map(targets.map((a) => [a.edge.name, fileSize(a.logFile)]));
  const accessFrom = fileSize(it.ingress.accessLog);
  const errorFrom = fileSize(it.ingress.errorLog);
  const sum = async (key: MetricKey) => {
    let n = 0;
    for (const a of targets) n += remoteWriteHealth(await fetchMetrics(a.port))[key];
    return n;
  };

  let restore: () => Promise<void>;
  let before = await sum(exp.metric);
  const t0 = Date.now();
  switch (name) {
    case 'wrong-password': {
      // The agent re-reads password_file on every request (sandbox.md §4): no reload needed.
      writeFileSync(first.passwordFile, `wrong-${randomBytes(8).toString('hex')}`, { mode: 0o600 });
      restore = async () =>
        writeFileSync(first.passwordFile, it.state.edges[first.edge.name]!.password, { mode: 0o600 });
      break;
    }
    case 'untrusted-ca': {
      await first.reconfigure({ caFile: it.pki.otherCaFile });
      // The reload recreated the queue and reset its counters (sandbox.md gotcha 5).
      before = await sum(exp.metric);
      restore = () => first.reconfigure({ caFile: it.pki.caFile });
      break;
    }
    case 'receiver-down': {
      await it.receiver.proc.stop(10_000);
      restore = () => it.restartReceiver();
      break;
    }
    case 'body-limit': {
      await it.ingress.reload(
        withReceive(it.basePolicy, (p) => {
          p.bodySizeBytes = 2048;
        }),
      );
      restore = () => it.ingress.reload(it.basePolicy);
      break;
    }
    case 'rate-limit': {
      await it.ingress.reload(
        withReceive(it.basePolicy, (p) => {
          p.rateLimit = { rps: 1, burst: 1 };
        }),
      );
      restore = () => it.ingress.reload(it.basePolicy);
      break;
    }
    case 'timeout': {
      it.receiver.proc.signal('SIGSTOP');
      restore = async () => it.receiver.proc.signal('SIGCONT');
      break;
    }
  }

  const symptom: FaultSymptom = { metric: { name: METRIC_NAMES[exp.metric], before, after: before } };
  const deadline = Date.now() + timeoutMs;
  let held = false;
  for (;;) {
    if (!symptom.agentLog) {
      for (const a of targets) {
        const line = findLine(a.logFile, offsets.get(a.edge.name)!, exp.agentLog);
        if (line) {
          symptom.agentLog = line.replace(/^ts=\S+ /, '');
          break;
        }
      }
    }
    symptom.metric.after = await sum(exp.metric).catch(() => symptom.metric.after);
    if (exp.ingressStatus && symptom.ingressStatus === undefined) {
      const hit = parseAccessLog(readFrom(it.ingress.accessLog, accessFrom)).find(
        (e) => e.agentTraffic && exp.ingressStatus!.test(String(e.status)),
      );
      if (hit) symptom.ingressStatus = hit.status;
    }
    if (exp.errorLog && !symptom.errorLog) {
      const line = findLine(it.ingress.errorLog, errorFrom, [exp.errorLog]);
      if (line) symptom.errorLog = line;
    }
    const seen =
      symptom.agentLog !== undefined &&
      symptom.metric.after > symptom.metric.before &&
      (!exp.ingressStatus || symptom.ingressStatus !== undefined) &&
      (!exp.errorLogRequired || symptom.errorLog !== undefined);
    if (seen) {
      held = true;
      break;
    }
    if (Date.now() > deadline) {
      // An identical line logged less than a minute ago is suppressed (gotcha 6): show the earlier one.
      if (!symptom.agentLog) {
        for (const a of targets) {
          const line = findLine(a.logFile, 0, exp.agentLog);
          if (line) {
            symptom.agentLog = line.replace(/^ts=\S+ /, '');
            symptom.agentLogEarlier = true;
            break;
          }
        }
        held =
          symptom.agentLog !== undefined &&
          symptom.metric.after > symptom.metric.before &&
          (!exp.ingressStatus || symptom.ingressStatus !== undefined) &&
          (!exp.errorLogRequired || symptom.errorLog !== undefined);
      }
      break;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const ms = Date.now() - t0;
  const h = remoteWriteHealth(await fetchMetrics(targets[0]!.port).catch(() => []));
  if (h.lagSeconds !== undefined) symptom.lagSeconds = Math.round(h.lagSeconds * 10) / 10;
  symptom.samplesPending = h.samplesPending;

  let restored: Promise<void> | undefined;
  const doRestore = () => {
    restored ??= (async () => {
      try {
        await restore();
        await it.waitFresh();
        await it.resetBaseline();
      } finally {
        active = undefined;
      }
    })();
    return restored;
  };
  active = Promise.resolve();
  return {
    name,
    edges: targets.map((a) => a.edge.name),
    held,
    ms,
    data: exp.data,
    symptom,
    expected: {
      agentLog: exp.agentLog.map((r) => r.source),
      metric: METRIC_NAMES[exp.metric],
      ...(exp.ingressStatus ? { ingressStatus: exp.ingressStatus.source } : {}),
      ...(exp.errorLog ? { errorLog: exp.errorLog.source } : {}),
    },
    restore: doRestore,
  };
}
