/**
 * `render` through the real CLI: byte-stable secrets, file modes, nothing secret printed or leaked into
 * non-secret files, removed edges' files disappear, and `init` / `schema` work from a clean folder.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REFERENCE_FLEET_FILE } from '../../src/fleet/load.js';
import { readState } from '../../src/fleet/state.js';
import { filesUnder, ROOT, runCli } from '../support/cli.js';

const work = mkdtempSync(join(tmpdir(), 'tf-render-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('render of the reference fleet', () => {
  const fleet = join(work, 'fleet.yaml');
  const out1 = join(work, 'out1');
  const out2 = join(work, 'out2');
  let first: ReturnType<typeof runCli>;
  let second: ReturnType<typeof runCli>;

  beforeAll(() => {
    writeFileSync(fleet, readFileSync(REFERENCE_FLEET_FILE));
    first = runCli(['render', fleet, '-o', out1]);
    second = runCli(['render', fleet, '-o', out2]);
  });

  it('exits 0 and says where the output went', () => {
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain(out1);
  });

  it('keeps credentials in a 0600 state file beside the fleet, reused on the next render', () => {
    const stateFile = join(work, 'fleet.state.yaml');
    expect(statSync(stateFile).mode & 0o777).toBe(0o600);
    expect(first.stderr).toContain('fleet.state.yaml');
    expect(second.stderr).not.toContain('fleet.state.yaml'); // unchanged, not rewritten
  });

  it('is byte-stable across renders', () => {
    expect(filesUnder(out2)).toEqual(filesUnder(out1));
    for (const f of filesUnder(out1))
      expect(readFileSync(join(out2, f)), f).toEqual(readFileSync(join(out1, f)));
  });

  it('never prints a secret and keeps secrets out of non-secret files; secret files are 0600', () => {
    const state = readState(join(work, 'fleet.state.yaml'))!;
    const secrets = [
      ...Object.values(state.edges).map((e) => e.password),
      ...Object.values(state.operators).map((o) => o.password),
      state.grafanaAdmin.password,
    ];
    expect(secrets.length).toBeGreaterThan(3);
    for (const s of secrets) {
      expect(first.stdout + first.stderr).not.toContain(s);
      const b64 = Buffer.from(s).toString('base64');
      for (const f of filesUnder(out1)) {
        const text = readFileSync(join(out1, f), 'utf8');
        const mode = statSync(join(out1, f)).mode & 0o777;
        if (text.includes(s) || text.includes(b64)) expect(mode, `${f} holds a secret`).toBe(0o600);
      }
    }
    for (const f of filesUnder(out1)) {
      const mode = statSync(join(out1, f)).mode & 0o777;
      expect([0o600, 0o644], f).toContain(mode);
    }
  });

  it('drops the files of an edge removed from the fleet on the next render', () => {
    const text = readFileSync(fleet, 'utf8');
    const reduced = join(work, 'reduced.yaml');
    writeFileSync(join(work, 'reduced.state.yaml'), readFileSync(join(work, 'fleet.state.yaml')), {
      mode: 0o600,
    });
    writeFileSync(reduced, text.replace(/ {2}- name: edge-cluster-03\n.*\n/, ''));
    const r = runCli(['render', reduced, '-o', out1]);
    expect(r.status, r.stderr).toBe(0);
    expect(filesUnder(out1).some((f) => f.includes('edge-cluster-03'))).toBe(false);
    expect(readState(join(work, 'reduced.state.yaml'))!.edges['edge-cluster-03']).toBeUndefined();
  });
});

describe('init and schema', () => {
  it('init writes a starter fleet that renders, and git-ignores the state file', () => {
    const dir = mkdtempSync(join(work, 'init-'));
    const r = runCli(['init', 'fleet.yaml'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toContain('*.state.yaml');
    expect(runCli(['init', 'fleet.yaml'], { cwd: dir }).status).toBe(2); // never overwrites
    const rendered = runCli(['render', 'fleet.yaml', '-o', 'out'], { cwd: dir });
    expect(rendered.status, rendered.stderr).toBe(0);
    expect(existsSync(join(dir, 'fleet.state.yaml'))).toBe(true);
  });

  it('init comments the starter in Korean with --lang ko', () => {
    const dir = mkdtempSync(join(work, 'init-ko-'));
    expect(runCli(['--lang', 'ko', 'init'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, 'fleet.yaml'), 'utf8')).toMatch(/엣지/);
  });

  it('schema is a JSON Schema the reference fleet validates against and a typo fails', () => {
    const r = runCli(['schema']);
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout);
    const { $id: _id, ...rest } = schema;
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(rest);
    const reference = parse(readFileSync(REFERENCE_FLEET_FILE, 'utf8'));
    expect(validate(reference), JSON.stringify(validate.errors)).toBe(true);
    reference.central.componentz = {};
    expect(validate(reference)).toBe(false);
  });

  it('the committed schema/fleet.schema.json (used by fleets/*.yaml) is what `schema` prints', () => {
    const r = runCli(['schema']);
    expect(readFileSync(join(ROOT, 'schema', 'fleet.schema.json'), 'utf8')).toBe(r.stdout);
  });
});
