import { defineMessages } from '../index.js';

type Check = { expected: string; observed: string; ms: number };

export const sandboxMessages = defineMessages({
  toolMissing: {
    en: (p: { tool: string; install: string }) =>
      `${p.tool} is not installed (not on PATH). Install it: ${p.install}`,
    ko: (p: { tool: string; install: string }) =>
      `${p.tool} 이(가) 설치되어 있지 않습니다 (PATH 에 없음). 설치: ${p.install}`,
  },
  toolOld: {
    en: (p: { tool: string; found: string; need: string; install: string }) =>
      `${p.tool} ${p.found} is too old: the sandbox needs ${p.need} or newer. Install a newer one: ${p.install}`,
    ko: (p: { tool: string; found: string; need: string; install: string }) =>
      `${p.tool} ${p.found} 은(는) 너무 오래되었습니다: ${p.need} 이상이 필요합니다. 새 버전 설치: ${p.install}`,
  },
  nothingStarted: {
    en: () => 'nothing was started',
    ko: () => '아무것도 시작하지 않았습니다',
  },
  phasePki: { en: () => 'private CA and server certificate', ko: () => '사설 CA 와 서버 인증서' },
  phaseReceiver: { en: () => 'receiver started', ko: () => '수신기 시작' },
  phaseIngress: {
    en: () => 'nginx started with the rendered config',
    ko: () => '렌더링된 설정으로 nginx 시작',
  },
  phaseAgents: {
    en: (p: { n: number }) => `${p.n} agent(s) started`,
    ko: (p: { n: number }) => `에이전트 ${p.n} 개 시작`,
  },
  phaseEdgeGreen: {
    en: (p: { edge: string }) => `${p.edge} queryable through the query host`,
    ko: (p: { edge: string }) => `${p.edge} 을(를) 쿼리 호스트로 조회 가능`,
  },
  phaseGreen: { en: () => 'every edge queryable', ko: () => '모든 엣지 조회 가능' },
  proving: { en: () => 'running the proof…', ko: () => '증명 실행 중…' },
  title: {
    en: (p: { fleet: string; edges: number; dir: string }) =>
      `thanos-fleet sandbox: fleet "${p.fleet}", ${p.edges} edge(s), in ${p.dir}`,
    ko: (p: { fleet: string; edges: number; dir: string }) =>
      `thanos-fleet sandbox: 플릿 "${p.fleet}", 엣지 ${p.edges} 개, 위치 ${p.dir}`,
  },
  timings: {
    en: (p: { green: string; pki: string; receiver: string; ingress: string; agents: string }) =>
      `start → every edge queryable: ${p.green} s (PKI ${p.pki} s, receiver ${p.receiver} s, nginx ${p.ingress} s, agents ${p.agents} s)`,
    ko: (p: { green: string; pki: string; receiver: string; ingress: string; agents: string }) =>
      `시작 → 모든 엣지 조회 가능: ${p.green} 초 (PKI ${p.pki} 초, 수신기 ${p.receiver} 초, nginx ${p.ingress} 초, 에이전트 ${p.agents} 초)`,
  },
  sectionComponent: {
    en: (p: { component: string; hosts: string }) => `ingress ${p.component} (${p.hosts})`,
    ko: (p: { component: string; hosts: string }) => `인그레스 ${p.component} (${p.hosts})`,
  },
  sectionEdge: {
    en: (p: { edge: string; cluster: string }) => `edge ${p.edge} (cluster="${p.cluster}")`,
    ko: (p: { edge: string; cluster: string }) => `엣지 ${p.edge} (cluster="${p.cluster}")`,
  },
  sectionFleet: { en: () => 'fleet-wide', ko: () => '플릿 전체' },
  checkLine: {
    en: (p: Check & { title: string }) =>
      `${p.title}: expected ${p.expected}, saw ${p.observed} (${p.ms} ms)`,
    ko: (p: Check & { title: string }) => `${p.title}: 기대 ${p.expected}, 관측 ${p.observed} (${p.ms} ms)`,
  },
  kind_tls: {
    en: () => 'TLS verifies against the sandbox CA (SNI)',
    ko: () => 'TLS 가 샌드박스 CA 로 검증됨 (SNI)',
  },
  kind_tlsUntrusted: { en: () => 'another CA does not verify it', ko: () => '다른 CA 로는 검증되지 않음' },
  kind_redirect: { en: () => 'HTTP redirects to HTTPS', ko: () => 'HTTP 가 HTTPS 로 리다이렉트' },
  kind_unknownHost: { en: () => 'unknown Host gets 404', ko: () => '알 수 없는 Host 는 404' },
  kind_unknownSni: { en: () => 'unknown TLS name is refused', ko: () => '알 수 없는 TLS 이름은 거부' },
  kind_authMissing: { en: () => 'no credentials → 401', ko: () => '자격 증명 없음 → 401' },
  kind_authWrong: { en: () => 'wrong password → 401', ko: () => '틀린 비밀번호 → 401' },
  kind_authOk: { en: () => 'right password passes auth', ko: () => '맞는 비밀번호는 인증 통과' },
  kind_bodyLimit: { en: () => 'body above the limit → 413', ko: () => '한도를 넘는 본문 → 413' },
  kind_rateLimit: { en: () => 'over-rate burst → 503', ko: () => '한도 초과 버스트 → 503' },
  kind_allowlist: { en: () => 'address outside the allowlist → 403', ko: () => '허용 목록 밖 주소 → 403' },
  kind_cors: { en: () => 'CORS for the declared origin', ko: () => '선언된 origin 에 CORS 허용' },
  kind_corsOther: { en: () => 'no CORS for other origins', ko: () => '다른 origin 에는 CORS 없음' },
  kind_corsPreflight: { en: () => 'CORS preflight answered', ko: () => 'CORS preflight 응답' },
  kind_edgeQueryable: {
    en: () => 'series queryable by cluster label',
    ko: () => 'cluster 레이블로 시계열 조회 가능',
  },
  kind_edgeNoFailures: {
    en: () => 'remote write without failed samples',
    ko: () => '실패한 샘플 없이 remote write',
  },
  kind_notThrottled: {
    en: () => "the fleet's own traffic was not throttled",
    ko: () => '플릿 자체 트래픽이 제한되지 않음',
  },
  adjustment: {
    en: (p: { component: string; item: string; rendered: string; local: string; why: string }) =>
      `local change: ${p.component} ${p.item} ${p.rendered} → ${p.local} (${p.why})`,
    ko: (p: { component: string; item: string; rendered: string; local: string; why: string }) =>
      `로컬 변경: ${p.component} ${p.item} ${p.rendered} → ${p.local} (${p.why})`,
  },
  whyAllowlist: {
    en: () => 'real networks do not exist here; 127.0.0.2 proves the 403',
    ko: () => '실제 네트워크가 여기 없음; 127.0.0.2 로 403 을 증명',
  },
  whySharedAddress: {
    en: () => 'every agent leaves through 127.0.0.1 here, so per-address limits add up (sandbox.md gotcha 7)',
    ko: () => '여기서는 모든 에이전트가 127.0.0.1 을 쓰므로 주소별 한도를 합산 (sandbox.md gotcha 7)',
  },
  summaryHeld: {
    en: (p: { passed: number }) => `all ${p.passed} checks held`,
    ko: (p: { passed: number }) => `검사 ${p.passed} 개 모두 통과`,
  },
  summaryFailed: {
    en: (p: { failed: number; total: number }) => `${p.failed} of ${p.total} checks failed`,
    ko: (p: { failed: number; total: number }) => `검사 ${p.total} 개 중 ${p.failed} 개 실패`,
  },
  faultTitle: {
    en: (p: { name: string; edges: string }) => `fault ${p.name} injected into ${p.edges}`,
    ko: (p: { name: string; edges: string }) => `장애 ${p.name} 을(를) ${p.edges} 에 주입`,
  },
  faultSeen: {
    en: (p: { ms: number }) => `documented symptom seen after ${p.ms} ms`,
    ko: (p: { ms: number }) => `문서화된 증상을 ${p.ms} ms 후 관측`,
  },
  faultNotSeen: {
    en: (p: { ms: number }) => `documented symptom NOT fully seen within ${p.ms} ms`,
    ko: (p: { ms: number }) => `문서화된 증상을 ${p.ms} ms 안에 모두 관측하지 못함`,
  },
  faultAgentLog: {
    en: (p: { line: string }) => `agent log: ${p.line}`,
    ko: (p: { line: string }) => `에이전트 로그: ${p.line}`,
  },
  faultAgentLogEarlier: {
    en: () =>
      '(an identical line was logged less than a minute earlier; Prometheus suppresses repeats: sandbox.md gotcha 6)',
    ko: () => '(1분 안에 같은 줄이 이미 기록됨; Prometheus 는 반복을 숨깁니다: sandbox.md gotcha 6)',
  },
  faultMetric: {
    en: (p: { name: string; before: number; after: number; lag: string; pending: string }) =>
      `agent metrics: ${p.name} ${p.before} → ${p.after}; lag ${p.lag} s; samples_pending ${p.pending}`,
    ko: (p: { name: string; before: number; after: number; lag: string; pending: string }) =>
      `에이전트 메트릭: ${p.name} ${p.before} → ${p.after}; 지연 ${p.lag} 초; samples_pending ${p.pending}`,
  },
  faultIngress: {
    en: (p: { status: string; line: string }) => `ingress: status ${p.status}; error log: ${p.line}`,
    ko: (p: { status: string; line: string }) => `인그레스: 상태 ${p.status}; 오류 로그: ${p.line}`,
  },
  faultNoHttp: {
    en: () => 'none (the TLS handshake fails before HTTP)',
    ko: () => '없음 (HTTP 전에 TLS 핸드셰이크 실패)',
  },
  faultDataDropped: {
    en: () => 'data: dropped (4xx is non-recoverable in Prometheus 2.42)',
    ko: () => '데이터: 버려짐 (Prometheus 2.42 에서 4xx 는 복구 불가)',
  },
  faultDataRetried: {
    en: () => 'data: retried, nothing lost while the agent keeps running',
    ko: () => '데이터: 재시도됨, 에이전트가 계속 실행되는 동안 손실 없음',
  },
  faultRestored: {
    en: (p: { ms: number }) => `restored; every edge writes again after ${p.ms} ms`,
    ko: (p: { ms: number }) => `복구됨; ${p.ms} ms 후 모든 엣지가 다시 기록`,
  },
  faultKept: {
    en: () => 'the fault stays in place (--keep)',
    ko: () => '장애를 그대로 둡니다 (--keep)',
  },
  soakTitle: {
    en: (p: { seconds: number }) => `soak: ${p.seconds} s of writing with a receiver restart in the middle`,
    ko: (p: { seconds: number }) => `소크: ${p.seconds} 초 동안 기록, 중간에 수신기 재시작`,
  },
  soakRestart: {
    en: (p: { down: string }) => `receiver restarted (down ${p.down} s)`,
    ko: (p: { down: string }) => `수신기 재시작 (중단 ${p.down} 초)`,
  },
  soakEdge: {
    en: (p: { edge: string; sent: number; stored: number; lost: number }) =>
      `${p.edge}: samples sent ${p.sent}, stored ${p.stored}, lost ${p.lost}`,
    ko: (p: { edge: string; sent: number; stored: number; lost: number }) =>
      `${p.edge}: 보낸 샘플 ${p.sent}, 저장된 샘플 ${p.stored}, 손실 ${p.lost}`,
  },
  soakHeld: { en: () => 'soak: zero samples lost', ko: () => '소크: 손실된 샘플 0' },
  soakLost: {
    en: (p: { lost: number }) => `soak: ${p.lost} samples lost`,
    ko: (p: { lost: number }) => `소크: 샘플 ${p.lost} 개 손실`,
  },
  keptTitle: {
    en: () => 'the sandbox keeps running (--keep):',
    ko: () => '샌드박스가 계속 실행됩니다 (--keep):',
  },
  keptUrl: {
    en: (p: { host: string; url: string }) => `  ${p.host}: ${p.url}`,
    ko: (p: { host: string; url: string }) => `  ${p.host}: ${p.url}`,
  },
  keptCurl: {
    en: (p: { command: string }) => `query it: ${p.command}`,
    ko: (p: { command: string }) => `조회: ${p.command}`,
  },
  keptStop: {
    en: (p: { command: string; kill: string }) => `stop it: ${p.command}   (or: ${p.kill})`,
    ko: (p: { command: string; kill: string }) => `중지: ${p.command}   (또는: ${p.kill})`,
  },
  keptDoctor: {
    en: (p: { command: string }) => `diagnose it: ${p.command}`,
    ko: (p: { command: string }) => `진단: ${p.command}`,
  },
  keptCredentials: {
    en: (p: { file: string }) => `credentials: ${p.file} (mode 0600)`,
    ko: (p: { file: string }) => `자격 증명: ${p.file} (모드 0600)`,
  },
  stopped: {
    en: (p: { dir: string; n: number }) => `stopped ${p.n} process(es) of ${p.dir}`,
    ko: (p: { dir: string; n: number }) => `${p.dir} 의 프로세스 ${p.n} 개를 중지했습니다`,
  },
  notASandbox: {
    en: (p: { dir: string }) => `${p.dir} is not a sandbox folder (no sandbox.json)`,
    ko: (p: { dir: string }) => `${p.dir} 은(는) 샌드박스 폴더가 아닙니다 (sandbox.json 없음)`,
  },
  interrupted: {
    en: () => 'interrupted: stopping every process of the sandbox',
    ko: () => '중단됨: 샌드박스의 모든 프로세스를 중지합니다',
  },
  failed: {
    en: (p: { detail: string }) => `sandbox failed: ${p.detail}`,
    ko: (p: { detail: string }) => `샌드박스 실패: ${p.detail}`,
  },
  resources: {
    en: (p: { rss: string; cpu: string }) =>
      `resources: ${p.rss} MiB RSS in total, ${p.cpu} CPU-seconds so far`,
    ko: (p: { rss: string; cpu: string }) => `자원: RSS 합계 ${p.rss} MiB, 지금까지 CPU ${p.cpu} 초`,
  },
});

