/**
 * Small readers over `yaml` AST nodes that keep source positions: rules point at the offending key,
 * not at a converted JS value.
 */
import { isMap, isPair, isScalar, isSeq, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Loc } from './types.js';

export type YNode = Node | null | undefined;

/** Positions inside one file. */
export class Positions {
  constructor(
    readonly file: string,
    private readonly lines: LineCounter,
  ) {}
  at(offset: number): Loc {
    const p = this.lines.linePos(offset);
    return { file: this.file, line: p.line, column: p.col };
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

const index = new WeakMap<YAMLMap, Map<string, Pair<Node, YNode>>>();

/** The entry of a mapping with a given scalar key (an index per mapping: rules ask many times). */
export function pairOf(map: unknown, key: string): Pair<Node, YNode> | undefined {
  if (!isMap(map)) return undefined;
  let byKey = index.get(map);
  if (!byKey) {
    byKey = new Map();
    for (const it of map.items) {
      const k = it.key as Node | null;
      if (isScalar(k)) {
        const name = String(k.value);
        if (!byKey.has(name)) byKey.set(name, it as Pair<Node, YNode>);
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
  for (const seg of path) {
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
  return v === undefined || v === null ? undefined : String(v);
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
  if (!isMap(map)) return [];
  const out: [string, Pair<Node, YNode>][] = [];
  for (const it of map.items) {
    const k = it.key as Node | null;
    if (isScalar(k)) out.push([String(k.value), it as Pair<Node, YNode>]);
  }
  return out;
}

export function items(seq: unknown): YNode[] {
  return isSeq(seq) ? (seq.items as YNode[]) : [];
}

export function keys(map: unknown): string[] {
  return entries(map).map(([k]) => k);
}

/** Plain JS value of a node (for values we only compare). */
export function toJs(node: YNode): unknown {
  return node ? (node as Node).toJSON() : undefined;
}
