/**
 * Node kinds of the `yaml` library, told apart without loading it: shared by check's node readers
 * (src/check/yaml-nodes.ts) and the fast reader (src/yaml/read.ts), whose nodes carry the same marks.
 */
import type { Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

/**
 * How the `yaml` library tells its node kinds apart: a symbol from the global registry on every node,
 * holding one per kind (yaml/dist/nodes/identity.js; registered so that copies of the library agree).
 * The fast reader's nodes carry the same marks.
 */
export const NODE_TYPE = Symbol.for('yaml.node.type');
export const NODE_KINDS = {
  map: Symbol.for('yaml.map'),
  pair: Symbol.for('yaml.pair'),
  scalar: Symbol.for('yaml.scalar'),
  seq: Symbol.for('yaml.seq'),
} as const;

const MAP = NODE_KINDS.map;
const PAIR = NODE_KINDS.pair;
const SCALAR = NODE_KINDS.scalar;
const SEQ = NODE_KINDS.seq;

type Marked = { [NODE_TYPE]?: symbol };

// Each test reads the mark itself (no shared helper): these run for nearly every node rules look at,
// mostly before V8 has optimised anything, where a call per test is a good part of their cost.
export function isMap(node: unknown): node is YAMLMap<unknown, unknown> {
  return typeof node === 'object' && node !== null && (node as Marked)[NODE_TYPE] === MAP;
}
export function isSeq(node: unknown): node is YAMLSeq<unknown> {
  return typeof node === 'object' && node !== null && (node as Marked)[NODE_TYPE] === SEQ;
}
export function isScalar(node: unknown): node is Scalar<unknown> {
  return typeof node === 'object' && node !== null && (node as Marked)[NODE_TYPE] === SCALAR;
}
export function isPair(node: unknown): node is Pair<unknown, unknown> {
  return typeof node === 'object' && node !== null && (node as Marked)[NODE_TYPE] === PAIR;
}
