import { defineMessages } from '../index.js';

/** check rules about inputs, suppressions and fleet files (TF0xxx, TF10xx). */
export const checkInputRules = defineMessages({
  'TF0001.title': { en: () => 'Input is not valid YAML', ko: () => '입력이 올바른 YAML 이 아님' },
  'TF0001.why': {
    en: () =>
      'A file that does not parse cannot be checked, and Helm, kubectl or Prometheus will refuse it too.',
    ko: () => '파싱되지 않는 파일은 검사할 수 없고 Helm, kubectl, Prometheus 도 거부합니다.',
  },
  'TF0001.fix': {
    en: () => 'Fix the YAML syntax at the reported line (indentation, quoting, duplicate keys).',
    ko: () => '표시된 줄의 YAML 문법(들여쓰기, 따옴표, 중복 키)을 고치세요.',
  },
  'TF0002.title': { en: () => 'Input cannot be read', ko: () => '입력을 읽을 수 없음' },
  'TF0002.why': {
    en: () => 'A missing or unreadable input is not checked; the run exits with 2.',
    ko: () => '없거나 읽을 수 없는 입력은 검사되지 않으며 종료 코드 2 로 끝납니다.',
  },
  'TF0002.fix': {
    en: () => 'Check the path and its permissions.',
    ko: () => '경로와 권한을 확인하세요.',
  },
  'TF0003.title': { en: () => 'Document not recognised', ko: () => '인식하지 못한 문서' },
  'TF0003.why': {
    en: () =>
      'Kinds are detected from content. A document that is none of the supported kinds is skipped, so mistakes in it go unnoticed.',
    ko: () =>
      '종류는 내용으로 판별합니다. 지원하는 종류가 아닌 문서는 건너뛰므로 그 안의 실수는 발견되지 않습니다.',
  },
  'TF0003.fix': {
    en: () =>
      'Check that the file is a fleet file, chart values, a Kubernetes manifest or a Prometheus config; leave other files out.',
    ko: () =>
      '플릿 파일, 차트 values, Kubernetes 매니페스트, Prometheus 설정인지 확인하고 그 밖의 파일은 빼세요.',
  },
  'TF0010.title': { en: () => 'Suppression without a reason', ko: () => '이유 없는 억제' },
  'TF0010.why': {
    en: () =>
      'A suppression hides a finding from everyone after you; without a reason nobody can tell whether it still applies.',
    ko: () =>
      '억제는 이후의 모든 사람에게 문제를 숨깁니다. 이유가 없으면 아직 유효한지 아무도 판단할 수 없습니다.',
  },
  'TF0010.fix': {
    en: () => 'Write the reason after a colon: `# thanos-fleet-ignore TF2101: why this is fine here`.',
    ko: () => '콜론 뒤에 이유를 쓰세요: `# thanos-fleet-ignore TF2101: 여기서 괜찮은 이유`.',
  },
  'TF1000.title': { en: () => 'Fleet file is invalid', ko: () => '플릿 파일이 잘못됨' },
  'TF1000.why': {
    en: () => 'The fleet loader refuses this fleet file; nothing can be rendered from it.',
    ko: () => '플릿 로더가 이 플릿 파일을 거부하므로 아무것도 렌더링할 수 없습니다.',
  },
  'TF1000.fix': {
    en: () => 'Fix the field named in the message; `thanos-fleet schema` lists every field.',
    ko: () => '메시지에 나온 필드를 고치세요. 모든 필드는 `thanos-fleet schema` 로 볼 수 있습니다.',
  },
  'TF1001.title': {
    en: () => 'Fleet override would throttle or cut the fleet',
    ko: () => '플릿 오버라이드가 플릿 트래픽을 제한하거나 끊음',
  },
  'TF1001.why': {
    en: () =>
      'An ingress override is below what the fleet itself sends (src/policy/derive.ts); render refuses it.',
    ko: () => '인그레스 오버라이드가 플릿 자체 트래픽보다 작아 render 가 거부합니다 (src/policy/derive.ts).',
  },
  'TF1001.fix': {
    en: () => 'Remove the override to use the derived value, or raise it to the figure in the message.',
    ko: () => '오버라이드를 지워 계산된 값을 쓰거나 메시지의 값 이상으로 올리세요.',
  },
  'TF1002.title': {
    en: () => 'Fleet exposes an internal component',
    ko: () => '플릿이 내부 컴포넌트를 노출함',
  },
  'TF1002.why': {
    en: () =>
      'Compactor, Store Gateway and Ruler only talk inside the cluster (Query reaches them over gRPC); an ingress only adds attack surface.',
    ko: () =>
      'Compactor, Store Gateway, Ruler 는 클러스터 안에서만 통신합니다 (Query 가 gRPC 로 접근). 인그레스는 공격 면만 늘립니다.',
  },
  'TF1002.fix': {
    en: () => 'Set expose: false (the default) for this component.',
    ko: () => '이 컴포넌트의 expose 를 false(기본값)로 두세요.',
  },
  'TF1002.msg': {
    en: (p: { component: string }) =>
      `${p.component} is exposed through the ingress, but it is internal-only`,
    ko: (p: { component: string }) => `${p.component} 가 인그레스로 노출되지만 내부 전용 컴포넌트입니다`,
  },
});
