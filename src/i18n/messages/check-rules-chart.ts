import { defineMessages } from '../index.js';

/** check rules about chart values: keys the charts ignore, images, Receive, exposure (TF11xx–TF14xx). */
export const checkChartRules = defineMessages({
  'TF1101.title': {
    en: () => 'grafana block in bitnami/thanos values is ignored',
    ko: () => 'bitnami/thanos values 의 grafana 블록은 무시됨',
  },
  'TF1101.why': {
    en: () =>
      'bitnami/thanos has no grafana key and no grafana dependency, and no values.schema.json: Helm silently ignores the block, so no Grafana is deployed and no error is shown.',
    ko: () =>
      'bitnami/thanos 에는 grafana 키도 grafana 의존성도 values.schema.json 도 없습니다. Helm 이 블록을 조용히 무시해 Grafana 가 배포되지 않고 오류도 나지 않습니다.',
  },
  'TF1101.fix': {
    en: () =>
      'Move the block into the values of its own grafana-community/grafana release (without the `grafana:` level).',
    ko: () => '이 블록을 별도 grafana-community/grafana 릴리스의 values 로 옮기세요 (`grafana:` 단계 없이).',
  },
  'TF1101.msg': {
    en: () =>
      'bitnami/thanos has no `grafana` key: this block is silently ignored and no Grafana is installed',
    ko: () =>
      'bitnami/thanos 에는 `grafana` 키가 없습니다: 이 블록은 조용히 무시되고 Grafana 는 설치되지 않습니다',
  },
  'TF1102.title': {
    en: () => 'bitnami-style ingress keys on the grafana chart',
    ko: () => 'grafana 차트에 bitnami 방식 인그레스 키 사용',
  },
  'TF1102.why': {
    en: () =>
      'The grafana chart takes `hosts` (a list of strings) and `tls` (a list of {secretName, hosts}); `hostname`, `extraHosts`, `selfSigned` and `tls: true` are bitnami keys it ignores, so the ingress gets no host or no TLS.',
    ko: () =>
      'grafana 차트는 `hosts`(문자열 목록)와 `tls`({secretName, hosts} 목록)를 받습니다. `hostname`, `extraHosts`, `selfSigned`, `tls: true` 는 bitnami 키라 무시되어 호스트나 TLS 가 빠집니다.',
  },
  'TF1102.fix': {
    en: () =>
      'Use `hosts: [grafana.example.com, …]` and `tls: [{secretName: grafana-tls, hosts: [grafana.example.com, …]}]`.',
    ko: () =>
      '`hosts: [grafana.example.com, …]` 와 `tls: [{secretName: grafana-tls, hosts: [grafana.example.com, …]}]` 를 쓰세요.',
  },
  'TF1102.msg': {
    en: (p: { key: string; instead: string }) =>
      `the grafana chart has no ingress.${p.key} (a bitnami key); it is ignored: use ${p.instead}`,
    ko: (p: { key: string; instead: string }) =>
      `grafana 차트에는 ingress.${p.key} 가 없습니다 (bitnami 키). 무시됩니다: ${p.instead} 를 쓰세요`,
  },
  'TF1103.title': {
    en: () => 'Unknown top-level key in bitnami/thanos values',
    ko: () => 'bitnami/thanos values 의 알 수 없는 최상위 키',
  },
  'TF1103.why': {
    en: () =>
      'Component keys are exactly query, queryFrontend, receive, receiveDistributor, storegateway, compactor, ruler, bucketweb. Any other spelling (storeGateway, receiver) is silently ignored: the component keeps its defaults.',
    ko: () =>
      '컴포넌트 키는 정확히 query, queryFrontend, receive, receiveDistributor, storegateway, compactor, ruler, bucketweb 입니다. 다른 철자(storeGateway, receiver)는 조용히 무시되어 기본값이 유지됩니다.',
  },
  'TF1103.fix': {
    en: () => "Rename the key to the chart's spelling.",
    ko: () => '키를 차트의 철자로 바꾸세요.',
  },
  'TF1103.msg': {
    en: (p: { key: string; suggestion?: string }) =>
      `bitnami/thanos has no top-level key "${p.key}"; it is ignored${p.suggestion ? ` (did you mean "${p.suggestion}"?)` : ''}`,
    ko: (p: { key: string; suggestion?: string }) =>
      `bitnami/thanos 에는 최상위 키 "${p.key}" 가 없어 무시됩니다${p.suggestion ? ` ("${p.suggestion}" 를 의도했나요?)` : ''}`,
  },
  'TF1104.title': {
    en: () => 'Unknown key in a bitnami/thanos ingress block',
    ko: () => 'bitnami/thanos 인그레스 블록의 알 수 없는 키',
  },
  'TF1104.why': {
    en: () =>
      'bitnami/thanos ingress blocks take hostname, extraHosts, extraTls, extraRules, tls, selfSigned, path, pathType …; `extraPaths` and `hosts` belong to the grafana chart and are ignored here.',
    ko: () =>
      'bitnami/thanos 인그레스 블록은 hostname, extraHosts, extraTls, extraRules, tls, selfSigned, path, pathType … 를 받습니다. `extraPaths`, `hosts` 는 grafana 차트 키라 여기서는 무시됩니다.',
  },
  'TF1104.fix': {
    en: () => 'Use extraHosts [{name, path}] or extraRules for more paths or hosts.',
    ko: () => '경로나 호스트를 더하려면 extraHosts [{name, path}] 나 extraRules 를 쓰세요.',
  },
  'TF1104.msg': {
    en: (p: { path: string; key: string }) =>
      `${p.path} has no key "${p.key}" in bitnami/thanos; it is ignored`,
    ko: (p: { path: string; key: string }) =>
      `bitnami/thanos 의 ${p.path} 에는 "${p.key}" 키가 없어 무시됩니다`,
  },
  'TF1105.title': {
    en: () => 'receive.ingress.path set to the remote-write path',
    ko: () => 'receive.ingress.path 를 remote write 경로로 설정',
  },
  'TF1105.why': {
    en: () =>
      'The chart always routes /api/v1/receive to port 19291; `path` only moves the HTTP (10902) path. Setting it to /api/v1/receive creates a duplicate path to the wrong port.',
    ko: () =>
      '차트는 /api/v1/receive 를 항상 19291 포트로 보냅니다. `path` 는 HTTP(10902) 경로만 옮깁니다. /api/v1/receive 로 두면 잘못된 포트로 가는 중복 경로가 생깁니다.',
  },
  'TF1105.fix': {
    en: () => 'Leave receive.ingress.path at "/".',
    ko: () => 'receive.ingress.path 는 "/" 로 두세요.',
  },
  'TF1105.msg': {
    en: () =>
      "receive.ingress.path duplicates the chart's own /api/v1/receive rule, pointing it at port 10902",
    ko: () => 'receive.ingress.path 가 차트의 /api/v1/receive 규칙과 겹쳐 10902 포트로 보냅니다',
  },
  'TF1201.title': {
    en: () => 'bitnami/thanos image not overridden',
    ko: () => 'bitnami/thanos 이미지를 지정하지 않음',
  },
  'TF1201.why': {
    en: () =>
      'The chart still defaults to docker.io/bitnami/thanos:0.39.2-debian-12-r2, which was removed in the 2025 Bitnami catalog change: pods fail with ImagePullBackOff.',
    ko: () =>
      '차트 기본 이미지 docker.io/bitnami/thanos:0.39.2-debian-12-r2 는 2025 년 Bitnami 카탈로그 변경으로 삭제되어 파드가 ImagePullBackOff 로 실패합니다.',
  },
  'TF1201.fix': {
    en: () =>
      'Set image.registry: quay.io, image.repository: thanos/thanos, image.tag: v0.39.2 and global.security.allowInsecureImages: true.',
    ko: () =>
      'image.registry: quay.io, image.repository: thanos/thanos, image.tag: v0.39.2 와 global.security.allowInsecureImages: true 를 설정하세요.',
  },
  'TF1201.msg': {
    en: (p: { image: string }) => `no image override: the chart pulls ${p.image}, which no longer exists`,
    ko: (p: { image: string }) => `이미지 지정이 없어 차트가 더 이상 존재하지 않는 ${p.image} 를 받습니다`,
  },
  'TF1202.title': {
    en: () => 'Non-Bitnami image without allowInsecureImages',
    ko: () => 'allowInsecureImages 없이 Bitnami 외 이미지 사용',
  },
  'TF1202.why': {
    en: () =>
      'bitnami common ≥ 2.31.4 fails the render when the image comes from another registry unless global.security.allowInsecureImages is true.',
    ko: () =>
      'bitnami common 2.31.4 이상은 다른 레지스트리 이미지를 쓰면 global.security.allowInsecureImages 가 true 가 아닌 한 렌더링을 실패시킵니다.',
  },
  'TF1202.fix': {
    en: () => 'Add global.security.allowInsecureImages: true.',
    ko: () => 'global.security.allowInsecureImages: true 를 추가하세요.',
  },
  'TF1202.msg': {
    en: (p: { image: string }) =>
      `image ${p.image} is not a Bitnami image: helm fails without global.security.allowInsecureImages: true`,
    ko: (p: { image: string }) =>
      `${p.image} 는 Bitnami 이미지가 아니라 global.security.allowInsecureImages: true 없이는 helm 이 실패합니다`,
  },
  'TF1301.title': {
    en: () => 'Several Receive replicas without the headless Service',
    ko: () => 'headless Service 없이 Receive 복제본 여러 개',
  },
  'TF1301.why': {
    en: () =>
      "Without receive.service.additionalHeadless the chart's hashring has one endpoint 127.0.0.1:10901: every replica is its own one-node ring, replication never happens, and Query sees one virtual IP.",
    ko: () =>
      'receive.service.additionalHeadless 가 없으면 해시링 엔드포인트가 127.0.0.1:10901 하나뿐이라 각 복제본이 단일 노드 링이 되고 복제가 일어나지 않으며 Query 는 가상 IP 하나만 봅니다.',
  },
  'TF1301.fix': {
    en: () => 'Set receive.service.additionalHeadless: true.',
    ko: () => 'receive.service.additionalHeadless: true 를 설정하세요.',
  },
  'TF1301.msg': {
    en: (p: { replicas: number }) =>
      `receive.replicaCount ${p.replicas} without receive.service.additionalHeadless: each replica is a one-node hashring`,
    ko: (p: { replicas: number }) =>
      `receive.service.additionalHeadless 없이 receive.replicaCount ${p.replicas}: 복제본마다 단일 노드 해시링이 됩니다`,
  },
  'TF1302.title': {
    en: () => 'Receive autoscaling in standalone mode',
    ko: () => 'standalone 모드에서 Receive 오토스케일링',
  },
  'TF1302.why': {
    en: () =>
      'thanos.validateValues fails the render when receive.autoscaling.enabled is combined with mode standalone.',
    ko: () =>
      'receive.autoscaling.enabled 와 standalone 모드를 함께 쓰면 thanos.validateValues 가 렌더링을 실패시킵니다.',
  },
  'TF1302.fix': {
    en: () => 'Use receive.mode: dual-mode (with receiveDistributor.enabled: true) or disable autoscaling.',
    ko: () =>
      'receive.mode: dual-mode (receiveDistributor.enabled: true 와 함께) 를 쓰거나 오토스케일링을 끄세요.',
  },
  'TF1302.msg': {
    en: () => 'receive.autoscaling.enabled with receive.mode standalone: the chart refuses to render',
    ko: () => 'receive.mode standalone 에서 receive.autoscaling.enabled: 차트가 렌더링을 거부합니다',
  },
  'TF1401.title': {
    en: () => 'Ingress enabled for an internal component',
    ko: () => '내부 컴포넌트에 인그레스 활성화',
  },
  'TF1401.why': {
    en: () =>
      'Compactor, Store Gateway and Ruler are reached only inside the cluster; an ingress exposes their UIs and APIs to the internet with no benefit.',
    ko: () =>
      'Compactor, Store Gateway, Ruler 는 클러스터 안에서만 접근합니다. 인그레스는 이득 없이 UI 와 API 를 인터넷에 노출합니다.',
  },
  'TF1401.fix': {
    en: () => 'Set <component>.ingress.enabled: false; use kubectl port-forward for debugging.',
    ko: () => '<component>.ingress.enabled: false 로 두고 디버깅은 kubectl port-forward 를 쓰세요.',
  },
  'TF1401.msg': {
    en: (p: { component: string }) => `${p.component} is internal-only, but its ingress is enabled`,
    ko: (p: { component: string }) => `${p.component} 는 내부 전용인데 인그레스가 켜져 있습니다`,
  },
});
