import { defineMessages } from '../index.js';

/** Sentences of the edge artifacts (prometheus.yml comments, manifests, edge README) and the top-level README. */
export const edgeMessages = defineMessages({
  // ---- prometheus.yml ------------------------------------------------------------------------------
  configHeader: {
    en: (p: { edge: string; version: string }) =>
      `thanos-fleet: Prometheus agent configuration of edge cluster "${p.edge}" (Prometheus ${p.version}).`,
    ko: (p: { edge: string; version: string }) =>
      `thanos-fleet: 엣지 클러스터 "${p.edge}" 의 Prometheus 에이전트 설정 (Prometheus ${p.version}).`,
  },
  configRun: {
    en: (p: { command: string }) => `Run as: ${p.command}`,
    ko: (p: { command: string }) => `실행: ${p.command}`,
  },
  configNoAgentMode: {
    en: (p: { version: string; since: string; command: string }) =>
      `Prometheus ${p.version} has no agent mode (it arrived in ${p.since}): this file runs in server mode,\n` +
      `which also keeps a local TSDB (kept for one day). Run as: ${p.command}\n` +
      `Upgrade to ${p.since} or later to run it as an agent.`,
    ko: (p: { version: string; since: string; command: string }) =>
      `Prometheus ${p.version} 에는 에이전트 모드가 없습니다 (${p.since} 에서 추가): 이 파일은 서버 모드로 실행되며\n` +
      `로컬 TSDB 도 유지합니다 (하루 보존). 실행: ${p.command}\n` +
      `에이전트로 실행하려면 ${p.since} 이상으로 올리세요.`,
  },
  configAgentForbids: {
    en: () =>
      'No rule_files, alerting or remote_read: agent mode refuses a file with any of them (datapath.md §2).',
    ko: () =>
      'rule_files, alerting, remote_read 는 없습니다: 에이전트 모드는 이 중 하나라도 있으면 파일을 거부합니다 (datapath.md §2).',
  },
  configGenerated: {
    en: () =>
      'Generated from the fleet file: change the fleet file and render again instead of editing this file.',
    ko: () => '플릿 파일에서 생성됨: 이 파일을 고치지 말고 플릿 파일을 바꾼 뒤 다시 렌더링하세요.',
  },
  commentExternalLabels: {
    en: () =>
      'One `cluster` value per edge: two edges with identical series would make Receive reject one with 409.',
    ko: () => '엣지마다 고유한 `cluster` 값: 두 엣지의 시리즈가 같으면 Receive 가 한쪽을 409 로 거부합니다.',
  },
  commentRemoteTimeout: {
    en: () =>
      'Per HTTP attempt. When it expires the agent logs "context deadline exceeded" and retries (datapath.md §1.3);\n' +
      'the ingress read timeout is set longer, so the agent, not the ingress, decides when a write is too slow.',
    ko: () =>
      'HTTP 시도 1회당 제한. 만료되면 에이전트가 "context deadline exceeded" 를 기록하고 재시도합니다 (datapath.md §1.3).\n' +
      'ingress 읽기 타임아웃은 이보다 길게 설정되므로, 쓰기가 느린지는 ingress 가 아니라 에이전트가 판단합니다.',
  },
  commentBasicAuth: {
    en: (p: { secret: string }) =>
      `password_file, never the password itself: the file comes from Secret ${p.secret}, mounted read-only.\n` +
      'Prometheus reads it on every request, so a new password needs no restart (sandbox.md §4).',
    ko: (p: { secret: string }) =>
      `비밀번호를 직접 쓰지 않고 password_file 사용: 파일은 읽기 전용으로 마운트한 Secret ${p.secret} 에서 옵니다.\n` +
      'Prometheus 는 요청마다 이 파일을 읽으므로 비밀번호를 바꿔도 재시작이 필요 없습니다 (sandbox.md §4).',
  },
  commentTls: {
    en: (p: { caFile?: string }) =>
      p.caFile
        ? `The certificate is always verified (never insecure_skip_verify), against the private CA in ${p.caFile}.`
        : 'The certificate is always verified (never insecure_skip_verify) against the system CAs; set caFile in the fleet file for a private issuer.',
    ko: (p: { caFile?: string }) =>
      p.caFile
        ? `인증서는 항상 검증합니다 (insecure_skip_verify 사용 안 함). 사설 CA ${p.caFile} 로 검증합니다.`
        : '인증서는 항상 시스템 CA 로 검증합니다 (insecure_skip_verify 사용 안 함). 사설 발급자라면 플릿 파일에 caFile 을 설정하세요.',
  },
  commentCapacity: {
    en: () =>
      // Latin-1 only, like every English text in edge files (rollout.ts, kpsHeader).
      'capacity is at least 3 × max_samples_per_send, the 3-10 × that prometheus.io/docs/practices/remote_write advises.',
    ko: () =>
      'capacity 는 max_samples_per_send 의 3 배 이상: prometheus.io/docs/practices/remote_write 권장치는 3–10 배입니다.',
  },
  commentRetry429: {
    en: () =>
      'retry_on_http_429: without it a 429 from the ingress rate limit drops the batch for good (datapath.md §1.2).',
    ko: () =>
      'retry_on_http_429: 없으면 ingress 속도 제한의 429 응답에 배치가 영구히 버려집니다 (datapath.md §1.2).',
  },
  commentRetry429Off: {
    en: () =>
      'retry_on_http_429 is off in the fleet file: a 429 from the ingress drops the batch (datapath.md §1.2).',
    ko: () =>
      '플릿 파일에서 retry_on_http_429 가 꺼져 있습니다: ingress 의 429 응답에 배치가 버려집니다 (datapath.md §1.2).',
  },
  commentNo429Field: {
    en: (p: { version: string; since: string }) =>
      `Prometheus ${p.version} has no retry_on_http_429 (needs ${p.since}): a 429 from the ingress drops the batch.`,
    ko: (p: { version: string; since: string }) =>
      `Prometheus ${p.version} 에는 retry_on_http_429 가 없습니다 (${p.since} 필요): ingress 의 429 응답에 배치가 버려집니다.`,
  },
  // ---- manifests -----------------------------------------------------------------------------------
  secretHeader: {
    en: (p: { edge: string }) =>
      `Remote-write password of edge "${p.edge}". Apply it on that edge cluster only; keep this file out of git.`,
    ko: (p: { edge: string }) =>
      `엣지 "${p.edge}" 의 remote write 비밀번호. 해당 엣지 클러스터에만 적용하고 이 파일은 git 에 넣지 마세요.`,
  },
  configMapHeader: {
    en: (p: { edge: string }) =>
      `Prometheus agent configuration of edge "${p.edge}" (the same text as prometheus.yml beside this file).`,
    ko: (p: { edge: string }) =>
      `엣지 "${p.edge}" 의 Prometheus 에이전트 설정 (옆의 prometheus.yml 과 같은 내용).`,
  },
  // ---- edge README ---------------------------------------------------------------------------------
  readmeTitle: {
    en: (p: { edge: string }) => `Edge cluster \`${p.edge}\``,
    ko: (p: { edge: string }) => `엣지 클러스터 \`${p.edge}\``,
  },
  readmeIntro: {
    en: (p: { edge: string; user: string; cluster: string; version: string; url: string }) =>
      `These files run the Prometheus agent of edge cluster \`${p.edge}\` (Prometheus ${p.version}). ` +
      `Every series it sends carries \`cluster="${p.cluster}"\`; it writes to \`${p.url}\` as user \`${p.user}\`.`,
    ko: (p: { edge: string; user: string; cluster: string; version: string; url: string }) =>
      `이 파일들은 엣지 클러스터 \`${p.edge}\` 의 Prometheus 에이전트(Prometheus ${p.version})를 실행합니다. ` +
      `보내는 모든 시리즈에 \`cluster="${p.cluster}"\` 가 붙으며, 사용자 \`${p.user}\` 로 \`${p.url}\` 에 씁니다.`,
  },
  readmeFilesHeading: { en: () => 'Files', ko: () => '파일' },
  readmeFilesHeader: {
    en: () => '| File | What it is | Secret |\n| --- | --- | --- |',
    ko: () => '| 파일 | 내용 | 비밀 |\n| --- | --- | --- |',
  },
  fileConfig: {
    en: () => 'the agent configuration (the same text as in the ConfigMap)',
    ko: () => '에이전트 설정 (ConfigMap 안의 내용과 동일)',
  },
  fileConfigMap: {
    en: (p: { name: string; key: string }) => `ConfigMap \`${p.name}\`, key \`${p.key}\``,
    ko: (p: { name: string; key: string }) => `ConfigMap \`${p.name}\`, 키 \`${p.key}\``,
  },
  fileSecret: {
    en: (p: { name: string; key: string }) =>
      `Secret \`${p.name}\`, key \`${p.key}\`: the remote-write password`,
    ko: (p: { name: string; key: string }) => `Secret \`${p.name}\`, 키 \`${p.key}\`: remote write 비밀번호`,
  },
  filePassword: {
    en: () => 'the same password as a plain file, for an agent run outside Kubernetes',
    ko: () => '같은 비밀번호를 담은 일반 파일 (Kubernetes 밖에서 에이전트를 실행할 때)',
  },
  yes0600: { en: () => 'yes (mode 0600)', ko: () => '예 (권한 0600)' },
  no: { en: () => 'no', ko: () => '아니요' },
  readmeApplyHeading: { en: () => 'Apply, in this order', ko: () => '적용 순서' },
  readmeApplyBefore: {
    en: () =>
      "Roll out the central cluster first (see ../../README.md). Until the ingress knows this edge's password it answers " +
      '401, which Prometheus treats as non-recoverable: those samples are dropped, not retried (datapath.md §1.2).',
    ko: () =>
      '중앙 클러스터를 먼저 배포하세요 (../../README.md 참고). ingress 가 이 엣지의 비밀번호를 모르는 동안에는 401 을 ' +
      '응답하는데, Prometheus 는 이를 복구 불가능한 오류로 보고 샘플을 재시도 없이 버립니다 (datapath.md §1.2).',
  },
  stepNamespace: {
    en: (p: { ns: string }) => `Create the namespace \`${p.ns}\` if it does not exist yet.`,
    ko: (p: { ns: string }) => `네임스페이스 \`${p.ns}\` 가 없으면 만듭니다.`,
  },
  stepSecret: {
    en: () => 'Apply the Secret first: a pod that mounts a missing Secret waits in ContainerCreating.',
    ko: () =>
      'Secret 을 먼저 적용합니다: 없는 Secret 을 마운트하는 파드는 ContainerCreating 상태로 멈춰 있습니다.',
  },
  stepConfigMap: { en: () => 'Apply the ConfigMap.', ko: () => 'ConfigMap 을 적용합니다.' },
  stepRbac: {
    en: () =>
      'Give the agent a ServiceAccount that may discover nodes and pods and read kubelet metrics (below).',
    ko: () =>
      '노드와 파드를 탐색하고 kubelet 메트릭을 읽을 수 있는 ServiceAccount 를 에이전트에 줍니다 (아래).',
  },
  stepWorkload: {
    en: () =>
      'Run the agent with the mounts below. After a configuration change, POST /-/reload (it runs with --web.enable-lifecycle) or restart the pod.',
    ko: () =>
      '아래 마운트로 에이전트를 실행합니다. 설정을 바꾼 뒤에는 /-/reload 로 POST 하거나 (--web.enable-lifecycle 로 실행) 파드를 재시작하세요.',
  },
  stepCaFile: {
    en: (p: { caFile: string }) =>
      `Mount the private CA at \`${p.caFile}\` as well: with a missing ca_file the agent exits at start-up ("unable to load specified CA cert", sandbox.md §5).`,
    ko: (p: { caFile: string }) =>
      `사설 CA 도 \`${p.caFile}\` 경로에 마운트하세요: ca_file 이 없으면 에이전트가 시작 시 종료합니다 ("unable to load specified CA cert", sandbox.md §5).`,
  },
  readmeRunHeading: { en: () => 'Running the agent', ko: () => '에이전트 실행' },
  readmeRunIntro: {
    en: (p: { dir: string; file: string }) =>
      `The Secret is mounted as a directory at \`${p.dir}\`, so the config's password_file is \`${p.file}\`. ` +
      'Do not use subPath: subPath mounts never receive Secret updates, while a directory mount does, and Prometheus ' +
      're-reads password_file on every request, so a rotated password takes effect without a restart (sandbox.md §4).',
    ko: (p: { dir: string; file: string }) =>
      `Secret 은 \`${p.dir}\` 에 디렉터리로 마운트되므로 설정의 password_file 은 \`${p.file}\` 입니다. ` +
      'subPath 는 쓰지 마세요: subPath 마운트는 Secret 변경을 받지 못하지만 디렉터리 마운트는 받으며, Prometheus 는 ' +
      '요청마다 password_file 을 다시 읽으므로 비밀번호를 바꿔도 재시작 없이 적용됩니다 (sandbox.md §4).',
  },
  readmeRunReplicas: {
    en: () =>
      'Keep one replica: two agents with identical external labels send the same series twice. The WAL volume keeps ' +
      'unsent samples across restarts; the agent holds at most about 4 h of them while Receive is unreachable (datapath.md §1.4).',
    ko: () =>
      '복제본은 하나로 유지하세요: 외부 레이블이 같은 에이전트 두 개는 같은 시리즈를 두 번 보냅니다. WAL 볼륨은 재시작 후에도 ' +
      '보내지 못한 샘플을 유지하며, Receive 에 닿지 못하는 동안 최대 약 4시간 분량까지만 보관합니다 (datapath.md §1.4).',
  },
  readmeRbacIntro: {
    en: () =>
      'Permissions for the scrape jobs: discovery of nodes and pods, and `nodes/metrics` for kubelet and cAdvisor. ' +
      'Kubelet certificates are verified against the cluster CA; if scrapes fail with "x509: certificate signed by unknown authority", ' +
      'the kubelet serves a self-signed certificate: enable kubelet serverTLSBootstrap rather than skipping verification.',
    ko: () =>
      '스크레이프 작업에 필요한 권한: 노드·파드 탐색과 kubelet·cAdvisor 용 `nodes/metrics`. ' +
      'kubelet 인증서는 클러스터 CA 로 검증합니다. 스크레이프가 "x509: certificate signed by unknown authority" 로 실패하면 ' +
      'kubelet 이 자체 서명 인증서를 쓰는 것이니, 검증을 끄지 말고 kubelet serverTLSBootstrap 을 켜세요.',
  },
  readmeVerifyHeading: { en: () => 'Verify', ko: () => '확인' },
  readmeVerifyNoSuccessLog: {
    en: () =>
      'Prometheus logs nothing when a write succeeds: there is no "Remote storage write successful" line (datapath.md §10). ' +
      'Judge by the counters instead. The agent has no query API, so read its /metrics directly:',
    ko: () =>
      'Prometheus 는 쓰기에 성공해도 아무 로그도 남기지 않습니다: "Remote storage write successful" 같은 줄은 없습니다 (datapath.md §10). ' +
      '대신 카운터로 판단하세요. 에이전트에는 쿼리 API 가 없으므로 /metrics 를 직접 읽습니다:',
  },
  readmeVerifyCounters: {
    en: () =>
      '`prometheus_remote_storage_samples_total` must rise between two reads, while `prometheus_remote_storage_samples_failed_total` ' +
      'and `prometheus_remote_storage_samples_retried_total` stay flat. samples_total alone is not proof: it also counts retried attempts (datapath.md §3).',
    ko: () =>
      '두 번 읽는 사이 `prometheus_remote_storage_samples_total` 은 증가하고 `prometheus_remote_storage_samples_failed_total` 과 ' +
      '`prometheus_remote_storage_samples_retried_total` 은 그대로여야 합니다. samples_total 만으로는 부족합니다: 재시도도 셉니다 (datapath.md §3).',
  },
  readmeVerifyLogs: {
    en: () =>
      'The real failure lines are warn `Failed to send batch, retrying` (network error, timeout or 5xx: retried) and error ' +
      '`non-recoverable error` (401, 413, other 4xx, and 429 without retry_on_http_429: the batch is dropped). They repeat at most once a minute (datapath.md §1.2).',
    ko: () =>
      '실제 실패 로그는 warn `Failed to send batch, retrying` (네트워크 오류·타임아웃·5xx: 재시도) 와 error ' +
      '`non-recoverable error` (401, 413, 기타 4xx, retry_on_http_429 없는 429: 배치 폐기) 입니다. 같은 줄은 1분에 최대 한 번 찍힙니다 (datapath.md §1.2).',
  },
  readmeVerifyCentralNoSelf: {
    en: () =>
      "Nothing here scrapes the agent itself (add a PodMonitor for it to see its counters centrally). In Grafana or Thanos Query, the edge's series:",
    ko: () =>
      '여기서는 에이전트 자신을 스크레이프하지 않습니다 (카운터를 중앙에서 보려면 PodMonitor 를 추가하세요). Grafana 나 Thanos Query 에서 이 엣지의 시리즈:',
  },
  readmeVerifyCentral: {
    en: () => 'The agent scrapes itself, so the same counters arrive centrally. In Grafana or Thanos Query:',
    ko: () =>
      '에이전트가 자기 자신도 스크레이프하므로 같은 카운터가 중앙에도 도착합니다. Grafana 나 Thanos Query 에서:',
  },
  readmeDiffHeading: {
    en: () => 'What differs from the old multi-cluster ingress guide',
    ko: () => '기존 멀티클러스터 Ingress 가이드와 다른 점',
  },
  readmeDiffHeader: {
    en: () => '| Guide | Here | Why |\n| --- | --- | --- |',
    ko: () => '| 가이드 | 여기 | 이유 |\n| --- | --- | --- |',
  },
  diffRetry: {
    en: (p: { here: string }) =>
      `| no retry_on_http_429 | ${p.here} | a 429 is otherwise non-recoverable: the batch is dropped (datapath.md §1.2) |`,
    ko: (p: { here: string }) =>
      `| retry_on_http_429 없음 | ${p.here} | 없으면 429 는 복구 불가능 오류라 배치가 버려집니다 (datapath.md §1.2) |`,
  },
  diffCapacity: {
    en: (p: { capacity: number; mps: number }) =>
      `| capacity 10000 with max_samples_per_send 5000 (2×) | capacity ${p.capacity}, max_samples_per_send ${p.mps} | prometheus.io/docs/practices/remote_write advises 3-10 × max_samples_per_send |`,
    ko: (p: { capacity: number; mps: number }) =>
      `| capacity 10000, max_samples_per_send 5000 (2배) | capacity ${p.capacity}, max_samples_per_send ${p.mps} | prometheus.io/docs/practices/remote_write 는 max_samples_per_send 의 3–10 배를 권장 |`,
  },
  diffPassword: {
    en: () =>
      '| `password: secret-password` inline | `password_file` from a mounted Secret | a password in a ConfigMap is readable by anyone who can read ConfigMaps, and ends up in git |',
    ko: () =>
      '| `password: secret-password` 직접 기재 | 마운트한 Secret 의 `password_file` | ConfigMap 의 비밀번호는 ConfigMap 을 읽을 수 있는 누구나 보고, git 에도 들어갑니다 |',
  },
  diffRelabel: {
    en: () =>
      '| `write_relabel_configs: []` as a "retry setting" | not emitted | it is an (empty) list of relabel rules; retries are queue_config min_backoff / max_backoff / retry_on_http_429 and remote_timeout (datapath.md §10) |',
    ko: () =>
      '| `write_relabel_configs: []` 를 "재시도 설정" 으로 소개 | 넣지 않음 | 비어 있는 relabel 규칙 목록일 뿐입니다. 재시도는 queue_config 의 min_backoff / max_backoff / retry_on_http_429 와 remote_timeout 입니다 (datapath.md §10) |',
  },
  diffInsecure: {
    en: () =>
      '| `insecure_skip_verify: true` for x509 errors | always verified; `ca_file` for a private CA | skipping verification sends the password to whoever answers |',
    ko: () =>
      '| x509 오류에 `insecure_skip_verify: true` | 항상 검증; 사설 CA 는 `ca_file` | 검증을 끄면 응답하는 누구에게나 비밀번호를 보냅니다 |',
  },
  diffSuccessLog: {
    en: () =>
      '| success log "Remote storage write successful" | counters (see Verify) | no such log line exists; failures log "Failed to send batch, retrying" / "non-recoverable error" (datapath.md §10) |',
    ko: () =>
      '| 성공 로그 "Remote storage write successful" | 카운터로 확인 (확인 절 참고) | 그런 로그는 없습니다; 실패 시 "Failed to send batch, retrying" / "non-recoverable error" (datapath.md §10) |',
  },
  retryHere: {
    en: () => '`retry_on_http_429: true`',
    ko: () => '`retry_on_http_429: true`',
  },
  retryHereOff: {
    en: () => '`retry_on_http_429: false` (set so in the fleet file)',
    ko: () => '`retry_on_http_429: false` (플릿 파일 설정)',
  },
  retryHereMissing: {
    en: (p: { version: string; since: string }) =>
      `not available in Prometheus ${p.version}: upgrade to ${p.since} or later`,
    ko: (p: { version: string; since: string }) =>
      `Prometheus ${p.version} 에는 없음: ${p.since} 이상으로 올리세요`,
  },
  readmeVersionHeading: {
    en: (p: { version: string }) => `Prometheus ${p.version}: what this version changes`,
    ko: (p: { version: string }) => `Prometheus ${p.version}: 이 버전 때문에 달라지는 점`,
  },
  versionAgentFlag: {
    en: (p: { flag: string }) => `Agent mode is enabled with \`${p.flag}\` (datapath.md §2).`,
    ko: (p: { flag: string }) => `에이전트 모드는 \`${p.flag}\` 로 켭니다 (datapath.md §2).`,
  },
  versionNoAgent: {
    en: (p: { version: string; since: string }) =>
      `Prometheus ${p.version} has no agent mode (added in ${p.since}): the agent runs as a server with a short local retention. Upgrade to ${p.since} or later.`,
    ko: (p: { version: string; since: string }) =>
      `Prometheus ${p.version} 에는 에이전트 모드가 없습니다 (${p.since} 에서 추가): 짧은 로컬 보존 기간의 서버 모드로 실행합니다. ${p.since} 이상으로 올리세요.`,
  },
  versionDropped: {
    en: (p: { fields: string }) =>
      `Not rendered because this version rejects them (strict parsing would refuse the whole file, datapath.md §1.1): ${p.fields}.`,
    ko: (p: { fields: string }) =>
      `이 버전이 거부하므로 넣지 않은 필드 (엄격한 파싱으로 파일 전체가 거부됨, datapath.md §1.1): ${p.fields}.`,
  },
  versionBearer: {
    en: (p: { since: string }) =>
      `Scrape jobs use \`bearer_token_file\`: \`authorization\` in scrape configs needs ${p.since}.`,
    ko: (p: { since: string }) =>
      `스크레이프 작업은 \`bearer_token_file\` 을 씁니다: 스크레이프 설정의 \`authorization\` 은 ${p.since} 이상에서만 됩니다.`,
  },
  versionOldDefaults: {
    en: () =>
      "This version's own queue defaults are 2500 / 200 / 500 (capacity / max_shards / max_samples_per_send, raised in 2.44.0); prometheus.yml sets every queue value explicitly, so the fleet's values apply as written.",
    ko: () =>
      '이 버전 자체의 큐 기본값은 2500 / 200 / 500 (capacity / max_shards / max_samples_per_send, 2.44.0 에서 상향) 이지만, prometheus.yml 이 큐 값을 모두 명시하므로 플릿 값이 그대로 적용됩니다.',
  },
  // ---- top-level README ----------------------------------------------------------------------------
  indexTitle: {
    en: (p: { fleet: string }) => `Fleet \`${p.fleet}\`: rendered files`,
    ko: (p: { fleet: string }) => `플릿 \`${p.fleet}\`: 렌더링된 파일`,
  },
  indexIntro: {
    en: (p: { provider: string; edges: number; receive: string }) =>
      `Prometheus agents on ${p.edges} edge cluster(s) write over HTTPS to Thanos Receive at \`${p.receive}\` on the central cluster. ` +
      `Ingress provider: \`${p.provider}\`.`,
    ko: (p: { provider: string; edges: number; receive: string }) =>
      `엣지 클러스터 ${p.edges} 개의 Prometheus 에이전트가 HTTPS 로 중앙 클러스터의 Thanos Receive \`${p.receive}\` 에 씁니다. ` +
      `Ingress 제공자: \`${p.provider}\`.`,
  },
  indexFoldersHeading: { en: () => 'Folders', ko: () => '폴더' },
  indexFoldersHeader: {
    en: () => '| Folder | What it holds | Applied on | Files |\n| --- | --- | --- | --- |',
    ko: () => '| 폴더 | 내용 | 적용 대상 | 파일 |\n| --- | --- | --- | --- |',
  },
  indexCentralHolds: {
    en: (p: { provider: string }) =>
      `Thanos and Grafana Helm values, Secrets, certificates and the \`${p.provider}\` objects; see central/README.md`,
    ko: (p: { provider: string }) =>
      `Thanos·Grafana Helm values, Secret, 인증서, \`${p.provider}\` 객체; central/README.md 참고`,
  },
  indexCentralWhere: {
    en: (p: { ns: string }) => `central cluster, namespace \`${p.ns}\``,
    ko: (p: { ns: string }) => `중앙 클러스터, 네임스페이스 \`${p.ns}\``,
  },
  indexEdgeHolds: {
    en: (p: { cluster: string; version: string }) =>
      `Prometheus agent config, its ConfigMap and remote-write Secret (\`cluster="${p.cluster}"\`, Prometheus ${p.version})`,
    ko: (p: { cluster: string; version: string }) =>
      `Prometheus 에이전트 설정, 그 ConfigMap 과 remote write Secret (\`cluster="${p.cluster}"\`, Prometheus ${p.version})`,
  },
  indexEdgeWhere: {
    en: (p: { edge: string; ns: string }) => `edge cluster \`${p.edge}\`, namespace \`${p.ns}\``,
    ko: (p: { edge: string; ns: string }) => `엣지 클러스터 \`${p.edge}\`, 네임스페이스 \`${p.ns}\``,
  },
  indexOtherHolds: { en: () => 'other rendered files', ko: () => '기타 렌더링된 파일' },
  indexFiles: {
    en: (p: { files: number; secrets: number }) => `${p.files} (${p.secrets} secret)`,
    ko: (p: { files: number; secrets: number }) => `${p.files} (비밀 ${p.secrets})`,
  },
  indexSecrets: {
    en: (p: { count: number }) =>
      `${p.count} file(s) hold passwords (mode 0600): keep this folder out of git and copy each file only to the cluster it is for. ` +
      'The passwords come from the state file beside the fleet file (`<fleet>.state.yaml`); keep it, or every password changes on the next render.',
    ko: (p: { count: number }) =>
      `비밀번호가 든 파일 ${p.count} 개 (권한 0600): 이 폴더는 git 에 넣지 말고 각 파일은 해당 클러스터에만 복사하세요. ` +
      '비밀번호는 플릿 파일 옆의 상태 파일(`<fleet>.state.yaml`)에서 옵니다. 이 파일을 잃으면 다음 렌더링에서 모든 비밀번호가 바뀝니다.',
  },
  indexWarningsHeading: { en: () => 'Warnings', ko: () => '경고' },
  indexWarningsNone: {
    en: (p: { provider: string }) => `None: \`${p.provider}\` expresses every part of the ingress policy.`,
    ko: (p: { provider: string }) => `없음: \`${p.provider}\` 가 ingress 정책을 모두 표현합니다.`,
  },
  indexWarningsCount: {
    en: (p: { count: number; provider: string }) =>
      `${p.count} part(s) of the ingress policy cannot be expressed by \`${p.provider}\` (details in central/README.md):`,
    ko: (p: { count: number; provider: string }) =>
      `ingress 정책 중 ${p.count} 개 항목을 \`${p.provider}\` 가 표현하지 못합니다 (자세한 내용은 central/README.md):`,
  },
  indexRolloutHeading: { en: () => 'Rollout order', ko: () => '배포 순서' },
  rolloutPrereq: {
    en: (p: { ns: string; objstore: string }) =>
      `On the central cluster: install cert-manager and the ingress controller, and create the object-storage Secret ` +
      `\`${p.objstore}\` in namespace \`${p.ns}\` (thanos-fleet never sees bucket credentials).`,
    ko: (p: { ns: string; objstore: string }) =>
      `중앙 클러스터: cert-manager 와 ingress 컨트롤러를 설치하고, 네임스페이스 \`${p.ns}\` 에 오브젝트 스토리지 Secret ` +
      `\`${p.objstore}\` 를 만듭니다 (thanos-fleet 은 버킷 자격 증명을 보지 않습니다).`,
  },
  rolloutCentral: {
    en: () => 'Apply `central/` as central/README.md describes.',
    ko: () => 'central/README.md 에 적힌 대로 `central/` 을 적용합니다.',
  },
  rolloutCheckReceive: {
    en: (p: { url: string }) =>
      `Check that Receive is reachable and protected: \`curl -s -o /dev/null -w '%{http_code}\\n' -X POST ${p.url}\` prints 401 (credentials required). ` +
      '404 or 503 means the route or Receive is not ready yet.',
    ko: (p: { url: string }) =>
      `Receive 에 접근 가능하고 보호되는지 확인: \`curl -s -o /dev/null -w '%{http_code}\\n' -X POST ${p.url}\` 가 401 (인증 필요) 을 출력해야 합니다. ` +
      '404 나 503 이면 라우트나 Receive 가 아직 준비되지 않은 것입니다.',
  },
  rolloutEdges: {
    en: () =>
      "Then each edge, following edges/<name>/README.md. Edges go last: before the central ingress knows an edge's password it answers 401, " +
      'and Prometheus drops those samples instead of retrying (datapath.md §1.2).',
    ko: () =>
      '그다음 각 엣지를 edges/<name>/README.md 대로 적용합니다. 엣지가 마지막인 이유: 중앙 ingress 가 엣지 비밀번호를 알기 전에는 401 을 응답하고, ' +
      'Prometheus 는 그 샘플을 재시도하지 않고 버립니다 (datapath.md §1.2).',
  },
  rolloutVerify: {
    en: (p: { clusters: string }) =>
      `In Grafana or Thanos Query, \`count by (cluster) (up)\` lists every edge: ${p.clusters}.`,
    ko: (p: { clusters: string }) =>
      `Grafana 나 Thanos Query 에서 \`count by (cluster) (up)\` 가 모든 엣지를 보여야 합니다: ${p.clusters}.`,
  },
});
