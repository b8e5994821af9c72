#!/usr/bin/env node
/**
 * The `thanos-fleet` executable: loads the bundled CLI (dist/bin/cli.cjs, scripts/bundle.mjs) with a
 * compile cache, so a run does not parse and compile the same 1.5 MB of JavaScript again. Node ≥ 22.1
 * keeps that cache itself (module.enableCompileCache); on Node 20 this keeps V8's code cache for the
 * script, one file per install, build and command (the functions a command compiled are what its
 * next run needs). `render --help` went from 0.26 to 0.13 s, `check --help` from 0.19 to 0.11 s.
 * NODE_DISABLE_COMPILE_CACHE=1 turns it off, as it does Node's own.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import { commandName } from './command-name.js';

/*
 * A run of this CLI lasts about a second, and V8's default interrupt budget (67,584 bytes of bytecode
 * run before a function is considered for optimisation) is made for pages and servers that run far
 * longer: in a 1,000-edge GitOps render, 32 % of all instructions were TurboFan compiling functions
 * whose optimised code then ran for milliseconds (callgrind, node --single-threaded). Eight times the
 * budget leaves TurboFan the functions that run longest: 21 % fewer instructions, 8-14 % less wall
 * time on this 2-core machine (bench/render). Set before the bundle runs: a function's budget is
 * read when its feedback is first allocated.
 */
setFlagsFromString('--interrupt-budget=540000');

const app = fileURLToPath(new URL('./cli.cjs', import.meta.url));
const builtin = (Module as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache;
if (process.env.NODE_DISABLE_COMPILE_CACHE) createRequire(import.meta.url)(app);
else if (builtin) {
  builtin(cacheDir());
  createRequire(import.meta.url)(app);
} else runWithCodeCache();

function runWithCodeCache(): void {
  const source = readFileSync(app, 'utf8');
  const { size, mtimeMs } = statSync(app);
  // Per install (two installs must not prune each other's), per build (V8 also rejects a cache made
  // for other source or flags) and per command.
  const install = fnv1a(app);
  const build = `${install}-${size.toString(36)}-${Math.trunc(mtimeMs).toString(36)}`;
  const dir = cacheDir();
  // A cache holds what its run compiled and is kept once accepted: a help run's cache would leave
  // every later run of that command compiling its real work from source, so help has its own.
  const args = process.argv.slice(2);
  const name = commandName(args) ?? '';
  const help = args.some((a) => a === '--help' || a === '-h' || a === 'help');
  const file = join(dir, `${build}-${/^[a-z]{1,16}$/.test(name) ? name : 'other'}${help ? '-help' : ''}.v8`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(file);
  } catch {
    // First run of this command with this build: compiled from source, cached at exit.
  }
  const script = new Script(Module.wrap(source), { filename: app, cachedData });
  // Kept only from a run that did its work (clean, or findings): one that stopped at bad input (exit 2)
  // compiled little of it.
  if (!cachedData || script.cachedDataRejected)
    process.once('exit', (code) => {
      if (code === 0 || code === 1) saveCache(dir, file, install, build, script.createCachedData());
    });
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {} };
  wrapper.call(
    module.exports,
    module.exports,
    createRequire(app),
    module,
    app,
    fileURLToPath(new URL('.', import.meta.url)),
  );
}

/** 32-bit FNV-1a of a path, as 8 hex digits: names an install without loading node:crypto first. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** $XDG_CACHE_HOME/thanos-fleet, else ~/.cache/thanos-fleet: the user's own, never a shared /tmp. */
function cacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'thanos-fleet');
}

/** Written whole (temporary file, rename) so parallel runs never read half a cache; this install's old builds' go. */
function saveCache(dir: string, file: string, install: string, build: string, data: Buffer): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, data, { mode: 0o600 });
    renameSync(tmp, file);
    for (const f of readdirSync(dir))
      if (f.endsWith('.v8') && f.startsWith(`${install}-`) && !f.startsWith(`${build}-`))
        rmSync(join(dir, f), { force: true });
  } catch {
    // A cache is an optimisation: a read-only home or a full disk must not fail the command.
  }
}
