/**
 * The bin's launcher (src/cli/launcher.ts): the bundled CLI compiled through a per-command V8 code
 * cache in the user's cache folder, written whole, private, and never a reason for a command to fail.
 */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const work = mkdtempSync(join(tmpdir(), 'tf-launcher-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const cacheOf = (home: string) => join(home, 'thanos-fleet');
const help = (home: string, env: NodeJS.ProcessEnv = {}) =>
  runCli(['render', '--help'], { env: { XDG_CACHE_HOME: home, NODE_DISABLE_COMPILE_CACHE: '', ...env } });

// Node ≥ 22.1 keeps the cache itself (module.enableCompileCache), in the same folder, its own way:
// there the tests check only that the folder is used and the commands run the same.
const nodeKeepsIt = typeof (Module as { enableCompileCache?: unknown }).enableCompileCache === 'function';

describe('launcher code cache', () => {
  it('writes one private cache file per command and runs the same from it', () => {
    const home = join(work, 'a');
    const first = help(home);
    expect(first.status).toBe(0);
    expect(help(home)).toEqual(first);
    const files = readdirSync(cacheOf(home));
    if (nodeKeepsIt) {
      expect(files.length).toBeGreaterThan(0);
      return;
    }
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^[0-9a-f]{8}-[0-9a-z]+-[0-9a-z]+-render-help\.v8$/);
    expect(statSync(cacheOf(home)).mode & 0o777).toBe(0o700);
    const file = join(cacheOf(home), files[0]!);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(file).size).toBeGreaterThan(10_000);
    const { mtimeMs } = statSync(file);
    expect(help(home)).toEqual(first);
    // Accepted, so not written again.
    expect(statSync(file).mtimeMs).toBe(mtimeMs);
    expect(runCli(['check', '--help'], { env: { XDG_CACHE_HOME: home } }).status).toBe(0);
    expect(readdirSync(cacheOf(home)).sort()).toEqual(
      [files[0], files[0]!.replace('render', 'check')].sort(),
    );
  });

  it('replaces a corrupt cache and still runs', () => {
    const home = join(work, 'b');
    const good = help(home);
    for (const name of readdirSync(cacheOf(home), { recursive: true, withFileTypes: true }))
      if (name.isFile()) writeFileSync(join(name.parentPath, name.name), Buffer.alloc(4096, 7));
    expect(help(home)).toEqual(good);
    if (!nodeKeepsIt) {
      const [name] = readdirSync(cacheOf(home));
      expect(statSync(join(cacheOf(home), name!)).size).toBeGreaterThan(10_000);
    }
  });

  it('writes nothing with NODE_DISABLE_COMPILE_CACHE, and a cache folder it cannot make fails nothing', () => {
    const home = join(work, 'c');
    expect(help(home, { NODE_DISABLE_COMPILE_CACHE: '1' }).status).toBe(0);
    expect(() => statSync(cacheOf(home))).toThrow();
    // A file where the cache folder's parent should be: mkdir fails, the command does not.
    const blocked = join(work, 'blocked');
    writeFileSync(blocked, '');
    const r = help(blocked);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});
