import { defineMessages } from '../index.js';

/** Comments of the starter fleet written by `thanos-fleet init`. */
export const initMessages = defineMessages({
  header: {
    en: () =>
      'thanos-fleet fleet file. `thanos-fleet schema` prints every field; editors complete them via $schema.',
    ko: () =>
      'thanos-fleet 플릿 파일. 모든 필드는 `thanos-fleet schema` 로 볼 수 있고, 편집기는 $schema 로 자동 완성합니다.',
  },
  domain: {
    en: () => 'Public hosts default to <component>.<domain>, e.g. thanos-receive.<domain>.',
    ko: () => '공개 호스트 기본값은 <컴포넌트>.<domain> 입니다 (예: thanos-receive.<domain>).',
  },
  provider: {
    en: () =>
      'ingress-nginx (retired March 2026), gateway-api (Envoy Gateway) or nginx (a proxy outside Kubernetes).',
    ko: () =>
      'ingress-nginx (2026년 3월 지원 종료), gateway-api (Envoy Gateway), nginx (쿠버네티스 밖의 프록시) 중 하나.',
  },
  objstore: {
    en: () => 'An existing Secret with objstore.yml; thanos-fleet never handles bucket credentials.',
    ko: () => 'objstore.yml 을 가진 기존 Secret; thanos-fleet 은 버킷 자격 증명을 다루지 않습니다.',
  },
  image: {
    en: () => "Bitnami's default Thanos images are gone: the image is always set explicitly.",
    ko: () => 'Bitnami 기본 Thanos 이미지는 사라졌으므로 이미지를 항상 명시합니다.',
  },
  components: {
    en: () => 'Which components run and which are exposed; ingress limits are derived from the edges below.',
    ko: () => '어떤 컴포넌트를 실행하고 노출할지; ingress 제한은 아래 엣지 설정에서 계산됩니다.',
  },
  defaults: {
    en: () => 'Settings every edge inherits; each edge may override them.',
    ko: () => '모든 엣지가 물려받는 설정; 엣지마다 덮어쓸 수 있습니다.',
  },
  edges: {
    en: () => 'One entry per edge cluster. The name becomes the `cluster` external label.',
    ko: () => '엣지 클러스터마다 항목 하나. 이름이 `cluster` 외부 레이블이 됩니다.',
  },
  egress: {
    en: () => 'Edges leaving through one NAT address share its per-address limits: name the address.',
    ko: () => '같은 NAT 주소로 나가는 엣지들은 주소별 제한을 공유하므로 주소 이름을 적습니다.',
  },
});
