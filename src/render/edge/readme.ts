/** README.md of one edge folder, in ctx.lang: what to apply, in which order, how to run and verify it. */
import type { Edge } from '../../fleet/defaults.js';
import { compareVersions } from '../../fleet/defaults.js';
import {
  AGENT_MODE_SINCE,
  agentModeFlag,
  agentModeSupported,
  REMOTE_WRITE_FIELD_SINCE,
  remoteWriteFieldSupported,
  SCRAPE_AUTHORIZATION_SINCE,
} from '../../fleet/prometheus.js';
import type { Lang } from '../../i18n/index.js';
import { edgeMessages as m } from '../../i18n/messages/edge.js';
import type { RenderContext } from '../context.js';
import { toYaml, toYamlDocuments } from '../yaml.js';
import {
  AGENT_CONFIG_DIR,
  AGENT_CONFIG_KEY,
  AGENT_CONFIGMAP,
  AGENT_PORT,
  AGENT_STORAGE_PATH,
  agentCommandLine,
  DEFAULT_PASSWORD_FILE,
  EDGE_NAMESPACE,
  REMOTE_WRITE_NAME,
  REMOTE_WRITE_SECRET,
  REMOTE_WRITE_SECRET_DIR,
  REMOTE_WRITE_SECRET_KEY,
  receiveRemoteWriteUrl,
  unsupportedRemoteWriteFields,
} from './agent-config.js';

const AGENT = 'prometheus-agent';

// The snippets depend on nothing or only on the Prometheus version: computed once per version, since a
// fleet of thousands of edges would otherwise stringify the same YAML thousands of times (bench/render).
let rbacSnippet: string | undefined;
const statefulSetSnippets = new Map<string, string>();

function rbacYaml(): string {
  rbacSnippet ??= rbacYamlUncached();
  return rbacSnippet;
}

function statefulSetYaml(edge: Edge): string {
  let s = statefulSetSnippets.get(edge.prometheusVersion);
  if (s === undefined) {
    s = statefulSetYamlUncached(edge);
    statefulSetSnippets.set(edge.prometheusVersion, s);
  }
  return s;
}

function rbacYamlUncached(): string {
  return toYamlDocuments([
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: AGENT, namespace: EDGE_NAMESPACE } },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: { name: AGENT },
      rules: [
        { apiGroups: [''], resources: ['nodes', 'pods'], verbs: ['get', 'list', 'watch'] },
        // The kubelet authorizes /metrics and /metrics/cadvisor as the nodes/metrics subresource.
        { apiGroups: [''], resources: ['nodes/metrics'], verbs: ['get'] },
      ],
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name: AGENT },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: AGENT },
      subjects: [{ kind: 'ServiceAccount', name: AGENT, namespace: EDGE_NAMESPACE }],
    },
  ]);
}

/** Depends on the edge only through its Prometheus version (image tag and agent flags). */
function statefulSetYamlUncached(edge: Edge): string {
  const [, ...args] = agentCommandLine(edge);
  const mounts: Record<string, unknown>[] = [
    { name: 'config', mountPath: AGENT_CONFIG_DIR, readOnly: true },
    // A directory mount, not subPath, so Secret updates reach the running pod.
    { name: 'remote-write', mountPath: REMOTE_WRITE_SECRET_DIR, readOnly: true },
    { name: 'wal', mountPath: AGENT_STORAGE_PATH },
  ];
  return toYaml({
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: AGENT, namespace: EDGE_NAMESPACE },
    spec: {
      serviceName: AGENT,
      replicas: 1,
      selector: { matchLabels: { 'app.kubernetes.io/name': AGENT } },
      template: {
        metadata: { labels: { 'app.kubernetes.io/name': AGENT } },
        spec: {
          serviceAccountName: AGENT,
          containers: [
            {
              name: 'prometheus',
              image: `quay.io/prometheus/prometheus:v${edge.prometheusVersion}`,
              args,
              ports: [{ name: 'http', containerPort: AGENT_PORT }],
              readinessProbe: { httpGet: { path: '/-/ready', port: 'http' } },
              volumeMounts: mounts,
            },
          ],
          volumes: [
            { name: 'config', configMap: { name: AGENT_CONFIGMAP } },
            { name: 'remote-write', secret: { secretName: REMOTE_WRITE_SECRET, defaultMode: 0o440 } },
          ],
          // Prometheus images run as nobody (65534); fsGroup lets it write the WAL and read the Secret.
          securityContext: { runAsNonRoot: true, runAsUser: 65534, fsGroup: 65534 },
        },
      },
      volumeClaimTemplates: [
        {
          metadata: { name: 'wal' },
          spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } } },
        },
      ],
    },
  });
}

