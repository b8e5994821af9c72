/**
 * The hand-written YAML printer (src/render/yaml.ts) must print exactly what the `yaml` library prints
 * with the same options, or hand the value to the library: compared on every golden file's data and
 * on scalars chosen to sit on the edges of YAML's plain/quoted/block rules.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
import { printWithLibrary, toCommentedYaml, toYaml } from '../../src/render/yaml.js';
import { printYaml } from '../../src/yaml/print.js';

const LIBRARY = { lineWidth: 0, indent: 2, aliasDuplicateObjects: false } as const;
const GOLDEN = join(import.meta.dirname, '..', 'golden');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return yamlFiles(p);
    return /\.ya?ml$/.test(f) ? [p] : [];
  });
}

const TRICKY: unknown[] = [
  'plain',
  'with space',
  'Edge cluster edge-00001 has sent no samples for 10 minutes',
  'two  spaces',
  './clusters/edge-01',
  '../x',
  './',
  '.',
  '..',
  '.x',
  './a: b',
  './a #b',
  '.5',
  '.inf',
  'ends with space ',
  'a b: c',
  'a b:',
  'a b #c',
  'a b#c',
  'a b:c',
  'a {b} [c], d',
  'say "hi" now',
  "it's late",
  'x - y',
  'a ? b',
  'a & b | c',
  'true story',
  'null and void',
  'a\tb c',
  '',
  ' lead',
  'trail ',
  'a: b',
  'a:',
  'a:b',
  'https://h.example.com/api/v1/receive?x=1&y=2',
  '#x',
  'x #y',
  'x#y',
  '-',
  '-x',
  '- x',
  '?',
  '? x',
  '*x',
  '&x',
  '!x',
  '|',
  '>',
  '%x',
  '@x',
  '`x',
  '"q"',
  "'q'",
  "it's",
  'say "hi"',
  'both \' and "',
  '[x]',
  '{x}',
  'a,b',
  'x]',
  'x}',
  'true',
  'True',
  'TRUE',
  'false',
  'null',
  'Null',
  'NULL',
  '~',
  'yes',
  'no',
  'on',
  'off',
  'y',
  'n',
  '123',
  '1.5',
  '-1',
  '+1',
  '.5',
  '1e3',
  '0x1f',
  '0o17',
  '1_000',
  '.inf',
  '-.inf',
  '.nan',
  'NaN',
  '2026-01-01',
  '12:30',
  '1ab',
  'ab==',
  'a+b/c=',
  '/etc/x',
  '_x',
  'a\tb',
  'a"b',
  "a'b",
  'a{b}',
  'a[0]',
  'a,b',
  'a:b:',
  'up{cluster="x"}[10m]',
  'a|b',
  'a>b',
  'a\\b',
  'a%b',
  'a@b',
  'a`b',
  'a!b',
  'a&b',
  'a*b',
  'a?b',
  'a~',
  'a;b',
  'a^b',
  'a#',
  'a}',
  'a]',
  '/a"',
  '_"',
  'x:"y"',
  'a-',
  'a:-',
  'é한글',
  '모니터링',
  'a\u0007b',
  '---',
  '--- x',
  '...',
  'x\ny',
  'x\ny\n',
  'x\n\ny\n',
  'x\n\n',
  'x\n',
  '\nx\n',
  ' x\ny\n',
  'x\n  y\n',
  'x \ny\n',
  'x\ny ',
  'x\n \ny\n',
  'x\r\ny\n',
  'x\n#y\n',
  '- x\n',
  'x\ty\nz\n',
  '\n',
  0,
  1,
  -1,
  -0,
  1.5,
  1e21,
  2 ** 53,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  null,
];

describe('YAML printer', () => {
  it('prints every golden file the way the library does, for nearly all of them itself', () => {
    let printed = 0;
    let handedOver = 0;
    for (const file of yamlFiles(GOLDEN))
      for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) {
        const value = doc.toJS();
        const ours = printYaml(value);
        if (ours === undefined) handedOver++;
        else {
          printed++;
          expect(ours, file).toBe(stringify(value, LIBRARY));
        }
        expect(toYaml(value), file).toBe(stringify(value, LIBRARY));
      }
    expect(printed).toBeGreaterThan(100);
    expect(handedOver).toBeLessThan(printed / 20);
  });

  it.each(TRICKY.map((v) => [JSON.stringify(v), v]))(
    'prints %s as the library does, as a value and in a list',
    (_, v) => {
      for (const value of [
        { key: v },
        [v],
        { list: [v, { inner: v }] },
        [{ a: 1, b: v }],
        { n: { m: [[v]] } },
      ]) {
        const ours = printYaml(value);
        if (ours !== undefined) expect(ours).toBe(stringify(value, LIBRARY));
        expect(toYaml(value)).toBe(stringify(value, LIBRARY));
      }
    },
  );

  it.each(TRICKY.filter((v) => typeof v === 'string').map((v) => [JSON.stringify(v), v as string]))(
    'prints the key %s as the library does',
    (_, k) => {
      const value = { [k]: 1, nested: { [k]: [k] } };
      expect(toYaml(value)).toBe(stringify(value, LIBRARY));
    },
  );

  it('prints empty collections, undefined values and nesting as the library does', () => {
    const value = {
      a: [],
      b: {},
      c: [[], {}, [[1]], { d: undefined }],
      e: undefined,
      f: { g: { h: [{ i: [] }] } },
    };
    expect(printYaml(value)).toBe(stringify(value, LIBRARY));
  });

  it("places comments above keys exactly as the library does, also on a list item's first key", () => {
    const value = { top: 1, list: [{ first: 1, second: { deep: 'x\ny\n' } }, 'z'], map: { k: [] } };
    const comments = [
      { path: ['top'], text: 'top line\n\nafter a blank' },
      { path: ['list', 0, 'first'], text: 'first key of an item' },
      { path: ['list', 0, 'second', 'deep'], text: 'deep' },
      { path: ['map', 'k'], text: '모니터링' },
    ];
    const byPath = new Map(
      comments.map((c) => [
        c.path.join('\u0000'),
        c.text
          .split('\n')
          .map((l) => (l ? ` ${l}` : ''))
          .join('\n'),
      ]),
    );
    const ours = printYaml(value, byPath);
    expect(ours).toBeDefined();
    expect(ours).toBe(printWithLibrary(value, comments, byPath));
    expect(toCommentedYaml(value, 'header', comments)).toBe(`# header\n${ours}`);
  });

  it('rejects a comment for a key that is not rendered', () => {
    expect(() => toCommentedYaml({ a: 1 }, undefined, [{ path: ['b'], text: 'x' }])).toThrow(
      /not rendered: b/,
    );
  });
});
