/** Every description the command line shows exists in Korean, and `--lang ko --help` shows it. */
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { helpDescriptions, helpIn } from '../../src/cli/help.js';
import { buildProgram } from '../../src/cli/program.js';
import { helpKo } from '../../src/i18n/messages/help.js';
import { runCli } from '../support/cli.js';

/** Every command of the tree, the program first. */
function commands(program: Command): Command[] {
  return [program, ...program.commands.flatMap(commands)];
}

/** Help text with its line wrapping undone, so a phrase split over two lines still matches. */
const unwrapped = (text: string) => text.replace(/\s+/g, ' ');

/** Commander's English words around the descriptions. */
const ENGLISH_FRAME = [
  'Usage:',
  'Arguments:',
  'Options:',
  'Commands:',
  '(default:',
  '(choices:',
  'default:',
  'choices:',
  'display help for command',
];

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

  it("words commander's headings and its default / choices notes in Korean", () => {
    const ko = runCli(['--lang', 'ko', 'render', '--help']);
    expect(ko.status).toBe(0);
    const text = unwrapped(ko.stdout);
    expect(text).toContain('사용법: thanos-fleet render [options] [fleet]');
    expect(text).toContain('인수: fleet');
    expect(text).toContain('옵션: -o, --output <dir>');
    expect(text).toContain('출력 폴더 (통째로 교체됨) (기본값: "out")');
    expect(text).toContain('(선택지: "ingress-nginx", "gateway-api", "nginx")');
    expect(text).toContain('(선택지: "files", "gitops", 기본값: "files")');
    for (const english of ENGLISH_FRAME) expect(text).not.toContain(english);
    // A nested command's own help command (edge help [command]) is Korean too.
    const edge = unwrapped(runCli(['--lang', 'ko', 'edge', '--help']).stdout);
    expect(edge).toContain('명령: add [options] <name>');
    expect(edge).toContain('help [command] 명령 도움말을 표시합니다');
    for (const english of ENGLISH_FRAME) expect(edge).not.toContain(english);
  });

  it("leaves commander's English help as it was", () => {
    const en = runCli(['--lang', 'en', 'render', '--help']);
    expect(en.status).toBe(0);
    const text = unwrapped(en.stdout);
    expect(text).toContain('Usage: thanos-fleet render [options] [fleet]');
    expect(text).toContain('Arguments: fleet fleet file (default: built-in reference fleet)');
    expect(text).toContain('output folder, replaced whole (default: "out")');
    expect(text).toContain('(choices: "ingress-nginx", "gateway-api", "nginx")');
    expect(text).toContain('(choices: "files", "gitops", default: "files")');
    expect(text).toContain('-h, --help display help for command');
  });

  it('lays out every command in Korean, and in English exactly as commander does', async () => {
    const ko = await buildProgram(['--help'], 'ko');
    for (const c of commands(ko)) {
      const text = unwrapped(c.helpInformation());
      expect(text, c.name()).toContain('사용법:');
      for (const english of ENGLISH_FRAME) expect(text, c.name()).not.toContain(english);
    }
    // The catalogue's English is commander's own: English help through it is commander's, unchanged.
    const en = await buildProgram(['--help'], 'en');
    for (const c of commands(en)) {
      const commanders = c.helpInformation();
      const helper = c.configureHelp();
      c.configureHelp({ ...helper, ...helpIn('en') });
      expect(c.helpInformation(), c.name()).toBe(commanders);
      c.configureHelp(helper);
    }
  });
});
