import { defineMessages } from '../index.js';

/** check rules about Prometheus agent configs and what they point at (TF24xx queue, TF25xx–TF29xx). */
export const checkAgentRules = defineMessages({
  'TF2403.title': {
    en: () => 'Queue capacity below 3 × max_samples_per_send',
    ko: () => '큐 capacity 가 max_samples_per_send 의 3 배보다 작음',
  },
  'TF2403.why': {
    en: () =>
      'Prometheus advises capacity of 3–10 times max_samples_per_send; a smaller queue blocks reading the WAL while batches are in flight and shards starve.',
    ko: () =>
      'Prometheus 는 capacity 를 max_samples_per_send 의 3–10 배로 권장합니다. 더 작으면 배치 전송 중 WAL 읽기가 막히고 샤드가 굶습니다.',
  },
  'TF2403.fix': {
    en: () =>
      'Raise capacity to at least 3 × max_samples_per_send, or lower max_samples_per_send (e.g. 2000 with capacity 10000).',
    ko: () =>
      'capacity 를 max_samples_per_send 의 3 배 이상으로 올리거나 max_samples_per_send 를 줄이세요 (예: 2000 과 capacity 10000).',
  },
  'TF2403.msg': {
    en: (p: { capacity: number; mps: number; need: number }) =>
      `capacity ${p.capacity} is less than 3 × max_samples_per_send ${p.mps} (need at least ${p.need})`,
    ko: (p: { capacity: number; mps: number; need: number }) =>
      `capacity ${p.capacity} 가 max_samples_per_send ${p.mps} 의 3 배보다 작습니다 (최소 ${p.need})`,
  },
  'TF2404.title': {
    en: () => 'Empty write_relabel_configs (not a retry setting)',
    ko: () => '빈 write_relabel_configs (재시도 설정이 아님)',
  },
  'TF2404.why': {
    en: () =>
      'write_relabel_configs is a list of relabel rules applied after external labels; [] does nothing. Retries are governed by min_backoff, max_backoff, retry_on_http_429 and remote_timeout.',
    ko: () =>
      'write_relabel_configs 는 외부 레이블 뒤에 적용되는 relabel 규칙 목록이라 [] 는 아무것도 하지 않습니다. 재시도는 min_backoff, max_backoff, retry_on_http_429, remote_timeout 이 정합니다.',
  },
  'TF2404.fix': {
    en: () => 'Remove it; tune queue_config.min_backoff / max_backoff / retry_on_http_429 for retries.',
    ko: () => '지우세요. 재시도는 queue_config.min_backoff / max_backoff / retry_on_http_429 로 조정하세요.',
  },
  'TF2404.msg': {
    en: () => 'write_relabel_configs: [] is a no-op relabel list, not a retry setting',
    ko: () => 'write_relabel_configs: [] 는 아무 일도 하지 않는 relabel 목록이지 재시도 설정이 아닙니다',
  },
  'TF2501.title': { en: () => 'Remote write to the wrong path', ko: () => '잘못된 경로로 remote write' },
  'TF2501.why': {
    en: () =>
      "Thanos Receive accepts remote write only on POST /api/v1/receive; /api/v1/write is Prometheus' own receiver. Any other path gets 404, a 4xx, and every batch is dropped.",
    ko: () =>
      'Thanos Receive 는 POST /api/v1/receive 에서만 remote write 를 받습니다. /api/v1/write 는 Prometheus 자체 수신기 경로입니다. 다른 경로는 404(4xx)를 받아 모든 배치가 버려집니다.',
  },
  'TF2501.fix': {
    en: () => 'Use https://<receive host>/api/v1/receive.',
    ko: () => 'https://<receive 호스트>/api/v1/receive 를 쓰세요.',
  },
  'TF2501.msg': {
    en: (p: { path: string }) =>
      `remote write path "${p.path}" is not Thanos Receive's /api/v1/receive: 404, every batch dropped`,
    ko: (p: { path: string }) =>
      `remote write 경로 "${p.path}" 는 Thanos Receive 의 /api/v1/receive 가 아니라 404 로 모든 배치가 버려집니다`,
  },
  'TF2502.title': {
    en: () => 'Remote write to the wrong Receive port',
    ko: () => '잘못된 Receive 포트로 remote write',
  },
  'TF2502.why': {
    en: () =>
      'Receive serves remote write on 19291; 10902 is its HTTP port (metrics, health) and 10901 gRPC. Writes there fail with 404 or a protocol error.',
    ko: () =>
      'Receive 의 remote write 는 19291 입니다. 10902 는 HTTP(메트릭, 헬스), 10901 은 gRPC 라 쓰기가 404 나 프로토콜 오류로 실패합니다.',
  },
  'TF2502.fix': {
    en: () => 'Write to the ingress (https://<host>/api/v1/receive) or in-cluster to port 19291.',
    ko: () => '인그레스(https://<host>/api/v1/receive)나 클러스터 내부 19291 포트로 보내세요.',
  },
  'TF2502.msg': {
    en: (p: { port: number }) => `port ${p.port} is not Receive's remote-write port 19291`,
    ko: (p: { port: number }) => `포트 ${p.port} 는 Receive 의 remote write 포트 19291 이 아닙니다`,
  },
  'TF2503.title': {
    en: () => 'Scraping Receive metrics on the remote-write port',
    ko: () => 'remote write 포트에서 Receive 메트릭 수집',
  },
  'TF2503.why': {
    en: () =>
      'Port 19291 serves only /api/v1/receive, /api/v1/otlp and the status API; /metrics is on the HTTP port 10902.',
    ko: () =>
      '19291 포트는 /api/v1/receive, /api/v1/otlp, 상태 API 만 제공합니다. /metrics 는 HTTP 포트 10902 에 있습니다.',
  },
  'TF2503.fix': { en: () => 'Scrape port 10902.', ko: () => '10902 포트를 수집하세요.' },
  'TF2503.msg': {
    en: (p: { target: string }) => `target ${p.target}: /metrics is not served on 19291 (use 10902)`,
    ko: (p: { target: string }) => `대상 ${p.target}: 19291 에는 /metrics 가 없습니다 (10902 사용)`,
  },
  'TF2504.title': {
    en: () => 'Remote write host is not the Receive ingress host',
    ko: () => 'remote write 호스트가 Receive 인그레스 호스트가 아님',
  },
  'TF2504.why': {
    en: () =>
      'The edge writes to a host no checked Receive ingress serves: DNS, TLS or routing will fail and the agent retries forever.',
    ko: () =>
      '엣지가 검사한 어떤 Receive 인그레스도 받지 않는 호스트로 씁니다. DNS, TLS, 라우팅이 실패해 에이전트가 끝없이 재시도합니다.',
  },
  'TF2504.fix': {
    en: () => 'Use one of the Receive ingress hosts in the remote_write url, or add the host to the ingress.',
    ko: () =>
      'remote_write url 에 Receive 인그레스 호스트 중 하나를 쓰거나 인그레스에 그 호스트를 추가하세요.',
  },
  'TF2504.msg': {
    en: (p: { host: string; hosts: string }) =>
      `host ${p.host} is not served by the Receive ingress (${p.hosts})`,
    ko: (p: { host: string; hosts: string }) =>
      `호스트 ${p.host} 는 Receive 인그레스(${p.hosts})가 받지 않습니다`,
  },
  'TF2505.title': {
    en: () => "Grafana datasource does not point at Query's service",
    ko: () => 'Grafana 데이터소스가 Query 서비스를 가리키지 않음',
  },
  'TF2505.why': {
    en: () =>
      'In-cluster, Query and Query Frontend listen on Service port 9090 (container port 10902). Going out through the public ingress adds TLS, auth and rate limits to every panel query for nothing.',
    ko: () =>
      '클러스터 안에서 Query 와 Query Frontend 의 Service 포트는 9090 입니다 (컨테이너 포트 10902). 공개 인그레스를 거치면 패널 쿼리마다 TLS, 인증, 속도 제한이 헛되이 더해집니다.',
  },
  'TF2505.fix': {
    en: () =>
      'Use http://<release>-thanos-query-frontend.<namespace>.svc.cluster.local:9090 (or -query) with access: proxy.',
    ko: () =>
      'access: proxy 와 함께 http://<release>-thanos-query-frontend.<namespace>.svc.cluster.local:9090 (또는 -query) 를 쓰세요.',
  },
  'TF2505.port': {
    en: (p: { url: string }) => `${p.url}: Query's Service port is 9090, not the container port`,
    ko: (p: { url: string }) => `${p.url}: Query 의 Service 포트는 컨테이너 포트가 아닌 9090 입니다`,
  },
  'TF2505.public': {
    en: (p: { url: string }) =>
      `${p.url} goes out through the public ingress; Grafana runs in the same cluster`,
    ko: (p: { url: string }) => `${p.url} 는 공개 인그레스를 거칩니다. Grafana 는 같은 클러스터에 있습니다`,
  },
  'TF2601.title': {
    en: () => 'tls: true without a certificate source renders no TLS',
    ko: () => '인증서 출처 없는 tls: true 는 TLS 를 만들지 않음',
  },
  'TF2601.why': {
    en: () =>
      "bitnami/thanos renders a TLS entry only when tls: true comes with a cert-manager annotation (cluster-issuer, issuer, tls-acme) in that block or selfSigned: true; commonAnnotations do not count. Otherwise the host is served with the controller's default certificate.",
    ko: () =>
      'bitnami/thanos 는 tls: true 에 같은 블록의 cert-manager 어노테이션(cluster-issuer, issuer, tls-acme)이나 selfSigned: true 가 있을 때만 TLS 항목을 만듭니다. commonAnnotations 는 해당되지 않습니다. 아니면 컨트롤러 기본 인증서로 서비스됩니다.',
  },
  'TF2601.fix': {
    en: () =>
      "Add cert-manager.io/cluster-issuer to this ingress's annotations, or use extraTls with a pre-created Secret.",
    ko: () =>
      '이 인그레스 어노테이션에 cert-manager.io/cluster-issuer 를 넣거나 미리 만든 Secret 으로 extraTls 를 쓰세요.',
  },
  'TF2601.msg': {
    en: (p: { ingress: string }) =>
      `${p.ingress}: tls: true without a cert-manager annotation or selfSigned renders no TLS`,
    ko: (p: { ingress: string }) =>
      `${p.ingress}: cert-manager 어노테이션이나 selfSigned 없는 tls: true 는 TLS 를 만들지 않습니다`,
  },
  'TF2602.title': { en: () => 'Host without a certificate', ko: () => '인증서 없는 호스트' },
  'TF2602.why': {
    en: () =>
      "A host in no TLS entry is served on 443 with the controller's default (self-signed) certificate and without HTTPS redirect; cert-manager only puts hosts of tls entries into the certificate. bitnami lists extraHosts in TLS for receive only.",
    ko: () =>
      'TLS 항목에 없는 호스트는 컨트롤러 기본(자체 서명) 인증서로, HTTPS 리디렉션 없이 서비스됩니다. cert-manager 는 tls 항목의 호스트만 인증서에 넣습니다. bitnami 는 receive 만 extraHosts 를 TLS 에 넣습니다.',
  },
  'TF2602.fix': {
    en: () => 'Add the host to a TLS entry (extraTls: [{hosts: [<host>], secretName: <host>-tls}]).',
    ko: () => '호스트를 TLS 항목에 추가하세요 (extraTls: [{hosts: [<host>], secretName: <host>-tls}]).',
  },
  'TF2602.msg': {
    en: (p: { host: string }) => `host ${p.host} is in no TLS entry: it gets the default certificate`,
    ko: (p: { host: string }) => `호스트 ${p.host} 는 어느 TLS 항목에도 없어 기본 인증서를 받습니다`,
  },
  'TF2603.title': { en: () => 'TLS verification disabled', ko: () => 'TLS 검증 비활성화' },
  'TF2603.why': {
    en: () => "insecure_skip_verify lets anyone in the path read the edge's credentials and metrics.",
    ko: () => 'insecure_skip_verify 는 경로상의 누구나 엣지의 자격 증명과 메트릭을 읽게 합니다.',
  },
  'TF2603.fix': {
    en: () => 'Remove it; for a private CA set tls_config.ca_file.',
    ko: () => '지우세요. 사설 CA 라면 tls_config.ca_file 을 설정하세요.',
  },
  'TF2603.msg': {
    en: () => 'insecure_skip_verify: true disables certificate checks',
    ko: () => 'insecure_skip_verify: true 는 인증서 검증을 끕니다',
  },
  'TF2604.title': { en: () => 'Remote write over plain HTTP', ko: () => '평문 HTTP 로 remote write' },
  'TF2604.why': {
    en: () =>
      "Across clusters the edge's metrics and credentials travel unencrypted; ingress-nginx also redirects http to https (308), which a POST client does not follow as a write.",
    ko: () =>
      '클러스터 사이에서 메트릭과 자격 증명이 암호화 없이 이동합니다. ingress-nginx 는 http 를 https 로 308 리디렉션하는데 POST 클라이언트는 이를 쓰기로 따르지 않습니다.',
  },
  'TF2604.fix': { en: () => 'Use https://.', ko: () => 'https:// 를 쓰세요.' },
  'TF2604.msg': {
    en: (p: { creds: boolean }) =>
      p.creds
        ? 'plain http:// remote write sends the credentials in clear text'
        : 'plain http:// remote write across clusters',
    ko: (p: { creds: boolean }) =>
      p.creds
        ? '평문 http:// remote write 가 자격 증명을 평문으로 보냅니다'
        : '클러스터 간 평문 http:// remote write',
  },
  'TF2701.title': { en: () => 'Inline secret in an agent config', ko: () => '에이전트 설정의 인라인 비밀' },
  'TF2701.why': {
    en: () =>
      'The config is stored in a ConfigMap or Git and shown by the /api/v1/status/config page; inline secrets leak.',
    ko: () =>
      '설정은 ConfigMap 이나 Git 에 저장되고 /api/v1/status/config 에도 나오므로 인라인 비밀은 유출됩니다.',
  },
  'TF2701.fix': {
    en: () => 'Use password_file / credentials_file / client_secret_file mounted from a Secret.',
    ko: () => 'Secret 에서 마운트한 password_file / credentials_file / client_secret_file 을 쓰세요.',
  },
  'TF2701.msg': {
    en: (p: { field: string; instead: string }) => `${p.field} is written inline; use ${p.instead}`,
    ko: (p: { field: string; instead: string }) =>
      `${p.field} 가 인라인으로 적혀 있습니다. ${p.instead} 를 쓰세요`,
  },
  'TF2702.title': {
    en: () => 'htpasswd Secret key does not match the provider',
    ko: () => 'htpasswd Secret 키가 프로바이더와 맞지 않음',
  },
  'TF2702.why': {
    en: () =>
      'Each provider reads a different key: ingress-nginx `auth`, Envoy Gateway `.htpasswd`, Traefik `users`. With the wrong key every login fails with 401 (for edges: every batch dropped).',
    ko: () =>
      '프로바이더마다 읽는 키가 다릅니다: ingress-nginx `auth`, Envoy Gateway `.htpasswd`, Traefik `users`. 키가 틀리면 모든 로그인이 401 이 됩니다 (엣지는 모든 배치가 버려짐).',
  },
  'TF2702.fix': {
    en: () => 'Store the htpasswd file under the key the provider reads.',
    ko: () => '프로바이더가 읽는 키에 htpasswd 파일을 넣으세요.',
  },
  'TF2702.msg': {
    en: (p: { secret: string; provider: string; key: string; keys: string }) =>
      `Secret ${p.secret} has no key "${p.key}", which ${p.provider} reads (it has: ${p.keys})`,
    ko: (p: { secret: string; provider: string; key: string; keys: string }) =>
      `Secret ${p.secret} 에 ${p.provider} 가 읽는 키 "${p.key}" 가 없습니다 (있는 키: ${p.keys})`,
  },
  'TF2703.title': {
    en: () => 'htpasswd hash format the provider rejects',
    ko: () => '프로바이더가 거부하는 htpasswd 해시 형식',
  },
  'TF2703.why': {
    en: () =>
      'Envoy Gateway accepts only {SHA} hashes; Traefik accepts apr1, SHA1 and bcrypt. Other lines never authenticate.',
    ko: () =>
      'Envoy Gateway 는 {SHA} 해시만, Traefik 은 apr1, SHA1, bcrypt 만 받습니다. 다른 줄은 인증되지 않습니다.',
  },
  'TF2703.fix': {
    en: () => 'Regenerate the line with `htpasswd -s` for Envoy Gateway ({SHA}), or -B (bcrypt) for Traefik.',
    ko: () => 'Envoy Gateway 는 `htpasswd -s` ({SHA}), Traefik 은 -B (bcrypt) 로 줄을 다시 만드세요.',
  },
  'TF2703.msg': {
    en: (p: { user: string; format: string; provider: string }) =>
      `user ${p.user}: ${p.format} hashes are rejected by ${p.provider}`,
    ko: (p: { user: string; format: string; provider: string }) =>
      `사용자 ${p.user}: ${p.provider} 는 ${p.format} 해시를 거부합니다`,
  },
  'TF2704.title': {
    en: () => 'Edge user missing from the Receive htpasswd Secret',
    ko: () => 'Receive htpasswd Secret 에 엣지 사용자가 없음',
  },
  'TF2704.why': {
    en: () =>
      'The edge authenticates as a user the Secret does not contain: every batch gets 401, which Prometheus drops.',
    ko: () => '엣지가 Secret 에 없는 사용자로 인증해 모든 배치가 401 을 받고 Prometheus 가 버립니다.',
  },
  'TF2704.fix': {
    en: () => 'Add the user to the htpasswd Secret or fix basic_auth.username.',
    ko: () => 'htpasswd Secret 에 사용자를 추가하거나 basic_auth.username 을 고치세요.',
  },
  'TF2704.msg': {
    en: (p: { user: string; secret: string }) =>
      `user ${p.user} is not in Secret ${p.secret}: every batch gets 401`,
    ko: (p: { user: string; secret: string }) =>
      `사용자 ${p.user} 가 Secret ${p.secret} 에 없어 모든 배치가 401 을 받습니다`,
  },
  'TF2801.title': {
    en: () => 'Agent without a cluster external label',
    ko: () => 'cluster 외부 레이블 없는 에이전트',
  },
  'TF2801.why': {
    en: () =>
      'Series from different edges must differ: without a cluster label two edges send identical series, Receive answers 409 to one and the agent drops it; queries cannot tell clusters apart.',
    ko: () =>
      '엣지별 시리즈가 달라야 합니다. cluster 레이블이 없으면 두 엣지가 같은 시리즈를 보내 Receive 가 한쪽에 409 를 주고 에이전트가 버립니다. 쿼리로 클러스터를 구분할 수도 없습니다.',
  },
  'TF2801.fix': {
    en: () => 'Add global.external_labels.cluster: <unique edge name>.',
    ko: () => 'global.external_labels.cluster: <고유한 엣지 이름> 을 추가하세요.',
  },
  'TF2801.msg': {
    en: () => "no external_labels.cluster: this edge's series collide with other edges'",
    ko: () => 'external_labels.cluster 가 없어 이 엣지의 시리즈가 다른 엣지와 겹칩니다',
  },
  'TF2802.title': {
    en: () => 'Duplicate cluster label across agents',
    ko: () => '에이전트 간 cluster 레이블 중복',
  },
  'TF2802.why': {
    en: () =>
      'Two agents with the same labels send identical series; Receive rejects one with 409 (out of order / duplicate), which is dropped.',
    ko: () => '레이블이 같은 두 에이전트는 같은 시리즈를 보내고 Receive 가 한쪽을 409 로 거부해 버려집니다.',
  },
  'TF2802.fix': {
    en: () => 'Give every edge its own cluster value.',
    ko: () => '엣지마다 고유한 cluster 값을 주세요.',
  },
  'TF2802.msg': {
    en: (p: { value: string; other: string }) => `cluster "${p.value}" is also used by ${p.other}`,
    ko: (p: { value: string; other: string }) => `cluster "${p.value}" 를 ${p.other} 도 사용합니다`,
  },
  'TF2803.title': {
    en: () => 'External label Receive overwrites',
    ko: () => 'Receive 가 덮어쓰는 외부 레이블',
  },
  'TF2803.why': {
    en: () =>
      'Receive sets replica (receive.replicaLabel), receive="true" and tenant_id itself; a client label with the same name is masked by Receive\'s value.',
    ko: () =>
      'Receive 는 replica(receive.replicaLabel), receive="true", tenant_id 를 직접 붙여 같은 이름의 클라이언트 레이블은 Receive 값에 가려집니다.',
  },
  'TF2803.fix': {
    en: () => 'Rename it, e.g. prometheus_replica or edge_replica.',
    ko: () => '이름을 바꾸세요 (예: prometheus_replica, edge_replica).',
  },
  'TF2803.msg': {
    en: (p: { label: string }) =>
      `external label "${p.label}" is set by Thanos Receive itself; the edge's value is masked`,
    ko: (p: { label: string }) =>
      `외부 레이블 "${p.label}" 은 Thanos Receive 가 직접 붙여 엣지 값이 가려집니다`,
  },
  'TF2901.title': {
    en: () => "remote_write field too new for the edge's Prometheus",
    ko: () => '엣지 Prometheus 에 비해 너무 새로운 remote_write 필드',
  },
  'TF2901.why': {
    en: () =>
      'Prometheus 2.x parses its config strictly: one field newer than the running version makes it reject the whole file.',
    ko: () =>
      'Prometheus 2.x 는 설정을 엄격하게 파싱해 실행 버전보다 새로운 필드 하나로 파일 전체를 거부합니다.',
  },
  'TF2901.fix': {
    en: () =>
      'Remove the field or upgrade the edge. The version is --prometheus-version (default 2.42.0) or `# thanos-fleet: prometheus-version=X` in the file.',
    ko: () =>
      '필드를 지우거나 엣지를 업그레이드하세요. 버전은 --prometheus-version (기본 2.42.0) 이나 파일의 `# thanos-fleet: prometheus-version=X` 입니다.',
  },
  'TF2901.msg': {
    en: (p: { field: string; since: string; version: string }) =>
      `${p.field} needs Prometheus ${p.since}; ${p.version} rejects the whole config`,
    ko: (p: { field: string; since: string; version: string }) =>
      `${p.field} 는 Prometheus ${p.since} 이상이 필요합니다. ${p.version} 은 설정 전체를 거부합니다`,
  },
  'TF2902.title': {
    en: () => 'Prometheus agent config is invalid',
    ko: () => 'Prometheus 에이전트 설정이 잘못됨',
  },
  'TF2902.why': {
    en: () =>
      'Prometheus (and promtool check config --agent) refuses the whole file; the agent does not start or keeps its old config.',
    ko: () =>
      'Prometheus (와 promtool check config --agent) 가 파일 전체를 거부해 에이전트가 시작하지 않거나 예전 설정을 유지합니다.',
  },
  'TF2902.fix': {
    en: () =>
      'Fix the field named in the message; see the <remote_write> section of the Prometheus configuration docs.',
    ko: () => '메시지의 필드를 고치세요. Prometheus 설정 문서의 <remote_write> 절을 참고하세요.',
  },
  'TF2902.unknownField': {
    en: (p: { field: string; where: string; suggestion?: string }) =>
      `field ${p.field} not found in ${p.where}${p.suggestion ? ` (did you mean ${p.suggestion}?)` : ''}`,
    ko: (p: { field: string; where: string; suggestion?: string }) =>
      `${p.where} 에 ${p.field} 필드가 없습니다${p.suggestion ? ` (${p.suggestion} 를 의도했나요?)` : ''}`,
  },
  'TF2902.agentForbidden': {
    en: (p: { field: string }) => `field ${p.field} is not allowed in agent mode`,
    ko: (p: { field: string }) => `${p.field} 필드는 에이전트 모드에서 허용되지 않습니다`,
  },
  'TF2902.badDuration': {
    en: (p: { field: string; value: string }) =>
      `${p.field}: "${p.value}" is not a valid duration (e.g. 30s, 1m30s)`,
    ko: (p: { field: string; value: string }) =>
      `${p.field}: "${p.value}" 는 올바른 기간이 아닙니다 (예: 30s, 1m30s)`,
  },
  'TF2902.missing': {
    en: (p: { field: string }) => `${p.field} is required`,
    ko: (p: { field: string }) => `${p.field} 가 필요합니다`,
  },
  'TF2902.badType': {
    en: (p: { field: string; expected: string }) => `${p.field} must be ${p.expected}`,
    ko: (p: { field: string; expected: string }) => `${p.field} 는 ${p.expected} 이어야 합니다`,
  },
  'TF2902.exclusive': {
    en: (p: { fields: string }) => `at most one of ${p.fields} may be set`,
    ko: (p: { fields: string }) => `${p.fields} 중 하나만 설정할 수 있습니다`,
  },
  'TF2902.requires': {
    en: (p: { field: string; needs: string }) => `${p.field} requires ${p.needs}`,
    ko: (p: { field: string; needs: string }) => `${p.field} 에는 ${p.needs} 가 필요합니다`,
  },
  'TF2902.scrapeTimeout': {
    en: () => 'scrape timeout greater than scrape interval',
    ko: () => 'scrape timeout 이 scrape interval 보다 깁니다',
  },
  'TF2902.duplicate': {
    en: (p: { field: string; value: string }) => `duplicate ${p.field} "${p.value}"`,
    ko: (p: { field: string; value: string }) => `중복된 ${p.field} "${p.value}"`,
  },
  'TF2902.badUrl': {
    en: (p: { value: string }) => `"${p.value}" is not a valid http(s) URL`,
    ko: (p: { value: string }) => `"${p.value}" 는 올바른 http(s) URL 이 아닙니다`,
  },
  'TF2902.badLabel': {
    en: (p: { label: string }) => `"${p.label}" is not a valid label name`,
    ko: (p: { label: string }) => `"${p.label}" 는 올바른 레이블 이름이 아닙니다`,
  },
  'TF2902.reservedHeader': {
    en: (p: { header: string }) => `header ${p.header} is reserved and cannot be set in remote_write.headers`,
    ko: (p: { header: string }) => `헤더 ${p.header} 는 예약되어 remote_write.headers 에 쓸 수 없습니다`,
  },
});
