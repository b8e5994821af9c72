#!/usr/bin/env node
/**
 * Bundle the CLI into dist/bin: thanos-fleet.js plus one chunk per command's code, loaded when that
 * command runs. Start-up is most of a short run (bench/check.mjs, bench/render.mjs): resolving,
 * reading and linking about a hundred ES modules and zod's own files costs more than the work on
 * a few thousand small files. One file per command removes that; Node 20 has no module compile cache.
 * dist/bin sits at the same depth as dist/<module>/, so paths built from import.meta.url
 * (fleets/reference.yaml, docs/rules/) resolve the same from the bundle and from tsc's output.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/bin`;
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { 'thanos-fleet': 'src/cli/main.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  chunkNames: 'chunk-[hash]',
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'warning',
  // Bundled CommonJS packages (commander, ajv) call require() for Node's own modules; an ES module
  // has no require, so each output file gets one.
  banner: { js: "import { createRequire as __tfCreateRequire } from 'node:module'; const require = __tfCreateRequire(import.meta.url);" },
});
