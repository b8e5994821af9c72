/** The sandbox's report: one data shape, rendered as text (ko | en) or JSON. No secret is ever in it. */
import type { Lang } from '../i18n/index.js';
import { sandboxMessages as m } from '../i18n/messages/sandbox.js';
import type { FaultResult, LocalAdjustment, Sandbox, Timings } from './index.js';
import type { Check, Proof } from './proof.js';
import type { Usage } from './resources.js';
import type { SoakResult } from './soak.js';

export interface KeptInfo {
  urls: { host: string; url: string }[];
  stopCommand: string;
  killCommand: string;
  queryCommand: string;
  stateFile: string;
}

export interface SandboxReport {
  fleet: string;
  dir: string;
  edges: { name: string; cluster: string; greenMs?: number }[];
  timings: Timings;
  adjustments: LocalAdjustment[];
  proof?: Proof;
  fault?: Omit<FaultResult, 'restore'> & { restoredMs?: number };
  soak?: SoakResult;
  resources?: Usage;
  resolve: string[];
  caFile: string;
  doctorCommand: string;
  ports: Sandbox['ports'];
  pids: Sandbox['pids'];
  kept?: KeptInfo;
  held: boolean;
}

export function buildReport(
  sb: Sandbox,
  parts: {
    proof?: Proof;
    fault?: FaultResult;
    restoredMs?: number;
    soak?: SoakResult;
    resources?: Usage;
    kept?: boolean;
  },
): SandboxReport {
  const fault = parts.fault
    ? (() => {
        const { restore: _r, ...rest } = parts.fault;
        return { ...rest, ...(parts.restoredMs !== undefined ? { restoredMs: parts.restoredMs } : {}) };
      })()
    : undefined;
  const held = (parts.proof?.held ?? true) && (parts.fault?.held ?? true) && (parts.soak?.held ?? true);
  const q = sb.queryHost;
  const report: SandboxReport = {
    fleet: sb.fleet.name,
    dir: sb.dir,
    edges: sb.fleet.edges.map((e) => ({
      name: e.name,
      cluster: e.clusterLabel,
      ...(sb.timings.edgeGreenMs[e.name] !== undefined ? { greenMs: sb.timings.edgeGreenMs[e.name] } : {}),
    })),
    timings: sb.timings,
    adjustments: sb.adjustments,
    ...(parts.proof ? { proof: parts.proof } : {}),
    ...(fault ? { fault } : {}),
    ...(parts.soak ? { soak: parts.soak } : {}),
    ...(parts.resources ? { resources: parts.resources } : {}),
    resolve: sb.resolve,
    caFile: sb.caFile,
    doctorCommand: sb.doctorCommand,
    ports: sb.ports,
    pids: sb.pids,
    held,
  };
  if (parts.kept) {
    const allPids = [...Object.values(sb.pids.agents), sb.pids.nginx, sb.pids.receiver];
    report.kept = {
      urls: [...new Set(sb.policy.policies.flatMap((p) => p.hosts))].map((host) => ({
        host,
        url: `https://${host}:${sb.ports.https}/`,
      })),
      stopCommand: `thanos-fleet sandbox stop ${sb.dir}`,
      killCommand: `kill ${allPids.join(' ')}`,
      // The operator's password stays in the state file; the command reads it from there.
      queryCommand: `curl --resolve ${q}:${sb.ports.https}:127.0.0.1 --cacert ${sb.caFile} -u ${sb.operator}:"$PASSWORD" 'https://${q}:${sb.ports.https}/api/v1/query?query=count+by+(cluster)(up)'`,
      stateFile: sb.stateFile,
    };
  }
  return report;
}

const s1 = (ms: number | undefined) => (ms === undefined ? '?' : (ms / 1000).toFixed(1));

function checkTitle(c: Check, lang: Lang): string {
  return m[`kind_${c.kind}`][lang]();
}

