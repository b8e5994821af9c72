import { defineMessages } from '../index.js';

export const cliMessages = defineMessages({
  renderDone: {
    en: (p: { files: number; dir: string; provider: string }) =>
      `wrote ${p.files} files (${p.provider}) to ${p.dir}`,
    ko: (p: { files: number; dir: string; provider: string }) =>
      `${p.dir} 에 파일 ${p.files} 개를 썼습니다 (${p.provider})`,
  },
  renderNext: {
    en: (p: { readme: string }) => `start with ${p.readme}`,
    ko: (p: { readme: string }) => `${p.readme} 부터 읽으세요`,
  },
  stateCreated: {
    en: (p: { file: string }) =>
      `credentials saved in ${p.file} (mode 0600; keep it private, do not commit it)`,
    ko: (p: { file: string }) =>
      `자격 증명을 ${p.file} 에 저장했습니다 (모드 0600; 비공개로 두고 커밋하지 마세요)`,
  },
  warning: {
    en: (p: { text: string }) => `warning: ${p.text}`,
    ko: (p: { text: string }) => `경고: ${p.text}`,
  },
  inputErrors: {
    en: (p: { count: number }) => `${p.count} problem(s) in the fleet file; nothing was written`,
    ko: (p: { count: number }) => `플릿 파일에 문제 ${p.count} 개; 아무것도 쓰지 않았습니다`,
  },
  fix: { en: (p: { hint: string }) => `fix: ${p.hint}`, ko: (p: { hint: string }) => `해결: ${p.hint}` },
  initExists: {
    en: (p: { file: string }) => `${p.file} already exists; not overwritten (use --force)`,
    ko: (p: { file: string }) => `${p.file} 이(가) 이미 있어 덮어쓰지 않았습니다 (--force 사용)`,
  },
  initDone: {
    en: (p: { file: string }) => `wrote ${p.file}; edit it, then run: thanos-fleet render ${p.file} -o out`,
    ko: (p: { file: string }) =>
      `${p.file} 을(를) 만들었습니다. 수정한 뒤 실행: thanos-fleet render ${p.file} -o out`,
  },
  unexpected: {
    en: (p: { detail: string }) => `unexpected error: ${p.detail}`,
    ko: (p: { detail: string }) => `예기치 못한 오류: ${p.detail}`,
  },
});
