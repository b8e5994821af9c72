import { defineMessages } from '../index.js';

/** Parameters every diagnosis template takes: the target and up to three pre-formatted values. */
export interface DiagParams {
  target: string;
  detail?: string;
  a?: string;
  b?: string;
}
type P = DiagParams;
const d = (p: P) => (p.detail ? ` (${p.detail})` : '');

/** Check lines (what was checked; `detail` carries measured, language-neutral facts). */
export const doctorMessages = defineMessages({
  dnsCheck: {
    en: (p: { host: string; detail: string }) => `${p.host} resolves: ${p.detail}`,
    ko: (p: { host: string; detail: string }) => `${p.host} 이름 해석: ${p.detail}`,
  },
  dnsPinned: {
    en: (p: { host: string; address: string }) =>
      `${p.host} pinned by --resolve to ${p.address} (DNS not asked)`,
    ko: (p: { host: string; address: string }) =>
      `${p.host} 은(는) --resolve 로 ${p.address} 에 고정됨 (DNS 조회 안 함)`,
  },
  dnsLookupOnly: {
    en: (p: { addresses: string }) => `system resolver only (e.g. /etc/hosts): ${p.addresses}`,
    ko: (p: { addresses: string }) => `시스템 resolver 에서만 (예: /etc/hosts): ${p.addresses}`,
  },
  tcpCheck: {
    en: (p: { target: string; detail: string }) => `TCP connection to ${p.target}${p.detail}`,
    ko: (p: { target: string; detail: string }) => `${p.target} TCP 연결${p.detail}`,
  },
  tlsCheck: {
    en: (p: { host: string; detail: string }) => `TLS certificate of ${p.host}${p.detail}`,
    ko: (p: { host: string; detail: string }) => `${p.host} TLS 인증서${p.detail}`,
  },
  tlsFacts: {
    en: (p: { protocol: string; days: number; issuer: string }) =>
      `${p.protocol}, issuer "${p.issuer}", ${p.days} day(s) left`,
    ko: (p: { protocol: string; days: number; issuer: string }) =>
      `${p.protocol}, 발급자 "${p.issuer}", ${p.days}일 남음`,
  },
  redirectCheck: {
    en: (p: { host: string; detail: string }) => `http://${p.host}/ redirects to HTTPS${p.detail}`,
    ko: (p: { host: string; detail: string }) => `http://${p.host}/ 의 HTTPS 리디렉션${p.detail}`,
  },
  authChallengeCheck: {
    en: (p: { host: string; detail: string }) => `${p.host} refuses requests without credentials${p.detail}`,
    ko: (p: { host: string; detail: string }) => `${p.host} 가 자격 증명 없는 요청을 거부함${p.detail}`,
  },
  authNotRequired: {
    en: (p: { host: string }) => `${p.host} has no basic auth at the ingress (the application logs users in)`,
    ko: (p: { host: string }) => `${p.host} 는 ingress 인증이 없음 (애플리케이션이 로그인 처리)`,
  },
  edgeCredsCheck: {
    en: (p: { host: string; ok: number; total: number }) =>
      `${p.host} accepts ${p.ok}/${p.total} edge credential(s) from the state file`,
    ko: (p: { host: string; ok: number; total: number }) =>
      `${p.host} 가 상태 파일의 엣지 자격 증명 ${p.total} 개 중 ${p.ok} 개를 수락함`,
  },
  edgeCredCheck: {
    en: (p: { edge: string; detail: string }) => `credentials of edge ${p.edge}${p.detail}`,
    ko: (p: { edge: string; detail: string }) => `엣지 ${p.edge} 의 자격 증명${p.detail}`,
  },
  operatorCredCheck: {
    en: (p: { host: string; user: string; detail: string }) =>
      `${p.host} accepts operator "${p.user}" from the state file${p.detail}`,
    ko: (p: { host: string; user: string; detail: string }) =>
      `${p.host} 가 상태 파일의 운영자 "${p.user}" 를 수락함${p.detail}`,
  },
  writeCheck: {
    en: (p: { edge: string; detail: string }) => `remote write as edge ${p.edge} is accepted${p.detail}`,
    ko: (p: { edge: string; detail: string }) => `엣지 ${p.edge} 로서의 remote write 수락${p.detail}`,
  },
  readBackCheck: {
    en: (p: { edge: string; detail: string }) =>
      `probe sample of edge ${p.edge} can be read back through Query${p.detail}`,
    ko: (p: { edge: string; detail: string }) =>
      `엣지 ${p.edge} 의 프로브 샘플을 Query 로 다시 읽음${p.detail}`,
  },
  queryCheck: {
    en: (p: { host: string; detail: string }) => `Query API on ${p.host} answers${p.detail}`,
    ko: (p: { host: string; detail: string }) => `${p.host} 의 Query API 응답${p.detail}`,
  },
  freshCheck: {
    en: (p: { edge: string; detail: string }) => `edge ${p.edge} has fresh data${p.detail}`,
    ko: (p: { edge: string; detail: string }) => `엣지 ${p.edge} 의 최신 데이터${p.detail}`,
  },
  newestAge: {
    en: (p: { seconds: number }) => `newest sample ${p.seconds} s old`,
    ko: (p: { seconds: number }) => `가장 최근 샘플 ${p.seconds}초 전`,
  },
  corsCheck: {
    en: (p: { host: string; origin: string; detail: string }) =>
      `${p.host} allows browser origin ${p.origin}${p.detail}`,
    ko: (p: { host: string; origin: string; detail: string }) =>
      `${p.host} 가 브라우저 origin ${p.origin} 을 허용함${p.detail}`,
  },
  corsNotNeededCheck: {
    en: (p: { host: string }) => `${p.host}: no browser origins declared, CORS not needed`,
    ko: (p: { host: string }) => `${p.host}: 선언된 브라우저 origin 없음, CORS 불필요`,
  },
  agentCheck: {
    en: (p: { edge: string; detail: string }) => `agent of edge ${p.edge} sends its samples${p.detail}`,
    ko: (p: { edge: string; detail: string }) => `엣지 ${p.edge} 에이전트의 샘플 전송${p.detail}`,
  },
  agentFacts: {
    en: (p: {
      sent: number;
      failed: number;
      retried: number;
      pending: number;
      lag: string;
      shards: string;
      secs: number;
    }) =>
      `in ${p.secs} s: sent ${p.sent}, failed ${p.failed}, retried ${p.retried}; pending ${p.pending}, lag ${p.lag}, shards ${p.shards}`,
    ko: (p: {
      sent: number;
      failed: number;
      retried: number;
      pending: number;
      lag: string;
      shards: string;
      secs: number;
    }) =>
      `${p.secs}초 동안: 전송 ${p.sent}, 실패 ${p.failed}, 재시도 ${p.retried}; 대기 ${p.pending}, 지연 ${p.lag}, 샤드 ${p.shards}`,
  },
  lagUnknown: { en: () => 'unknown (nothing sent yet)', ko: () => '알 수 없음 (아직 전송 없음)' },
  // Why a check was skipped.
  skipBecause: {
    en: (p: { what: string }) => `skipped: ${p.what}`,
    ko: (p: { what: string }) => `건너뜀: ${p.what}`,
  },
  skipDns: { en: () => 'the host does not resolve', ko: () => '호스트 이름이 해석되지 않음' },
  skipTcp: { en: () => 'no TCP connection', ko: () => 'TCP 연결 불가' },
  skipTls: { en: () => 'the TLS check failed', ko: () => 'TLS 점검 실패' },
  skipAuth: { en: () => 'the auth check failed', ko: () => '인증 점검 실패' },
  skipNoState: {
    en: (p: { file: string }) => `no state file with credentials (${p.file})`,
    ko: (p: { file: string }) => `자격 증명이 든 상태 파일 없음 (${p.file})`,
  },
  skipNoOperator: {
    en: () => 'no operator credentials in the state file',
    ko: () => '상태 파일에 운영자 자격 증명 없음',
  },
  skipNoQueryHost: {
    en: () => 'Query is not exposed by this fleet',
    ko: () => '이 플릿은 Query 를 노출하지 않음',
  },
  skipQueryFailed: { en: () => 'the Query host check failed', ko: () => 'Query 호스트 점검 실패' },
  skipWriteFailed: { en: () => 'the write was not accepted', ko: () => '쓰기가 수락되지 않음' },
  skipNoHttpPort: {
    en: () => '--resolve gives no entry for this host on the plain-HTTP port (--http-port)',
    ko: () => '--resolve 에 이 호스트의 평문 HTTP 포트(--http-port) 항목이 없음',
  },
  skipNoEdgeCreds: {
    en: (p: { edge: string }) => `no password for edge ${p.edge} in the state file`,
    ko: (p: { edge: string }) => `상태 파일에 엣지 ${p.edge} 의 비밀번호 없음`,
  },
  // Output.
  fixLabel: { en: () => 'fix', ko: () => '해결' },
  causeLabel: { en: () => 'cause', ko: () => '원인' },
  summary: {
    en: (p: { ok: number; warn: number; fail: number; skip: number; secs: string }) =>
      `${p.ok} ok, ${p.warn} warning(s), ${p.fail} failed, ${p.skip} skipped in ${p.secs} s`,
    ko: (p: { ok: number; warn: number; fail: number; skip: number; secs: string }) =>
      `정상 ${p.ok}, 경고 ${p.warn}, 실패 ${p.fail}, 건너뜀 ${p.skip} (${p.secs}초)`,
  },
  verdictOk: { en: () => 'Status check results are healthy', ko: () => '점검 결과: 정상' },
  verdictFail: { en: () => 'Status check results show problems', ko: () => '점검 결과: 문제 있음' },
  badResolve: {
    en: (p: { value: string }) => `--resolve must be HOST:PORT:ADDRESS, not "${p.value}"`,
    ko: (p: { value: string }) => `--resolve 는 HOST:PORT:ADDRESS 형식이어야 합니다: "${p.value}"`,
  },
  badAgentMetrics: {
    en: (p: { value: string }) =>
      `--agent-metrics must be EDGE=URL with an edge of the fleet, not "${p.value}"`,
    ko: (p: { value: string }) => `--agent-metrics 는 플릿의 엣지로 EDGE=URL 형식이어야 합니다: "${p.value}"`,
  },
  badDuration: {
    en: (p: { flag: string; value: string }) =>
      `${p.flag} must be a duration such as 5s or 500ms, not "${p.value}"`,
    ko: (p: { flag: string; value: string }) => `${p.flag} 는 5s, 500ms 같은 기간이어야 합니다: "${p.value}"`,
  },
  badNumber: {
    en: (p: { flag: string; value: string }) => `${p.flag} must be a whole number, not "${p.value}"`,
    ko: (p: { flag: string; value: string }) => `${p.flag} 는 정수여야 합니다: "${p.value}"`,
  },
  badRegex: {
    en: (p: { value: string; detail: string }) =>
      `--edge "${p.value}" is not a valid regular expression: ${p.detail}`,
    ko: (p: { value: string; detail: string }) =>
      `--edge "${p.value}" 는 올바른 정규식이 아닙니다: ${p.detail}`,
  },
  badCacert: {
    en: (p: { file: string; detail: string }) => `--cacert ${p.file} cannot be read: ${p.detail}`,
    ko: (p: { file: string; detail: string }) => `--cacert ${p.file} 을(를) 읽을 수 없습니다: ${p.detail}`,
  },
  badState: {
    en: (p: { file: string; detail: string }) => `state file ${p.file} cannot be read: ${p.detail}`,
    ko: (p: { file: string; detail: string }) => `상태 파일 ${p.file} 을(를) 읽을 수 없습니다: ${p.detail}`,
  },
  noEdgeMatches: {
    en: (p: { value: string }) => `--edge "${p.value}" matches no edge of the fleet`,
    ko: (p: { value: string }) => `--edge "${p.value}" 에 맞는 엣지가 플릿에 없습니다`,
  },
});

