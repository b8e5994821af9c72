import { defineMessages } from '../index.js';

/** Messages of `thanos-fleet check` itself: inputs, suppressions, report lines. */
export const checkMessages = defineMessages({
  unreadable: {
    en: (p: { detail: string }) => `cannot read the input: ${p.detail}`,
    ko: (p: { detail: string }) => `입력을 읽을 수 없습니다: ${p.detail}`,
  },
  yamlSyntax: {
    en: (p: { detail: string }) => `YAML syntax error: ${p.detail}`,
    ko: (p: { detail: string }) => `YAML 문법 오류: ${p.detail}`,
  },
  unknownDoc: {
    en: () =>
      'not recognised as a fleet file, chart values, Kubernetes manifest or Prometheus config; no rule checked it',
    ko: () =>
      '플릿 파일, 차트 values, Kubernetes 매니페스트, Prometheus 설정 중 어느 것도 아니어서 검사하지 않았습니다',
  },
  suppressionNoReason: {
    en: (p: { codes: string }) => `suppression of ${p.codes} without a reason is not honoured`,
    ko: (p: { codes: string }) => `이유 없는 ${p.codes} 억제는 적용되지 않습니다`,
  },
  configInvalid: {
    en: (p: { detail: string }) => `invalid check config: ${p.detail}`,
    ko: (p: { detail: string }) => `검사 설정 파일이 잘못되었습니다: ${p.detail}`,
  },
  noInputs: {
    en: () => 'no input files: give files or folders with *.yaml, *.yml or *.json',
    ko: () => '입력 파일이 없습니다: *.yaml, *.yml, *.json 파일이나 폴더를 지정하세요',
  },
  badVersion: {
    en: (p: { v: string }) => `--prometheus-version must look like 2.42.0, not "${p.v}"`,
    ko: (p: { v: string }) => `--prometheus-version 은 2.42.0 형식이어야 합니다 ("${p.v}" 아님)`,
  },
  fixLabel: { en: () => 'fix', ko: () => '해결' },
  suppressedLabel: {
    en: (p: { reason: string }) => `suppressed: ${p.reason}`,
    ko: (p: { reason: string }) => `억제됨: ${p.reason}`,
  },
  summary: {
    en: (p: { files: number; errors: number; warnings: number; infos: number; suppressed: number }) =>
      `${p.files} file(s) checked: ${p.errors} error(s), ${p.warnings} warning(s), ${p.infos} info, ${p.suppressed} suppressed`,
    ko: (p: { files: number; errors: number; warnings: number; infos: number; suppressed: number }) =>
      `파일 ${p.files} 개 검사: 오류 ${p.errors}, 경고 ${p.warnings}, 정보 ${p.infos}, 억제 ${p.suppressed}`,
  },
  clean: { en: () => 'no findings', ko: () => '발견된 문제가 없습니다' },
  inputErrorsSummary: {
    en: (p: { count: number }) => `${p.count} input(s) could not be read or parsed (exit 2)`,
    ko: (p: { count: number }) => `입력 ${p.count} 개를 읽거나 파싱하지 못했습니다 (종료 코드 2)`,
  },
  severityError: { en: () => 'error', ko: () => '오류' },
  severityWarning: { en: () => 'warning', ko: () => '경고' },
  severityInfo: { en: () => 'info', ko: () => '정보' },
  docsWhy: { en: () => 'Why', ko: () => '왜 문제인가' },
  docsFix: { en: () => 'How to fix', ko: () => '해결 방법' },
  docsSources: { en: () => 'Sources', ko: () => '근거' },
  docsSuppress: { en: () => 'Suppressing', ko: () => '억제하기' },
  docsIndexTitle: { en: () => 'thanos-fleet check rules', ko: () => 'thanos-fleet check 규칙' },
  docsIndexIntro: {
    en: () =>
      [
        'Usage: `thanos-fleet check <files or folders…> [--format text|json|sarif] [--fail-on error|warning] [--prometheus-version 2.42.0] [--config .thanos-fleet-check.yaml]`.',
        'Inputs: fleet files, bitnami/thanos and grafana chart values, Ingress / Secret / ConfigMap / Gateway API / Envoy Gateway / Traefik manifests, Prometheus agent configs; multi-document YAML; folders (*.yaml, *.yml, *.json). Kinds are detected from content; all inputs are checked together, so cross-file rules compare them.',
        'Per-file hints in a comment: `# thanos-fleet: prometheus-version=3.1.0 egress=nat-a` (the Prometheus version of an agent config; edges that share an egress address share ingress limits).',
        'Suppress with a reason: `# thanos-fleet-ignore TF2101: reason` on the line or the line above, or `ignore: [{code, path, reason}]` in `.thanos-fleet-check.yaml` (path is a glob relative to that file). Without a reason a suppression is not honoured (TF0010).',
        'Exit codes: 0 clean, 1 findings at or above --fail-on (default error), 2 an input could not be read or parsed.',
      ].join('\n\n'),
    ko: () =>
      [
        '사용법: `thanos-fleet check <파일 또는 폴더…> [--format text|json|sarif] [--fail-on error|warning] [--prometheus-version 2.42.0] [--config .thanos-fleet-check.yaml]`.',
        '입력: 플릿 파일, bitnami/thanos 와 grafana 차트 values, Ingress / Secret / ConfigMap / Gateway API / Envoy Gateway / Traefik 매니페스트, Prometheus 에이전트 설정, 여러 문서 YAML, 폴더(*.yaml, *.yml, *.json). 종류는 내용으로 판별하며 모든 입력을 함께 검사해 파일 간 규칙이 서로 비교합니다.',
        '파일별 힌트 주석: `# thanos-fleet: prometheus-version=3.1.0 egress=nat-a` (에이전트 설정의 Prometheus 버전; 같은 egress 주소를 쓰는 엣지는 인그레스 한도를 공유).',
        '이유와 함께 억제: 해당 줄이나 윗줄에 `# thanos-fleet-ignore TF2101: 이유`, 또는 `.thanos-fleet-check.yaml` 의 `ignore: [{code, path, reason}]` (path 는 그 파일 기준 glob). 이유가 없으면 적용되지 않습니다 (TF0010).',
        '종료 코드: 0 문제 없음, 1 --fail-on(기본 error) 이상 발견, 2 입력을 읽거나 파싱하지 못함.',
      ].join('\n\n'),
  },
  docsGenerated: {
    en: () => 'Generated from the rule registry by `src/check/docs.ts`; do not edit by hand.',
    ko: () => '`src/check/docs.ts` 가 규칙 레지스트리에서 생성합니다. 직접 고치지 마세요.',
  },
});
