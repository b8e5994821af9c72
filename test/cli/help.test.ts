/** Every description the command line shows exists in Korean, and `--lang ko --help` shows it. */
import { describe, expect, it } from 'vitest';
import { helpDescriptions } from '../../src/cli/help.js';
import { buildProgram } from '../../src/cli/program.js';
import { helpKo } from '../../src/i18n/messages/help.js';
import { runCli } from '../support/cli.js';

describe('help text in both languages', () => {
  it('has a Korean entry for every description, and no unused entry', async () => {
    const program = await buildProgram(['--help'], 'en');
    const descriptions = new Set(helpDescriptions(program));
    expect(descriptions.size).toBeGreaterThan(40);
    expect([...descriptions].filter((d) => !(d in helpKo))).toEqual([]);
    const used = new Set([...descriptions, 'display help for command']);
    expect(Object.keys(helpKo).filter((k) => !used.has(k))).toEqual([]);
  });

  it('prints Korean help with --lang ko and English with --lang en', () => {
    const ko = runCli(['--lang', 'ko', 'render', '--help']);
    expect(ko.status).toBe(0);
    expect(ko.stdout).toContain('출력 폴더');
    expect(ko.stdout).toContain('명령 도움말을 표시합니다');
    const en = runCli(['--lang', 'en', 'render', '--help']);
    expect(en.stdout).toContain('output folder, replaced whole');
    const top = runCli(['--help'], { env: { LANG: 'ko_KR.UTF-8' } });
    expect(top.stdout).toContain('운영 중인 플릿을 구간별로 진단합니다');
  });
});
