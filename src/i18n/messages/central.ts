import { defineMessages } from '../index.js';

/**
 * Sentences of the central cluster's output: comments in the chart values, the ClusterIssuer and the
 * Secrets, the Ruler's alert text and central/README.md.
 */
export const centralMessages = defineMessages({
  // ---- thanos-values.yaml -------------------------------------------------------------------------
  thanosHeader: {
    en: (p: { fleet: string; install: string; objstore: string }) =>
      `bitnami/thanos 17.6.0 values for fleet "${p.fleet}", written by thanos-fleet.
Do not edit: change the fleet file and render again.
Install (after creating the objstore Secret "${p.objstore}", see README.md):
  ${p.install}
There is no grafana: block on purpose: bitnami/thanos has no Grafana and silently ignores one
(charts.md §1.2); Grafana is its own release, see grafana-values.yaml.`,
    ko: (p: { fleet: string; install: string; objstore: string }) =>
      `플릿 "${p.fleet}" 의 bitnami/thanos 17.6.0 values, thanos-fleet 이 생성했습니다.
직접 고치지 말고 플릿 파일을 고친 뒤 다시 render 하세요.
설치 (objstore Secret "${p.objstore}" 을 먼저 만든 뒤, README.md 참고):
  ${p.install}
grafana: 블록은 일부러 없습니다. bitnami/thanos 에는 Grafana 가 없고 그런 블록을 조용히 무시합니다
(charts.md §1.2). Grafana 는 별도 릴리스입니다: grafana-values.yaml 참고.`,
  },
  insecureImages: {
    en: (p: { image: string }) =>
      `Image: ${p.image}
This is not the chart's default image (docker.io/bitnami/thanos), and bitnami's common library fails
the render for any other image unless this is true (common.errors.insecureImages, bitnami/common
templates/_errors.tpl; charts.md §1.11). It only turns that check into a warning: nothing about
pulling or TLS becomes insecure.`,
    ko: (p: { image: string }) =>
      `이미지: ${p.image}
차트 기본 이미지(docker.io/bitnami/thanos)가 아니며, bitnami common 라이브러리는 이 값이 true 가
아니면 다른 이미지에 대해 렌더링을 실패시킵니다 (common.errors.insecureImages, bitnami/common
templates/_errors.tpl; charts.md §1.11). 검사를 경고로 바꿀 뿐이며 이미지 pull 이나 TLS 가 안전하지
않게 되는 것은 아닙니다.`,
  },
  image: {
    en: () =>
      `Explicit image: the chart's default docker.io/bitnami/thanos:0.39.2-debian-12-r2 no longer exists
("manifest ... not found", bitnami/charts#35164 and #36343; charts.md §1.11).`,
    ko: () =>
      `이미지를 명시합니다: 차트 기본값 docker.io/bitnami/thanos:0.39.2-debian-12-r2 는 더 이상 존재하지
않습니다 ("manifest ... not found", bitnami/charts#35164, #36343; charts.md §1.11).`,
  },
  imageLegacy: {
    en: () => `bitnamilegacy images get no updates any more (bitnami/charts#35164): plan to move away.`,
    ko: () =>
      `bitnamilegacy 이미지는 더 이상 업데이트되지 않습니다 (bitnami/charts#35164): 교체를 계획하세요.`,
  },
  objstore: {
    en: (p: { secret: string }) =>
      `Bucket configuration comes from the Secret "${p.secret}" you create; thanos-fleet never sees bucket
credentials. Receive, Store Gateway, Compactor, Ruler and Bucket Web all read it (charts.md §1.10).`,
    ko: (p: { secret: string }) =>
      `버킷 설정은 직접 만드는 Secret "${p.secret}" 에서 읽습니다. thanos-fleet 은 버킷 자격 증명을 보지
않습니다. Receive, Store Gateway, Compactor, Ruler, Bucket Web 이 모두 이 Secret 을 읽습니다 (charts.md §1.10).`,
  },
  objstoreItems: {
    en: (p: { key: string }) =>
      `Your Secret keeps the configuration under key "${p.key}"; the chart looks for objstore.yml, so this
item maps one onto the other (bitnami templates/_helpers.tpl thanos.objstoreSecretKey).`,
    ko: (p: { key: string }) =>
      `Secret 의 설정 키가 "${p.key}" 입니다. 차트는 objstore.yml 을 찾으므로 이 항목이 둘을 연결합니다
(bitnami templates/_helpers.tpl thanos.objstoreSecretKey).`,
  },
  query: {
    en: () =>
      `Query deduplicates on "replica" (set per pod by the chart on Receive and Ruler) and
"prometheus_replica" (HA Prometheus pairs on the edges), and finds Receive, Store Gateway and Ruler
through DNS SRV records (charts.md §1.9).`,
    ko: () =>
      `Query 는 "replica" (차트가 Receive, Ruler 파드마다 붙이는 레이블) 와 "prometheus_replica" (엣지의
HA Prometheus 쌍) 로 중복을 제거하고, DNS SRV 로 Receive, Store Gateway, Ruler 를 찾습니다 (charts.md §1.9).`,
  },
  queryFrontendOff: {
    en: () => `Query Frontend is off in the fleet: Grafana queries Query directly.`,
    ko: () => `플릿에서 Query Frontend 가 꺼져 있어 Grafana 는 Query 에 직접 질의합니다.`,
  },
  receiveHeadless: {
    en: (p: { replicas: number; rf: number }) =>
      `${p.replicas} replicas, replication factor ${p.rf}. additionalHeadless: true makes the chart list every
pod in the hashring and lets Query reach each pod; without it every replica is a one-node ring of its
own (127.0.0.1:10901) and nothing is replicated (charts.md §1.8, §1.9).`,
    ko: (p: { replicas: number; rf: number }) =>
      `복제본 ${p.replicas} 개, 복제 계수 ${p.rf}. additionalHeadless: true 여야 차트가 해시링에 모든 파드를
넣고 Query 가 파드마다 접근합니다. 없으면 복제본마다 자기 혼자인 링(127.0.0.1:10901)이 되어 복제가
일어나지 않습니다 (charts.md §1.8, §1.9).`,
  },
  receiveSingle: {
    en: () =>
      `One replica: the chart's default hashring (127.0.0.1:10901) is right and no headless Service is needed
(charts.md §1.8).`,
    ko: () =>
      `복제본 1개: 차트 기본 해시링(127.0.0.1:10901)이 맞고 headless Service 는 필요 없습니다 (charts.md §1.8).`,
  },
  receiveLabels: {
    en: () =>
      `Receive adds replica="<pod name>" and receive="true" to every series it stores. thanos-fleet refuses
these label names on edges, so an edge's own external labels (cluster, ...) are never masked.
Metrics of Receive itself are on the http port 10902, not on remote-write 19291.`,
    ko: () =>
      `Receive 는 저장하는 모든 시리즈에 replica="<파드 이름>" 과 receive="true" 를 붙입니다. thanos-fleet 은
엣지에서 이 레이블 이름을 거부하므로 엣지의 외부 레이블(cluster 등)이 가려지지 않습니다.
Receive 자체 메트릭은 remote-write 19291 이 아니라 http 포트 10902 에 있습니다.`,
  },
  storeHeadless: {
    en: () =>
      `Several replicas: a headless Service lets Query reach each pod, not one virtual IP (charts.md §1.9).`,
    ko: () =>
      `복제본이 여럿: headless Service 가 있어야 Query 가 가상 IP 하나가 아니라 파드마다 접근합니다 (charts.md §1.9).`,
  },
  compactor: {
    en: () =>
      `A singleton: the chart has no replicaCount for it, and two compactors on one bucket would compact the
same blocks.`,
    ko: () =>
      `단일 인스턴스: 차트에 replicaCount 가 없으며, 한 버킷에 compactor 가 둘이면 같은 블록을 동시에 압축합니다.`,
  },
  ruler: {
    en: () =>
      `The chart refuses a Ruler without alertmanagers or without a rule file (thanos.validateValues,
charts.md §1.1). The rules below alert when an edge stops sending; the chart renders ruler.config
as a template, so it must not contain {{ }}.`,
    ko: () =>
      `차트는 alertmanagers 나 규칙 파일이 없는 Ruler 를 거부합니다 (thanos.validateValues, charts.md §1.1).
아래 규칙은 엣지가 전송을 멈추면 알립니다. 차트가 ruler.config 를 템플릿으로 렌더링하므로 {{ }} 를
넣으면 안 됩니다.`,
  },
  ingressOff: {
    en: (p: { provider: string }) =>
      `ingress.enabled is false: the ${p.provider} provider routes traffic with its own files (README.md).`,
    ko: (p: { provider: string }) =>
      `ingress.enabled 는 false 입니다: ${p.provider} 프로바이더가 자체 파일로 트래픽을 라우팅합니다 (README.md).`,
  },
  edgeSilentSummary: {
    en: (p: { edge: string }) => `Edge cluster ${p.edge} has sent no samples for 10 minutes`,
    ko: (p: { edge: string }) => `엣지 클러스터 ${p.edge} 가 10분 동안 샘플을 보내지 않았습니다`,
  },
  edgeSilentDescription: {
    en: () =>
      `No up series with this cluster label reached Thanos Receive. Check the agent's remote_write logs
and the ingress (401 = credentials, 413 = body size, 503/429 = limits).`,
    ko: () =>
      `이 cluster 레이블의 up 시리즈가 Thanos Receive 에 도착하지 않았습니다. 에이전트의 remote_write 로그와
ingress 를 확인하세요 (401 = 자격 증명, 413 = 본문 크기, 503/429 = 제한).`,
  },

  // ---- grafana-values.yaml ------------------------------------------------------------------------
  grafanaHeader: {
    en: (p: { fleet: string; install: string }) =>
      `grafana-community/grafana 12.11.1 values for fleet "${p.fleet}", written by thanos-fleet.
Do not edit: change the fleet file and render again.
Install (after applying secrets/, see README.md):
  helm repo add grafana-community https://grafana-community.github.io/helm-charts
  ${p.install}
The grafana/helm-charts chart is deprecated; the chart moved to grafana-community (charts.md §2).`,
    ko: (p: { fleet: string; install: string }) =>
      `플릿 "${p.fleet}" 의 grafana-community/grafana 12.11.1 values, thanos-fleet 이 생성했습니다.
직접 고치지 말고 플릿 파일을 고친 뒤 다시 render 하세요.
설치 (secrets/ 를 적용한 뒤, README.md 참고):
  helm repo add grafana-community https://grafana-community.github.io/helm-charts
  ${p.install}
grafana/helm-charts 차트는 지원 중단되었고 grafana-community 로 옮겨졌습니다 (charts.md §2).`,
  },
  grafanaDisabled: {
    en: () => `Grafana is disabled in the fleet file: do not install this release.`,
    ko: () => `플릿 파일에서 Grafana 가 꺼져 있습니다: 이 릴리스는 설치하지 마세요.`,
  },
  grafanaAdmin: {
    en: (p: { secret: string }) =>
      `Admin credentials: Secret ${p.secret} (secrets/${p.secret}.yaml).
They never appear in these values (charts.md §2.4).`,
    ko: (p: { secret: string }) =>
      `관리자 자격 증명: Secret ${p.secret} (secrets/${p.secret}.yaml).
values 에는 나타나지 않습니다 (charts.md §2.4).`,
  },
  grafanaDatasource: {
    en: (p: { url: string }) =>
      `Datasource URL: ${p.url}
The Grafana server queries Thanos inside the cluster (access: proxy), on the Service port, not the
container port (charts.md §1.4). The browser never calls Thanos, so no CORS is needed.`,
    ko: (p: { url: string }) =>
      `데이터소스 URL: ${p.url}
Grafana 서버가 클러스터 안에서 Thanos 에 질의하며 (access: proxy), 컨테이너 포트가 아니라 Service
포트를 씁니다 (charts.md §1.4). 브라우저가 Thanos 를 직접 부르지 않으므로 CORS 가 필요 없습니다.`,
  },

  // ---- cluster-issuer.yaml ------------------------------------------------------------------------
  issuerHeader: {
    en: (p: { issuer: string }) =>
      `cert-manager ClusterIssuer "${p.issuer}" (ACME, HTTP-01), written by thanos-fleet.
Apply after cert-manager is running: kubectl apply -f cluster-issuer.yaml`,
    ko: (p: { issuer: string }) =>
      `cert-manager ClusterIssuer "${p.issuer}" (ACME, HTTP-01), thanos-fleet 이 생성했습니다.
cert-manager 가 동작한 뒤 적용하세요: kubectl apply -f cluster-issuer.yaml`,
  },
  issuerIngress: {
    en: (p: { className: string }) =>
      `HTTP-01 answers through an Ingress of class "${p.className}" (ingressClassName; the old
"class" field of the guide is the legacy annotation form).`,
    ko: (p: { className: string }) =>
      `HTTP-01 응답은 클래스 "${p.className}" 의 Ingress 로 처리합니다 (ingressClassName; 가이드의 "class"
필드는 예전 어노테이션 방식입니다).`,
  },
  issuerGateway: {
    en: (p: { gateway: string; ns: string }) =>
      `HTTP-01 answers through an HTTPRoute attached to Gateway ${p.ns}/${p.gateway}. cert-manager must run
with enableGatewayAPI: true and the Gateway API CRDs installed first (ingress.md §3.2).`,
    ko: (p: { gateway: string; ns: string }) =>
      `HTTP-01 응답은 Gateway ${p.ns}/${p.gateway} 에 붙는 HTTPRoute 로 처리합니다. cert-manager 는
enableGatewayAPI: true 로 실행되어야 하고 Gateway API CRD 가 먼저 설치되어 있어야 합니다 (ingress.md §3.2).`,
  },

  // ---- secrets ------------------------------------------------------------------------------------
  secretHeader: {
    en: (p: { what: string }) =>
      `${p.what}
Written by thanos-fleet from the state file. Private: mode 0600, never commit it.
Apply: kubectl apply -f <this file>`,
    ko: (p: { what: string }) =>
      `${p.what}
thanos-fleet 이 상태 파일로부터 생성했습니다. 비공개: 모드 0600, 절대 커밋하지 마세요.
적용: kubectl apply -f <이 파일>`,
  },
  secretAuthIngressNginx: {
    en: (p: { users: number }) =>
      `Basic-auth users (${p.users}) for ingress-nginx: htpasswd file in key "auth" (auth-secret-type auth-file).`,
    ko: (p: { users: number }) =>
      `ingress-nginx 기본 인증 사용자 ${p.users} 명: 키 "auth" 의 htpasswd 파일 (auth-secret-type auth-file).`,
  },
  secretAuthGateway: {
    en: (p: { users: number }) =>
      `Basic-auth users (${p.users}) for Envoy Gateway: htpasswd in key ".htpasswd", {SHA} hashes only
(ingress.md §5).`,
    ko: (p: { users: number }) =>
      `Envoy Gateway 기본 인증 사용자 ${p.users} 명: 키 ".htpasswd" 의 htpasswd, {SHA} 해시만 가능
(ingress.md §5).`,
  },
  secretGrafanaAdmin: {
    en: () => `Grafana admin user and password (admin.existingSecret in grafana-values.yaml).`,
    ko: () => `Grafana 관리자 사용자와 비밀번호 (grafana-values.yaml 의 admin.existingSecret).`,
  },

  // ---- README -------------------------------------------------------------------------------------
  readmeTitle: {
    en: (p: { fleet: string; ns: string }) => `Central cluster of fleet "${p.fleet}" (namespace ${p.ns})`,
    ko: (p: { fleet: string; ns: string }) => `플릿 "${p.fleet}" 의 중앙 클러스터 (네임스페이스 ${p.ns})`,
  },
  readmeIntro: {
    en: (p: { provider: string }) =>
      `Everything the central cluster needs: Thanos (bitnami/thanos 17.6.0), Grafana (grafana-community/grafana
12.11.1), certificates and Secrets, and the files of the ingress provider **${p.provider}**. Every file
here was generated by thanos-fleet: change the fleet file and render again instead of editing them.`,
    ko: (p: { provider: string }) =>
      `중앙 클러스터에 필요한 모든 것: Thanos (bitnami/thanos 17.6.0), Grafana (grafana-community/grafana
12.11.1), 인증서와 Secret, 그리고 ingress 프로바이더 **${p.provider}** 의 파일. 모든 파일은 thanos-fleet 이
생성했습니다. 직접 고치지 말고 플릿 파일을 고친 뒤 다시 render 하세요.`,
  },
  readmeSecretsWarning: {
    en: () =>
      `Files under \`secrets/\` hold password hashes and the Grafana admin password (mode 0600). Apply them,
but never commit them; the passwords themselves live only in the state file next to the fleet file.`,
    ko: () =>
      `\`secrets/\` 아래 파일에는 비밀번호 해시와 Grafana 관리자 비밀번호가 들어 있습니다 (모드 0600). 적용은
하되 절대 커밋하지 마세요. 비밀번호 원문은 플릿 파일 옆의 상태 파일에만 있습니다.`,
  },
  readmeOrderHeading: { en: () => 'Install, in this order', ko: () => '설치 순서' },
  stepNamespace: { en: () => 'Namespace', ko: () => '네임스페이스' },
  stepCertManager: {
    en: () => 'cert-manager and the ClusterIssuer',
    ko: () => 'cert-manager 와 ClusterIssuer',
  },
  stepCertManagerGateway: {
    en: () =>
      `Install the Gateway API CRDs and Envoy Gateway first: cert-manager only watches Gateways when it
starts with \`enableGatewayAPI: true\` and finds the CRDs (ingress.md §3.2).`,
    ko: () =>
      `Gateway API CRD 와 Envoy Gateway 를 먼저 설치하세요. cert-manager 는 \`enableGatewayAPI: true\` 로
시작하면서 CRD 를 찾았을 때만 Gateway 를 감시합니다 (ingress.md §3.2).`,
  },
  stepCertificatesNginx: {
    en: () => 'Certificates for the nginx proxy',
    ko: () => 'nginx 프록시의 인증서',
  },
  certificatesNginx: {
    en: (p: { hosts: string }) =>
      `The nginx provider runs outside Kubernetes, so no ClusterIssuer is rendered. Get the certificates
from any ACME client on the proxy host (certbot, lego, acme.sh) for: ${p.hosts}. Put them where the
nginx files of this folder expect them.`,
    ko: (p: { hosts: string }) =>
      `nginx 프로바이더는 쿠버네티스 밖에서 동작하므로 ClusterIssuer 를 만들지 않습니다. 프록시 호스트에서
아무 ACME 클라이언트(certbot, lego, acme.sh)로 다음 호스트의 인증서를 받으세요: ${p.hosts}. 이 폴더의
nginx 파일이 기대하는 위치에 두면 됩니다.`,
  },
  stepObjstore: {
    en: () => 'Object storage Secret (you create it)',
    ko: () => '오브젝트 스토리지 Secret (직접 생성)',
  },
  objstoreHow: {
    en: (p: { secret: string; key: string }) =>
      `Write your bucket configuration (Thanos objstore.yml format, https://thanos.io/tip/thanos/storage.md/)
into a local file and create the Secret \`${p.secret}\` with key \`${p.key}\`. thanos-fleet never sees it.`,
    ko: (p: { secret: string; key: string }) =>
      `버킷 설정(Thanos objstore.yml 형식, https://thanos.io/tip/thanos/storage.md/)을 로컬 파일로 작성하고
키 \`${p.key}\` 로 Secret \`${p.secret}\` 을 만드세요. thanos-fleet 은 이 내용을 보지 않습니다.`,
  },
  stepSecrets: {
    en: () => 'Basic-auth and Grafana admin Secrets',
    ko: () => '기본 인증과 Grafana 관리자 Secret',
  },
  secretsList: {
    en: () => 'Secrets in this folder (name: key — purpose):',
    ko: () => '이 폴더의 Secret (이름: 키 — 용도):',
  },
  secretPurposeAuth: {
    en: (p: { components: string; users: number }) => `basic auth of ${p.components}, ${p.users} user(s)`,
    ko: (p: { components: string; users: number }) => `${p.components} 의 기본 인증, 사용자 ${p.users} 명`,
  },
  secretPurposeGrafana: { en: () => 'Grafana admin', ko: () => 'Grafana 관리자' },
  nginxAuthFiles: {
    en: () =>
      `The nginx provider keeps basic-auth users in htpasswd files next to its configuration, not in
Kubernetes Secrets.`,
    ko: () =>
      `nginx 프로바이더는 기본 인증 사용자를 쿠버네티스 Secret 이 아니라 설정 옆의 htpasswd 파일에 둡니다.`,
  },
  stepThanos: { en: () => 'Thanos', ko: () => 'Thanos' },
  stepGrafana: {
    en: () => 'Grafana (its own release, from the grafana-community repository)',
    ko: () => 'Grafana (별도 릴리스, grafana-community 저장소)',
  },
  grafanaSkipped: {
    en: () => 'Grafana is disabled in the fleet file: skip this step.',
    ko: () => '플릿 파일에서 Grafana 가 꺼져 있으니 이 단계는 건너뛰세요.',
  },
  stepProvider: {
    en: (p: { provider: string }) => `Ingress provider files (${p.provider})`,
    ko: (p: { provider: string }) => `ingress 프로바이더 파일 (${p.provider})`,
  },
  providerIngressNginx: {
    en: (p: { className: string }) =>
      `The Ingress objects come from the \`ingress:\` blocks of the two values files installed above; the
ingress-nginx controller must serve the Ingress class \`${p.className}\`. Apply any file listed here
with kubectl:`,
    ko: (p: { className: string }) =>
      `Ingress 객체는 위에서 설치한 두 values 파일의 \`ingress:\` 블록에서 만들어집니다. ingress-nginx
컨트롤러가 Ingress 클래스 \`${p.className}\` 을 처리해야 합니다. 여기 나열된 파일은 kubectl 로 적용하세요:`,
  },
  providerGateway: {
    en: () =>
      `The charts create no Ingress (\`ingress.enabled: false\`); apply these files with kubectl after both
releases are installed:`,
    ko: () =>
      `차트는 Ingress 를 만들지 않습니다 (\`ingress.enabled: false\`). 두 릴리스를 설치한 뒤 다음 파일을
kubectl 로 적용하세요:`,
  },
  providerNginx: {
    en: () =>
      `The charts create no Ingress (\`ingress.enabled: false\`); copy these files to the nginx proxy host,
check them with \`nginx -t\` and reload nginx:`,
    ko: () =>
      `차트는 Ingress 를 만들지 않습니다 (\`ingress.enabled: false\`). 다음 파일을 nginx 프록시 호스트로
복사하고 \`nginx -t\` 로 확인한 뒤 nginx 를 reload 하세요:`,
  },
  providerFolderFiles: {
    en: (p: { folder: string; count: number }) => `\`${p.folder}\`: ${p.count} files`,
    ko: (p: { folder: string; count: number }) => `\`${p.folder}\`: 파일 ${p.count}개`,
  },
  providerNoFiles: {
    en: () => 'This provider wrote no extra files.',
    ko: () => '이 프로바이더가 추가로 쓴 파일은 없습니다.',
  },
  readmeCheckHeading: { en: () => 'Check', ko: () => '확인' },
  checkPods: {
    en: () => 'Receive pods (the StatefulSet is `<fullname>-receive`, charts.md §1.3):',
    ko: () => 'Receive 파드 (StatefulSet 이름은 `<fullname>-receive`, charts.md §1.3):',
  },
  checkMetrics: {
    en: () => `Receive's own metrics, on the http port 10902 (19291 only accepts remote write):`,
    ko: () => `Receive 자체 메트릭, http 포트 10902 (19291 은 remote write 만 받습니다):`,
  },
  checkRemoteWrite: {
    en: (p: { url: string }) => `Edges write to \`${p.url}\` (see the edge folders).`,
    ko: (p: { url: string }) => `엣지는 \`${p.url}\` 로 씁니다 (엣지 폴더 참고).`,
  },
  readmeLimitsHeading: {
    en: () => 'Derived ingress limits and why',
    ko: () => '도출된 ingress 제한과 이유',
  },
  limitsIntro: {
    en: () =>
      `Limits come from the fleet's own traffic (edges, shards, batch sizes, timeouts), not from constants.
Overrides in the fleet file that would throttle the fleet itself are refused.`,
    ko: () =>
      `제한값은 상수가 아니라 플릿 자체 트래픽(엣지, 샤드, 배치 크기, 타임아웃)에서 계산합니다. 플릿 자신을
제한하게 되는 플릿 파일의 재정의는 거부됩니다.`,
  },
  limitsColumns: {
    en: () => '| component | host | item | value | why |',
    ko: () => '| 컴포넌트 | 호스트 | 항목 | 값 | 이유 |',
  },
  limitsNone: {
    en: () => 'No component is exposed, so there are no ingress limits.',
    ko: () => '노출된 컴포넌트가 없어 ingress 제한도 없습니다.',
  },
  readmeWarningsHeading: {
    en: (p: { provider: string }) => `What ${p.provider} cannot express`,
    ko: (p: { provider: string }) => `${p.provider} 가 표현하지 못하는 것`,
  },
  warningsColumns: {
    en: () => '| object | capability | what happens |',
    ko: () => '| 객체 | 기능 | 결과 |',
  },
  warningsNone: {
    en: () => 'Nothing: every policy item has an equivalent.',
    ko: () => '없음: 모든 정책 항목에 대응하는 설정이 있습니다.',
  },
  readmeDifferencesHeading: {
    en: (p: { provider: string }) => `How ${p.provider} differs from ingress-nginx`,
    ko: (p: { provider: string }) => `${p.provider} 가 ingress-nginx 와 다른 점`,
  },
  readmeGuideHeading: {
    en: () => 'Why this differs from the guide',
    ko: () => '가이드와 다른 이유',
  },
  guideIntro: {
    en: () =>
      `This folder replaces the Korean "multi-cluster Ingress guide". Where it differs, the guide was wrong:`,
    ko: () =>
      `이 폴더는 "멀티클러스터 Ingress 설정 가이드" 를 대체합니다. 다른 부분은 가이드가 틀린 곳입니다:`,
  },
  guideGrafanaBlock: {
    en: () =>
      `**No \`grafana:\` block in the Thanos values.** bitnami/thanos has no Grafana key and no Grafana
dependency, and with no values.schema.json Helm silently ignores the block: no Grafana would be
deployed and no error shown (charts.md §1.1, §1.2, §3b). Grafana is a separate release of
grafana-community/grafana with its own values file.`,
    ko: () =>
      `**Thanos values 에 \`grafana:\` 블록이 없습니다.** bitnami/thanos 에는 Grafana 키도 의존성도 없고,
values.schema.json 이 없어 Helm 이 그 블록을 조용히 무시합니다: Grafana 는 배포되지 않고 오류도 없습니다
(charts.md §1.1, §1.2, §3b). Grafana 는 grafana-community/grafana 의 별도 릴리스이며 values 파일도 따로입니다.`,
  },
  guideNames: {
    en: (p: { pod: string; release: string }) =>
      `**Names.** The Receive pods are \`${p.pod}\` with labels \`app.kubernetes.io/name=thanos\`,
\`app.kubernetes.io/component=receive\`, \`app.kubernetes.io/instance=${p.release}\`; \`thanos-receiver-0\`
and \`app.kubernetes.io/name=thanos-receiver\` do not exist (charts.md §1.3, §3c).`,
    ko: (p: { pod: string; release: string }) =>
      `**이름.** Receive 파드는 \`${p.pod}\` 이고 레이블은 \`app.kubernetes.io/name=thanos\`,
\`app.kubernetes.io/component=receive\`, \`app.kubernetes.io/instance=${p.release}\` 입니다.
\`thanos-receiver-0\` 나 \`app.kubernetes.io/name=thanos-receiver\` 는 존재하지 않습니다 (charts.md §1.3, §3c).`,
  },
  guideMetricsPort: {
    en: () =>
      `**Receive metrics are on 10902**, the http port. 19291 is the remote-write port and serves no
/metrics (charts.md §1.4).`,
    ko: () =>
      `**Receive 메트릭은 http 포트 10902 에 있습니다.** 19291 은 remote-write 포트이고 /metrics 를 제공하지
않습니다 (charts.md §1.4).`,
  },
  guideImage: {
    en: (p: { image: string }) =>
      `**Explicit image** \`${p.image}\`. The chart's default bitnami image is gone since 2025, so a values file
without \`image:\` ends in ImagePullBackOff (charts.md §1.11).`,
    ko: (p: { image: string }) =>
      `**이미지를 명시합니다** \`${p.image}\`. 차트 기본 bitnami 이미지는 2025년부터 없어져 \`image:\` 가 없는
values 는 ImagePullBackOff 로 끝납니다 (charts.md §1.11).`,
  },
  guideHeadless: {
    en: (p: { replicas: number }) =>
      `**\`receive.service.additionalHeadless\`** is ${p.replicas > 1 ? 'on' : 'off'} (${p.replicas} replica(s)).
The guide runs 3 replicas without it, so each replica is a hashring of one and replication never happens
(charts.md §1.8).`,
    ko: (p: { replicas: number }) =>
      `**\`receive.service.additionalHeadless\`** 는 ${p.replicas > 1 ? '켜져' : '꺼져'} 있습니다 (복제본 ${p.replicas} 개).
가이드는 이 설정 없이 복제본 3개를 돌려 복제본마다 혼자인 해시링이 되고 복제가 일어나지 않습니다
(charts.md §1.8).`,
  },
  guideAnnotations: {
    en: () =>
      `**\`websocket-services\` and \`proxy-cache-valid\` are not ingress-nginx annotations**; they are silently
ignored. ingress-nginx proxies websockets by default (only long read/send timeouts are needed) and has no
per-Ingress response cache (ingress.md §1.2, §7a, §7b).`,
    ko: () =>
      `**\`websocket-services\` 와 \`proxy-cache-valid\` 는 ingress-nginx 어노테이션이 아니라서** 조용히 무시됩니다.
ingress-nginx 는 기본으로 웹소켓을 프록시하며(긴 read/send 타임아웃만 필요) Ingress 단위 응답 캐시는
없습니다 (ingress.md §1.2, §7a, §7b).`,
  },
  guideConnections: {
    en: (p: { value: string }) =>
      `**limit-connections is sized from the shards**: ${p.value}. The guide's 10 caps each edge at 10
requests in flight while Prometheus runs up to max_shards of them; the rest get 503, the queue falls
behind and data older than the WAL is lost (ingress.md §7c).`,
    ko: (p: { value: string }) =>
      `**limit-connections 는 샤드 수로 계산합니다**: ${p.value}. 가이드의 10 은 엣지마다 동시 요청을 10개로
묶지만 Prometheus 는 max_shards 개까지 보냅니다. 나머지는 503 을 받고 큐가 밀리며 WAL 보다 오래된
데이터는 사라집니다 (ingress.md §7c).`,
  },
  guideConnectionsNotExposed: {
    en: () => 'Receive is not exposed in this fleet',
    ko: () => '이 플릿에서는 Receive 가 노출되지 않습니다',
  },
  guideTimeout: {
    en: (p: { remote: string }) =>
      `**The timeout "fix" fixes nothing.** "context deadline exceeded" is the agent's own
\`remote_timeout\` (${p.remote} here), not the ingress: raising proxy-read/send-timeout to 600 changes
nothing, and proxy-connect-timeout cannot usually exceed 75 s anyway. The ingress read timeout is set
just above remote_timeout so the agent decides (ingress.md §7, datapath.md).`,
    ko: (p: { remote: string }) =>
      `**타임아웃 "해결책" 은 아무것도 해결하지 않습니다.** "context deadline exceeded" 는 ingress 가 아니라
에이전트 자신의 \`remote_timeout\` (여기서는 ${p.remote}) 입니다. proxy-read/send-timeout 을 600 으로
올려도 달라지지 않고, proxy-connect-timeout 은 보통 75초를 넘을 수 없습니다. ingress read timeout 은
remote_timeout 보다 조금 길게 두어 에이전트가 판단하게 합니다 (ingress.md §7, datapath.md).`,
  },
  guideStatus: {
    en: () =>
      `**Rate limits answer 503, not 429, with ingress-nginx** (ConfigMap limit-req-status-code /
limit-conn-status-code, cluster-wide only). Prometheus retries 503; it drops a batch on 429 unless
\`retry_on_http_429: true\`, which the edge configs set for providers that answer 429 (Envoy Gateway,
Traefik) (ingress.md §7d).`,
    ko: () =>
      `**ingress-nginx 의 요청률 제한 응답은 429 가 아니라 503 입니다** (ConfigMap limit-req-status-code /
limit-conn-status-code, 클러스터 전체 설정만 가능). Prometheus 는 503 을 재시도하지만 429 는
\`retry_on_http_429: true\` 가 없으면 배치를 버립니다. 429 로 답하는 프로바이더(Envoy Gateway, Traefik)를
위해 엣지 설정에 이 값을 넣습니다 (ingress.md §7d).`,
  },
  guideCors: {
    en: () =>
      `**No CORS for Grafana.** The datasource points at the in-cluster Service with \`access: proxy\`: the
Grafana server makes the request, the browser never talks to Thanos, so the guide's CORS annotations are
not needed (charts.md §2.3). CORS is rendered only for browser origins listed in the fleet file.`,
    ko: () =>
      `**Grafana 에는 CORS 가 필요 없습니다.** 데이터소스가 클러스터 내부 Service 를 \`access: proxy\` 로
가리키므로 요청은 Grafana 서버가 보내고 브라우저는 Thanos 와 통신하지 않습니다. 그래서 가이드의 CORS
어노테이션은 필요 없습니다 (charts.md §2.3). CORS 는 플릿 파일에 브라우저 origin 이 있을 때만 만듭니다.`,
  },
});
