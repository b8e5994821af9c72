/**
 * A fast reader for the plain block YAML that agent configs and values files are almost always
 * written in (block maps and lists, one-line flow collections, plain/quoted scalars, comments).
 * It builds nodes that the `yaml` library's own isMap/isScalar/… recognise, with the same values
 * and ranges as it gives, at a fraction of the cost and without loading the library, so checking
 * thousands of agent configs stays within 2 × promtool (bench/check.mjs), and fleet and state files
 * of ten thousand edges load in a fraction of the library's time (bench/render.mjs).
 * Anything else — anchors, tags, block scalars, multi-line scalars, several documents, duplicate
 * keys, tabs — returns `undefined` and the caller parses with the `yaml` library, which also
 * reports the errors. test/yaml/read.test.ts compares both on every fixture.
 */
import type { Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { isMap, isScalar, isSeq, NODE_KINDS, NODE_TYPE } from './nodes.js';

class Unsupported extends Error {}

interface Line {
  /** Offset of the first content character. */
  offset: number;
  indent: number;
  /** Content without indentation and trailing comment. */
  text: string;
  /** The content is a list entry: `-` alone or followed by a space. */
  dash: boolean;
}

const isDash = (text: string): boolean =>
  text.charCodeAt(0) === 45 /* - */ && (text.length === 1 || text.charCodeAt(1) === 32); /* space */

const INT_RE = /^[-+]?[0-9]+$/;
const FLOAT_RE = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/*
 * Tests of a first character by its code, not by a regular expression: they run for every key and
 * value of every file, mostly before V8 has optimised anything.
 */

/** `&*!|>%@\`` : anchor, alias, tag, block scalar, directive, reserved. */
function specialStart(c: number): boolean {
  return c === 38 || c === 42 || c === 33 || c === 124 || c === 62 || c === 37 || c === 64 || c === 96;
}

/** `-+.~0-9nNtTfF`: a plain scalar so starting may be something other than a string (YAML 1.2 core schema). */
function nonStringStart(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    c === 45 ||
    c === 43 ||
    c === 46 ||
    c === 126 ||
    c === 110 ||
    c === 78 ||
    c === 116 ||
    c === 84 ||
    c === 102 ||
    c === 70
  );
}

/**
 * Hex, octal, infinity and NaN as YAML 1.2's core schema spells them (yaml's core tags): left to
 * the library. Anything else that merely starts alike ("0XSct2…", a base64url password) is a string.
 */
