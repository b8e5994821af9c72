/**
 * The one place rendered artifacts reach the disk: everything is written into a temporary folder
 * beside the target and renamed into place whole, so a failed render leaves the old output untouched
 * and files of removed edges disappear.
 */
import { execFileSync } from 'node:child_process';
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
    if (old) removeTree(old);
    return files;
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}

/**
 * Remove the previous output once the new one is in place. The system's `rm -rf` (unlinkat() over the
 * tree) takes 0.77 s for the 50,008 files of a 10,000-edge render where fs.rmSync takes 1.8 s (tmpfs,
 * bench machine); fs.rmSync stays as the portable fallback and removes whatever rm left.
 */
function removeTree(dir: string): void {
  try {
    execFileSync('rm', ['-rf', '--', dir], { stdio: 'ignore' });
  } catch {
    // No rm here, or it failed: the fallback below removes the rest or reports why it cannot.
  }
  rmSync(dir, { recursive: true, force: true });
}

/** Write one file atomically (state file): temp file + rename. */
export function writeFileAtomically(file: string, content: string, mode: number): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, content, { mode });
  chmodSync(tmp, mode);
  renameSync(tmp, file);
}
