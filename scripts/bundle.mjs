#!/usr/bin/env node
/**
 * Bundle the CLI into dist/bin:
 *   cli.cjs          every command in one CommonJS script, so the launcher can compile it with V8's
 *                    code cache (Node 20 has no compile cache for ES modules; src/cli/launcher.ts).
 *   thanos-fleet.js  the launcher, the package's bin.
 * Start-up is most of a short run (bench/check.mjs, bench/render.mjs): resolving, reading and
 * linking about a hundred ES modules and zod's own files cost more than the work on a few thousand
 * small files, and compiling one script from its cache costs less than compiling it from source.
 * dist/bin sits at the same depth as dist/<module>/, so paths built from import.meta.url
 * (fleets/reference.yaml, docs/rules/) resolve the same from the bundle and from tsc's output.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/bin`;
rmSync(outdir, { recursive: true, force: true });
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20.19',
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'warning',
};
await build({
  ...common,
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // A CommonJS script has no import.meta: its own file URL stands in for it.
  define: { 'import.meta.url': '__tfImportMetaUrl' },
  banner: { js: "const __tfImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
});
await build({
  ...common,
  entryPoints: { 'thanos-fleet': 'src/cli/launcher.ts' },
  outdir,
  format: 'esm',
});
