/**
 * The writer: a render's files land in a temporary folder renamed into place whole. Past the first
 * few hundred files a writer thread does the writing; these tests go well past that point.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Artifact, artifact, type FileDigest } from '../../src/render/artifact.js';
import { removeTree, writeArtifactsAtomically } from '../../src/render/write.js';

const work = mkdtempSync(join(tmpdir(), 'tf-write-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function many(n: number, tag: string): Artifact[] {
  return Array.from({ length: n }, (_, i) =>
    artifact(`edges/e-${Math.floor(i / 5)}/f-${i}.txt`, `${tag} ${i}\n`.repeat(1 + (i % 3)), i % 7 === 0),
  );
}

function oldOutput(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'old.txt'), 'previous render\n');
}

const leftovers = (parent: string) => readdirSync(parent).filter((f) => f.includes('.tmp-'));

describe('writeArtifactsAtomically', () => {
  it('writes thousands of files with their contents and modes, and replaces the old output whole', async () => {
    const out = join(work, 'many', 'out');
    oldOutput(out);
    const files = many(3000, 'v1');
    expect(await writeArtifactsAtomically(out, files)).toBe(3000);
    for (const a of files) {
      const p = join(out, a.path);
      expect(readFileSync(p, 'utf8'), a.path).toBe(a.content);
      const mode = statSync(p).mode & 0o777;
      if (a.secret) expect(mode, a.path).toBe(0o600);
      else expect(mode & 0o044, a.path).toBe(0o044);
    }
    expect(() => statSync(join(out, 'old.txt'))).toThrow();
    expect(leftovers(join(work, 'many'))).toEqual([]);
  });

  it('a write that fails on the writer thread rejects with its errno, leaves the old output and no temp folder', async () => {
    const parent = join(work, 'fail');
    const out = join(parent, 'out');
    oldOutput(out);
    // The second file is a folder by then: EISDIR, well past the files written before the thread starts.
    const files = [...many(2000, 'x'), artifact('late/dir/file.txt', 'a\n'), artifact('late/dir', 'b\n')];
    await expect(writeArtifactsAtomically(out, files)).rejects.toMatchObject({ code: 'EISDIR' });
    expect(readFileSync(join(out, 'old.txt'), 'utf8')).toBe('previous render\n');
    expect(readdirSync(out)).toEqual(['old.txt']);
    expect(leftovers(parent)).toEqual([]);
  });

  it('a render that throws part-way rejects with its error, leaves the old output and no temp folder', async () => {
    const parent = join(work, 'throw');
    const out = join(parent, 'out');
    oldOutput(out);
    function* failing(): Generator<Artifact> {
      yield* many(1500, 'y');
      throw new Error('renderer bug');
    }
    await expect(writeArtifactsAtomically(out, failing())).rejects.toThrow('renderer bug');
    expect(readdirSync(out)).toEqual(['old.txt']);
    expect(leftovers(parent)).toEqual([]);
  });
});

describe('writer thread ring', () => {
  it('goes round the ring many times, writes files larger than a slot on this thread, keeps UTF-8 whole', async () => {
    const out = join(work, 'ring', '출력');
    oldOutput(out);
    // 600 × ~40 KB = 24 MB: three times round the 8 MB ring. Every 97th file is 300 KB (over a slot),
    // and paths and contents carry 2- and 3-byte UTF-8 that may fall on a slot's end.
    const files = Array.from({ length: 600 }, (_, i) =>
      artifact(
        `clusters/클러스터-${i % 13}/파일-${i}.yaml`,
        `é한${i}\n`.repeat(i % 97 === 0 ? 40_000 : 4_000 + (i % 7)),
        i % 5 === 0,
      ),
    );
    expect(await writeArtifactsAtomically(out, files, { expectedFiles: files.length })).toBe(600);
    for (const a of files) {
      const p = join(out, a.path);
      expect(readFileSync(p, 'utf8') === a.content, a.path).toBe(true);
      if (a.secret) expect(statSync(p).mode & 0o777, a.path).toBe(0o600);
    }
    expect(() => statSync(join(out, 'old.txt'))).toThrow();
    expect(leftovers(join(work, 'ring'))).toEqual([]);
  });
});

describe('closing files from digests', () => {
  it('hands every file written here and on the thread to `closing` with its sha256 and size, then writes what it makes', async () => {
    const out = join(work, 'closing', 'out');
    // Files on this thread (the first 512), on the writer thread, and one larger than a slot.
    const files = [...many(1200, 'd'), artifact('big/values.yaml', 'é'.repeat(200_000))];
    let seen: FileDigest[] = [];
    const n = await writeArtifactsAtomically(out, files, {
      closing: (digests) => {
        seen = digests;
        return [artifact('manifest.txt', `${digests.length}\n`)];
      },
    });
    expect(n).toBe(1202);
    expect(readFileSync(join(out, 'manifest.txt'), 'utf8')).toBe('1201\n');
    expect(seen.map((d) => d.path).sort()).toEqual(files.map((f) => f.path).sort());
    for (const d of seen) {
      const bytes = readFileSync(join(out, d.path));
      expect(d.sha256, d.path).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(d.bytes, d.path).toBe(bytes.length);
      expect(d.secret, d.path).toBe(files.find((f) => f.path === d.path)!.secret);
    }
  });
});

describe('removeTree', () => {
  it('removes a deep tree of many parts, files and folders at every level', async () => {
    const dir = join(work, 'tree');
    // 600 folders of files under one folder, a lone deep branch, and files at the top.
    for (let i = 0; i < 600; i++) {
      mkdirSync(join(dir, 'clusters', `c-${i}`, 'files'), { recursive: true });
      writeFileSync(join(dir, 'clusters', `c-${i}`, 'a.yaml'), 'a\n');
      writeFileSync(join(dir, 'clusters', `c-${i}`, 'files', 'b.txt'), 'b\n');
    }
    mkdirSync(join(dir, 'flux', 'clusters', 'x', 'y', 'z'), { recursive: true });
    writeFileSync(join(dir, 'flux', 'clusters', 'x', 'y', 'z', 'deep.yaml'), 'd\n');
    writeFileSync(join(dir, 'manifest.json'), '{}\n');
    await removeTree(dir);
    expect(() => statSync(dir)).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });

  it('removes a tree of only files, and an empty folder', async () => {
    const files = join(work, 'flat');
    mkdirSync(files, { recursive: true });
    for (let i = 0; i < 300; i++) writeFileSync(join(files, `f-${i}`), 'x');
    const empty = join(work, 'empty');
    mkdirSync(empty);
    await removeTree(files);
    await removeTree(empty);
    expect(() => statSync(files)).toThrow();
    expect(() => statSync(empty)).toThrow();
  });
});