/**
 * "Verify" of an edge README, for every edge form: the agent's own counters through a port-forward to
 * `target` (pod/… or statefulset/…), the real failure log lines, and the queries that show the edge's
 * series centrally. `-c prometheus`: operator-made pods also run a config-reloader container.
 */
/**
 * "Apply, in this order" of an edge README, for every edge form: the numbered steps, then the commands
 * that create the namespace and apply `files` in order, then `more` commands (a helm install).
 */
export function edgeApplySection(
  lang: Lang,
  edge: Edge,
  steps: string[],
  files: string[],
  more: string[] = [],
): string[] {
  const kubectl = `kubectl --context ${edge.name}`;
  return [
    `## ${m.readmeApplyHeading[lang]()}`,
    '',
    m.readmeApplyBefore[lang](),
    '',
    ...steps.map((s, i) => `${i + 1}. ${s}`),
    '',
    '```sh',
    `${kubectl} create namespace ${EDGE_NAMESPACE} --dry-run=client -o yaml | ${kubectl} apply -f -`,
    ...files.map((f) => `${kubectl} apply -f ${f}`),
    ...more,
    '```',
    '',
  ];
}

export function edgeVerifySection(
  ctx: RenderContext,
  edge: Edge,
  target: string,
  selfScraped = true,
): string[] {
  const { lang } = ctx;
  const ns = EDGE_NAMESPACE;
  const sel = `cluster="${edge.clusterLabel}", remote_name="${REMOTE_WRITE_NAME}"`;
  return [
    `## ${m.readmeVerifyHeading[lang]()}`,
    '',
    m.readmeVerifyNoSuccessLog[lang](),
    '',
    '```sh',
    `kubectl --context ${edge.name} -n ${ns} port-forward ${target} ${AGENT_PORT}:${AGENT_PORT} &`,
    `curl -s http://127.0.0.1:${AGENT_PORT}/metrics | grep -E '^prometheus_remote_storage_samples_(total|failed_total|retried_total)\\{'`,
    `kubectl --context ${edge.name} -n ${ns} logs ${target} -c prometheus | grep -E 'Failed to send batch, retrying|non-recoverable error'`,
    '```',
    '',
    m.readmeVerifyCounters[lang](),
    '',
    m.readmeVerifyLogs[lang](),
    '',
    selfScraped ? m.readmeVerifyCentral[lang]() : m.readmeVerifyCentralNoSelf[lang](),
    '',
    '```promql',
    `up{cluster="${edge.clusterLabel}"}`,
    ...(selfScraped
      ? [
          `rate(prometheus_remote_storage_samples_total{${sel}}[5m])`,
          `rate(prometheus_remote_storage_samples_failed_total{${sel}}[5m])`,
          `rate(prometheus_remote_storage_samples_retried_total{${sel}}[5m])`,
        ]
      : []),
    '```',
    '',
  ];
}