/**
 * The diagnosis catalogue's sentences: `<code>.cause` and `<code>.fix` for every code in
 * src/doctor/diagnoses.ts. Sources are cited there.
 */
export const diagnosisMessages = defineMessages({
  'TF9101.cause': {
    en: (p: P) => `${p.target} has no A or AAAA record${d(p)}`,
    ko: (p: P) => `${p.target} 에 A/AAAA 레코드가 없습니다${d(p)}`,
  },
  'TF9101.fix': {
    en: () =>
      'create the record pointing at the ingress load balancer; to test before DNS exists use --resolve HOST:443:ADDRESS',
    ko: () => 'ingress 로드밸런서 주소로 레코드를 만드세요. DNS 전에 점검하려면 --resolve HOST:443:ADDRESS',
  },
  'TF9102.cause': {
    en: (p: P) => `the resolver did not answer for ${p.target} in time${d(p)}`,
    ko: (p: P) => `${p.target} 에 대해 resolver 가 제때 답하지 않았습니다${d(p)}`,
  },
  'TF9102.fix': {
    en: () => 'check /etc/resolv.conf and that the resolver is reachable from here (and from the edges)',
    ko: () => '/etc/resolv.conf 와 이곳(및 엣지)에서 resolver 에 닿는지 확인하세요',
  },
  'TF9111.cause': {
    en: (p: P) => `nothing listens on ${p.target} (connection refused)`,
    ko: (p: P) => `${p.target} 에서 수신 대기하는 것이 없습니다 (연결 거부)`,
  },
  'TF9111.fix': {
    en: () =>
      'check the ingress controller pods and its LoadBalancer Service ports, and that the DNS record points at them',
    ko: () => 'ingress 컨트롤러 파드와 LoadBalancer Service 포트, DNS 레코드가 그곳을 가리키는지 확인하세요',
  },
  'TF9112.cause': {
    en: (p: P) => `${p.target} does not answer (no SYN-ACK before the timeout)${d(p)}`,
    ko: (p: P) => `${p.target} 가 응답하지 않습니다 (타임아웃 전 SYN-ACK 없음)${d(p)}`,
  },
  'TF9112.fix': {
    en: () =>
      'a firewall or security group drops the traffic, or the address is wrong; allow 443 from the edges’ egress addresses',
    ko: () => '방화벽/보안 그룹이 막거나 주소가 틀렸습니다. 엣지 송신 주소에서 443 을 허용하세요',
  },
  'TF9113.cause': {
    en: (p: P) => `no route to ${p.target}${d(p)}`,
    ko: (p: P) => `${p.target} 로 가는 경로가 없습니다${d(p)}`,
  },
  'TF9113.fix': {
    en: () => 'check the address (private vs public) and routing from this machine',
    ko: () => '주소(사설/공인)와 이 머신의 라우팅을 확인하세요',
  },
  'TF9201.cause': {
    en: (p: P) =>
      `the certificate chain of ${p.target} does not verify against ${p.a ?? 'the trusted CAs'}${d(p)}; agents log "x509: certificate signed by unknown authority" and retry forever`,
    ko: (p: P) =>
      `${p.target} 의 인증서 체인이 ${p.a ?? '신뢰 CA'} 로 검증되지 않습니다${d(p)}. 에이전트는 "x509: certificate signed by unknown authority" 를 남기고 계속 재시도합니다`,
  },
  'TF9201.fix': {
    en: () =>
      'use a public issuer (cert-manager ACME), or give every edge the private CA (edges[].caFile → tls_config.ca_file) and run doctor with --cacert; never insecure_skip_verify',
    ko: () =>
      '공인 발급자(cert-manager ACME)를 쓰거나, 모든 엣지에 사설 CA 를 주고(edges[].caFile → tls_config.ca_file) doctor 는 --cacert 로 실행하세요. insecure_skip_verify 는 쓰지 마세요',
  },
  'TF9202.cause': {
    en: (p: P) =>
      `the certificate does not cover ${p.target}: it is valid for ${p.a ?? '?'}; agents log "x509: certificate is valid for …, not ${p.target}"`,
    ko: (p: P) =>
      `인증서가 ${p.target} 를 포함하지 않습니다: 유효한 이름 ${p.a ?? '?'}. 에이전트는 "x509: certificate is valid for …, not ${p.target}" 를 남깁니다`,
  },
  'TF9202.fix': {
    en: () =>
      'add the host to the Ingress tls.hosts / Certificate dnsNames (extra hosts too) and let cert-manager reissue; check that the request reaches the right vhost (SNI)',
    ko: () =>
      '호스트를 Ingress tls.hosts / Certificate dnsNames 에 (추가 호스트 포함) 넣고 cert-manager 가 재발급하게 하세요. 요청이 올바른 vhost(SNI)에 닿는지도 확인하세요',
  },
  'TF9203.cause': {
    en: (p: P) =>
      `the certificate of ${p.target} expired on ${p.a ?? '?'}; agents log "x509: certificate has expired"`,
    ko: (p: P) =>
      `${p.target} 인증서가 ${p.a ?? '?'} 에 만료되었습니다. 에이전트는 "x509: certificate has expired" 를 남깁니다`,
  },
  'TF9203.fix': {
    en: () =>
      'renewal failed: kubectl describe certificate / certificaterequest / challenge; HTTP-01 needs port 80 reachable (see the redirect check)',
    ko: () =>
      '갱신 실패입니다: kubectl describe certificate / certificaterequest / challenge 확인. HTTP-01 은 80 포트 접근이 필요합니다 (리디렉션 점검 참고)',
  },
  'TF9204.cause': {
    en: (p: P) =>
      `the certificate of ${p.target} expires in ${p.a} day(s), inside the fail window (${p.b} days)`,
    ko: (p: P) => `${p.target} 인증서가 ${p.a}일 후 만료되어 실패 기준(${p.b}일) 안에 있습니다`,
  },
  'TF9204.fix': {
    en: () =>
      'cert-manager normally renews 30 days before expiry, so renewal is failing: kubectl describe certificate and the issuer’s events',
    ko: () =>
      'cert-manager 는 보통 만료 30일 전에 갱신하므로 갱신이 실패하고 있습니다: kubectl describe certificate 와 issuer 이벤트를 보세요',
  },
  'TF9205.cause': {
    en: (p: P) => `the certificate of ${p.target} expires in ${p.a} day(s) (warning below ${p.b} days)`,
    ko: (p: P) => `${p.target} 인증서가 ${p.a}일 후 만료됩니다 (경고 기준 ${p.b}일)`,
  },
  'TF9205.fix': {
    en: () => 'check that renewal is scheduled: kubectl get certificate (READY, RENEWAL TIME)',
    ko: () => '갱신 예정인지 확인하세요: kubectl get certificate (READY, RENEWAL TIME)',
  },
  'TF9206.cause': {
    en: (p: P) => `the certificate of ${p.target} is not valid before ${p.a ?? '?'}`,
    ko: (p: P) => `${p.target} 인증서는 ${p.a ?? '?'} 이전에는 유효하지 않습니다`,
  },
  'TF9206.fix': {
    en: () => 'check the clock of this machine and of the issuer (NTP)',
    ko: () => '이 머신과 발급자의 시계(NTP)를 확인하세요',
  },
  'TF9207.cause': {
    en: (p: P) =>
      `${p.target} does not speak TLS (plain HTTP or another protocol answered the handshake)${d(p)}`,
    ko: (p: P) => `${p.target} 가 TLS 로 응답하지 않습니다 (평문 HTTP 등 다른 프로토콜)${d(p)}`,
  },
  'TF9207.fix': {
    en: () =>
      'the port maps to the controller’s HTTP port or to a backend directly: check the LoadBalancer Service (443 → https) and the --resolve port',
    ko: () =>
      '포트가 컨트롤러의 HTTP 포트나 백엔드로 직접 연결됩니다: LoadBalancer Service(443 → https)와 --resolve 포트를 확인하세요',
  },
  'TF9208.cause': {
    en: (p: P) => `${p.target} accepted the TCP connection but sent no TLS answer before the timeout${d(p)}`,
    ko: (p: P) => `${p.target} 가 TCP 연결은 받았지만 타임아웃 전에 TLS 응답을 보내지 않았습니다${d(p)}`,
  },
  'TF9208.fix': {
    en: () =>
      'something half-alive holds the port (a hung controller, a load balancer expecting PROXY protocol, a wrong target port)',
    ko: () =>
      '반쯤 살아 있는 무언가가 포트를 잡고 있습니다 (멈춘 컨트롤러, PROXY 프로토콜을 기대하는 LB, 잘못된 대상 포트)',
  },
  'TF9209.cause': {
    en: (p: P) => `${p.target} negotiated ${p.a}; Prometheus’ Go client requires TLS 1.2 or newer`,
    ko: (p: P) =>
      `${p.target} 가 ${p.a} 로 협상했습니다. Prometheus(Go) 클라이언트는 TLS 1.2 이상이 필요합니다`,
  },
  'TF9209.fix': {
    en: () => 'allow only TLSv1.2 and TLSv1.3 (ingress-nginx ssl-protocols)',
    ko: () => 'TLSv1.2 와 TLSv1.3 만 허용하세요 (ingress-nginx ssl-protocols)',
  },
  'TF9210.cause': {
    en: (p: P) => `the TLS handshake with ${p.target} failed${d(p)}`,
    ko: (p: P) => `${p.target} 와의 TLS 핸드셰이크가 실패했습니다${d(p)}`,
  },
  'TF9210.fix': {
    en: () => 'compare with: openssl s_client -connect ADDRESS:PORT -servername HOST',
    ko: () => '비교해 보세요: openssl s_client -connect ADDRESS:PORT -servername HOST',
  },
  'TF9301.cause': {
    en: (p: P) =>
      `plain HTTP on ${p.target} answered ${p.a} instead of redirecting: credentials could travel in clear text`,
    ko: (p: P) =>
      `${p.target} 의 평문 HTTP 가 리디렉션 대신 ${p.a} 로 응답했습니다: 자격 증명이 평문으로 갈 수 있습니다`,
  },
  'TF9301.fix': {
    en: () =>
      'give the host a tls entry (ingress-nginx redirects only hosts listed in spec.tls) and keep ssl-redirect on',
    ko: () =>
      '호스트에 tls 항목을 주고 (ingress-nginx 는 spec.tls 에 있는 호스트만 리디렉션) ssl-redirect 를 켜 두세요',
  },
  'TF9302.cause': {
    en: (p: P) => `http://${p.target}/ redirects to ${p.a}, not to https://${p.target}/`,
    ko: (p: P) => `http://${p.target}/ 가 https://${p.target}/ 가 아닌 ${p.a} 로 리디렉션합니다`,
  },
  'TF9302.fix': {
    en: () => 'check permanent-redirect / from-to-www-redirect annotations and the host name',
    ko: () => 'permanent-redirect / from-to-www-redirect 어노테이션과 호스트 이름을 확인하세요',
  },
  'TF9303.cause': {
    en: (p: P) => `port 80 of ${p.target} is not reachable${d(p)}`,
    ko: (p: P) => `${p.target} 의 80 포트에 닿지 않습니다${d(p)}`,
  },
  'TF9303.fix': {
    en: () =>
      'ACME HTTP-01 challenges need port 80: certificates will not renew; open 80 on the load balancer',
    ko: () => 'ACME HTTP-01 챌린지는 80 포트가 필요해 인증서가 갱신되지 않습니다. LB 에서 80 을 여세요',
  },
  'TF9401.cause': {
    en: (p: P) => `${p.target} answered ${p.a} to a request without credentials: anyone can use it`,
    ko: (p: P) => `${p.target} 가 자격 증명 없는 요청에 ${p.a} 로 응답했습니다: 누구나 쓸 수 있습니다`,
  },
  'TF9401.fix': {
    en: () => 'apply the rendered ingress with its auth annotations (auth-type basic, auth-secret)',
    ko: () => '렌더링된 ingress 를 인증 어노테이션(auth-type basic, auth-secret)과 함께 적용하세요',
  },
  'TF9402.cause': {
    en: (p: P) =>
      `${p.target}: 401 with the password from the state file: the htpasswd Secret has another password for this user, or none`,
    ko: (p: P) =>
      `${p.target}: 상태 파일의 비밀번호로 401: htpasswd Secret 에 이 사용자의 다른 비밀번호가 있거나 사용자가 없습니다`,
  },
  'TF9402.fix': {
    en: () =>
      're-render with the same state file and apply the auth Secret; the agent re-reads password_file on every request, no restart needed',
    ko: () =>
      '같은 상태 파일로 다시 렌더링해 인증 Secret 을 적용하세요. 에이전트는 요청마다 password_file 을 다시 읽으므로 재시작은 필요 없습니다',
  },
  'TF9403.cause': {
    en: (p: P) =>
      `${p.target} rejected every credential of the state file (401): the auth Secret was made from another state file`,
    ko: (p: P) =>
      `${p.target} 가 상태 파일의 모든 자격 증명을 거부했습니다 (401): 인증 Secret 이 다른 상태 파일로 만들어졌습니다`,
  },
  'TF9403.fix': {
    en: () => 'use --state with the file the fleet was rendered with, or re-render and apply the Secret',
    ko: () => '플릿을 렌더링한 파일을 --state 로 주거나, 다시 렌더링해 Secret 을 적용하세요',
  },
  'TF9404.cause': {
    en: (p: P) =>
      `${p.target}: 403 with credentials although the request without them got 401: the ingress cannot find its htpasswd file. This is not a wrong password`,
    ko: (p: P) =>
      `${p.target}: 자격 증명 없이 401 인데 자격 증명을 주면 403: ingress 가 htpasswd 파일을 찾지 못합니다. 비밀번호 문제가 아닙니다`,
  },
  'TF9404.fix': {
    en: () =>
      'check auth-secret (name, namespace, key "auth"); with plain nginx use an absolute auth_basic_user_file path',
    ko: () =>
      'auth-secret (이름, 네임스페이스, 키 "auth") 를 확인하세요. 일반 nginx 는 auth_basic_user_file 을 절대 경로로',
  },
  'TF9405.cause': {
    en: (p: P) =>
      `${p.target}: 500 with credentials although the request without them got 401: the htpasswd file is unreadable or broken. This is not a wrong password`,
    ko: (p: P) =>
      `${p.target}: 자격 증명 없이 401 인데 자격 증명을 주면 500: htpasswd 파일을 읽을 수 없거나 깨졌습니다. 비밀번호 문제가 아닙니다`,
  },
  'TF9405.fix': {
    en: () =>
      'the worker must be able to read it (plain nginx: not 0600 root); the Secret data must be "user:hash" lines',
    ko: () =>
      '워커가 읽을 수 있어야 합니다 (일반 nginx: root 0600 불가). Secret 데이터는 "user:hash" 줄이어야 합니다',
  },
  'TF9406.cause': {
    en: (p: P) =>
      `${p.target} answered 403 before asking for credentials: this address is not in the allowlist`,
    ko: (p: P) =>
      `${p.target} 가 자격 증명을 묻기 전에 403 으로 응답했습니다: 이 주소가 허용 목록에 없습니다`,
  },
  'TF9406.fix': {
    en: () =>
      'run doctor from an allowed address, or add the edges’ egress CIDRs to the component’s allowlist',
    ko: () => '허용된 주소에서 doctor 를 실행하거나 엣지 송신 CIDR 을 컴포넌트 allowlist 에 추가하세요',
  },
  'TF9407.cause': {
    en: (p: P) =>
      `${p.target} answered 503 before authentication on every try: ingress-nginx replaces a location whose annotations fail (e.g. a missing auth Secret) with "return 503"`,
    ko: (p: P) =>
      `${p.target} 가 매번 인증 전에 503 으로 응답했습니다: ingress-nginx 는 어노테이션이 실패한 location(예: 없는 인증 Secret)을 "return 503" 으로 바꿉니다`,
  },
  'TF9407.fix': {
    en: () =>
      'kubectl get secret <auth-secret> in the Ingress namespace; the controller log names the reason ("Location denied")',
    ko: () =>
      'Ingress 네임스페이스에서 kubectl get secret <auth-secret>; 컨트롤러 로그에 이유("Location denied")가 있습니다',
  },
  'TF9408.cause': {
    en: (p: P) =>
      `${p.target} answered ${p.a} before authentication once, then not: a rate or connection limit (they run before auth). From outside a rate limit cannot be told from a connection limit; the ingress error log says "limiting requests" or "limiting connections"`,
    ko: (p: P) =>
      `${p.target} 가 인증 전에 한 번 ${p.a}, 이후 정상: 요청/연결 수 제한입니다 (인증보다 먼저 동작). 외부에서는 둘을 구분할 수 없고 ingress 오류 로그의 "limiting requests"/"limiting connections" 로 구분합니다`,
  },
  'TF9408.fix': {
    en: () =>
      'doctor sends only a few requests: someone behind the same address uses up the per-address limit; edges sharing one egress share it (declare edges[].egress)',
    ko: () =>
      'doctor 는 요청을 몇 개만 보냅니다: 같은 주소 뒤의 다른 클라이언트가 주소당 제한을 소진합니다. 한 송신 주소를 공유하는 엣지는 제한도 공유합니다 (edges[].egress 선언)',
  },
  'TF9409.cause': {
    en: (p: P) => `${p.target} answered 404 from the default backend: no ingress rule matches this Host`,
    ko: (p: P) => `${p.target} 가 기본 백엔드의 404 로 응답했습니다: 이 Host 에 맞는 ingress 규칙이 없습니다`,
  },
  'TF9409.fix': {
    en: () =>
      'check the rule’s host and ingressClassName; agents must use the host name in their URL (a Host of an IP address is not routed) — 404 is dropped by agents',
    ko: () =>
      '규칙의 host 와 ingressClassName 을 확인하세요. 에이전트 URL 에는 호스트 이름을 써야 합니다 (IP Host 는 라우팅 안 됨). 404 는 에이전트가 버립니다',
  },
  'TF9501.cause': {
    en: (p: P) =>
      `${p.target}: 503 page from the ingress after authentication: no ready backend pod (the guide’s case 1) — a connection limit gives the same page; only the ingress error log tells them apart`,
    ko: (p: P) =>
      `${p.target}: 인증 후 ingress 의 503 페이지: Ready 상태인 백엔드 파드가 없습니다 (가이드 문제 1). 연결 수 제한도 같은 페이지를 주며 ingress 오류 로그로만 구분됩니다`,
  },
  'TF9501.fix': {
    en: () =>
      'kubectl get pods,endpoints -n <namespace> for the component; describe the pod’s readiness probe; agents retry 503s, nothing is lost yet',
    ko: () =>
      'kubectl get pods,endpoints -n <namespace> 로 확인하고 파드의 readiness probe 를 살펴보세요. 에이전트는 503 을 재시도하므로 아직 손실은 없습니다',
  },
  'TF9502.cause': {
    en: (p: P) =>
      `${p.target}: 503 from Thanos Receive itself (${p.a ?? 'its own text'}): the hashring is not ready or the write quorum was not reached`,
    ko: (p: P) =>
      `${p.target}: Thanos Receive 자체의 503 (${p.a ?? '자체 메시지'}): 해시링이 준비되지 않았거나 쓰기 정족수를 채우지 못했습니다`,
  },
  'TF9502.fix': {
    en: () =>
      'check every Receive replica is Ready and in the hashring; replication factor ≤ replicas; kubectl logs of receive',
    ko: () =>
      '모든 Receive 레플리카가 Ready 이고 해시링에 있는지, replication factor ≤ 레플리카 수인지 확인하고 로그를 보세요',
  },
  'TF9503.cause': {
    en: (p: P) => `${p.target}: 502 from the ingress: it cannot connect to the backend`,
    ko: (p: P) => `${p.target}: ingress 의 502: 백엔드에 연결할 수 없습니다`,
  },
  'TF9503.fix': {
    en: () =>
      'check the Service port the route uses (Receive remote write is 19291 "remote", not 10902) and that the pods run',
    ko: () =>
      '라우트가 쓰는 Service 포트(Receive remote write 는 10902 가 아닌 19291 "remote")와 파드 실행을 확인하세요',
  },
  'TF9504.cause': {
    en: (p: P) =>
      `${p.target}: 504 from the ingress: the backend did not answer within the ingress read timeout${d(p)}. Agents log "server returned HTTP status 504" and retry`,
    ko: (p: P) =>
      `${p.target}: ingress 의 504: 백엔드가 ingress 읽기 타임아웃 안에 응답하지 않았습니다${d(p)}. 에이전트는 "server returned HTTP status 504" 를 남기고 재시도합니다`,
  },
  'TF9504.fix': {
    en: () =>
      'find why the backend is slow (Receive: http_request_duration_seconds{handler="receive"}, quorum, disk); a longer ingress timeout only hides it',
    ko: () =>
      '백엔드가 느린 이유를 찾으세요 (Receive: http_request_duration_seconds{handler="receive"}, 정족수, 디스크). ingress 타임아웃 연장은 가리기만 합니다',
  },
  'TF9505.cause': {
    en: (p: P) =>
      `${p.target} sent no complete answer within doctor’s timeout${d(p)}. An agent whose remote_timeout (${p.a ?? '30s'}) ends before the ingress read timeout (${p.b ?? '?'}) logs "context deadline exceeded" — its own timeout, not a 504 from the ingress`,
    ko: (p: P) =>
      `${p.target} 가 doctor 타임아웃 안에 완전한 응답을 보내지 않았습니다${d(p)}. remote_timeout(${p.a ?? '30s'})이 ingress 읽기 타임아웃(${p.b ?? '?'})보다 먼저 끝나는 에이전트는 "context deadline exceeded" 를 남깁니다 — ingress 의 504 가 아니라 에이전트 자신의 타임아웃입니다`,
  },
  'TF9505.fix': {
    en: () =>
      'raising the ingress timeouts (the guide’s case 2) changes nothing while remote_timeout is shorter; find the slow hop (network, TLS, Receive latency)',
    ko: () =>
      'remote_timeout 이 더 짧은 동안 ingress 타임아웃 연장(가이드 문제 2)은 효과가 없습니다. 느린 구간(네트워크, TLS, Receive 지연)을 찾으세요',
  },
  'TF9506.cause': {
    en: (p: P) =>
      `${p.target} rejected the probe sample with ${p.a}: ${p.detail ?? ''}; agents drop such batches`,
    ko: (p: P) =>
      `${p.target} 가 프로브 샘플을 ${p.a} 로 거부했습니다: ${p.detail ?? ''}. 에이전트는 이런 배치를 버립니다`,
  },
  'TF9506.fix': {
    en: () =>
      'out of bounds / out of order: check the clocks of the edges (one sender with a future clock shifts the head window for all)',
    ko: () =>
      'out of bounds / out of order: 엣지 시계를 확인하세요 (미래 시각을 보내는 하나가 모두의 head 구간을 옮깁니다)',
  },
  'TF9507.cause': {
    en: (p: P) =>
      `${p.target}: 413 for a tiny request: the body limit is far too small; agents drop every such batch`,
    ko: (p: P) =>
      `${p.target}: 작은 요청에 413: 본문 제한이 너무 작습니다. 에이전트는 이런 배치를 모두 버립니다`,
  },
  'TF9507.fix': {
    en: () => 'apply the rendered proxy-body-size (bodySize in the fleet file)',
    ko: () => '렌더링된 proxy-body-size (플릿 파일 bodySize) 를 적용하세요',
  },
  'TF9508.cause': {
    en: (p: P) =>
      `${p.target}: 429 Too Many Requests: Prometheus 2.42 drops 429 batches unless queue_config.retry_on_http_429 is true`,
    ko: (p: P) =>
      `${p.target}: 429 Too Many Requests: Prometheus 2.42 는 queue_config.retry_on_http_429 가 true 가 아니면 429 배치를 버립니다`,
  },
  'TF9508.fix': {
    en: () => 'keep retryOnHttp429 true in the fleet file and size the gateway rate limit from the fleet',
    ko: () => '플릿 파일의 retryOnHttp429 를 true 로 두고 게이트웨이 요청 제한을 플릿 기준으로 잡으세요',
  },
  'TF9509.cause': {
    en: (p: P) =>
      `the probe sample written as ${p.target} was accepted but Query did not return it within ${p.a ?? '?'}`,
    ko: (p: P) =>
      `${p.target} 로 쓴 프로브 샘플은 수락됐지만 Query 가 ${p.a ?? '?'} 안에 돌려주지 않았습니다`,
  },
  'TF9509.fix': {
    en: () =>
      'Query must have every Receive replica as a store endpoint (--endpoint); check /api/v1/stores and the tenant label',
    ko: () =>
      'Query 는 모든 Receive 레플리카를 store endpoint(--endpoint)로 가져야 합니다. /api/v1/stores 와 테넌트 레이블을 확인하세요',
  },
  'TF9510.cause': {
    en: (p: P) =>
      `${p.target} took ${p.a} to accept one tiny write, more than half of the agents’ remote_timeout (${p.b})`,
    ko: (p: P) =>
      `${p.target} 가 작은 쓰기 하나에 ${p.a} 걸렸습니다. 에이전트 remote_timeout(${p.b})의 절반이 넘습니다`,
  },
  'TF9510.fix': {
    en: () => 'real batches are bigger: expect "context deadline exceeded"; look at Receive latency',
    ko: () => '실제 배치는 더 큽니다: "context deadline exceeded" 가 예상됩니다. Receive 지연을 보세요',
  },
  'TF9511.cause': {
    en: (p: P) => `${p.target} answered ${p.a}${d(p)}`,
    ko: (p: P) => `${p.target} 가 ${p.a} 로 응답했습니다${d(p)}`,
  },
  'TF9511.fix': {
    en: () => 'compare with curl -v against the same URL; check the ingress and backend logs',
    ko: () => '같은 URL 로 curl -v 와 비교하고 ingress 및 백엔드 로그를 보세요',
  },
  'TF9601.cause': {
    en: (p: P) => `the Query API on ${p.target} did not answer a Prometheus API success${d(p)}`,
    ko: (p: P) => `${p.target} 의 Query API 가 Prometheus API 성공 응답을 주지 않았습니다${d(p)}`,
  },
  'TF9601.fix': {
    en: () => 'the route must reach Thanos Query’s HTTP port (Service port 9090 in the Bitnami chart)',
    ko: () => '라우트가 Thanos Query HTTP 포트(Bitnami 차트 Service 포트 9090)로 가야 합니다',
  },
  'TF9602.cause': {
    en: (p: P) => `edge ${p.target} is silent: no sample with cluster="${p.a}" in the last 5 minutes`,
    ko: (p: P) => `엣지 ${p.target} 가 조용합니다: 최근 5분 동안 cluster="${p.a}" 샘플이 없습니다`,
  },
  'TF9602.fix': {
    en: () =>
      'on that edge: kubectl logs of the agent (grep "Failed to send batch" / "non-recoverable"), or run doctor with --agent-metrics EDGE=URL',
    ko: () =>
      '그 엣지에서 에이전트 로그를 보거나 ("Failed to send batch" / "non-recoverable") doctor 를 --agent-metrics EDGE=URL 로 실행하세요',
  },
  'TF9603.cause': {
    en: (p: P) => `edge ${p.target}’s newest sample is ${p.a} s old (expected under ${p.b} s)`,
    ko: (p: P) => `엣지 ${p.target} 의 가장 최근 샘플이 ${p.a}초 전입니다 (기대치 ${p.b}초 이내)`,
  },
  'TF9603.fix': {
    en: () => 'the agent is behind or retrying: check it with --agent-metrics EDGE=URL',
    ko: () => '에이전트가 밀리거나 재시도 중입니다: --agent-metrics EDGE=URL 로 확인하세요',
  },
  'TF9701.cause': {
    en: (p: P) => `${p.target} sends no Access-Control-Allow-Origin for ${p.a}: the browser blocks the call`,
    ko: (p: P) =>
      `${p.target} 가 ${p.a} 에 대한 Access-Control-Allow-Origin 을 보내지 않습니다: 브라우저가 막습니다`,
  },
  'TF9701.fix': {
    en: () =>
      'apply the rendered CORS settings for the declared browserOrigins (enable-cors, cors-allow-origin)',
    ko: () => '선언된 browserOrigins 용으로 렌더링된 CORS 설정(enable-cors, cors-allow-origin)을 적용하세요',
  },
  'TF9702.cause': {
    en: (p: P) =>
      `${p.target} sends Access-Control-Allow-Origin ${p.a} times (${p.detail ?? ''}): the ingress adds one and Thanos adds its own "*"; browsers reject it`,
    ko: (p: P) =>
      `${p.target} 가 Access-Control-Allow-Origin 을 ${p.a} 번 보냅니다 (${p.detail ?? ''}): ingress 와 Thanos 의 "*" 가 겹쳐 브라우저가 거부합니다`,
  },
  'TF9702.fix': {
    en: () =>
      'hide the backend’s CORS headers at the ingress (proxy_hide_header) or start Query with --web.disable-cors',
    ko: () =>
      'ingress 에서 백엔드 CORS 헤더를 숨기거나(proxy_hide_header) Query 를 --web.disable-cors 로 실행하세요',
  },
  'TF9703.cause': {
    en: (p: P) =>
      `${p.target} answers the CORS preflight (OPTIONS) with ${p.a}: browsers never send credentials on a preflight`,
    ko: (p: P) =>
      `${p.target} 가 CORS preflight(OPTIONS)에 ${p.a} 로 응답합니다: 브라우저는 preflight 에 자격 증명을 보내지 않습니다`,
  },
  'TF9703.fix': {
    en: () =>
      'answer OPTIONS before auth (ingress-nginx enable-cors does; plain nginx: if ($request_method = OPTIONS) { return 204; })',
    ko: () =>
      'OPTIONS 는 인증 전에 응답하세요 (ingress-nginx enable-cors 가 그렇게 함; 일반 nginx: if ($request_method = OPTIONS) { return 204; })',
  },
  'TF9704.cause': {
    en: (p: P) =>
      `${p.target} answers Access-Control-Allow-Origin "*" with Allow-Credentials true: browsers refuse credentialed calls`,
    ko: (p: P) =>
      `${p.target} 가 Access-Control-Allow-Origin "*" 와 Allow-Credentials true 를 함께 보냅니다: 브라우저가 자격 증명 요청을 거부합니다`,
  },
  'TF9704.fix': {
    en: () => 'list the origins explicitly (browserOrigins) instead of "*"',
    ko: () => '"*" 대신 origin 을 명시하세요 (browserOrigins)',
  },
  'TF9705.cause': {
    en: (p: P) => `${p.target} allows origin "${p.detail ?? ''}", not ${p.a}`,
    ko: (p: P) => `${p.target} 가 ${p.a} 가 아닌 "${p.detail ?? ''}" 를 허용합니다`,
  },
  'TF9705.fix': {
    en: () => 'set cors-allow-origin to the declared browserOrigins',
    ko: () => 'cors-allow-origin 을 선언된 browserOrigins 로 설정하세요',
  },
  'TF9706.cause': {
    en: (p: P) =>
      `no browser origins are declared for ${p.target}: Grafana queries server-side (access: proxy) and needs no CORS; browser access was removed in Grafana 9.2`,
    ko: (p: P) =>
      `${p.target} 에 선언된 브라우저 origin 이 없습니다: Grafana 는 서버 측(access: proxy)에서 조회하므로 CORS 가 필요 없습니다. 브라우저 access 는 Grafana 9.2 에서 제거됨`,
  },
  'TF9706.fix': {
    en: () =>
      'a CORS error in a browser means a page calls Query directly: declare its origin in central.browserOrigins',
    ko: () =>
      '브라우저의 CORS 오류는 페이지가 Query 를 직접 호출한다는 뜻입니다: central.browserOrigins 에 origin 을 선언하세요',
  },
  'TF9707.cause': {
    en: (p: P) => `${p.target}’s preflight allows methods "${p.a}", which lacks ${p.b}`,
    ko: (p: P) => `${p.target} preflight 가 허용하는 메서드 "${p.a}" 에 ${p.b} 가 없습니다`,
  },
  'TF9707.fix': {
    en: () => 'allow GET, POST and OPTIONS (cors-allow-methods)',
    ko: () => 'GET, POST, OPTIONS 를 허용하세요 (cors-allow-methods)',
  },
  'TF9801.cause': {
    en: (p: P) =>
      `agent ${p.target} dropped ${p.a} sample(s) as non-recoverable (4xx: wrong password, 413, 429 without retry, out of bounds). The lag stays 0, so lag alerts do not see this loss`,
    ko: (p: P) =>
      `에이전트 ${p.target} 가 샘플 ${p.a} 개를 복구 불가로 버렸습니다 (4xx: 잘못된 비밀번호, 413, 재시도 없는 429, out of bounds). 지연은 0 이라 지연 알림은 이 손실을 못 봅니다`,
  },
  'TF9801.fix': {
    en: () =>
      'grep the agent log for "non-recoverable error" (the text after "status" names the code); alert on rate(prometheus_remote_storage_samples_failed_total[5m]) > 0',
    ko: () =>
      '에이전트 로그에서 "non-recoverable error" 를 찾으세요 (status 뒤가 코드). rate(prometheus_remote_storage_samples_failed_total[5m]) > 0 으로 알림을 거세요',
  },
  'TF9802.cause': {
    en: (p: P) =>
      `agent ${p.target} retried ${p.a} sample(s): 5xx, TLS errors or timeouts. Nothing is lost while the WAL holds them, but reloading this agent now drops its queue`,
    ko: (p: P) =>
      `에이전트 ${p.target} 가 샘플 ${p.a} 개를 재시도했습니다: 5xx, TLS 오류 또는 타임아웃. WAL 에 있는 동안은 손실이 없지만 지금 재로드하면 큐가 버려집니다`,
  },
  'TF9802.fix': {
    en: () =>
      'grep the agent log for "Failed to send batch, retrying" and fix that hop; do not reload the agent meanwhile',
    ko: () =>
      '에이전트 로그의 "Failed to send batch, retrying" 을 보고 그 구간을 고치세요. 그동안 에이전트를 재로드하지 마세요',
  },
  'TF9803.cause': {
    en: (p: P) => `agent ${p.target} is ${p.a} s behind (threshold ${p.b} s)`,
    ko: (p: P) => `에이전트 ${p.target} 가 ${p.a}초 밀려 있습니다 (기준 ${p.b}초)`,
  },
  'TF9803.fix': {
    en: () => 'the remote is slow or failing; data older than the agent WAL window (≈2–4 h) is lost',
    ko: () => '원격이 느리거나 실패 중입니다. 에이전트 WAL 구간(약 2–4시간)보다 오래된 데이터는 손실됩니다',
  },
  'TF9804.cause': {
    en: (p: P) => `agent ${p.target} runs at its maximum shards (${p.a}): throughput is capped`,
    ko: (p: P) => `에이전트 ${p.target} 가 최대 샤드(${p.a})로 동작 중입니다: 처리량이 한계입니다`,
  },
  'TF9804.fix': {
    en: () =>
      'raise queue.maxShards only together with the ingress connection limit (thanos-fleet derives it from maxShards)',
    ko: () => 'queue.maxShards 는 ingress 연결 제한과 함께 올리세요 (thanos-fleet 은 maxShards 로 계산함)',
  },
  'TF9805.cause': {
    en: (p: P) =>
      `agent ${p.target}'s counters went backwards between the two scrapes: a config reload recreated the queue, so deltas are unreliable`,
    ko: (p: P) =>
      `에이전트 ${p.target} 의 카운터가 두 번의 수집 사이에 줄었습니다: 설정 재로드로 큐가 다시 만들어져 변화량을 믿을 수 없습니다`,
  },
  'TF9805.fix': {
    en: () => 'run doctor again; a reload while the queue was stuck drops the queued samples',
    ko: () => 'doctor 를 다시 실행하세요. 큐가 막힌 동안의 재로드는 대기 샘플을 버립니다',
  },
  'TF9806.cause': {
    en: (p: P) =>
      `agent ${p.target} has not sent anything successfully since its queue started (sent timestamp 0)`,
    ko: (p: P) => `에이전트 ${p.target} 는 큐 시작 이후 성공한 전송이 없습니다 (전송 시각 0)`,
  },
  'TF9806.fix': {
    en: () => 'grep the agent log for "Failed to send batch" / "non-recoverable error"',
    ko: () => '에이전트 로그에서 "Failed to send batch" / "non-recoverable error" 를 찾으세요',
  },
  'TF9807.cause': {
    en: (p: P) => `the metrics URL of agent ${p.target} cannot be scraped${d(p)}`,
    ko: (p: P) => `에이전트 ${p.target} 의 메트릭 URL 을 수집할 수 없습니다${d(p)}`,
  },
  'TF9807.fix': {
    en: () => 'give the agent’s /metrics URL (kubectl port-forward to the agent pod, port 9090)',
    ko: () => '에이전트의 /metrics URL 을 주세요 (에이전트 파드로 kubectl port-forward, 9090 포트)',
  },
  'TF9808.cause': {
    en: (p: P) =>
      `${p.target}'s metrics have no remote-write queue (prometheus_remote_storage_*): not an agent with remote_write`,
    ko: (p: P) =>
      `${p.target} 메트릭에 remote-write 큐(prometheus_remote_storage_*)가 없습니다: remote_write 가 있는 에이전트가 아닙니다`,
  },
  'TF9808.fix': {
    en: () => 'check the URL and that the agent config has the rendered remote_write',
    ko: () => 'URL 과 에이전트 설정에 렌더링된 remote_write 가 있는지 확인하세요',
  },
  'TF9809.cause': {
    en: (p: P) => `agent ${p.target} sent no samples between the two scrapes and has none pending`,
    ko: (p: P) => `에이전트 ${p.target} 가 두 수집 사이에 샘플을 보내지 않았고 대기 샘플도 없습니다`,
  },
  'TF9809.fix': {
    en: () => 'check its scrape targets (up) and the scrape interval against the doctor’s gap',
    ko: () => '수집 대상(up)과 scrape 간격을 doctor 의 간격과 비교해 확인하세요',
  },
  'TF9901.cause': {
    en: (p: P) =>
      `${p.target} started answering but did not finish within the timeout${d(p)}: a slow or trickling peer`,
    ko: (p: P) =>
      `${p.target} 가 응답을 시작했지만 타임아웃 안에 끝내지 못했습니다${d(p)}: 느리거나 조금씩 보내는 상대`,
  },
  'TF9901.fix': {
    en: () => 'check the network path and the backend; agents would hit their remote_timeout',
    ko: () => '네트워크 경로와 백엔드를 확인하세요. 에이전트는 remote_timeout 에 걸립니다',
  },
  'TF9902.cause': {
    en: (p: P) => `${p.target} sent a body larger than ${p.a}; reading stopped there`,
    ko: (p: P) => `${p.target} 가 ${p.a} 보다 큰 본문을 보내 그 지점에서 읽기를 멈췄습니다`,
  },
  'TF9902.fix': {
    en: () => 'this is not what the endpoint should answer: check the route points at the right backend',
    ko: () => '이 엔드포인트의 정상 응답이 아닙니다: 라우트가 올바른 백엔드를 가리키는지 확인하세요',
  },
  'TF9903.cause': {
    en: (p: P) => `${p.target} did not answer with HTTP${d(p)}`,
    ko: (p: P) => `${p.target} 가 HTTP 로 응답하지 않았습니다${d(p)}`,
  },
  'TF9903.fix': {
    en: () => 'the port is served by something else than the ingress; check the port mapping',
    ko: () => '포트를 ingress 가 아닌 다른 것이 제공합니다. 포트 매핑을 확인하세요',
  },
  'TF9904.cause': {
    en: (p: P) => `${p.target} closed the connection without an answer${d(p)}`,
    ko: (p: P) => `${p.target} 가 응답 없이 연결을 닫았습니다${d(p)}`,
  },
  'TF9904.fix': {
    en: () => 'check the ingress controller logs and any load balancer idle/health settings',
    ko: () => 'ingress 컨트롤러 로그와 LB 유휴/헬스 설정을 확인하세요',
  },
});
