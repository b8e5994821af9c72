/**
 * Suppressions with a reason: an inline comment `# thanos-fleet-ignore TF2101: reason` (on the
 * offending line or the line above) or an entry `{code, path, reason}` in `.thanos-fleet-check.yaml`.
 * A suppression without a reason is not honoured and is itself a finding (TF0010).
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { say } from '../i18n/index.js';
import { checkMessages as m } from '../i18n/messages/check.js';
import type { InputError, InputFile } from './model.js';
import type { Loc } from './types.js';
import { yamlLibrary } from './yaml-library.js';
import { get, items, Positions, str } from './yaml-nodes.js';

export interface SuppressionEntry {
  codes: string[];
  reason: string;
  at: Loc;
  via: 'comment' | 'config';
  /** comment: lines it covers; config: a path matcher. */
  lines?: number[];
  file?: string;
  matches?: (file: string) => boolean;
  used: boolean;
}

const COMMENT_RE = /#\s*thanos-fleet-ignore\s+((?:TF\d{4})(?:\s*,\s*TF\d{4})*)\s*(?::\s*(.*?))?\s*$/;

export function commentSuppressions(file: InputFile): SuppressionEntry[] {
  const out: SuppressionEntry[] = [];
  if (!file.text.includes('thanos-fleet-ignore')) return out;
  file.text.split('\n').forEach((text, i) => {
    const m = COMMENT_RE.exec(text);
    if (!m) return;
    const line = i + 1;
    out.push({
      codes: m[1]!.split(',').map((c) => c.trim()),
      reason: (m[2] ?? '').trim(),
      at: { file: file.file, line, column: m.index + 1 },
      via: 'comment',
      lines: [line, line + 1],
      file: file.file,
      used: false,
    });
  });
  return out;
}

export const CONFIG_FILE = '.thanos-fleet-check.yaml';

/** Glob (`**`, `*`, `?`) → RegExp over forward-slash paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export function configSuppressions(configFile: string): {
  entries: SuppressionEntry[];
  errors: InputError[];
} {
  let text: string;
  try {
    text = readFileSync(configFile, 'utf8');
  } catch (err) {
    return {
      entries: [],
      errors: [
        {
          kind: 'unreadable',
          loc: { file: configFile, line: 1, column: 1 },
          message: say(m.unreadable, { detail: (err as Error).message }),
        },
      ],
    };
  }
  const { LineCounter, parseDocument } = yamlLibrary();
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  const pos = new Positions(configFile, lc.lineStarts);
  if (doc.errors.length > 0) {
    return {
      entries: [],
      errors: doc.errors.map((e) => ({
        kind: 'unparseable' as const,
        loc: pos.at(e.pos[0]),
        message: say(m.yamlSyntax, { detail: e.message.split('\n')[0]! }),
      })),
    };
  }
  const base = dirname(resolve(configFile));
  const entries: SuppressionEntry[] = [];
  const errors: InputError[] = [];
  for (const it of items(get(doc.contents, 'ignore'))) {
    const code = str(get(it, 'code'));
    if (!code || !/^TF\d{4}$/.test(code)) {
      errors.push({
        kind: 'unparseable',
        loc: pos.of(it),
        message: say(m.configInvalid, { detail: 'each ignore entry needs code: TFnnnn' }),
      });
      continue;
    }
    const glob = str(get(it, 'path')) ?? '**';
    const re = globToRegExp(glob);
    entries.push({
      codes: [code],
      reason: (str(get(it, 'reason')) ?? '').trim(),
      at: pos.of(it),
      via: 'config',
      matches: (file) => re.test(relative(base, resolve(file)).split(sep).join('/')),
      used: false,
    });
  }
  return { entries, errors };
}
