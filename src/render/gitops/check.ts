/**
 * `render --layout gitops --check`: compare a committed layout with what the fleet renders now, so CI
 * fails when someone changed the fleet file without rendering, or edited generated files by hand.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Artifact } from '../artifact.js';

export interface LayoutFreshness {
  fresh: boolean;
  /** On disk with other content. */
  stale: string[];
  /** Rendered but not on disk. */
  missing: string[];
  /** On disk but no longer rendered (e.g. a removed edge). */
  extra: string[];
  /** Files the render has now. */
  files: number;
}

function walk(root: string, dir = '', out: string[] = []): string[] {
  for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
    // .git and dot-folders of other tools are not part of the layout.
    if (e.isDirectory() && e.name.startsWith('.')) continue;
    const rel = dir ? `${dir}/${e.name}` : e.name;
    if (e.isDirectory()) walk(root, rel, out);
    else out.push(rel);
  }
  return out;
}

/**
 * `artifacts` is the layout as rendered now (gitopsLayout), compared as it streams past. Inline secret
 * files are git-ignored, so a checkout without them is not stale; when present they are compared like
 * any other file.
 */
export function checkLayoutFresh(dir: string, artifacts: Iterable<Artifact>): LayoutFreshness {
  const onDisk = existsSync(dir) ? walk(dir) : [];
  const present = new Set(onDisk);
  const expected = new Set<string>();
  const stale: string[] = [];
  const missing: string[] = [];
  for (const a of artifacts) {
    expected.add(a.path);
    if (!present.has(a.path)) {
      if (!a.secret) missing.push(a.path);
      continue;
    }
    if (readFileSync(join(dir, a.path), 'utf8') !== a.content) stale.push(a.path);
  }
  const extra = onDisk.filter((p) => !expected.has(p) && p !== '.gitignore').sort();
  return {
    fresh: stale.length + missing.length + extra.length === 0,
    stale: stale.sort(),
    missing: missing.sort(),
    extra,
    files: expected.size,
  };
}