export function renderText(r: SandboxReport, lang: Lang): string {
  const out: string[] = [];
  out.push(m.title[lang]({ fleet: r.fleet, edges: r.edges.length, dir: r.dir }));
  out.push(
    m.timings[lang]({
      green: s1(r.timings.greenMs),
      pki: s1(r.timings.pkiMs),
      receiver: s1(r.timings.receiverMs),
      ingress: s1(r.timings.ingressMs),
      agents: s1(r.timings.agentsMs),
    }),
  );
  for (const a of r.adjustments) {
    out.push(
      m.adjustment[lang]({
        ...a,
        why: a.why === 'allowlist' ? m.whyAllowlist[lang]() : m.whySharedAddress[lang](),
      }),
    );
  }
  const line = (c: Check) =>
    `  ${c.held ? '✓' : '✗'} ${m.checkLine[lang]({ title: checkTitle(c, lang), expected: c.expected[lang], observed: c.observed[lang], ms: c.ms })}${c.host && c.kind !== 'unknownHost' && c.kind !== 'unknownSni' ? ` [${c.host}]` : ''}`;
  if (r.proof) {
    const byComponent = new Map<string, Check[]>();
    const byEdge = new Map<string, Check[]>();
    const fleetWide: Check[] = [];
    for (const c of r.proof.checks) {
      if (c.edge) byEdge.set(c.edge, [...(byEdge.get(c.edge) ?? []), c]);
      else if (c.component) byComponent.set(c.component, [...(byComponent.get(c.component) ?? []), c]);
      else fleetWide.push(c);
    }
    for (const [component, cs] of byComponent) {
      const hosts = [...new Set(cs.map((c) => c.host).filter(Boolean))].join(', ');
      out.push('', m.sectionComponent[lang]({ component, hosts }));
      for (const c of cs) out.push(line(c));
    }
    for (const e of r.edges) {
      out.push('', m.sectionEdge[lang]({ edge: e.name, cluster: e.cluster }));
      for (const c of byEdge.get(e.name) ?? []) out.push(line(c));
    }
    out.push('', m.sectionFleet[lang]());
    for (const c of fleetWide) out.push(line(c));
  }
  if (r.fault) {
    const f = r.fault;
    out.push('', m.faultTitle[lang]({ name: f.name, edges: f.edges.join(', ') }));
    out.push(`  ${f.held ? '✓' : '✗'} ${(f.held ? m.faultSeen : m.faultNotSeen)[lang]({ ms: f.ms })}`);
    if (f.symptom.agentLog) {
      out.push(`  ${m.faultAgentLog[lang]({ line: f.symptom.agentLog })}`);
      if (f.symptom.agentLogEarlier) out.push(`    ${m.faultAgentLogEarlier[lang]()}`);
    }
    out.push(
      `  ${m.faultMetric[lang]({
        name: f.symptom.metric.name,
        before: f.symptom.metric.before,
        after: f.symptom.metric.after,
        lag: f.symptom.lagSeconds === undefined ? '?' : String(f.symptom.lagSeconds),
        pending: f.symptom.samplesPending === undefined ? '?' : String(f.symptom.samplesPending),
      })}`,
    );
    out.push(
      `  ${m.faultIngress[lang]({
        status:
          f.symptom.ingressStatus === undefined ? m.faultNoHttp[lang]() : String(f.symptom.ingressStatus),
        line: f.symptom.errorLog ?? '-',
      })}`,
    );
    out.push(`  ${(f.data === 'dropped' ? m.faultDataDropped : m.faultDataRetried)[lang]()}`);
    if (f.restoredMs !== undefined) out.push(`  ${m.faultRestored[lang]({ ms: f.restoredMs })}`);
    else if (r.kept) out.push(`  ${m.faultKept[lang]()}`);
  }
  if (r.soak) {
    out.push('', m.soakTitle[lang]({ seconds: r.soak.seconds }));
    out.push(`  ${m.soakRestart[lang]({ down: r.soak.receiverDownSeconds.toFixed(1) })}`);
    for (const e of r.soak.edges) out.push(`  ${e.lost === 0 ? '✓' : '✗'} ${m.soakEdge[lang](e)}`);
    const lost = r.soak.edges.reduce((n, e) => n + e.lost, 0);
    out.push(`  ${lost === 0 ? m.soakHeld[lang]() : m.soakLost[lang]({ lost })}`);
  }
  if (r.resources) {
    out.push(
      '',
      m.resources[lang]({
        rss: (r.resources.rssBytes / 1024 / 1024).toFixed(0),
        cpu: r.resources.cpuSeconds.toFixed(1),
      }),
    );
  }
  if (r.proof) {
    const failed = r.proof.checks.filter((c) => !c.held).length;
    out.push(
      '',
      failed === 0
        ? m.summaryHeld[lang]({ passed: r.proof.checks.length })
        : m.summaryFailed[lang]({ failed, total: r.proof.checks.length }),
    );
  }
  if (r.kept) {
    out.push('', m.keptTitle[lang]());
    for (const u of r.kept.urls) out.push(m.keptUrl[lang](u));
    out.push(m.keptCredentials[lang]({ file: r.kept.stateFile }));
    out.push(m.keptCurl[lang]({ command: r.kept.queryCommand }));
    out.push(m.keptStop[lang]({ command: r.kept.stopCommand, kill: r.kept.killCommand }));
    out.push(m.keptDoctor[lang]({ command: r.doctorCommand }));
  }
  return `${out.join('\n')}\n`;
}