const LIBRARY_ONLY = /^(?:0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

function resolvePlain(s: string): unknown {
  if (s !== '' && !nonStringStart(s.charCodeAt(0))) return s;
  if (s === '' || s === '~' || s === 'null' || s === 'Null' || s === 'NULL') return null;
  if (s === 'true' || s === 'True' || s === 'TRUE') return true;
  if (s === 'false' || s === 'False' || s === 'FALSE') return false;
  if (INT_RE.test(s)) return Number(s);
  if (FLOAT_RE.test(s)) return Number(s);
  if (LIBRARY_ONLY.test(s)) throw new Unsupported();
  return s;
}

/*
 * The reader's nodes. They carry the mark the `yaml` library tells its node kinds apart by (a
 * registered symbol, see src/check/yaml-nodes.ts), so the library's isMap/isScalar/… and ours accept
 * them, and the fields rules read (`value`, `key`, `items`, `range`, `type`, `flow`); not the
 * library's classes, whose constructors define the mark on every node (40 % of parsing) and whose
 * module takes 70 ms to load. Where a node is, is kept as two numbers and `range` ([start, end, end],
 * as the library gives for these nodes) is made when asked: a three-number array per node was 40 %
 * of the memory each parsed file keeps until the rules have run.
 */
/*
 * Each class sets its fields in its own constructor, without a base class or field declarations
 * (which compile to an initialiser run before the constructor): one node per key, value and
 * collection of every file is made, mostly before V8 has optimised anything. A scalar's type and a
 * collection's flow flag share a number with where the node starts (offsets stay below 2^29, the
 * longest string V8 makes, so the number stays a small integer); `type`, `flow` and `range` are
 * read from it when asked: one field less per node of every file kept until its rules have run.
 */
const SCALAR_TYPES: readonly Scalar.Type[] = ['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'];
const PLAIN = 0;
const QUOTE_DOUBLE = 1;
const QUOTE_SINGLE = 2;

class FastScalar {
  /** The start offset times four plus the type's index in SCALAR_TYPES. */
  declare readonly startAndType: number;
  declare readonly rangeEnd: number;
  declare readonly value: unknown;
  constructor(value: unknown, type: number, start: number, end: number) {
    this.startAndType = start * 4 + type;
    this.rangeEnd = end;
    this.value = value;
  }
  get rangeStart(): number {
    return this.startAndType >> 2;
  }
  get type(): Scalar.Type {
    return SCALAR_TYPES[this.startAndType & 3]!;
  }
  get range(): [number, number, number] {
    return [this.startAndType >> 2, this.rangeEnd, this.rangeEnd];
  }
}

class FastPair {
  declare readonly key: Node;
  declare readonly value: Node;
  constructor(key: Node, value: Node) {
    this.key = key;
    this.value = value;
  }
}

/**
 * A mapping's or a sequence's node: the same fields, made by one class body twice so that each
 * kind has its own prototype for its mark (below).
 */
function collectionClass<Item>() {
  return class {
    /** The start offset times two, plus one for a flow collection. */
    declare readonly startAndFlow: number;
    declare readonly rangeEnd: number;
    declare readonly items: Item[];
    constructor(items: Item[], flow: boolean, start: number, end: number) {
      this.startAndFlow = start * 2 + (flow ? 1 : 0);
      this.rangeEnd = end;
      this.items = items;
    }
    get rangeStart(): number {
      return this.startAndFlow >> 1;
    }
    get flow(): boolean {
      return (this.startAndFlow & 1) === 1;
    }
    get range(): [number, number, number] {
      return [this.startAndFlow >> 1, this.rangeEnd, this.rangeEnd];
    }
  };
}

const FastMap = collectionClass<Pair>();
const FastSeq = collectionClass<Node>();

for (const [cls, kind] of [
  [FastScalar, NODE_KINDS.scalar],
  [FastPair, NODE_KINDS.pair],
  [FastMap, NODE_KINDS.map],
  [FastSeq, NODE_KINDS.seq],
] as const)
  Object.defineProperty(cls.prototype, NODE_TYPE, { value: kind });

/** A scalar; `type` is PLAIN, QUOTE_DOUBLE or QUOTE_SINGLE. */
function scalarNode(value: unknown, type: number, start: number, end: number): Scalar {
  return new FastScalar(value, type, start, end) as unknown as Scalar;
}

function pairNode(key: Node, value: Node): Pair {
  return new FastPair(key, value) as unknown as Pair;
}

/** A collection made once its items are known: copied to an array of exactly their number. */
function mapNode(items: Pair[], start: number, end: number, flow = false): YAMLMap {
  return new FastMap(items.slice(), flow, start, end) as unknown as YAMLMap;
}

function seqNode(items: Node[], start: number, end: number, flow = false): YAMLSeq {
  return new FastSeq(items.slice(), flow, start, end) as unknown as YAMLSeq;
}

type SpannedNode = Node & { rangeStart: number; rangeEnd: number };

const keyName = (p: Pair): string => String((p.key as Scalar).value);

/**
 * Keys already in a mapping being read: scanned while it is short (most are), indexed once it
 * is long. A duplicate key makes the `yaml` library report an error, so the fast reader declines.
 */
class SeenKeys {
  // Set in the constructor only (no declarations to initialise first): one per mapping read.
  declare private index: Set<string> | undefined;
  declare private readonly pairs: Pair[];
  constructor(pairs: Pair[]) {
    this.pairs = pairs;
    this.index = undefined;
  }
  add(name: string): boolean {
    if (this.index) {
      if (this.index.has(name)) return false;
      this.index.add(name);
      return true;
    }
    const pairs = this.pairs;
    for (let i = 0; i < pairs.length; i++) {
      const v = (pairs[i]!.key as Scalar).value;
      if ((typeof v === 'string' ? v : String(v)) === name) return false;
    }
    if (pairs.length >= 16) this.index = new Set([...pairs.map(keyName), name]);
    return true;
  }
}

/**
 * Plain keys seen so far, by their text: their value (a string kept once). A fleet of agent configs
 * repeats the same few dozen keys in every file, and every parsed file is kept until its rules have
 * run: a key is then resolved once and is one shared string rather than a copy per file (less to
 * keep, less for the garbage collector to move), and lookups by it compare equal strings at once.
 * Bounded: past the limit, keys are not added. (Values are mostly different from file to file.)
 */
const PLAIN_KEYS = new Map<string, unknown>();
const PLAIN_KEYS_LIMIT = 4096;

/**
 * The engine's own copy of a text, as a property name: not a slice that would keep its whole file
 * alive, and one that compares with the same text in the code (`'remote_write'`) at once. Through
 * one object in dictionary mode, so that each new name does not make a new object shape.
 */
const NAMES: Record<string, number> = Object.create(null);
NAMES.x = 0;
delete NAMES.x;
function ownCopy(text: string): string {
  NAMES[text] = 0;
  const own = Object.keys(NAMES)[0]!;
  delete NAMES[text];
  return own;
}

function plainKey(text: string): unknown {
  const known = PLAIN_KEYS.get(text);
  if (known !== undefined) return known;
  const value = resolvePlain(text);
  if (PLAIN_KEYS.size < PLAIN_KEYS_LIMIT && text.length <= 64) {
    if (typeof value !== 'string') PLAIN_KEYS.set(ownCopy(text), value);
    else {
      const own = ownCopy(value);
      PLAIN_KEYS.set(own, own);
      return own;
    }
  }
  return value;
}

/** Strip a trailing comment (a `#` after whitespace, outside quotes) and trailing spaces. */
function stripComment(line: string): string {
  if (line.indexOf('#') < 0 && line.indexOf('"') < 0 && line.indexOf("'") < 0) return line.trimEnd();
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) {
        if (quote === "'" && line[i + 1] === "'") i++;
        else quote = '';
      } else if (c === '\\' && quote === '"') i++;
    } else if (c === '"' || c === "'") {
      const prev = line[i - 1];
      if (i === 0 || prev === ' ' || prev === '[' || prev === '{' || prev === ',' || prev === ':') quote = c;
    } else if (c === '#' && (i === 0 || line[i - 1] === ' ')) return line.slice(0, i).trimEnd();
  }
  if (quote) throw new Unsupported();
  return line.trimEnd();
}

