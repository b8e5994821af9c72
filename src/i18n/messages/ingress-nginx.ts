import { defineMessages } from '../index.js';

/** Warnings of the ingress-nginx provider (src/render/ingress/ingress-nginx). */
export const ingressNginxMessages = defineMessages({
  burstNotExact: {
    en: (p: { rps: number; burst: number; multiplier: number; effective: number }) =>
      `ingress-nginx computes the burst as limit-rps × limit-burst-multiplier (an integer): ${p.rps} r/s with burst ${p.burst} is rendered as multiplier ${p.multiplier}, i.e. burst ${p.effective}`,
    ko: (p: { rps: number; burst: number; multiplier: number; effective: number }) =>
      `ingress-nginx 의 burst 는 limit-rps × limit-burst-multiplier(정수) 입니다: ${p.rps} r/s, burst ${p.burst} 는 multiplier ${p.multiplier}, 즉 burst ${p.effective} 로 렌더링됩니다`,
  },
  perReplica: {
    en: (p: { replicas: number; items: string }) =>
      `${p.items} count per controller replica: with ${p.replicas} replicas one client address may get up to ${p.replicas}× these limits when its connections land on different replicas (ingress-nginx docs: "effective rate limit will be multiplied by the number of replicas")`,
    ko: (p: { replicas: number; items: string }) =>
      `${p.items} 는 컨트롤러 레플리카마다 따로 셉니다: 레플리카 ${p.replicas} 개에서 한 클라이언트 주소의 연결이 여러 레플리카로 나뉘면 최대 ${p.replicas}배까지 허용됩니다 (ingress-nginx 문서: "effective rate limit will be multiplied by the number of replicas")`,
  },
  receiveHttpPath: {
    en: (p: { path: string; service: string }) =>
      `the bitnami/thanos chart always adds a second path (receive.ingress.path) to the HTTP port 10902 of ${p.service} beside /api/v1/receive → 19291; it is set to ${p.path} (Exact), so only the readiness endpoint is exposed, behind the same basic auth and limits`,
    ko: (p: { path: string; service: string }) =>
      `bitnami/thanos 차트는 /api/v1/receive → 19291 외에 ${p.service} 의 HTTP 포트 10902 로 가는 두 번째 경로(receive.ingress.path)를 항상 추가합니다; ${p.path} (Exact) 로 설정해 준비 상태 엔드포인트만, 같은 기본 인증과 제한 뒤에 노출합니다`,
  },
  standaloneHeader: {
    en: (p: { name: string }) =>
      `Ingress ${p.name} for ingress-nginx v1.15, written by thanos-fleet because central.ingress.standaloneIngress is true\n(the chart's own ingress for this component is disabled). Apply with kubectl apply -f.`,
    ko: (p: { name: string }) =>
      `ingress-nginx v1.15 용 Ingress ${p.name}: central.ingress.standaloneIngress 가 true 라서 thanos-fleet 이 작성\n(이 컴포넌트의 차트 ingress 는 꺼져 있음). kubectl apply -f 로 적용하세요.`,
  },
  itemRate: { en: () => 'limit-rps', ko: () => 'limit-rps' },
  itemConnections: { en: () => 'limit-connections', ko: () => 'limit-connections' },
});
