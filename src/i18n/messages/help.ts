import { defineMessages } from '../index.js';

/**
 * Commander's own words around the descriptions: the headings and the notes it adds after a
 * description. The English is commander 14's text word for word, so English help keeps commander's
 * output without loading this file (test/cli/help.test.ts lays out every command's help both ways).
 */
export const helpFrameMessages = defineMessages({
  usage: { en: () => 'Usage:', ko: () => '사용법:' },
  arguments: { en: () => 'Arguments:', ko: () => '인수:' },
  options: { en: () => 'Options:', ko: () => '옵션:' },
  globalOptions: { en: () => 'Global Options:', ko: () => '전역 옵션:' },
  commands: { en: () => 'Commands:', ko: () => '명령:' },
  /** The values an option or argument accepts, each quoted: `"text", "json"`. */
  choices: {
    en: (p: { values: string }) => `choices: ${p.values}`,
    ko: (p: { values: string }) => `선택지: ${p.values}`,
  },
  default: {
    en: (p: { value: string }) => `default: ${p.value}`,
    ko: (p: { value: string }) => `기본값: ${p.value}`,
  },
  /** The value an option with an optional argument takes when given without one. */
  preset: {
    en: (p: { value: string }) => `preset: ${p.value}`,
    ko: (p: { value: string }) => `값 생략 시: ${p.value}`,
  },
  env: {
    en: (p: { name: string }) => `env: ${p.name}`,
    ko: (p: { name: string }) => `환경 변수: ${p.name}`,
  },
});

/**
 * Korean for every command, option and argument description of the command line. The English text is
 * the key (it is what the commands register); test/cli/help.test.ts fails when a description has no
 * Korean entry or an entry is no longer used.
 */