/** Parse a quoted scalar at text[i]; returns the value and the index after the closing quote. */
function quoted(text: string, i: number): { value: string; end: number } {
  const q = text[i]!;
  let out = '';
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j]!;
    if (q === "'" && c === "'") {
      if (text[j + 1] === "'") {
        out += "'";
        j++;
        continue;
      }
      return { value: out, end: j + 1 };
    }
    if (q === '"' && c === '"') return { value: out, end: j + 1 };
    if (q === '"' && c === '\\') {
      const e = text[++j];
      const map: Record<string, string> = {
        '"': '"',
        '\\': '\\',
        '/': '/',
        n: '\n',
        t: '\t',
        r: '\r',
        '0': '\0',
      };
      if (e === undefined || !(e in map)) throw new Unsupported();
      out += map[e];
      continue;
    }
    out += c;
  }
  throw new Unsupported();
}

/** Flow collection or scalar inside a flow context, starting at text[i]. */
function flowValue(text: string, i: number, base: number): { node: Node; end: number } {
  while (text[i] === ' ') i++;
  const c = text[i];
  if (c === '[' || c === '{') {
    const isMap = c === '{';
    const pairs: Pair[] = [];
    const values: Node[] = [];
    const start = i;
    i++;
    const keys = new SeenKeys(pairs);
    for (;;) {
      while (text[i] === ' ') i++;
      if (text[i] === (isMap ? '}' : ']')) {
        i++;
        break;
      }
      if (isMap) {
        const k = flowScalar(text, i, base, true);
        i = k.end;
        while (text[i] === ' ') i++;
        if (text[i] !== ':') throw new Unsupported();
        i++;
        if (!keys.add(String((k.node as Scalar).value))) throw new Unsupported();
        const v = flowValue(text, i, base);
        i = v.end;
        pairs.push(pairNode(k.node, v.node));
      } else {
        const v = flowValue(text, i, base);
        i = v.end;
        values.push(v.node);
      }
      while (text[i] === ' ') i++;
      if (text[i] === ',') i++;
      else if (text[i] !== (isMap ? '}' : ']')) throw new Unsupported();
    }
    const node = isMap
      ? mapNode(pairs, base + start, base + i, true)
      : seqNode(values, base + start, base + i, true);
    return { node, end: i };
  }
  return flowScalar(text, i, base, false);
}