/** Expected / observed values of proof checks (numbers and header values stay as they are). */
export const proofMessages = defineMessages({
  verifies: { en: () => 'verifies', ko: () => '검증됨' },
  notInSan: {
    en: () => 'verifies, but the host is not in the SAN',
    ko: () => '검증되지만 호스트가 SAN 에 없음',
  },
  rejected: { en: () => 'rejected', ko: () => '거부됨' },
  verified: { en: () => 'verified', ko: () => '검증됨' },
  anyAnswer: { en: () => '2xx/3xx', ko: () => '2xx/3xx' },
  bodyLimit: {
    en: (p: { bytes: number }) => `413 above ${p.bytes} B`,
    ko: (p: { bytes: number }) => `${p.bytes} B 초과 시 413`,
  },
  allowlist: { en: () => '403 from 127.0.0.2', ko: () => '127.0.0.2 에서 403' },
  cors: {
    en: (p: { origin: string }) => `exactly one Access-Control-Allow-Origin: ${p.origin}`,
    ko: (p: { origin: string }) => `Access-Control-Allow-Origin 정확히 하나: ${p.origin}`,
  },
  corsOther: { en: () => 'no Access-Control-Allow-Origin', ko: () => 'Access-Control-Allow-Origin 없음' },
  preflight: {
    en: () => '204 with Access-Control-Allow-Methods',
    ko: () => 'Access-Control-Allow-Methods 가 있는 204',
  },
  unknownSni: { en: () => 'handshake refused', ko: () => '핸드셰이크 거부' },
  handshakeDone: { en: () => 'handshake completed', ko: () => '핸드셰이크 성공' },
  greenAfter: {
    en: (p: { ms: string }) => `queryable ${p.ms} ms after start`,
    ko: (p: { ms: string }) => `시작 ${p.ms} ms 후 조회 가능`,
  },
  absent: { en: () => 'absent', ko: () => '없음' },
  noFailures: {
    en: () => 'samples_failed_total +0 and samples_total > 0',
    ko: () => 'samples_failed_total +0, samples_total > 0',
  },
  health: {
    en: (p: { failed: number; sent: number; retried: number; pending: number; lag: string }) =>
      `failed +${p.failed}, sent +${p.sent}, retried +${p.retried}, pending ${p.pending}, lag ${p.lag} s`,
    ko: (p: { failed: number; sent: number; retried: number; pending: number; lag: string }) =>
      `실패 +${p.failed}, 전송 +${p.sent}, 재시도 +${p.retried}, 대기 ${p.pending}, 지연 ${p.lag} 초`,
  },
  notThrottled: { en: () => 'no 429/503 answered to agents', ko: () => '에이전트에 429/503 응답 없음' },
  access: {
    en: (p: { n: number; throttled: number; failed: number }) =>
      `${p.n} agent requests, ${p.throttled} throttled, ${p.failed} failed`,
    ko: (p: { n: number; throttled: number; failed: number }) =>
      `에이전트 요청 ${p.n} 개, 제한 ${p.throttled} 개, 실패 ${p.failed} 개`,
  },
  rate: {
    en: (p: { rps: number; burst: number }) => `503 above ${p.rps} r/s + burst ${p.burst}`,
    ko: (p: { rps: number; burst: number }) => `초당 ${p.rps} + burst ${p.burst} 초과 시 503`,
  },
  burst: {
    en: (p: { sent: number; ms: number; statuses: string }) =>
      `${p.sent} requests in ${p.ms} ms: ${p.statuses}`,
    ko: (p: { sent: number; ms: number; statuses: string }) =>
      `${p.ms} ms 동안 요청 ${p.sent} 개: ${p.statuses}`,
  },
  error: {
    en: (p: { detail: string }) => `error: ${p.detail}`,
    ko: (p: { detail: string }) => `오류: ${p.detail}`,
  },
});