export const helpKo: Readonly<Record<string, string>> = {
  'One fleet file → every artifact of a Prometheus-agent → Thanos Receive fleet; check, prove, diagnose.':
    '플릿 파일 하나로 Prometheus 에이전트 → Thanos Receive 플릿의 모든 산출물을 만들고, 점검·증명·진단합니다.',
  'output the version number': '버전을 출력합니다',
  'message language: ko or en (default from LANG)': '메시지 언어: ko 또는 en (기본값은 LANG 에서)',
  'display help for command': '명령 도움말을 표시합니다',
  'Render every central and edge artifact of a fleet (default: the built-in reference fleet)':
    '플릿의 중앙·엣지 산출물을 모두 생성합니다 (기본값: 내장 참조 플릿)',
  'output folder, replaced whole': '출력 폴더 (통째로 교체됨)',
  'ingress provider, overriding the fleet file': 'ingress 제공자 (플릿 파일 설정을 덮어씀)',
  'state file with generated credentials (default: <fleet>.state.yaml)':
    '생성된 자격 증명을 담은 상태 파일 (기본값: <fleet>.state.yaml)',
  'files, or gitops (clusters/<name>/ + central/ for Argo CD / Flux)':
    'files 또는 gitops (Argo CD / Flux 용 clusters/<name>/ + central/)',
  'write nothing: compare the output folder with this render; exit 1 when it is stale':
    '아무것도 쓰지 않고 출력 폴더를 이번 렌더와 비교; 오래되었으면 종료 코드 1',
  'age identity to read an encrypted state (repeatable)': '암호화된 상태를 읽을 age identity (반복 가능)',
  'fleet file (default: built-in reference fleet)': '플릿 파일 (기본값: 내장 참조 플릿)',
  'Print the fleet file JSON Schema (for yaml-language-server)':
    '플릿 파일 JSON Schema 를 출력합니다 (yaml-language-server 용)',
  'Write a commented starter fleet file and git-ignore its state file':
    '주석이 달린 시작용 플릿 파일을 만들고 상태 파일을 git 에서 제외합니다',
  'overwrite an existing file': '기존 파일을 덮어씁니다',
  'fleet file to create': '만들 플릿 파일',
  'Print which policy items each ingress provider can express':
    '각 ingress 제공자가 표현할 수 있는 정책 항목을 출력합니다',
  'text or json': 'text 또는 json',
  'Check fleet files, chart values, Ingress/Secret/Gateway manifests and Prometheus agent configs (files or folders)':
    '플릿 파일, 차트 values, Ingress/Secret/Gateway 매니페스트, Prometheus 에이전트 설정을 점검합니다 (파일 또는 폴더)',
  'report format': '보고서 형식',
  'exit 1 when a finding is at or above this level': '이 수준 이상의 발견 사항이 있으면 종료 코드 1',
  'Prometheus version of agent configs without a `# thanos-fleet: prometheus-version=` hint':
    '`# thanos-fleet: prometheus-version=` 힌트가 없는 에이전트 설정의 Prometheus 버전',
  'suppressions file (default: ./.thanos-fleet-check.yaml when present)':
    '억제 설정 파일 (기본값: 있으면 ./.thanos-fleet-check.yaml)',
  'also list suppressed findings in the text report': '억제된 발견 사항도 텍스트 보고서에 나열합니다',
  'files or folders (kinds are detected from content)': '파일 또는 폴더 (종류는 내용으로 판별)',
  "Prove the fleet's data path on this machine: real Prometheus agents → nginx with the rendered config → a receiver":
    '이 머신에서 플릿 데이터 경로를 증명합니다: 실제 Prometheus 에이전트 → 렌더된 설정의 nginx → 수신기',
  "replace the fleet's edges by N generated ones": '플릿의 엣지를 생성된 N 개로 바꿉니다',
  'leave it running; print URLs, how to stop it and the doctor command line':
    '실행 상태로 두고 URL, 중지 방법, doctor 명령줄을 출력합니다',
  'inject one troubleshooting case and show its symptom':
    '트러블슈팅 사례 하나를 주입하고 그 증상을 보여 줍니다',
  'soak: keep writing this long (e.g. 60s), restart the receiver midway':
    '소크: 이 시간 동안 계속 쓰고 (예: 60s) 중간에 수신기를 재시작합니다',
  'working folder (default: a new temporary folder, removed afterwards)':
    '작업 폴더 (기본값: 새 임시 폴더, 끝나면 삭제)',
  'stop a sandbox left running with --keep': '--keep 으로 남겨 둔 샌드박스를 중지합니다',
  'the sandbox folder': '샌드박스 폴더',
  'Diagnose a live fleet hop by hop: DNS, TCP, TLS, redirect, auth, write, query, CORS, agents':
    '운영 중인 플릿을 구간별로 진단합니다: DNS, TCP, TLS, 리디렉션, 인증, 쓰기, 쿼리, CORS, 에이전트',
  'connect to ADDRESS for HOST:PORT, like curl (repeatable)':
    'curl 처럼 HOST:PORT 대신 ADDRESS 로 연결 (반복 가능)',
  'trust this CA bundle instead of the system roots, like curl':
    'curl 처럼 시스템 루트 대신 이 CA 번들을 신뢰합니다',
  'deadline per request': '요청당 제한 시간',
  'warn when a certificate expires within this many days': '인증서가 이 일수 안에 만료되면 경고',
  'fail when a certificate expires within this many days': '인증서가 이 일수 안에 만료되면 실패',
  'send one real sample per edge and read it back through Query':
    '엣지마다 실제 샘플 하나를 보내고 Query 로 다시 읽어 봅니다',
  'only edges whose name matches': '이름이 일치하는 엣지만',
  "an agent's /metrics URL (repeatable)": '에이전트의 /metrics URL (반복 가능)',
  'time between the two agent scrapes': '에이전트 메트릭을 두 번 읽는 간격',
  'hosts probed at once': '동시에 점검할 호스트 수',
  'plain-HTTP port for the redirect check (pair with --resolve HOST:PORT:ADDRESS)':
    '리디렉션 점검용 평문 HTTP 포트 (--resolve HOST:PORT:ADDRESS 와 함께)',
  'output format': '출력 형식',
  'Add or remove an edge cluster (fleet file and state)':
    '엣지 클러스터를 추가하거나 제거합니다 (플릿 파일과 상태)',
  'Add an edge to the fleet file and create its remote-write credential':
    '플릿 파일에 엣지를 추가하고 remote-write 자격 증명을 만듭니다',
  'external label (repeatable)': '외부 레이블 (반복 가능)',
  'fleet file': '플릿 파일',
  'state file (default: <fleet>.state.yaml)': '상태 파일 (기본값: <fleet>.state.yaml)',
  'age identity file to read an encrypted state (repeatable)':
    '암호화된 상태를 읽을 age identity 파일 (반복 가능)',
  'edge (cluster) name, a DNS-1123 label': '엣지(클러스터) 이름, DNS-1123 레이블',
  'Remove an edge from the fleet file and forget its credential':
    '플릿 파일에서 엣지를 제거하고 자격 증명을 지웁니다',
  'edge name': '엣지 이름',
  'Rotate edge remote-write credentials without downtime (old and new accepted until --finish)':
    '엣지 remote-write 자격 증명을 무중단으로 교체합니다 (--finish 전까지 이전·새 자격 증명 모두 허용)',
  'rotate every edge': '모든 엣지를 교체합니다',
  'only make the receive ingress accept the new credential (sync central, then rotate)':
    'receive ingress 가 새 자격 증명을 받아들이게만 합니다 (중앙 동기화 후 교체)',
  'stop accepting the old credentials of finished rotations':
    '끝난 교체의 이전 자격 증명을 더 이상 받지 않습니다',
  'edges to rotate': '교체할 엣지',
};
