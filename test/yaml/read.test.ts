/**
 * The fast block-YAML reader gives the same values and the same key/value positions as the `yaml`
 * library on every fixture it accepts, and declines (undefined) what it does not support.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { fastParse, readPlainYaml } from '../../src/yaml/read.js';

const ROOT = join(import.meta.dirname, '..');
function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? yamlFiles(p) : /\.ya?ml$/.test(n) ? [p] : [];
  });
}

/**
 * A node as plain data, the way the library's toJSON gives this subset (mappings → objects keyed by
 * the key's text, lists → arrays, scalars → their value): the fast reader's nodes are not the
 * library's classes and have no toJSON.
 */
function plain(node: unknown): unknown {
  if (isMap(node))
    return Object.fromEntries(
      node.items.map((p) => {
        const k = (p.key as { value: unknown }).value;
        return [k === null ? '' : String(k), plain(p.value)];
      }),
    );
  if (isSeq(node)) return node.items.map(plain);
  return node === null ? null : (node as { value: unknown }).value;
}

/** Every key and non-null value position as `line:col value`. */
function positions(node: unknown, lc: LineCounter, out: string[] = []): string[] {
  const at = (n: Node) => {
    const p = lc.linePos(n.range![0]);
    return `${p.line}:${p.col}`;
  };
  if (isMap(node) || isSeq(node)) {
    out.push(`${at(node)} ${isMap(node) ? 'map' : 'seq'}`);
    for (const it of node.items) {
      if (isPair(it)) {
        out.push(`${at(it.key as Node)} key ${String((it.key as { value: unknown }).value)}`);
        positions(it.value, lc, out);
      } else positions(it, lc, out);
    }
  } else if (node && (node as { value?: unknown }).value !== null) {
    out.push(`${at(node as Node)} ${JSON.stringify((node as { value: unknown }).value)}`);
  }
  return out;
}

/** Every scalar's quoting and every collection's style, by position (fields rules may read). */
function styles(node: unknown, lc: LineCounter, out: string[] = []): string[] {
  const at = (n: Node) => {
    const p = lc.linePos(n.range![0]);
    return `${p.line}:${p.col}`;
  };
  if (isMap(node) || isSeq(node)) {
    out.push(`${at(node)} ${isMap(node) ? 'map' : 'seq'} ${node.flow === true ? 'flow' : 'block'}`);
    for (const it of node.items) {
      if (isPair(it)) {
        styles(it.key, lc, out);
        styles(it.value, lc, out);
      } else styles(it, lc, out);
    }
  } else if (isScalar(node) && node.value !== null) out.push(`${at(node)} ${node.type}`);
  return out;
}

const files = [
  ...yamlFiles(join(ROOT, 'rules')),
  ...yamlFiles(join(ROOT, 'fixtures', 'guide')),
  // Fleet and state files: the fleet loader and the state reader take the fast path too.
  ...yamlFiles(join(ROOT, 'fixtures', 'fleets')),
  ...yamlFiles(join(ROOT, 'fixtures', 'broken')),
  ...yamlFiles(join(ROOT, '..', 'fleets')),
];

describe('fast YAML reader', () => {
  let accepted = 0;
  for (const file of files) {
    it(file.slice(ROOT.length + 1), () => {
      const text = readFileSync(file, 'utf8');
      const lcFast = new LineCounter();
      const fast = fastParse(text, lcFast.lineStarts);
      if (fast === undefined) return;
      accepted++;
      const lc = new LineCounter();
      const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true });
      expect(doc.errors).toEqual([]);
      expect(plain(fast)).toEqual(doc.toJSON());
      expect(readPlainYaml(text)).toEqual({ value: doc.toJS() });
      expect(positions(fast, lcFast)).toEqual(positions(doc.contents, lc));
      expect(styles(fast, lcFast)).toEqual(styles(doc.contents, lc));
    });
  }
  it('accepts most fixtures (the fast path is really used)', () => {
    expect(accepted).toBeGreaterThan(files.length / 2);
  });
  it('reads strings that only start like hex, octal or infinity as the library does', () => {
    for (const v of ['0XSct2izRFQ', '0x1g', '0o8', '0O17', '.infinity', '-.Infx', '.nan2', '0x', '+.5e']) {
      const text = `a: ${v}\n`;
      expect(readPlainYaml(text), text).toEqual({ value: parseDocument(text).toJS() });
    }
    for (const v of ['0x1F', '0o17', '.inf', '-.Inf', '.NaN'])
      expect(readPlainYaml(`a: ${v}\n`)).toBeUndefined();
  });

  it('gives quoting and flow style as the library does', () => {
    const text = [
      'a: plain',
      'b: "double"',
      "c: 'single'",
      '"d": {e: [1, "two", \'three\'], f: {}}',
      'g:',
      '  - x',
      '  - h: [a, b]',
      '    i: 1',
      '',
    ].join('\n');
    const lcFast = new LineCounter();
    const fast = fastParse(text, lcFast.lineStarts);
    expect(fast).toBeDefined();
    const lc = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true });
    expect(styles(fast, lcFast)).toEqual(styles(doc.contents, lc));
    expect(positions(fast, lcFast)).toEqual(positions(doc.contents, lc));
  });

  it('declines what it does not support', () => {
    for (const text of [
      'a: &x 1\nb: *x\n',
      'a: |\n  text\n',
      'a: 1\n---\nb: 2\n',
      'a: 1\na: 2\n',
      'a: b\n  c\n',
      'a: [1,\n  2]\n',
      'b: {x: 1, x: 2}\n',
      // a duplicate in a long mapping (its keys are indexed, not scanned)
      `${Array.from({ length: 20 }, (_, i) => `k${i}: ${i}`).join('\n')}\nk3: again\n`,
    ]) {
      const lineStarts = [7];
      expect(fastParse(text, lineStarts), text).toBeUndefined();
      expect(lineStarts, 'line starts are left as they were').toEqual([7]);
    }
  });
});