function flowScalar(text: string, i: number, base: number, isKey: boolean): { node: Node; end: number } {
  while (text[i] === ' ') i++;
  const c = text[i];
  if (c === undefined) throw new Unsupported();
  if (c === '"' || c === "'") {
    const q = quoted(text, i);
    return {
      node: scalarNode(q.value, c === '"' ? QUOTE_DOUBLE : QUOTE_SINGLE, base + i, base + q.end),
      end: q.end,
    };
  }
  if (specialStart(c.charCodeAt(0)) || c === '[' || c === '{') throw new Unsupported();
  let j = i;
  while (j < text.length) {
    const d = text[j]!;
    if (d === ',' || d === ']' || d === '}') break;
    if (d === ':' && (isKey || text[j + 1] === ' ' || text[j + 1] === ',' || text[j + 1] === undefined))
      break;
    j++;
  }
  const raw = text.slice(i, j).trimEnd();
  if (raw === '') throw new Unsupported();
  return {
    node: scalarNode(isKey ? plainKey(raw) : resolvePlain(raw), PLAIN, base + i, base + i + raw.length),
    end: j,
  };
}

/** A block value written on the line itself: scalar or one-line flow collection. */
function inlineValue(text: string, offset: number): Node {
  const c = text[0]!;
  if (specialStart(text.charCodeAt(0)) || c === '?' || c === '#') throw new Unsupported();
  if (c === '[' || c === '{') {
    const v = flowValue(text, 0, offset);
    if (text.slice(v.end).trim() !== '') throw new Unsupported();
    return v.node;
  }
  if (c === '"' || c === "'") {
    const q = quoted(text, 0);
    if (text.slice(q.end).trim() !== '') throw new Unsupported();
    return scalarNode(q.value, c === '"' ? QUOTE_DOUBLE : QUOTE_SINGLE, offset, offset + q.end);
  }
  if (text.includes(': ') || text.endsWith(':') || text.startsWith('- ')) throw new Unsupported();
  return scalarNode(resolvePlain(text), PLAIN, offset, offset + text.length);
}

/** Index of the `:` ending a block mapping key on this line, or -1. */
function keyColon(text: string): number {
  if (text[0] === '"' || text[0] === "'") {
    const q = quoted(text, 0);
    return text[q.end] === ':' && (text[q.end + 1] === ' ' || text[q.end + 1] === undefined) ? q.end : -1;
  }
  if (text[0] === '[' || text[0] === '{') return -1;
  const i = text.indexOf(': ');
  return i >= 0 ? i : text.endsWith(':') ? text.length - 1 : -1;
}

class Reader {
  lines: Line[] = [];
  i = 0;
  constructor(
    readonly src: string,
    lineStarts: number[],
  ) {
    let offset = 0;
    const raws = src.split('\n');
    for (let r = 0; r < raws.length; r++) {
      const raw = raws[r]!;
      lineStarts.push(offset);
      const stripped = stripComment(raw);
      const content = stripped.trimStart();
      if (content !== '') {
        const indent = stripped.length - content.length;
        const tab = stripped.indexOf('\t');
        if (tab >= 0 && tab < indent) throw new Unsupported();
        if (
          indent === 0 &&
          (content.startsWith('---') || content.startsWith('...') || content.startsWith('%'))
        )
          throw new Unsupported();
        this.lines.push({ offset: offset + indent, indent, text: content, dash: isDash(content) });
      }
      offset += raw.length + 1;
    }
  }

  block(): Node {
    const l = this.lines[this.i]!;
    return l.dash ? this.seq(l.indent) : this.map(l.indent);
  }

