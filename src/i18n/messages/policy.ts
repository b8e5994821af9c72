import { defineMessages } from '../index.js';

export const policyMessages = defineMessages({
  whyConnections: {
    en: (p: { egress: string; edges: number; need: number }) =>
      `${p.edges} edge(s) behind address "${p.egress}" can have ${p.need} requests in flight (one per shard plus metadata), ×1.25 margin`,
    ko: (p: { egress: string; edges: number; need: number }) =>
      `주소 "${p.egress}" 뒤의 엣지 ${p.edges} 개가 동시에 ${p.need} 개 요청을 보낼 수 있음 (샤드당 1 + 메타데이터), 여유 ×1.25`,
  },
  whyRate: {
    en: (p: { need: number; conc: number }) =>
      `${p.conc} concurrent requests at a 100 ms round trip = ${p.need} requests/s when catching up after an outage; burst = one second of that`,
    ko: (p: { need: number; conc: number }) =>
      `동시 요청 ${p.conc} 개 × 왕복 100ms = 장애 후 따라잡기 시 초당 ${p.need} 요청; burst 는 그 1초 분량`,
  },
  whyBody: {
    en: (p: { mps: number; need: string }) =>
      `max_samples_per_send ${p.mps} × 64 B/sample = ${p.need}, doubled and rounded up to whole MiB (at least 4m)`,
    ko: (p: { mps: number; need: string }) =>
      `max_samples_per_send ${p.mps} × 샘플당 64B = ${p.need}, 2배 후 MiB 단위 올림 (최소 4m)`,
  },
  whyReadTimeout: {
    en: (p: { remote: number }) =>
      `longer than the agents' remote_timeout (${p.remote}s), so the agent, not the ingress, decides when a write is too slow`,
    ko: (p: { remote: number }) =>
      `에이전트 remote_timeout(${p.remote}s) 보다 길게: 쓰기가 느린지는 ingress 가 아니라 에이전트가 판단`,
  },
  whyQueryTimeout: {
    en: () => 'long range queries; Envoy would otherwise cut every request at 15 s',
    ko: () => '긴 범위 쿼리용; 설정하지 않으면 Envoy 는 모든 요청을 15초에 끊습니다',
  },
  whyGrafanaTimeout: {
    en: () => 'Grafana Live keeps websockets open; ingress-nginx docs suggest more than 3600 s',
    ko: () => 'Grafana Live 는 웹소켓을 유지합니다; ingress-nginx 문서는 3600초 이상을 권장',
  },
  itemConnections: { en: () => 'connections', ko: () => 'connections' },
  itemRate: { en: () => 'rateLimitRps', ko: () => 'rateLimitRps' },
  itemBurst: { en: () => 'rateLimitBurst', ko: () => 'rateLimitBurst' },
  itemBody: { en: () => 'bodySize', ko: () => 'bodySize' },
  itemRead: { en: () => 'readTimeoutSeconds', ko: () => 'readTimeoutSeconds' },
});
