/**
 * A small YAML printer for the layout's own objects (kustomizations, Flux and Argo CD objects), which
 * exist once per edge: printing them through the YAML library costs milliseconds each, tens of seconds
 * for ten thousand edges. Block mappings and sequences, two-space indent like src/render/yaml.ts;
 * any string that is not plainly safe is double-quoted with JSON escapes (valid YAML 1.2).
 */

const PLAIN = /^[A-Za-z0-9_./][A-Za-z0-9_./@+=-]*(?:[ :][A-Za-z0-9_./@+={}$*-]+)*$/;
const RESERVED = /^(?:true|false|yes|no|on|off|null|y|n|~)$/i;
// Anything a YAML 1.1 or 1.2 reader could take for a number (versions like 17.6.0 included).
const NUMBERISH = /^[-+]?[\d._]+(?:[eE][-+]?\d+)?$|^0[xo]/;

function scalar(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const s = String(v);
  if (
    s !== '' &&
    PLAIN.test(s) &&
    !RESERVED.test(s) &&
    !NUMBERISH.test(s) &&
    !s.includes(': ') &&
    !s.endsWith(':')
  )
    return s;
  return JSON.stringify(s);
}

function key(k: string): string {
  return /^[A-Za-z0-9_./-]+$/.test(k) && !RESERVED.test(k) ? k : JSON.stringify(k);
}

function isEmpty(v: unknown): boolean {
  return (Array.isArray(v) && v.length === 0) || (isObject(v) && Object.keys(v).length === 0);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function emit(v: unknown, indent: string, out: string[]): void {
  if (Array.isArray(v)) {
    for (const item of v) {
      if ((isObject(item) || Array.isArray(item)) && !isEmpty(item)) {
        const sub: string[] = [];
        emit(item, `${indent}  `, sub);
        out.push(`${indent}- ${sub[0]!.slice(indent.length + 2)}`, ...sub.slice(1));
      } else out.push(`${indent}- ${isEmpty(item) ? (Array.isArray(item) ? '[]' : '{}') : scalar(item)}`);
    }
    return;
  }
  if (isObject(v)) {
    for (const [k, val] of Object.entries(v)) {
      if (val === undefined) continue;
      if ((isObject(val) || Array.isArray(val)) && !isEmpty(val)) {
        out.push(`${indent}${key(k)}:`);
        emit(val, Array.isArray(val) ? indent : `${indent}  `, out);
      } else
        out.push(`${indent}${key(k)}: ${isEmpty(val) ? (Array.isArray(val) ? '[]' : '{}') : scalar(val)}`);
    }
    return;
  }
  out.push(`${indent}${scalar(v)}`);
}

/** `value` as a YAML document; `header` lines become `# ` comments above it. */
export function emitYaml(value: unknown, header?: string): string {
  const out: string[] = [];
  if (header) for (const l of header.split('\n')) out.push(l ? `# ${l}` : '#');
  emit(value, '', out);
  return `${out.join('\n')}\n`;
}
