/**
 * A YAML printer for plain data (maps, sequences, strings, numbers, booleans, null, comments above
 * keys) that prints byte for byte what the `yaml` library prints with lineWidth 0, indent 2 and no
 * aliases, at a fraction of its cost: render prints about five files per edge and the library's node
 * model costs ~0.2 ms each (bench/render). Anything outside that subset (an odd key, a string the
 * library would quote, fold or escape specially, a non-plain object) gets `undefined`, or for one
 * scalar the library's own text, so callers fall back to the library and output never differs.
 * test/yaml/print.test.ts compares the two on every golden file and on edge-case scalars.
 */
import { stringify } from 'yaml';

export const LIBRARY_OPTIONS = { lineWidth: 0, indent: 2, aliasDuplicateObjects: false } as const;

/** Thrown inside the printer when the value leaves the subset it prints exactly; never escapes. */
class NotPrintable extends Error {}

/** Where a comment goes: its key path joined with NUL (numbers index sequences). */
export const pathKey = (path: readonly (string | number)[]): string => path.join('\u0000');
/** pathKey of a child, built as the printer descends (the root's path is ''). */
const childPath = (path: string, seg: string | number): string =>
  path === '' ? String(seg) : `${path}\u0000${seg}`;

/**
 * Strings the library prints plain, with no lookup: a letter, `_` or `/` first (so never a number,
 * an indicator or a quote), then only characters that never start a comment, flow or mapping.
 * `true`/`null` and friends resolve to other types in YAML 1.2's core schema and are quoted.
 */
const PLAIN = /^[A-Za-z_/][\w./=+:-]*$/;
const RESERVED = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/;
/** A digit first is plain too unless the core schema reads it as a number (int, float, 0x, 0o). */
const DIGIT_FIRST = /^[0-9][\w./=+:-]*$/;
const NUMBER = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+)$/;
/**
 * Block literals printed here: no control characters (tab and carriage return included) nor
 * surrogates, and no line of spaces only. One regular expression over the text, not a loop over its
 * characters nor one scan per condition: an agent config embedded in its ConfigMap is 4 KB, per edge.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose.
const BLOCK_UNSAFE_OR_BLANK_LINE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff]|(?:^|\n) +(?:\n|$)/;

/** Relative paths (`./clusters/edge-01`, a Flux Kustomization's path) are plain as well. */
const RELATIVE_PATH = /^\.\.?\/[\w./=+:-]*$/;

function plain(s: string): boolean {
  if (s.endsWith(':')) return false;
  if (PLAIN.test(s)) return !RESERVED.test(s);
  if (RELATIVE_PATH.test(s)) return true;
  return DIGIT_FIRST.test(s) && !NUMBER.test(s);
}

/**
 * A value (not a key) may also hold quotes, brackets, braces and other printable ASCII after its
 * first letter: without whitespace there is no ": " or " #", and a block value is not in flow
 * context, so the library prints it plain (PromQL such as `absent_over_time(up{cluster="x"}[10m])`).
 */
const PLAIN_VALUE = /^[A-Za-z_/][\x21-\x7e]*$/;

/**
 * Text with spaces is plain too (alert summaries, descriptions): single-line printable ASCII that
 * starts with a letter and holds no `: ` or ` #` (a mapping or a comment) and no space at the end.
 */
const PLAIN_TEXT = /^[A-Za-z_/][\x20-\x7e]*[\x21-\x7e]$/;

function plainValue(s: string): boolean {
  if (plain(s)) return true;
  if (s.endsWith(':') || RESERVED.test(s)) return false;
  return PLAIN_VALUE.test(s) || (PLAIN_TEXT.test(s) && !s.includes(': ') && !s.includes(' #'));
}

/**
 * The library's own print of one single-line scalar (same text at document level as under a key).
 * Memoized: the same relabel regexes and messages recur in every edge's files.
 */
const libraryScalars = new Map<unknown, string>();
function libraryScalar(v: unknown): string {
  let text = libraryScalars.get(v);
  if (text === undefined) {
    text = stringify(v, LIBRARY_OPTIONS).slice(0, -1);
    if (text.includes('\n')) throw new NotPrintable();
    if (libraryScalars.size >= 10_000) libraryScalars.clear();
    libraryScalars.set(v, text);
  }
  return text;
}

function scalar(v: unknown): string {
  if (typeof v === 'string') return plainValue(v) ? v : libraryScalar(v);
  if (typeof v === 'number')
    return Number.isSafeInteger(v) && !Object.is(v, -0) ? String(v) : libraryScalar(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v === null) return 'null';
  throw new NotPrintable();
}

/**
 * `|` or `|-` and the lines of a multi-line string, as the library prints it: content two spaces in
 * from the key, empty lines empty. Leading blank or indented first lines, whitespace-only lines and
 * several trailing newlines (`|+`, indentation indicators) are left to the library.
 */
