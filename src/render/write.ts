/**
 * The one place rendered artifacts reach the disk: everything is written into a temporary folder
 * beside the target and renamed into place whole, so a failed render leaves the old output untouched
 * and files of removed edges disappear.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { type Artifact, fileMode } from './artifact.js';

/** Writes the artifacts as they come (a render stream is never collected) and returns how many. */
export function writeArtifactsAtomically(outDir: string, artifacts: Iterable<Artifact>): number {
  const target = resolve(outDir);
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const tmp = mkdtempSync(join(parent, `.${basename(target)}.tmp-`));
  try {
    chmodSync(tmp, 0o755);
    const dirs = new Set<string>();
    let files = 0;
    for (const a of artifacts) {
      files++;
      const file = join(tmp, a.path);
      const dir = dirname(file);
      if (!dirs.has(dir)) {
        mkdirSync(dir, { recursive: true });
        dirs.add(dir);
      }
      writeFileSync(file, a.content, { mode: fileMode(a) });
      // writeFileSync's mode is masked by umask; make it exact.
      if (a.secret) chmodSync(file, 0o600);
    }
    const old = existsSync(target) ? `${tmp}.old` : undefined;
    if (old) renameSync(target, old);
    renameSync(tmp, target);
    if (old) rmSync(old, { recursive: true, force: true });
    return files;
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}

/** Write one file atomically (state file): temp file + rename. */
export function writeFileAtomically(file: string, content: string, mode: number): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, content, { mode });
  chmodSync(tmp, mode);
  renameSync(tmp, file);
}
