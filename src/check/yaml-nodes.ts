/**
 * Small readers over `yaml` AST nodes that keep source positions: rules point at the offending key,
 * not at a converted JS value. They read nodes of the `yaml` library and of the fast reader
 * (src/yaml/read.ts) alike, and do not load the library.
 */
import type { Node, Pair, YAMLMap } from 'yaml';
import type { Loc } from './types.js';

export type YNode = Node | null | undefined;

export { isMap, isPair, isScalar, isSeq, NODE_KINDS, NODE_TYPE } from '../yaml/nodes.js';

import { isMap, isPair, isScalar, isSeq } from '../yaml/nodes.js';

/**
 * Positions inside one file, made once the file is parsed. One lives per input until the report. It
 * keeps either the line starts it is given (a `LineCounter`'s `lineStarts`, as an exact copy, not
 * the counter) or, for a file the fast reader read, the file's text, whose line starts are those the
 * fast reader gives (one per `\n`): they are found when a position is first asked for, which for most
 * files is never (positions are mostly wanted for findings).
 */
export class Positions {
  // Fields set in the constructor only (no declarations to initialise first): one per input file.
  declare readonly file: string;
  declare private starts: readonly number[] | undefined;
  declare private readonly text: string | undefined;
  constructor(file: string, lineStarts: readonly number[] | { text: string }) {
    this.file = file;
    if (Array.isArray(lineStarts)) {
      this.starts = lineStarts.slice();
      this.text = undefined;
    } else {
      this.starts = undefined;
      this.text = (lineStarts as { text: string }).text;
    }
  }
  private lineStarts(): readonly number[] {
    let starts = this.starts;
    if (starts === undefined) {
      const text = this.text!;
      const found = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) found.push(i + 1);
      starts = this.starts = found;
    }
    return starts;
  }
  /** Line and column of an offset: the `yaml` library's LineCounter.linePos, over the line starts. */
  at(offset: number): Loc {
    const starts = this.lineStarts();
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    if (starts[low] === offset) return { file: this.file, line: low + 1, column: 1 };
    if (low === 0) return { file: this.file, line: 0, column: offset };
    return { file: this.file, line: low, column: offset - starts[low - 1]! + 1 };
  }
  /** Where a node starts (a pair: its key). */
  of(node: YNode | Pair, fallback?: Loc): Loc {
    if (node && isPair(node)) return this.of(node.key as Node, fallback);
    const r = (node as Node | null | undefined)?.range;
    if (r) return this.at(r[0]);
    return fallback ?? { file: this.file, line: 1, column: 1 };
  }
}

export function asMap(node: unknown): YAMLMap | undefined {
  return isMap(node) ? node : undefined;
}

/** Mappings with more entries than this get a key index; smaller ones are scanned. */
const SCAN_LIMIT = 12;
const index = new WeakMap<YAMLMap, Map<string, Pair<Node, YNode>>>();

/**
 * The entry of a mapping with a given scalar key (the first one, like the `yaml` library). Most
 * mappings are small and scanning them is cheaper than keeping an index for each; large ones (values
 * files, annotations) are indexed, since rules ask them many times.
 */
export function pairOf(map: unknown, key: string): Pair<Node, YNode> | undefined {
  if (!isMap(map)) return undefined;
  const its = map.items as Pair<Node, YNode>[];
  const n = its.length;
  if (n <= SCAN_LIMIT) {
    // Indexed loops here and below: most of a check runs before V8 optimises, where for…of pays
    // for an iterator and a result object per step.
    for (let i = 0; i < n; i++) {
      const it = its[i]!;
      // Compare first, confirm the key is a scalar after: most keys are strings that differ.
      const v = (it.key as { value?: unknown } | null)?.value;
      if ((typeof v === 'string' ? v === key : String(v) === key) && isScalar(it.key)) return it;
    }
    return undefined;
  }
  let byKey = index.get(map);
  if (!byKey) {
    byKey = new Map();
    for (let i = 0; i < n; i++) {
      const it = its[i]!;
      const k = it.key as Node | null;
      if (isScalar(k)) {
        const name = String(k.value);
        if (!byKey.has(name)) byKey.set(name, it);
      }
    }
    index.set(map, byKey);
  }
  return byKey.get(key);
}

export function get(map: unknown, key: string): YNode {
  return pairOf(map, key)?.value ?? undefined;
}

export function getIn(node: unknown, path: readonly (string | number)[]): YNode {
  let cur: unknown = node;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (typeof seg === 'number') cur = isSeq(cur) ? cur.items[seg] : undefined;
    else cur = get(cur, seg);
    if (cur === undefined || cur === null) return undefined;
  }
  return cur as YNode;
}

/** Scalar value of a node (undefined for maps, lists and absent nodes). */
export function scalar(node: unknown): string | number | boolean | null | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

export function str(node: unknown): string | undefined {
  const v = scalar(node);
  // Mostly a string already: String() only for the rest (a call each, mostly in unoptimised code).
  return typeof v === 'string' ? v : v === undefined || v === null ? undefined : String(v);
}

export function num(node: unknown): number | undefined {
  const v = scalar(node);
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
  return undefined;
}

export function bool(node: unknown): boolean | undefined {
  const v = scalar(node);
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  return undefined;
}

/** Entries of a mapping as [key, pair]. */
export function entries(map: unknown): [string, Pair<Node, YNode>][] {
  const out: [string, Pair<Node, YNode>][] = [];
  if (!isMap(map)) return out;
  const its = map.items as Pair<Node, YNode>[];
  for (let i = 0; i < its.length; i++) {
    const it = its[i]!;
    const k = it.key as Node | null;
    if (isScalar(k)) {
      const v = k.value;
      out.push([typeof v === 'string' ? v : String(v), it]);
    }
  }
  return out;
}

/**
 * The first entry of each of `names` in a mapping (the one pairOf finds), in one pass over its
 * entries: for nodes where a rule reads several fields.
 */
export function pairsNamed<K extends string>(
  map: unknown,
  names: readonly K[],
): Partial<Record<K, Pair<Node, YNode>>> {
  const out: Partial<Record<K, Pair<Node, YNode>>> = {};
  for (const [key, pair] of entries(map))
    if ((names as readonly string[]).includes(key) && out[key as K] === undefined) out[key as K] = pair;
  return out;
}

export function items(seq: unknown): YNode[] {
  return isSeq(seq) ? (seq.items as YNode[]) : [];
}

/** Keys of a mapping (its scalar keys' text), in order. */
export function keys(map: unknown): string[] {
  const out: string[] = [];
  if (!isMap(map)) return out;
  const its = map.items as Pair<Node, YNode>[];
  for (let i = 0; i < its.length; i++) {
    const k = its[i]!.key as Node | null;
    if (isScalar(k)) {
      const v = k.value;
      out.push(typeof v === 'string' ? v : String(v));
    }
  }
  return out;
}
