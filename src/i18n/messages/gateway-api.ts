import { defineMessages } from '../index.js';

/**
 * Warnings and README lines of the Gateway API provider (Gateway API v1.6 standard channel + Envoy
 * Gateway v1.9), src/render/ingress/gateway-api and src/render/ingress/differences.ts.
 */
export const gatewayApiMessages = defineMessages({
  header: {
    en: (p: { what: string }) =>
      `${p.what}\nGateway API v1.6 (standard channel) + Envoy Gateway v1.9, written by thanos-fleet. Apply with kubectl apply -f.`,
    ko: (p: { what: string }) =>
      `${p.what}\nGateway API v1.6 (standard 채널) + Envoy Gateway v1.9, thanos-fleet 이 작성. kubectl apply -f 로 적용하세요.`,
  },
  headerGateway: {
    en: () => 'The shared Gateway (one HTTPS listener per host) and the HTTP → HTTPS redirect.',
    ko: () => '공유 Gateway (호스트마다 HTTPS 리스너 하나) 와 HTTP → HTTPS 리디렉션.',
  },
  headerComponent: {
    en: (p: { component: string }) => `Routing and policies of ${p.component}.`,
    ko: (p: { component: string }) => `${p.component} 의 라우팅과 정책.`,
  },

  // Warnings: one per object that cannot carry a policy item.
  noConnectionLimit: {
    en: (p: { n: number }) =>
      `no per-address concurrent-request limit exists in Gateway API or Envoy Gateway, so limit-connections ${p.n} is not rendered. ClientTrafficPolicy connectionLimit counts all connections of a listener: one client could use it up and lock every edge out, so it is not used either. Thanos Receive's write limits (--receive.limits-config) can cap concurrency instead`,
    ko: (p: { n: number }) =>
      `Gateway API 와 Envoy Gateway 에는 주소별 동시 요청 제한이 없어 limit-connections ${p.n} 은 렌더링되지 않습니다. ClientTrafficPolicy connectionLimit 은 리스너의 전체 연결 수라서 클라이언트 하나가 모두 써 버리면 모든 엣지가 막히므로 그것도 쓰지 않습니다. 대신 Thanos Receive 쓰기 제한(--receive.limits-config) 으로 동시성을 제한할 수 있습니다`,
  },
  globalRateLimitService: {
    en: (p: { rps: number }) =>
      `${p.rps} requests/s per client address needs Envoy Gateway's global rate limit (Envoy's rate-limit service with Redis, set rateLimit.backend in the EnvoyGateway configuration); local rate limits cannot count per address (no Distinct). Without the service Envoy Gateway does not apply this limit. Over-limit requests get 429`,
    ko: (p: { rps: number }) =>
      `클라이언트 주소별 초당 ${p.rps} 요청 제한에는 Envoy Gateway 의 global rate limit (Redis 를 쓰는 Envoy rate-limit 서비스, EnvoyGateway 설정의 rateLimit.backend) 이 필요합니다; local rate limit 은 주소별로 셀 수 없습니다 (Distinct 미지원). 서비스가 없으면 Envoy Gateway 는 이 제한을 적용하지 않습니다. 초과 요청은 429 를 받습니다`,
  },
  noBurst: {
    en: (p: { rps: number; burst: number }) =>
      `Envoy's global rate limit counts fixed one-second windows and has no burst: ${p.rps} requests per second per address pass, the policy's burst of ${p.burst} does not`,
    ko: (p: { rps: number; burst: number }) =>
      `Envoy global rate limit 은 1초 고정 창으로 세며 burst 가 없습니다: 주소당 초당 ${p.rps} 요청만 통과하고 정책의 burst ${p.burst} 는 적용되지 않습니다`,
  },
  grafanaBodySize: {
    en: (p: { size: string }) =>
      `no body-size limit (policy: ${p.size}) on Grafana: BackendTrafficPolicy requestBuffer buffers whole requests and drops the websocket upgrade Grafana Live needs`,
    ko: (p: { size: string }) =>
      `Grafana 에는 본문 크기 제한(정책: ${p.size}) 을 두지 않습니다: BackendTrafficPolicy requestBuffer 는 요청 전체를 버퍼링하여 Grafana Live 가 쓰는 웹소켓 업그레이드를 막습니다`,
  },
  edgeNo429Retry: {
    en: (p: { edge: string }) =>
      `edge ${p.edge} does not set queue_config.retry_on_http_429: Envoy Gateway answers rate-limited writes with 429 and Prometheus then drops the batch instead of retrying; set queue.retryOnHttp429: true for it (or in defaults.queue)`,
    ko: (p: { edge: string }) =>
      `엣지 ${p.edge} 는 queue_config.retry_on_http_429 를 켜지 않았습니다: Envoy Gateway 는 제한된 쓰기에 429 로 답하고, 그러면 Prometheus 는 재시도 없이 배치를 버립니다; 해당 엣지(또는 defaults.queue) 에 queue.retryOnHttp429: true 를 설정하세요`,
  },

  tooManyListeners: {
    en: (p: { n: number }) =>
      `${p.n} listeners: Gateway API allows at most 64 per Gateway (one HTTPS listener per host plus HTTP), so the API server will refuse it; expose fewer hosts or split them over several Gateways`,
    ko: (p: { n: number }) =>
      `리스너 ${p.n} 개: Gateway API 는 Gateway 하나에 최대 64 개만 허용하므로 (호스트마다 HTTPS 리스너 + HTTP) API 서버가 거부합니다; 노출 호스트를 줄이거나 여러 Gateway 로 나누세요`,
  },
  tooManyHostnames: {
    en: (p: { n: number }) =>
      `${p.n} host names: an HTTPRoute takes at most 16, so the API server will refuse it; move some extraHosts to another component or drop them`,
    ko: (p: { n: number }) =>
      `호스트 이름 ${p.n} 개: HTTPRoute 는 최대 16 개만 받으므로 API 서버가 거부합니다; 일부 extraHosts 를 줄이세요`,
  },

  // Differences from ingress-nginx, for the central README.
  diff429: {
    en: (p: { missing: number }) =>
      `Rate-limited requests get 429 Too Many Requests (ingress-nginx: 503). Prometheus retries 429 only with queue_config.retry_on_http_429: true; ${p.missing === 0 ? 'every edge of this fleet sets it' : `${p.missing} edge(s) of this fleet do not (see the warnings)`}.`,
    ko: (p: { missing: number }) =>
      `제한된 요청은 429 Too Many Requests 를 받습니다 (ingress-nginx: 503). Prometheus 는 queue_config.retry_on_http_429: true 일 때만 429 를 재시도합니다; ${p.missing === 0 ? '이 플릿의 모든 엣지가 설정했습니다' : `이 플릿의 엣지 ${p.missing} 개가 설정하지 않았습니다 (경고 참고)`}.`,
  },
  diffSha: {
    en: () =>
      "Basic-auth Secrets use the key .htpasswd and {SHA} hashes only (Envoy Gateway accepts nothing else), also for the operators' passwords that ingress-nginx keeps as bcrypt: unsalted SHA-1 is only safe for long random passwords such as the 256-bit ones thanos-fleet generates.",
    ko: () =>
      '기본 인증 Secret 은 키 .htpasswd 와 {SHA} 해시만 씁니다 (Envoy Gateway 는 다른 것을 받지 않음). ingress-nginx 에서 bcrypt 인 운영자 비밀번호도 마찬가지입니다: 솔트 없는 SHA-1 은 thanos-fleet 이 만드는 256비트 같은 길고 무작위인 비밀번호에만 안전합니다.',
  },
  diffGlobalLimits: {
    en: (p: { replicas: number }) =>
      `Per-address rate limits are global: Envoy's rate-limit service (with Redis) counts across all Envoy replicas, where ingress-nginx counts per controller replica (${p.replicas} configured). The service must be deployed (EnvoyGateway rateLimit.backend), and it counts fixed one-second windows without burst.`,
    ko: (p: { replicas: number }) =>
      `주소별 요청률 제한은 전역입니다: Envoy rate-limit 서비스(Redis 사용) 가 모든 Envoy 레플리카를 합쳐 세며, ingress-nginx 는 컨트롤러 레플리카마다 셉니다 (설정: ${p.replicas} 개). 서비스를 배포해야 하며 (EnvoyGateway rateLimit.backend), burst 없이 1초 고정 창으로 셉니다.`,
  },
  diffTimeouts: {
    en: () =>
      "Timeouts: HTTPRoute timeouts.request is a deadline for the whole request, not the idle time between two reads like proxy-read-timeout; it is set to each route's read timeout so Envoy's 15 s default never cuts a query, and BackendTrafficPolicy timeout.http.streamIdleTimeout carries the idle timeout.",
    ko: () =>
      '타임아웃: HTTPRoute timeouts.request 는 proxy-read-timeout 처럼 두 읽기 사이의 유휴 시간이 아니라 요청 전체의 마감 시간입니다; Envoy 기본값 15초가 쿼리를 끊지 않도록 각 경로의 읽기 타임아웃으로 설정하고, 유휴 타임아웃은 BackendTrafficPolicy timeout.http.streamIdleTimeout 이 맡습니다.',
  },
  diffNoConnections: {
    en: () =>
      'No per-address concurrent-request limit (limit-connections): Gateway API and Envoy Gateway have none, so it is not rendered (see the warnings).',
    ko: () =>
      '주소별 동시 요청 제한(limit-connections) 이 없습니다: Gateway API 와 Envoy Gateway 에 해당 기능이 없어 렌더링하지 않습니다 (경고 참고).',
  },
  diffRedirect: {
    en: () =>
      'The HTTP → HTTPS redirect answers 301 (ingress-nginx: 308). 301 is in every Gateway API release while 308 needs v1.5 or later CRDs; every client URL thanos-fleet renders is https, so no write is ever redirected.',
    ko: () =>
      'HTTP → HTTPS 리디렉션은 301 로 답합니다 (ingress-nginx: 308). 301 은 모든 Gateway API 릴리스에 있고 308 은 v1.5 이상 CRD 가 필요합니다; thanos-fleet 이 렌더링하는 클라이언트 URL 은 모두 https 라 쓰기 요청이 리디렉션되는 일은 없습니다.',
  },
  diffCors: {
    en: () =>
      'CORS is answered by Envoy from SecurityPolicy.spec.cors (ingress-nginx: enable-cors and cors-* annotations), with the same explicit origins.',
    ko: () =>
      'CORS 는 SecurityPolicy.spec.cors 로 Envoy 가 답합니다 (ingress-nginx: enable-cors 와 cors-* 어노테이션), 출처 목록은 같습니다.',
  },
  diffBodySize: {
    en: () =>
      'Body-size limits buffer each request whole before it is sent on (BackendTrafficPolicy requestBuffer, 413 above the limit); Grafana gets none because buffering drops the websocket upgrade.',
    ko: () =>
      '본문 크기 제한은 요청 전체를 버퍼링한 뒤 전달합니다 (BackendTrafficPolicy requestBuffer, 초과 시 413); 버퍼링은 웹소켓 업그레이드를 막으므로 Grafana 에는 두지 않습니다.',
  },
  diffClientAddress: {
    en: () =>
      "Allowlists and per-address limits use the address of Envoy's TCP peer, as ingress-nginx uses $remote_addr: keep the client source address at the load balancer (externalTrafficPolicy: Local, or PROXY protocol with ClientTrafficPolicy proxyProtocol) or all clients share one address.",
    ko: () =>
      '허용 목록과 주소별 제한은 ingress-nginx 의 $remote_addr 처럼 Envoy 의 TCP 상대 주소를 씁니다: 로드 밸런서에서 클라이언트 주소를 보존하세요 (externalTrafficPolicy: Local, 또는 ClientTrafficPolicy proxyProtocol 과 PROXY 프로토콜). 그렇지 않으면 모든 클라이언트가 한 주소를 공유합니다.',
  },
  diffReceivePath: {
    en: () =>
      'Thanos Receive exposes only /api/v1/receive (Exact match) on its remote-write port 19291; the chart ingress of ingress-nginx also exposes /-/ready on port 10902.',
    ko: () =>
      'Thanos Receive 는 원격 쓰기 포트 19291 의 /api/v1/receive (Exact) 만 노출합니다; ingress-nginx 의 차트 ingress 는 포트 10902 의 /-/ready 도 노출합니다.',
  },
});
