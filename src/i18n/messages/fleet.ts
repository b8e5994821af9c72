import { defineMessages } from '../index.js';

/** Messages about fleet files: loading, validation, derived-policy refusals. */
export const fleetMessages = defineMessages({
  'format.hostname': {
    en: () => 'not a valid DNS host name (lower-case labels of a-z, 0-9 and "-", separated by dots)',
    ko: () => '올바른 DNS 호스트 이름이 아닙니다 (a-z, 0-9, "-" 로 된 소문자 레이블을 점으로 구분)',
  },
  'format.duration': {
    en: () => 'not a Prometheus duration such as 30s, 5m or 1h30m',
    ko: () => '30s, 5m, 1h30m 같은 Prometheus 기간 형식이 아닙니다',
  },
  'format.dnsLabel': {
    en: () => 'not a DNS-1123 label: lower-case a-z, 0-9 and "-", at most 63 characters',
    ko: () => 'DNS-1123 레이블이 아닙니다: 소문자 a-z, 0-9, "-" 로 최대 63자',
  },
  'format.cidr': {
    en: () => 'not an IPv4 or IPv6 CIDR such as 10.0.0.0/8',
    ko: () => '10.0.0.0/8 같은 IPv4/IPv6 CIDR 이 아닙니다',
  },
  'format.labelName': {
    en: () => 'not a Prometheus label name ([a-zA-Z_][a-zA-Z0-9_]*)',
    ko: () => 'Prometheus 레이블 이름이 아닙니다 ([a-zA-Z_][a-zA-Z0-9_]*)',
  },
  'format.size': {
    en: () => 'not a size such as 8m or 512k',
    ko: () => '8m, 512k 같은 크기 형식이 아닙니다',
  },
  'format.origin': {
    en: () => 'an origin is scheme://host[:port] with no path',
    ko: () => 'origin 은 경로 없이 scheme://host[:port] 형식이어야 합니다',
  },
  'format.version': {
    en: () => 'not a Prometheus version such as 2.42.0',
    ko: () => '2.42.0 같은 Prometheus 버전이 아닙니다',
  },
  'format.email': { en: () => 'not an e-mail address', ko: () => '이메일 주소가 아닙니다' },
  'format.apiVersion': {
    en: () => 'must be thanos-fleet.dev/v1alpha1',
    ko: () => 'thanos-fleet.dev/v1alpha1 이어야 합니다',
  },
  'format.kind': { en: () => 'must be Fleet', ko: () => 'Fleet 이어야 합니다' },
  'format.noEdges': { en: () => 'a fleet needs at least one edge', ko: () => '엣지가 최소 하나 필요합니다' },
  unknownField: {
    en: (p: { key: string }) => `unknown field "${p.key}"`,
    ko: (p: { key: string }) => `알 수 없는 필드 "${p.key}"`,
  },
  unknownFieldHint: {
    en: (p: { suggestion?: string }) =>
      p.suggestion
        ? `did you mean "${p.suggestion}"? Run \`thanos-fleet schema\` for every field.`
        : 'remove it; `thanos-fleet schema` lists every field.',
    ko: (p: { suggestion?: string }) =>
      p.suggestion
        ? `"${p.suggestion}" 를 의도하셨나요? 모든 필드는 \`thanos-fleet schema\` 로 볼 수 있습니다.`
        : '삭제하세요. 모든 필드는 `thanos-fleet schema` 로 볼 수 있습니다.',
  },
  wrongType: {
    en: (p: { expected: string; got: string }) => `expected ${p.expected}, got ${p.got}`,
    ko: (p: { expected: string; got: string }) => `${p.expected} 이(가) 와야 하는데 ${p.got} 입니다`,
  },
  missing: {
    en: (p: { expected: string }) => `required field is missing (${p.expected})`,
    ko: (p: { expected: string }) => `필수 필드가 없습니다 (${p.expected})`,
  },
  badValue: {
    en: (p: { allowed: string }) => `must be one of: ${p.allowed}`,
    ko: (p: { allowed: string }) => `다음 중 하나여야 합니다: ${p.allowed}`,
  },
  tooSmall: {
    en: (p: { min: string }) => `must be at least ${p.min}`,
    ko: (p: { min: string }) => `최소 ${p.min} 이상이어야 합니다`,
  },
  tooBig: {
    en: (p: { max: string }) => `must be at most ${p.max}`,
    ko: (p: { max: string }) => `최대 ${p.max} 이하여야 합니다`,
  },
  invalid: {
    en: (p: { detail: string }) => `invalid value: ${p.detail}`,
    ko: (p: { detail: string }) => `잘못된 값: ${p.detail}`,
  },
  yamlSyntax: {
    en: (p: { detail: string }) => `YAML syntax error: ${p.detail}`,
    ko: (p: { detail: string }) => `YAML 문법 오류: ${p.detail}`,
  },
  notAMapping: {
    en: () => 'the fleet file must be a YAML mapping with apiVersion, kind, metadata, central and edges',
    ko: () => '플릿 파일은 apiVersion, kind, metadata, central, edges 를 가진 YAML 매핑이어야 합니다',
  },
  unreadable: {
    en: (p: { detail: string }) => `cannot read the file: ${p.detail}`,
    ko: (p: { detail: string }) => `파일을 읽을 수 없습니다: ${p.detail}`,
  },
  duplicateEdge: {
    en: (p: { name: string; first: number }) => `edge "${p.name}" is already declared (edges[${p.first}])`,
    ko: (p: { name: string; first: number }) =>
      `엣지 "${p.name}" 가 이미 선언되어 있습니다 (edges[${p.first}])`,
  },
  duplicateEdgeHint: {
    en: () => 'give every edge a unique name',
    ko: () => '엣지마다 고유한 이름을 지정하세요',
  },
  duplicateCluster: {
    en: (p: { label: string; other: string }) =>
      `cluster label "${p.label}" is also used by edge "${p.other}": Receive would get identical series from both and reject one with 409`,
    ko: (p: { label: string; other: string }) =>
      `cluster 레이블 "${p.label}" 을 엣지 "${p.other}" 도 사용합니다: Receive 가 같은 시리즈를 두 번 받아 한쪽을 409 로 거부합니다`,
  },
  duplicateClusterHint: {
    en: () => 'every edge needs its own cluster label; remove externalLabels.cluster or make it unique',
    ko: () =>
      '엣지마다 고유한 cluster 레이블이 필요합니다. externalLabels.cluster 를 지우거나 고유하게 바꾸세요',
  },
  reservedLabel: {
    en: (p: { label: string }) =>
      `external label "${p.label}" is one Thanos Receive sets itself; the edge's value would be masked`,
    ko: (p: { label: string }) =>
      `외부 레이블 "${p.label}" 은 Thanos Receive 가 직접 붙이는 레이블이라 엣지 값이 가려집니다`,
  },
  reservedLabelHint: {
    en: () => 'rename it (for example edge_replica); see Thanos docs/storage.md "External labels"',
    ko: () => '이름을 바꾸세요 (예: edge_replica). Thanos docs/storage.md "External labels" 참고',
  },
  duplicateHost: {
    en: (p: { host: string; other: string }) => `host "${p.host}" is also used by ${p.other}`,
    ko: (p: { host: string; other: string }) => `호스트 "${p.host}" 를 ${p.other} 도 사용합니다`,
  },
  duplicateHostHint: {
    en: () => 'each exposed component needs its own host names',
    ko: () => '노출되는 컴포넌트마다 고유한 호스트 이름이 필요합니다',
  },
  rulerNeedsAlertmanagers: {
    en: () =>
      'the Ruler is enabled but central.alertmanagers is empty; the bitnami/thanos chart refuses to render it',
    ko: () =>
      'Ruler 가 켜져 있지만 central.alertmanagers 가 비어 있습니다. bitnami/thanos 차트가 렌더링을 거부합니다',
  },
  rulerNeedsAlertmanagersHint: {
    en: () => 'add at least one Alertmanager URL to central.alertmanagers, or disable the ruler',
    ko: () => 'central.alertmanagers 에 Alertmanager URL 을 하나 이상 넣거나 ruler 를 끄세요',
  },
  replicationFactorTooHigh: {
    en: (p: { rf: number; replicas: number }) =>
      `replicationFactor ${p.rf} is more than the ${p.replicas} Receive replicas; writes can never reach quorum`,
    ko: (p: { rf: number; replicas: number }) =>
      `replicationFactor ${p.rf} 가 Receive 복제본 ${p.replicas} 개보다 많아 쓰기가 쿼럼에 도달할 수 없습니다`,
  },
  replicationFactorHint: {
    en: () => 'raise central.components.receive.replicas or lower central.replicationFactor',
    ko: () => 'central.components.receive.replicas 를 늘리거나 central.replicationFactor 를 줄이세요',
  },
  capacityBelowBatch: {
    en: (p: { capacity: number; batch: number }) =>
      `queue capacity ${p.capacity} is less than 3 × maxSamplesPerSend (${p.batch}); Prometheus advises 3–10 times`,
    ko: (p: { capacity: number; batch: number }) =>
      `큐 capacity ${p.capacity} 가 maxSamplesPerSend(${p.batch}) 의 3 배보다 작습니다. Prometheus 는 3–10 배를 권장합니다`,
  },
  capacityBelowBatchHint: {
    en: (p: { need: number }) =>
      `set capacity to at least ${p.need} (prometheus.io/docs/practices/remote_write)`,
    ko: (p: { need: number }) =>
      `capacity 를 최소 ${p.need} 로 설정하세요 (prometheus.io/docs/practices/remote_write)`,
  },
  minShardsAboveMax: {
    en: () => 'minShards is greater than maxShards',
    ko: () => 'minShards 가 maxShards 보다 큽니다',
  },
  minShardsAboveMaxHint: {
    en: () => 'lower minShards or raise maxShards',
    ko: () => 'minShards 를 줄이거나 maxShards 를 늘리세요',
  },
  overrideStarves: {
    en: (p: { item: string; value: string; need: string; why: string }) =>
      `${p.item} ${p.value} would throttle the fleet's own traffic: it needs at least ${p.need} (${p.why})`,
    ko: (p: { item: string; value: string; need: string; why: string }) =>
      `${p.item} ${p.value} 는 플릿 자체 트래픽을 제한합니다: 최소 ${p.need} 가 필요합니다 (${p.why})`,
  },
  overrideStarvesHint: {
    en: (p: { need: string }) =>
      `remove the override to use the derived value, or set it to at least ${p.need}`,
    ko: (p: { need: string }) => `오버라이드를 지워 계산된 값을 쓰거나 최소 ${p.need} 로 설정하세요`,
  },
  corsWildcardCredentials: {
    en: () => 'CORS origin "*" together with credentials: browsers refuse such responses',
    ko: () => 'CORS origin "*" 와 credentials 를 함께 쓰면 브라우저가 응답을 거부합니다',
  },
  corsWildcardCredentialsHint: {
    en: () => 'list the exact origins, or set credentials: false',
    ko: () => '정확한 origin 을 나열하거나 credentials: false 로 설정하세요',
  },
  readTimeoutBelowRemoteTimeout: {
    en: (p: { read: number; remote: number }) =>
      `readTimeoutSeconds ${p.read} is shorter than the edges' remote_timeout (${p.remote}s): slow writes get 504 instead of finishing`,
    ko: (p: { read: number; remote: number }) =>
      `readTimeoutSeconds ${p.read} 가 엣지의 remote_timeout(${p.remote}s) 보다 짧아 느린 쓰기가 끝나기 전에 504 가 됩니다`,
  },
});
