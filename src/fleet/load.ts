/**
 * Loading a fleet file: YAML (positions kept) → zod → semantic rules → resolved Fleet.
 * Every problem is reported with file, line, column and field path; nothing here writes anything.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMap, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type * as z from 'zod';
import { type Localized, say } from '../i18n/index.js';
import { fleetMessages as m } from '../i18n/messages/fleet.js';
import { readPlainYaml } from '../yaml/read.js';
import { type Fleet, resolveFleet } from './defaults.js';
import { fleetSchema } from './schema.js';
import { suggest } from './suggest.js';
import { validateFleetSemantics } from './validate.js';

export type FieldPath = ReadonlyArray<string | number>;

export interface FleetProblem {
  path: FieldPath;
  message: Localized;
  hint?: Localized;
}

export interface LocatedProblem extends FleetProblem {
  file: string;
  line: number;
  column: number;
  /** Dotted field path, e.g. central.components.receive.ingress.connections or edges[2].name */
  field: string;
}

export class FleetInputError extends Error {
  constructor(readonly problems: LocatedProblem[]) {
    super(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.field}: ${p.message.en}`).join('\n'));
  }
}

export interface LoadedFleet {
  fleet: Fleet;
  file: string;
  text: string;
  /** Where a field path stands in the file (the nearest existing parent when it is absent). */
  locate(path: FieldPath): { line: number; column: number };
}

export const REFERENCE_FLEET_FILE = fileURLToPath(new URL('../../fleets/reference.yaml', import.meta.url));

export function formatPath(path: FieldPath): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out || '(root)';
}

export function loadFleetFile(file: string): LoadedFleet {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new FleetInputError([
      {
        file,
        line: 1,
        column: 1,
        field: '(file)',
        path: [],
        message: say(m.unreadable, { detail: (err as Error).message }),
      },
    ]);
  }
  return loadFleetText(text, file);
}

export function loadFleetText(text: string, file: string): LoadedFleet {
  // Fleet files are almost always plain block YAML: read them fast (bench/render: a 10,000-edge fleet
  // in a fraction of the library's time) and parse with positions only when a problem needs a line.
  const fast = readPlainYaml(text);
  let withPositions: DocumentWithPositions | undefined;
  const full = () => {
    withPositions ??= parseWithPositions(text, file);
    return withPositions;
  };
  const locate = (path: FieldPath) => full().locate(path);
  const located = (problems: FleetProblem[]): LocatedProblem[] =>
    problems.map((p) => ({ ...p, file, field: formatPath(p.path), ...locate(p.path) }));

  const raw = fast ? fast.value : full().raw;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new FleetInputError(located([{ path: [], message: say(m.notAMapping) }]));
  }
  const parsed = fleetSchema.safeParse(raw);
  if (!parsed.success) {
    throw new FleetInputError(located(parsed.error.issues.flatMap((issue) => issueToProblems(issue, raw))));
  }
  const fleet = resolveFleet(parsed.data);
  const semantic = validateFleetSemantics(fleet);
  if (semantic.length > 0) throw new FleetInputError(located(semantic));
  return { fleet, file, text, locate };
}

interface DocumentWithPositions {
  raw: unknown;
  locate(path: FieldPath): { line: number; column: number };
}

/** The `yaml` library's parse, with a line for every node; YAML errors are thrown as problems. */
function parseWithPositions(text: string, file: string): DocumentWithPositions {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  if (doc.errors.length > 0) {
    throw new FleetInputError(
      doc.errors.map((e) => ({
        file,
        ...at(e.pos[0]),
        field: '(yaml)',
        path: [],
        message: say(m.yamlSyntax, { detail: e.message.split('\n')[0]! }),
      })),
    );
  }
  const locate = (path: FieldPath) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as Node | undefined;
      const range = node && (node as Node).range;
      if (range) {
        // Point at the key of a mapping entry rather than its value when we can.
        const keyOffset = keyOffsetOf(doc.contents as Node, path.slice(0, n));
        return at(keyOffset ?? range[0]);
      }
    }
    return { line: 1, column: 1 };
  };
  return { raw: doc.toJS(), locate };
}

function keyOffsetOf(root: Node, path: FieldPath): number | undefined {
  if (path.length === 0) return undefined;
  let node: unknown = root;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (isMap(node)) {
      const pair = node.items.find((it) => (it.key as { value?: unknown })?.value === seg);
      if (!pair) return undefined;
      if (i === path.length - 1) return (pair.key as Node).range?.[0];
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
      if (i === path.length - 1) return (node as Node | undefined)?.range?.[0];
    } else return undefined;
  }
  return undefined;
}

/** Translate a zod issue into catalogue messages (zod's own text is English-only). */
function issueToProblems(issue: z.core.$ZodIssue, raw: unknown): FleetProblem[] {
  const path = issue.path as (string | number)[];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const suggestion = suggest(key, knownKeysAt(path));
        return {
          path: [...path, key],
          message: say(m.unknownField, { key }),
          hint: say(m.unknownFieldHint, suggestion ? { suggestion } : {}),
        };
      });
    case 'invalid_type': {
      const got = valueAt(raw, path);
      if (got === undefined) return [{ path, message: say(m.missing, { expected: issue.expected }) }];
      return [{ path, message: say(m.wrongType, { expected: issue.expected, got: describe(got) }) }];
    }
    case 'invalid_value':
      if (issue.message in m) return [{ path, message: say(m[issue.message as 'format.kind']) }];
      return [{ path, message: say(m.badValue, { allowed: issue.values.map(String).join(', ') }) }];
    case 'too_small':
      if (issue.message in m) return [{ path, message: say(m[issue.message as 'format.noEdges']) }];
      return [{ path, message: say(m.tooSmall, { min: String(issue.minimum) }) }];
    case 'too_big':
      return [{ path, message: say(m.tooBig, { max: String(issue.maximum) }) }];
    default:
      if (issue.message in m) return [{ path, message: say(m[issue.message as 'format.hostname']) }];
      return [{ path, message: say(m.invalid, { detail: issue.message }) }];
  }
}

function valueAt(raw: unknown, path: (string | number)[]): unknown {
  let v: unknown = raw;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v} ${JSON.stringify(v)}`;
}

/** Known keys of the object schema at a path, for "did you mean". */
function knownKeysAt(path: (string | number)[]): string[] {
  // biome-ignore lint/suspicious/noExplicitAny: walking zod internals generically
  let s: any = fleetSchema;
  const unwrap = () => {
    while (s?._zod?.def && ['optional', 'default', 'nullable', 'pipe'].includes(s._zod.def.type)) {
      s = s._zod.def.innerType ?? s._zod.def.in;
    }
  };
  unwrap();
  for (const seg of path) {
    if (typeof seg === 'number') s = s?._zod?.def?.element;
    else if (s?._zod?.def?.type === 'record') s = s._zod.def.valueType;
    else s = s?._zod?.def?.shape?.[seg];
    unwrap();
  }
  const shape = s?._zod?.def?.shape;
  return shape ? Object.keys(shape) : [];
}
