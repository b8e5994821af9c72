/**
 * `render --layout gitops` as users run it, on a fleet big enough that the writer thread writes the
 * layout and takes the digests manifest.json is made from: the written layout is what `render --check`
 * computes in process, byte for byte, and manifest.json lists every other file with its real sha256.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LayoutManifest } from '../../src/render/gitops/index.js';
import { filesUnder, ROOT, runCli } from '../support/cli.js';

const work = mkdtempSync(join(tmpdir(), 'tf-gitops-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const EDGES = 150;
const FORMS = ['raw', 'kube-prometheus-stack', 'prometheus-operator'];

function fleetFile(): string {
  const base = readFileSync(join(ROOT, 'fleets', 'reference.yaml'), 'utf8').split('\nedges:')[0];
  const edges = Array.from(
    { length: EDGES },
    (_, i) =>
      `  - name: edge-${String(i).padStart(3, '0')}\n    externalLabels: { region: r${i % 3} }\n    egress: nat-${i % 5}\n    form: ${FORMS[i % 3]}`,
  ).join('\n');
  const file = join(work, 'fleet.yaml');
  writeFileSync(file, `${base}\nedges:\n${edges}\n`);
  return file;
}

describe('render --layout gitops (CLI)', () => {
  const fleet = fleetFile();
  const out = join(work, 'layout');

  it('writes a layout that render --check finds fresh, manifest.json included', () => {
    const r = runCli(['render', fleet, '-o', out, '--layout', 'gitops']);
    expect(r.status, r.stderr).toBe(0);
    const files = filesUnder(out);
    // Well past the files written before the writer thread takes over (write.ts WRITE_HERE).
    expect(files.length).toBeGreaterThan(900);
    const check = runCli(['render', fleet, '-o', out, '--layout', 'gitops', '--check']);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('lists every other file in manifest.json with the sha256 and size of its bytes', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as LayoutManifest;
    const onDisk = filesUnder(out).filter((f) => f !== 'manifest.json' && f !== '.gitignore');
    expect(manifest.files.map((f) => f.path)).toEqual(onDisk);
    for (const f of manifest.files) {
      const bytes = readFileSync(join(out, f.path));
      expect(f.sha256, f.path).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(f.bytes, f.path).toBe(bytes.length);
    }
  });

  it('render --check fails on a file edited by hand and names it', () => {
    const edited = 'clusters/edge-007/kustomization.yaml';
    appendFileSync(join(out, edited), '# edited\n');
    const check = runCli(['render', fleet, '-o', out, '--layout', 'gitops', '--check']);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(edited);
  });
});