function blockLiteral(s: string, indent: string, out: string[], head: string): void {
  // One scan for both: a character a block cannot hold, or a line of spaces only.
  if (BLOCK_UNSAFE_OR_BLANK_LINE.test(s) || s.startsWith(' ') || s.startsWith('\n') || s.endsWith('\n\n'))
    throw new NotPrintable();
  const keep = s.endsWith('\n');
  if (!keep && /\s$/.test(s)) throw new NotPrintable();
  out.push(`${head} ${keep ? '|' : '|-'}`, indentLines(keep ? s.slice(0, -1) : s, indent));
}

/** `indent` before every non-empty line, empty lines left empty: a block's lines under its key. */
export function indentLines(text: string, indent: string): string {
  return text.replace(NON_EMPTY_LINE, indent);
}
const NON_EMPTY_LINE = /^(?=.)/gm;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

const SPACES = Array.from({ length: 64 }, (_, i) => ' '.repeat(i));
const spaces = (n: number): string => SPACES[n] ?? ' '.repeat(n);

interface Printer {
  out: string[];
  comments: ReadonlyMap<string, string> | undefined;
  placed: number;
}

/** A map's or sequence's lines at `depth` spaces; `path` only when there are comments to place. */
function printNode(p: Printer, v: unknown, depth: number, path: string | undefined): void {
  if (Array.isArray(v)) printSeq(p, v, depth, path);
  else if (isPlainObject(v)) printMap(p, v, depth, path);
  else throw new NotPrintable();
}

function printValue(p: Printer, head: string, v: unknown, depth: number, path: string | undefined) {
  if (typeof v === 'string' && v.includes('\n')) blockLiteral(v, spaces(depth + 2), p.out, head);
  else if (Array.isArray(v)) {
    if (v.length === 0) p.out.push(`${head} []`);
    else {
      p.out.push(head);
      printSeq(p, v, depth + 2, path);
    }
  } else if (isPlainObject(v)) {
    if (isEmpty(v)) p.out.push(`${head} {}`);
    else {
      p.out.push(head);
      printMap(p, v, depth + 2, path);
    }
  } else p.out.push(`${head} ${scalar(v)}`);
}

function isEmpty(o: Record<string, unknown>): boolean {
  for (const k in o) if (o[k] !== undefined) return false;
  return true;
}

/** Keys already found plain: every file repeats the same few hundred keys. */
const PLAIN_KEYS = new Set<string>();
function plainKey(key: string): boolean {
  if (PLAIN_KEYS.has(key)) return true;
  if (!plain(key)) return false;
  if (PLAIN_KEYS.size < 10_000) PLAIN_KEYS.add(key);
  return true;
}

function printMap(p: Printer, o: Record<string, unknown>, depth: number, path: string | undefined) {
  const indent = spaces(depth);
  for (const key of Object.keys(o)) {
    const v = o[key];
    if (v === undefined) continue; // the library drops undefined values too
    if (!plainKey(key)) throw new NotPrintable();
    const here = path === undefined ? undefined : childPath(path, key);
    if (here) {
      const comment = p.comments?.get(here);
      if (comment !== undefined) {
        p.placed++;
        // The library's comment style: "#" + the line, a lone " " line as "#", empty lines empty.
        for (const line of comment.split('\n'))
          p.out.push(line === '' ? '' : `${indent}#${line === ' ' ? '' : line}`);
      }
    }
    printValue(p, `${indent}${key}:`, v, depth, here);
  }
}

function printSeq(p: Printer, a: unknown[], depth: number, path: string | undefined) {
  const indent = spaces(depth);
  a.forEach((item, i) => {
    if (item === undefined) throw new NotPrintable();
    const here = path === undefined ? undefined : childPath(path, i);
    const nested = Array.isArray(item) ? item.length > 0 : isPlainObject(item) && !isEmpty(item);
    if (!nested) {
      printValue(p, `${indent}-`, item, depth, here);
      return;
    }
    // A nested collection starts on the dash's line: print it two deeper, then put the dash in front.
    const first = p.out.length;
    printNode(p, item, depth + 2, here);
    const line = p.out[first] as string;
    if (!line.startsWith(spaces(depth + 2))) throw new NotPrintable();
    p.out[first] = `${indent}- ${line.slice(depth + 2)}`;
  });
}

/** The value printed exactly as the library would, or undefined when it is outside the subset. */
export function printYaml(value: unknown, comments?: ReadonlyMap<string, string>): string | undefined {
  if (!Array.isArray(value) && !isPlainObject(value)) return undefined;
  if (Array.isArray(value) ? value.length === 0 : isEmpty(value)) return undefined;
  const p: Printer = { out: [], comments, placed: 0 };
  try {
    printNode(p, value, 0, comments && comments.size > 0 ? '' : undefined);
  } catch (err) {
    if (err instanceof NotPrintable) return undefined;
    throw err;
  }
  // A comment the printer did not place: let the library path report it (or place it).
  if (comments && p.placed !== comments.size) return undefined;
  return `${p.out.join('\n')}\n`;
}

/** The value as YAML: printed here when it can be, by the library otherwise (same bytes either way). */
export function yamlText(value: unknown): string {
  return printYaml(value) ?? stringify(value, LIBRARY_OPTIONS);
}