  map(indent: number): YAMLMap {
    const pairs: Pair[] = [];
    const keys = new SeenKeys(pairs);
    let end = 0;
    while (this.i < this.lines.length) {
      const l = this.lines[this.i]!;
      if (l.indent < indent) break;
      if (l.indent > indent || l.dash) {
        if (l.indent === indent) break;
        throw new Unsupported();
      }
      const colon = keyColon(l.text);
      if (colon <= 0) throw new Unsupported();
      const raw = l.text.slice(0, colon).trimEnd();
      let key: Scalar;
      const first = raw.charCodeAt(0);
      if (first === 34 /* " */ || first === 39 /* ' */) {
        const q = quoted(raw, 0);
        key = scalarNode(q.value, first === 34 ? QUOTE_DOUBLE : QUOTE_SINGLE, l.offset, l.offset + q.end);
      } else {
        if (specialStart(first) || first === 63 /* ? */) throw new Unsupported();
        key = scalarNode(plainKey(raw), PLAIN, l.offset, l.offset + raw.length);
      }
      if (!keys.add(String(key.value))) throw new Unsupported();
      const rest = l.text.slice(colon + 1).trimStart();
      const restOffset = l.offset + l.text.length - rest.length;
      this.i++;
      let value: Node;
      if (rest !== '') {
        value = inlineValue(rest, restOffset);
        const next = this.lines[this.i];
        if (next && next.indent > indent) throw new Unsupported(); // multi-line scalar
      } else {
        const next = this.lines[this.i];
        if (next && next.indent > indent) value = this.block();
        else if (next && next.indent === indent && next.dash) value = this.seq(indent);
        else value = scalarNode(null, PLAIN, l.offset + colon + 1, l.offset + colon + 1);
      }
      pairs.push(pairNode(key, value));
      end = (value as SpannedNode).rangeEnd;
    }
    const first = pairs[0]?.key as SpannedNode | undefined;
    return mapNode(pairs, first?.rangeStart ?? 0, end);
  }

  seq(indent: number): YAMLSeq {
    const values: Node[] = [];
    const start = this.lines[this.i]!.offset;
    let end = start;
    while (this.i < this.lines.length) {
      const l = this.lines[this.i]!;
      if (l.indent !== indent || !l.dash) {
        if (l.indent > indent) throw new Unsupported();
        break;
      }
      const rest = l.text.slice(1).trimStart();
      let value: Node;
      if (rest === '') {
        this.i++;
        const next = this.lines[this.i];
        if (next && next.indent > indent) value = this.block();
        else value = scalarNode(null, PLAIN, l.offset + 1, l.offset + 1);
      } else {
        const restIndent = l.indent + (l.text.length - rest.length);
        const restOffset = l.offset + (l.text.length - rest.length);
        if (isDash(rest)) throw new Unsupported();
        if (keyColon(rest) > 0) {
          // `- key: value`: a mapping whose keys sit at the column after the dash.
          this.lines[this.i] = { offset: restOffset, indent: restIndent, text: rest, dash: false };
          value = this.map(restIndent);
        } else {
          this.i++;
          value = inlineValue(rest, restOffset);
          const next = this.lines[this.i];
          if (next && next.indent > indent) throw new Unsupported();
        }
      }
      values.push(value);
      end = (value as SpannedNode).rangeEnd;
    }
    return seqNode(values, start, end);
  }
}

/**
 * Parse one plain block-YAML document, adding the offset of each line's start to `lineStarts` (as
 * the library's LineCounter does). `null` for an empty document, `undefined` when the text uses
 * anything outside the supported subset (then parse it with the `yaml` library).
 */
export function fastParse(text: string, lineStarts: number[]): Node | null | undefined {
  const starts = lineStarts.length;
  if (text.charCodeAt(0) === 0xfeff) return undefined;
  try {
    const r = new Reader(text, lineStarts);
    if (r.lines.length === 0) return null;
    if (r.lines[0]!.indent !== 0) throw new Unsupported();
    const root = r.block();
    if (r.i !== r.lines.length) throw new Unsupported();
    return root;
  } catch (err) {
    if (!(err instanceof Unsupported)) throw err;
    lineStarts.length = starts;
    return undefined;
  }
}

/**
 * The plain value of a document in the fast reader's subset, as the library's `toJS()` gives it, or
 * undefined when the text is outside the subset (then parse it with the library, which also reports
 * errors; duplicate keys are outside the subset too).
 */
export function readPlainYaml(text: string): { value: unknown } | undefined {
  const root = fastParse(text, []);
  if (root === undefined) return undefined;
  return { value: root === null ? null : plainValue(root) };
}

function plainValue(node: unknown): unknown {
  if (isScalar(node)) return node.value;
  if (isSeq(node)) return node.items.map(plainValue);
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      const key = (pair.key as Scalar).value;
      out[key === null ? '' : String(key)] = plainValue(pair.value); // the library's key text for null
    }
    return out;
  }
  return null;
}
