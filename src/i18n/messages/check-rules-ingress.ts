import { defineMessages } from '../index.js';

/** check rules about the ingress in front of Receive / Query / Grafana (TF21xx–TF24xx, TF30xx). */
export const checkIngressRules = defineMessages({
  'TF2101.title': {
    en: () => 'Ingress body size below a remote-write batch',
    ko: () => '인그레스 본문 크기가 remote write 배치보다 작음',
  },
  'TF2101.why': {
    en: () =>
      'A request bigger than the body limit gets 413, which Prometheus treats as non-recoverable: the batch is dropped and only samples_failed_total shows it.',
    ko: () =>
      '본문 한도를 넘는 요청은 413 을 받고, Prometheus 는 이를 복구 불가로 보아 배치를 버립니다. samples_failed_total 에만 드러납니다.',
  },
  'TF2101.fix': {
    en: () =>
      'Raise the body limit above max_samples_per_send × 64 bytes (with margin), or lower max_samples_per_send.',
    ko: () =>
      '본문 한도를 max_samples_per_send × 64 바이트(여유 포함) 이상으로 올리거나 max_samples_per_send 를 줄이세요.',
  },
  'TF2101.msg': {
    en: (p: { limit: string; need: string; mps: number; implicit: boolean }) =>
      `body limit ${p.limit}${p.implicit ? ' (ingress-nginx default)' : ''} is below one batch of ${p.mps} samples (up to ${p.need}): such writes get 413 and are dropped`,
    ko: (p: { limit: string; need: string; mps: number; implicit: boolean }) =>
      `본문 한도 ${p.limit}${p.implicit ? ' (ingress-nginx 기본값)' : ''} 가 샘플 ${p.mps} 개 배치(최대 ${p.need})보다 작아 413 을 받고 버려집니다`,
  },
  'TF2102.title': {
    en: () => 'Unknown ingress-nginx annotation',
    ko: () => '알 수 없는 ingress-nginx 어노테이션',
  },
  'TF2102.why': {
    en: () =>
      'ingress-nginx silently ignores nginx.ingress.kubernetes.io/* keys it does not know: the setting you meant is simply not applied.',
    ko: () =>
      'ingress-nginx 는 모르는 nginx.ingress.kubernetes.io/* 키를 조용히 무시합니다. 의도한 설정이 적용되지 않습니다.',
  },
  'TF2102.fix': {
    en: () => 'Use a name from the ingress-nginx annotation list, or remove it.',
    ko: () => 'ingress-nginx 어노테이션 목록의 이름을 쓰거나 지우세요.',
  },
  'TF2102.msg': {
    en: (p: { name: string; suggestion?: string }) =>
      `"${p.name}" is not an ingress-nginx annotation and is ignored${p.suggestion ? ` (did you mean "${p.suggestion}"?)` : ''}`,
    ko: (p: { name: string; suggestion?: string }) =>
      `"${p.name}" 는 ingress-nginx 어노테이션이 아니라 무시됩니다${p.suggestion ? ` ("${p.suggestion}" 를 의도했나요?)` : ''}`,
  },
  'TF2102.foreign': {
    en: (p: { name: string; owner: string }) =>
      `"${p.name}" is not an ingress-nginx annotation and is ignored (it belongs to: ${p.owner})`,
    ko: (p: { name: string; owner: string }) =>
      `"${p.name}" 는 ingress-nginx 어노테이션이 아니라 무시됩니다 (출처: ${p.owner})`,
  },
  'TF2102.websocketFix': {
    en: () =>
      'Remove it: ingress-nginx proxies WebSockets in every location by default; only raise proxy-read-timeout / proxy-send-timeout (e.g. 3600).',
    ko: () =>
      '지우세요: ingress-nginx 는 모든 location 에서 기본으로 WebSocket 을 프록시합니다. proxy-read-timeout / proxy-send-timeout 만 올리세요 (예: 3600).',
  },
  'TF2102.cacheFix': {
    en: () =>
      "Remove it: ingress-nginx has no per-Ingress response cache (proxy-buffering only buffers); use Query Frontend's own results cache.",
    ko: () =>
      '지우세요: ingress-nginx 에는 인그레스별 응답 캐시가 없습니다 (proxy-buffering 은 버퍼링만). Query Frontend 의 결과 캐시를 쓰세요.',
  },
  'TF2103.title': {
    en: () => 'ConfigMap-only setting written as an annotation',
    ko: () => 'ConfigMap 전용 설정을 어노테이션으로 씀',
  },
  'TF2103.why': {
    en: () =>
      'limit-req-status-code and limit-conn-status-code exist only in the controller ConfigMap (global); as annotations they are ignored and rate-limited requests keep getting 503.',
    ko: () =>
      'limit-req-status-code 와 limit-conn-status-code 는 컨트롤러 ConfigMap(전역)에만 있습니다. 어노테이션으로는 무시되어 제한된 요청은 계속 503 을 받습니다.',
  },
  'TF2103.fix': {
    en: () =>
      'Remove the annotation. Keep the default 503 (Prometheus retries it); a global 429 needs retry_on_http_429 on every edge.',
    ko: () =>
      '어노테이션을 지우세요. 기본값 503 을 유지하세요 (Prometheus 가 재시도). 전역 429 로 바꾸려면 모든 엣지에 retry_on_http_429 가 필요합니다.',
  },
  'TF2103.msg': {
    en: (p: { name: string }) =>
      `"${p.name}" is a ConfigMap key, not an annotation: ignored here (status stays 503)`,
    ko: (p: { name: string }) =>
      `"${p.name}" 는 어노테이션이 아닌 ConfigMap 키라 여기서는 무시됩니다 (상태 코드는 503 유지)`,
  },
  'TF2104.title': { en: () => 'Deprecated annotation alias', ko: () => '폐기 예정 어노테이션 별칭' },
  'TF2104.why': {
    en: () =>
      'Since ingress-nginx v1.9.0 the primary names are allowlist-source-range and limit-allowlist; the old names still work as aliases.',
    ko: () =>
      'ingress-nginx v1.9.0 부터 기본 이름은 allowlist-source-range 와 limit-allowlist 입니다. 옛 이름은 별칭으로 아직 동작합니다.',
  },
  'TF2104.fix': {
    en: () =>
      'Rename to the primary name (ingress2gateway 1.x still only converts the old name; keep that in mind when migrating).',
    ko: () => '기본 이름으로 바꾸세요 (ingress2gateway 1.x 는 아직 옛 이름만 변환하니 이전 시 유의하세요).',
  },
  'TF2104.msg': {
    en: (p: { name: string; primary: string }) => `"${p.name}" is an alias of "${p.primary}"`,
    ko: (p: { name: string; primary: string }) => `"${p.name}" 는 "${p.primary}" 의 별칭입니다`,
  },
  'TF2105.title': { en: () => 'Snippet annotation', ko: () => '스니펫 어노테이션' },
  'TF2105.why': {
    en: () =>
      'Snippets are disabled by default since v1.9.0 and rated Critical; the admission webhook rejects the whole Ingress unless the controller allows Critical risk.',
    ko: () =>
      '스니펫은 v1.9.0 부터 기본 비활성화이고 위험도 Critical 입니다. 컨트롤러가 Critical 을 허용하지 않으면 웹훅이 인그레스 전체를 거부합니다.',
  },
  'TF2105.fix': {
    en: () => 'Express the need with regular annotations or a Gateway API policy.',
    ko: () => '일반 어노테이션이나 Gateway API 정책으로 표현하세요.',
  },
  'TF2105.msg': {
    en: (p: { name: string }) =>
      `"${p.name}" is a snippet: rejected unless the controller allows Critical-risk annotations`,
    ko: (p: { name: string }) =>
      `"${p.name}" 는 스니펫이라 컨트롤러가 Critical 위험 어노테이션을 허용하지 않으면 거부됩니다`,
  },
  'TF2106.title': { en: () => 'Annotation restates the default', ko: () => '기본값을 다시 적은 어노테이션' },
  'TF2106.why': {
    en: () => 'The value equals the controller default; it changes nothing and suggests it does.',
    ko: () => '값이 컨트롤러 기본값과 같아 아무것도 바꾸지 않으면서 무언가 하는 것처럼 보입니다.',
  },
  'TF2106.fix': { en: () => 'Remove the annotation.', ko: () => '어노테이션을 지우세요.' },
  'TF2106.msg': {
    en: (p: { name: string; value: string }) =>
      `"${p.name}: ${p.value}" is already the ingress-nginx default`,
    ko: (p: { name: string; value: string }) => `"${p.name}: ${p.value}" 는 이미 ingress-nginx 기본값입니다`,
  },
  'TF2201.title': {
    en: () => "limit-connections below the edges' shards",
    ko: () => 'limit-connections 가 엣지 샤드 수보다 작음',
  },
  'TF2201.why': {
    en: () =>
      "Each remote-write shard keeps one request in flight and nginx counts every in-flight request from the edge's address; above the limit requests get 503, throughput is capped, lag grows and data older than the agent WAL window is lost.",
    ko: () =>
      '샤드마다 요청 하나를 동시에 보내고 nginx 는 엣지 주소의 동시 요청을 모두 셉니다. 한도를 넘으면 503 을 받아 처리량이 묶이고 지연이 쌓여 에이전트 WAL 보존 기간을 넘은 데이터가 사라집니다.',
  },
  'TF2201.fix': {
    en: () =>
      'Set limit-connections to at least max_shards + 1 for every edge behind one address (with margin), drop it, or lower max_shards.',
    ko: () =>
      'limit-connections 를 한 주소 뒤 모든 엣지의 max_shards + 1 합 이상(여유 포함)으로 올리거나, 지우거나, max_shards 를 줄이세요.',
  },
  'TF2201.msg': {
    en: (p: { limit: number; need: number; who: string }) =>
      `limit-connections ${p.limit} is below the ${p.need} requests in flight from one address (${p.who}): the rest get 503`,
    ko: (p: { limit: number; need: number; who: string }) =>
      `limit-connections ${p.limit} 가 한 주소(${p.who})의 동시 요청 ${p.need} 개보다 작아 나머지는 503 을 받습니다`,
  },
  'TF2202.title': {
    en: () => "Request rate limit below the fleet's catch-up rate",
    ko: () => '요청 속도 제한이 플릿의 따라잡기 속도보다 낮음',
  },
  'TF2202.why': {
    en: () =>
      'Rate limits are keyed by client address; edges behind one address share it. After an outage every shard sends back to back, and a low rate keeps the fleet from catching up before the WAL window ends.',
    ko: () =>
      '속도 제한은 클라이언트 주소 단위이고 한 주소 뒤의 엣지는 이를 공유합니다. 장애 뒤 모든 샤드가 연달아 보내는데 속도가 낮으면 WAL 보존 기간 안에 따라잡지 못합니다.',
  },
  'TF2202.fix': {
    en: () =>
      "Raise the rate to the figure in the message or remove the limit for the edges' addresses (limit-allowlist).",
    ko: () => '메시지의 값으로 속도를 올리거나 엣지 주소를 제한에서 빼세요 (limit-allowlist).',
  },
  'TF2202.msg': {
    en: (p: { rps: number; need: number; who: string }) =>
      `rate limit ${p.rps} r/s per address is below the ${p.need} r/s that ${p.who} can send while catching up`,
    ko: (p: { rps: number; need: number; who: string }) =>
      `주소당 속도 제한 ${p.rps} r/s 가 ${p.who} 가 따라잡을 때 보낼 수 있는 ${p.need} r/s 보다 낮습니다`,
  },
  'TF2203.title': {
    en: () => 'Rate-limit burst below the first catch-up wave',
    ko: () => '속도 제한 버스트가 첫 따라잡기 파도보다 작음',
  },
  'TF2203.why': {
    en: () =>
      'When the ingress comes back every shard of every edge behind one address sends at once; requests beyond the burst are rejected in that first wave.',
    ko: () =>
      '인그레스가 복구되면 한 주소 뒤 모든 엣지의 샤드가 동시에 보냅니다. 버스트를 넘는 요청은 첫 파도에서 거부됩니다.',
  },
  'TF2203.fix': {
    en: () => 'Make rate × limit-burst-multiplier at least the number of shards behind one address.',
    ko: () => '속도 × limit-burst-multiplier 를 한 주소 뒤 샤드 수 이상으로 하세요.',
  },
  'TF2203.msg': {
    en: (p: { burst: number; need: number }) =>
      `burst ${p.burst} is below the ${p.need} requests one address sends at once after an outage`,
    ko: (p: { burst: number; need: number }) =>
      `버스트 ${p.burst} 가 장애 뒤 한 주소가 동시에 보내는 요청 ${p.need} 개보다 작습니다`,
  },
  'TF2301.title': { en: () => 'Connect timeout over 75 seconds', ko: () => '연결 타임아웃이 75 초 초과' },
  'TF2301.why': {
    en: () =>
      'nginx: proxy_connect_timeout "cannot usually exceed 75 seconds"; a larger value buys nothing and hides a dead backend for longer.',
    ko: () =>
      'nginx 문서: proxy_connect_timeout 은 "보통 75 초를 넘을 수 없습니다". 더 큰 값은 효과 없이 죽은 백엔드를 더 오래 숨깁니다.',
  },
  'TF2301.fix': {
    en: () => 'Keep the default 5 (seconds) or at most 75.',
    ko: () => '기본값 5(초)나 최대 75 로 두세요.',
  },
  'TF2301.msg': {
    en: (p: { value: number }) => `proxy-connect-timeout ${p.value} s: nginx cannot use more than about 75 s`,
    ko: (p: { value: number }) =>
      `proxy-connect-timeout ${p.value} 초: nginx 는 약 75 초 이상을 쓸 수 없습니다`,
  },
  'TF2302.title': {
    en: () => 'Timeout with a unit is ignored',
    ko: () => '단위가 붙은 타임아웃은 무시됨',
  },
  'TF2302.why': {
    en: () =>
      'ingress-nginx timeouts are unitless integer seconds; "600s" fails validation and the parser silently falls back to the default (5/60/60 s).',
    ko: () =>
      'ingress-nginx 타임아웃은 단위 없는 정수 초입니다. "600s" 는 검증에 실패하고 파서가 조용히 기본값(5/60/60 초)으로 돌아갑니다.',
  },
  'TF2302.fix': {
    en: () => 'Write the number of seconds only, e.g. "600".',
    ko: () => '초 숫자만 쓰세요 (예: "600").',
  },
  'TF2302.msg': {
    en: (p: { name: string; value: string; def: number }) =>
      `${p.name} "${p.value}" is not an integer number of seconds: ignored, the default ${p.def} s applies`,
    ko: (p: { name: string; value: string; def: number }) =>
      `${p.name} "${p.value}" 는 정수 초가 아니라 무시되고 기본값 ${p.def} 초가 적용됩니다`,
  },
  'TF2303.title': {
    en: () => "Ingress read timeout not above the agents' remote_timeout",
    ko: () => '인그레스 읽기 타임아웃이 에이전트 remote_timeout 보다 길지 않음',
  },
  'TF2303.why': {
    en: () =>
      "If the proxy gives up before the agent, slow writes end in 504 instead of finishing; the read timeout must be longer than every edge's remote_timeout.",
    ko: () =>
      '프록시가 에이전트보다 먼저 포기하면 느린 쓰기가 끝나지 못하고 504 가 됩니다. 읽기 타임아웃은 모든 엣지의 remote_timeout 보다 길어야 합니다.',
  },
  'TF2303.fix': {
    en: () => 'Set proxy-read-timeout above the longest remote_timeout (default 30 s), e.g. 60.',
    ko: () => 'proxy-read-timeout 을 가장 긴 remote_timeout(기본 30 초)보다 길게, 예: 60 으로 두세요.',
  },
  'TF2303.msg': {
    en: (p: { read: number; remote: number }) =>
      `read timeout ${p.read} s is not longer than the edges' remote_timeout ${p.remote} s: slow writes end in 504`,
    ko: (p: { read: number; remote: number }) =>
      `읽기 타임아웃 ${p.read} 초가 엣지 remote_timeout ${p.remote} 초보다 길지 않아 느린 쓰기가 504 로 끝납니다`,
  },
  'TF2304.title': {
    en: () => 'Raising the ingress read timeout does not fix "context deadline exceeded"',
    ko: () => '인그레스 읽기 타임아웃을 올려도 "context deadline exceeded" 는 해결되지 않음',
  },
  'TF2304.why': {
    en: () =>
      '"context deadline exceeded" is the agent\'s own remote_timeout (default 30 s) expiring. nginx\'s default 60 s is already longer, so a read timeout far beyond remote_timeout changes nothing; if nginx timed out the agent would log 504.',
    ko: () =>
      '"context deadline exceeded" 는 에이전트 자신의 remote_timeout(기본 30 초) 만료입니다. nginx 기본값 60 초가 이미 더 길어 remote_timeout 을 훨씬 넘는 읽기 타임아웃은 아무것도 바꾸지 않습니다. nginx 가 끊었다면 504 가 기록됩니다.',
  },
  'TF2304.fix': {
    en: () =>
      'Find the slow hop (Receive latency http_request_duration_seconds{handler="receive"}, quorum 503s, network) or raise remote_timeout consciously; keep the read timeout a little above it.',
    ko: () =>
      '느린 구간(Receive 지연 http_request_duration_seconds{handler="receive"}, 쿼럼 503, 네트워크)을 찾거나 remote_timeout 을 의식적으로 올리고 읽기 타임아웃은 그보다 조금 길게 두세요.',
  },
  'TF2304.msg': {
    en: (p: { read: number; remote: number }) =>
      `read timeout ${p.read} s is far above the edges' remote_timeout ${p.remote} s: the agent gives up first, so this has no effect`,
    ko: (p: { read: number; remote: number }) =>
      `읽기 타임아웃 ${p.read} 초가 엣지 remote_timeout ${p.remote} 초보다 훨씬 길어 에이전트가 먼저 포기하므로 효과가 없습니다`,
  },
  'TF2305.title': {
    en: () => "Gateway route timeout shorter than the agents' remote_timeout",
    ko: () => '게이트웨이 라우트 타임아웃이 에이전트 remote_timeout 보다 짧음',
  },
  'TF2305.why': {
    en: () =>
      'Gateway API timeouts.request is a deadline for the whole request, and Envoy Gateway applies 15 s when none is set: remote writes slower than that end in 504 although the agent would have waited remote_timeout (30 s by default).',
    ko: () =>
      'Gateway API timeouts.request 는 요청 전체의 마감 시간이고 Envoy Gateway 는 설정이 없으면 15 초를 씁니다. 에이전트는 remote_timeout(기본 30 초)까지 기다리지만 그보다 느린 쓰기는 504 로 끝납니다.',
  },
  'TF2305.fix': {
    en: () =>
      'Set rules[].timeouts.request on the /api/v1/receive route above the longest remote_timeout (e.g. 60s).',
    ko: () =>
      '/api/v1/receive 라우트의 rules[].timeouts.request 를 가장 긴 remote_timeout 보다 길게 (예: 60s) 설정하세요.',
  },
  'TF2305.msg': {
    en: (p: { value: string; remote: number }) =>
      `route timeout ${p.value} is not longer than the edges' remote_timeout ${p.remote} s: slow writes end in 504`,
    ko: (p: { value: string; remote: number }) =>
      `라우트 타임아웃 ${p.value} 가 엣지 remote_timeout ${p.remote} 초보다 길지 않아 느린 쓰기가 504 로 끝납니다`,
  },
  'TF2401.title': {
    en: () => 'Ingress answers 429 but edges drop 429 batches',
    ko: () => '인그레스가 429 로 응답하지만 엣지는 429 배치를 버림',
  },
  'TF2401.why': {
    en: () =>
      'Prometheus treats 429 as non-recoverable unless queue_config.retry_on_http_429 is true: every rate-limited batch is dropped silently. Envoy Gateway and Traefik rate limits answer 429; ingress-nginx only with a ConfigMap override.',
    ko: () =>
      'Prometheus 는 queue_config.retry_on_http_429 가 true 가 아니면 429 를 복구 불가로 보아 제한된 배치를 조용히 버립니다. Envoy Gateway 와 Traefik 속도 제한은 429 로 응답하고 ingress-nginx 는 ConfigMap 으로 바꿀 때만 그렇습니다.',
  },
  'TF2401.fix': {
    en: () =>
      'Set queue_config.retry_on_http_429: true on every edge (Prometheus ≥ 2.26), or make the limiter answer 503.',
    ko: () =>
      '모든 엣지에 queue_config.retry_on_http_429: true 를 설정하세요 (Prometheus 2.26 이상). 또는 제한기가 503 으로 응답하게 하세요.',
  },
  'TF2401.msg': {
    en: (p: { source: string; edges: string }) =>
      `${p.source} answers 429, and ${p.edges} do not set retry_on_http_429: rate-limited batches are dropped`,
    ko: (p: { source: string; edges: string }) =>
      `${p.source} 가 429 로 응답하는데 ${p.edges} 는 retry_on_http_429 를 설정하지 않아 제한된 배치가 버려집니다`,
  },
  'TF2402.title': {
    en: () => 'Receive ingress requires basic auth but the edge sends none',
    ko: () => 'Receive 인그레스는 basic auth 를 요구하지만 엣지는 보내지 않음',
  },
  'TF2402.why': {
    en: () => 'A 401 is a 4xx: Prometheus drops the batch without retrying.',
    ko: () => '401 은 4xx 라 Prometheus 가 재시도 없이 배치를 버립니다.',
  },
  'TF2402.fix': {
    en: () => 'Add basic_auth {username, password_file} to the remote_write entry.',
    ko: () => 'remote_write 항목에 basic_auth {username, password_file} 를 추가하세요.',
  },
  'TF2402.msg': {
    en: (p: { ingress: string }) =>
      `${p.ingress} requires basic auth, but this remote_write has no credentials: every batch gets 401 and is dropped`,
    ko: (p: { ingress: string }) =>
      `${p.ingress} 는 basic auth 를 요구하지만 이 remote_write 에는 자격 증명이 없어 모든 배치가 401 을 받고 버려집니다`,
  },
  'TF3001.title': {
    en: () => 'CORS on Query is not needed for Grafana (access: proxy)',
    ko: () => 'Grafana(access: proxy)에는 Query 의 CORS 가 필요 없음',
  },
  'TF3001.why': {
    en: () =>
      "With access: proxy Grafana's backend makes the requests, so no browser and no CORS is involved; browser access (direct) was removed in Grafana 9.2. CORS only widens what other sites can read.",
    ko: () =>
      'access: proxy 에서는 Grafana 백엔드가 요청하므로 브라우저도 CORS 도 관여하지 않습니다. 브라우저 접근(direct)은 Grafana 9.2 에서 제거되었습니다. CORS 는 다른 사이트가 읽을 수 있는 범위만 넓힙니다.',
  },
  'TF3001.fix': {
    en: () => 'Remove the CORS annotations unless a browser application calls Query directly.',
    ko: () => '브라우저 앱이 Query 를 직접 부르지 않는다면 CORS 어노테이션을 지우세요.',
  },
  'TF3001.msg': {
    en: (p: { ingress: string }) =>
      `CORS is enabled on ${p.ingress}, but Grafana queries it server-side (access: proxy)`,
    ko: (p: { ingress: string }) =>
      `${p.ingress} 에 CORS 가 켜져 있지만 Grafana 는 서버 측(access: proxy)으로 질의합니다`,
  },
  'TF3002.title': {
    en: () => 'CORS wildcard origin with credentials',
    ko: () => 'credentials 와 함께 쓴 CORS 와일드카드 origin',
  },
  'TF3002.why': {
    en: () =>
      'enable-cors without cors-allow-origin means origin "*", and cors-allow-credentials defaults to true: ingress-nginx sends both, and browsers refuse credentialed responses with "*".',
    ko: () =>
      'cors-allow-origin 없는 enable-cors 는 origin "*" 이고 cors-allow-credentials 기본값은 true 입니다. 둘 다 보내면 브라우저가 자격 증명 응답을 거부합니다.',
  },
  'TF3002.fix': {
    en: () => 'List the exact origins in cors-allow-origin, or set cors-allow-credentials: "false".',
    ko: () => 'cors-allow-origin 에 정확한 origin 을 나열하거나 cors-allow-credentials: "false" 로 두세요.',
  },
  'TF3002.msg': {
    en: () => 'CORS allows origin "*" with credentials: browsers reject these responses',
    ko: () => 'CORS 가 origin "*" 와 credentials 를 함께 허용해 브라우저가 응답을 거부합니다',
  },
  'TF3003.title': {
    en: () => "Ingress CORS next to Thanos' own CORS header",
    ko: () => 'Thanos 자체 CORS 헤더와 인그레스 CORS 가 겹침',
  },
  'TF3003.why': {
    en: () =>
      'Thanos Query and Query Frontend answer Access-Control-Allow-Origin: * themselves unless started with --web.disable-cors. Proxies that add headers send it twice (browsers reject two values); proxies that replace it hide that the backend allows every origin.',
    ko: () =>
      'Thanos Query 와 Query Frontend 는 --web.disable-cors 없이는 스스로 Access-Control-Allow-Origin: * 를 보냅니다. 헤더를 추가하는 프록시는 두 번 보내고(브라우저가 거부), 교체하는 프록시는 백엔드가 모든 origin 을 허용함을 가립니다.',
  },
  'TF3003.fix': {
    en: () =>
      'Keep CORS in one place: add --web.disable-cors to query.extraFlags when the ingress handles CORS.',
    ko: () =>
      'CORS 는 한 곳에서만: 인그레스가 CORS 를 처리하면 query.extraFlags 에 --web.disable-cors 를 넣으세요.',
  },
  'TF3003.msg': {
    en: (p: { ingress: string }) =>
      `${p.ingress} sets CORS while Thanos already sends Access-Control-Allow-Origin: * (no --web.disable-cors)`,
    ko: (p: { ingress: string }) =>
      `${p.ingress} 가 CORS 를 설정하지만 Thanos 도 이미 Access-Control-Allow-Origin: * 를 보냅니다 (--web.disable-cors 없음)`,
  },
});