export function renderEdgeReadme(ctx: RenderContext, edge: Edge, user: string = edge.name): string {
  const { fleet, lang } = ctx;
  const v = edge.prometheusVersion;
  const url = receiveRemoteWriteUrl(fleet);
  const ns = EDGE_NAMESPACE;
  const q = edge.queue;
  const yesSecret = m.yes0600[lang]();
  const no = m.no[lang]();
  const out: string[] = [];
  out.push(`# ${m.readmeTitle[lang]({ edge: edge.name })}`, '');
  out.push(m.readmeIntro[lang]({ edge: edge.name, user, cluster: edge.clusterLabel, version: v, url }), '');

  out.push(`## ${m.readmeFilesHeading[lang]()}`, '', m.readmeFilesHeader[lang]());
  out.push(`| \`prometheus.yml\` | ${m.fileConfig[lang]()} | ${no} |`);
  out.push(
    `| \`agent-configmap.yaml\` | ${m.fileConfigMap[lang]({ name: AGENT_CONFIGMAP, key: AGENT_CONFIG_KEY })} | ${no} |`,
  );
  out.push(
    `| \`remote-write-secret.yaml\` | ${m.fileSecret[lang]({ name: REMOTE_WRITE_SECRET, key: REMOTE_WRITE_SECRET_KEY })} | ${yesSecret} |`,
  );
  out.push(`| \`password\` | ${m.filePassword[lang]()} | ${yesSecret} |`, '');

  out.push(
    ...edgeApplySection(
      lang,
      edge,
      [
        m.stepNamespace[lang]({ ns }),
        m.stepSecret[lang](),
        m.stepConfigMap[lang](),
        m.stepRbac[lang](),
        ...(edge.caFile ? [m.stepCaFile[lang]({ caFile: edge.caFile })] : []),
        m.stepWorkload[lang](),
      ],
      ['remote-write-secret.yaml', 'agent-configmap.yaml'],
    ),
  );

  out.push(`## ${m.readmeRunHeading[lang]()}`, '');
  out.push(m.readmeRunIntro[lang]({ dir: REMOTE_WRITE_SECRET_DIR, file: DEFAULT_PASSWORD_FILE }), '');
  out.push(m.readmeRunReplicas[lang](), '');
  out.push('```yaml', statefulSetYaml(edge).trimEnd(), '```', '');
  out.push(m.readmeRbacIntro[lang](), '');
  out.push('```yaml', rbacYaml().trimEnd(), '```', '');

  out.push(...edgeVerifySection(ctx, edge, `pod/${AGENT}-0`));

  out.push(`## ${m.readmeDiffHeading[lang]()}`, '', m.readmeDiffHeader[lang]());
  const retryField = 'queue_config.retry_on_http_429';
  const retryHere = !remoteWriteFieldSupported(retryField, v)
    ? m.retryHereMissing[lang]({ version: v, since: REMOTE_WRITE_FIELD_SINCE[retryField] ?? '' })
    : q.retryOnHttp429
      ? m.retryHere[lang]()
      : m.retryHereOff[lang]();
  out.push(m.diffRetry[lang]({ here: retryHere }));
  out.push(m.diffCapacity[lang]({ capacity: q.capacity, mps: q.maxSamplesPerSend }));
  out.push(m.diffPassword[lang]());
  out.push(m.diffRelabel[lang]());
  out.push(m.diffInsecure[lang]());
  out.push(m.diffSuccessLog[lang](), '');

  const notes: string[] = [];
  if (agentModeSupported(v)) notes.push(m.versionAgentFlag[lang]({ flag: agentModeFlag(v) }));
  else notes.push(m.versionNoAgent[lang]({ version: v, since: AGENT_MODE_SINCE }));
  const dropped = unsupportedRemoteWriteFields(fleet, edge);
  if (dropped.length > 0)
    notes.push(m.versionDropped[lang]({ fields: dropped.map((f) => `\`${f}\``).join(', ') }));
  if (compareVersions(v, SCRAPE_AUTHORIZATION_SINCE) < 0)
    notes.push(m.versionBearer[lang]({ since: SCRAPE_AUTHORIZATION_SINCE }));
  if (compareVersions(v, '2.44.0') < 0) notes.push(m.versionOldDefaults[lang]());
  out.push(`## ${m.readmeVersionHeading[lang]({ version: v })}`, '');
  for (const n of notes) out.push(`- ${n}`);
  return `${out.join('\n')}\n`;
}
