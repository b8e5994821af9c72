/**
 * The one place rendered artifacts reach the disk: everything is written into a temporary folder
 * beside the target and renamed into place whole, so a failed render leaves the old output untouched
 * and files of removed edges disappear.
 */
import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { type Artifact, digestOf, type FileDigest, fileMode } from './artifact.js';

/**
 * Files written on this thread before the rest goes to a writer thread. Small renders (a reference
 * fleet is ~30 files) never pay for a thread; big ones render on this core while the other one does
 * the open/write/close, which is about as much time again (bench/render).
 */
const WRITE_HERE = 512;
/** Slots of the ring the writer thread reads from, and bytes per slot (8 MB of shared memory). */
const SLOTS = 32;
const SLOT_BYTES = 1 << 18;
const STALL_SECONDS = 60;

export interface WriteOptions {
  /**
   * About how many files the stream holds. From WRITE_HERE on, the writer thread starts before the
   * first file is rendered and takes every file: its start (~50 ms, loading Node's fs and worker
   * modules) overlaps rendering, so it is not that much further behind when rendering ends.
   */
  expectedFiles?: number;
  /**
   * Files written last, made from every other file's sha256 and size (a manifest of the output).
   * The writer thread takes those from the bytes it writes, so the rendering thread does not hash
   * the output a second time (~45 ms of it at 1,000 edges, GitOps layout).
   */
  closing?: (written: FileDigest[]) => Iterable<Artifact>;
}

/** Writes the artifacts as they come (a render stream is never collected) and returns how many. */
export async function writeArtifactsAtomically(
  outDir: string,
  artifacts: Iterable<Artifact>,
  options: WriteOptions = {},
): Promise<number> {
  const target = resolve(outDir);
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const tmp = mkdtempSync(join(parent, `.${basename(target)}.tmp-`));
  let writer: WriterThread | undefined;
  try {
    chmodSync(tmp, 0o755);
    const dirs = new Set<string>();
    let files = 0;
    const digests = options.closing !== undefined;
    const written: FileDigest[] = [];
    const writeHere = (a: Artifact) => {
      const file = join(tmp, a.path);
      const dir = dirname(file);
      if (!dirs.has(dir)) {
        mkdirSync(dir, { recursive: true });
        dirs.add(dir);
      }
      writeFile(file, a.content, fileMode(a));
    };
    const threadFrom = (options.expectedFiles ?? 0) >= WRITE_HERE ? 0 : WRITE_HERE;
    if (threadFrom === 0) writer = new WriterThread(tmp, digests);
    for (const a of artifacts) {
      files++;
      if (files > threadFrom) {
        writer ??= new WriterThread(tmp, digests);
        if (writer.add(a.path, a.content, fileMode(a))) continue;
        // Larger than a slot (a 10,000-edge thanos-values.yaml): written here. The thread may be
        // making the same folder; mkdir with `recursive` takes one that exists.
      }
      writeHere(a);
      if (digests) written.push(digestOf(a));
    }
    if (writer) for (const d of await writer.finish()) written.push(d);
    if (options.closing)
      for (const a of options.closing(written)) {
        files++;
        writeHere(a);
      }
    const old = existsSync(target) ? `${tmp}.old` : undefined;
    if (old) renameSync(target, old);
    renameSync(tmp, target);
    if (old) await removeTree(old);
    return files;
  } catch (err) {
    await writer?.stop();
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}

function writeFile(file: string, content: string, mode: number): void {
  writeFileSync(file, content, { mode });
  // writeFileSync's mode is masked by umask; make it exact for secrets (0600).
  if (mode === 0o600) chmodSync(file, 0o600);
}

/**
 * The writer thread's whole program, as source text (a function's text would be rewritten by the
 * bundler, which turns its require() into a helper the thread does not have). It takes the ring's
 * slots in order, waiting on each until it is full; a slot holds files as
 * [path bytes u32][content bytes u32][mode u32][path][content]…, ended by a zero path length. Each
 * file is written as writeFile above does, folders made as needed, and the slot is handed back. Paths
 * are the renderers' own relative ones, so they are joined to the root and cut at their last `/`
 * without node:path (its normalising was ~8 % of this thread's busy time at 1,000 edges). The
 * first failure is reported with its errno code; after it, slots are handed back unwritten.
 */
const WRITER_PROGRAM = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { hash } = require('node:crypto');
const { slots, slotBytes, root, digests } = workerData;
const written = [];
const state = new Int32Array(workerData.state);
const data = Buffer.from(workerData.data);
const view = new DataView(workerData.data);
const dirs = new Set();
let failed = false;
ring: for (let slot = 0; ; slot = (slot + 1) % slots) {
  while (Atomics.load(state, slot) === 0) {
    if (Atomics.load(state, slots) === 1 && Atomics.load(state, slot) === 0) break ring;
    Atomics.wait(state, slot, 0, 1000);
  }
  let at = slot * slotBytes;
  try {
    for (let pathBytes = view.getUint32(at); pathBytes > 0 && !failed; pathBytes = view.getUint32(at)) {
      const contentBytes = view.getUint32(at + 4);
      const mode = view.getUint32(at + 8);
      const path = data.toString('utf8', at + 12, at + 12 + pathBytes);
      const file = root + '/' + path;
      const start = at + 12 + pathBytes;
      at = start + contentBytes;
      const dir = file.slice(0, file.lastIndexOf('/'));
      if (!dirs.has(dir)) fs.mkdirSync(dir, { recursive: true }), dirs.add(dir);
      const bytes = data.subarray(start, at);
      fs.writeFileSync(file, bytes, { mode });
      if (mode === 0o600) fs.chmodSync(file, 0o600);
      if (digests) written.push({ path, sha256: hash('sha256', bytes, 'hex'), bytes: bytes.length, secret: mode === 0o600 });
    }
  } catch (e) {
    failed = true;
    parentPort.postMessage({ error: { message: e.message, code: e.code, path: e.path, syscall: e.syscall } });
  }
  Atomics.store(state, slot, 0);
  Atomics.notify(state, slot);
}
parentPort.postMessage({ done: true, written });
`;

/**
 * Hands files to a writer thread through a ring of slots in shared memory: this thread encodes each
 * file's path and UTF-8 bytes straight into a free slot and marks it full; the thread writes it and
 * frees it. Nothing is allocated, copied or posted per batch: with a new 256 KB buffer moved to the
 * thread in a message per 64 files, allocating and posting took 40–70 ms of this thread at 1,000
 * edges (GitOps layout, 139 batches), about as long as the writes it handed over. Paths are relative
 * to `root`; with `digests` the thread also returns each file's sha256 and size.
 */
class WriterThread {
  /** One flag per slot (1: full, waiting for the thread), then one that says no more slots come. */
  private readonly state = new Int32Array(new SharedArrayBuffer(4 * (SLOTS + 1)));
  private readonly data = new Uint8Array(new SharedArrayBuffer(SLOTS * SLOT_BYTES));
  private readonly view = new DataView(this.data.buffer);
  private readonly encoder = new TextEncoder();
  private readonly worker: Worker;
  private readonly settled: Promise<FileDigest[]>;
  private failure: Error | undefined;
  /** The slot being filled (free until published), and where the next file goes in it. */
  private slot = 0;
  private at = 0;
  private acquired = false;

  constructor(root: string, digests: boolean) {
    this.worker = new Worker(WRITER_PROGRAM, {
      eval: true,
      workerData: {
        state: this.state.buffer,
        data: this.data.buffer,
        slots: SLOTS,
        slotBytes: SLOT_BYTES,
        root,
        digests,
      },
      // It keeps nothing but folder names; small generations keep it from growing beside the render
      // (peak RSS, bench/render).
      resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 96 },
    });
    this.settled = new Promise((resolve, reject) => {
      this.worker.on(
        'message',
        (m: {
          done?: true;
          written?: FileDigest[];
          error?: { message: string } & Record<string, unknown>;
        }) => {
          if (m.error) this.failure = Object.assign(new Error(m.error.message), m.error);
          else if (m.done) this.failure ? reject(this.failure) : resolve(m.written ?? []);
        },
      );
      this.worker.on('error', reject);
      this.worker.on('exit', (code) =>
        reject(new Error(`writer thread exited (${code}) before it finished`)),
      );
    });
    // Reported through finish(); an unhandled rejection would end the process first.
    this.settled.catch(() => {});
  }

  /** Queues one file (its path relative to root); false when it is larger than a slot (the caller writes it). */
  add(file: string, content: string, mode: number): boolean {
    // UTF-8 is at most 3 bytes per UTF-16 unit; 12 bytes of header and 4 of end marker.
    const most = 16 + 3 * (file.length + content.length);
    if (most > SLOT_BYTES && 16 + file.length * 3 + Buffer.byteLength(content) > SLOT_BYTES) return false;
    for (let tries = 0; ; tries++) {
      this.acquire();
      const base = this.slot * SLOT_BYTES;
      const end = base + SLOT_BYTES - 4; // room kept for the end marker
      if (end - this.at >= 12) {
        const path = this.encoder.encodeInto(file, this.data.subarray(this.at + 12, end));
        if (path.read === file.length) {
          const body = this.encoder.encodeInto(content, this.data.subarray(this.at + 12 + path.written, end));
          if (body.read === content.length) {
            this.view.setUint32(this.at, path.written);
            this.view.setUint32(this.at + 4, body.written);
            this.view.setUint32(this.at + 8, mode);
            this.at += 12 + path.written + body.written;
            return true;
          }
        }
      }
      // It does not fit in what is left of this slot: send the slot, start the next.
      if (tries > 0) throw new Error(`writer: ${file} does not fit an empty slot`);
      this.publish();
    }
  }

  /** Wait until the current slot is free (the thread has written what it held before). */
  private acquire(): void {
    if (this.acquired) return;
    for (let waited = 0; Atomics.load(this.state, this.slot) !== 0; waited++) {
      // A thread that stopped writing (it cannot tell us while we wait) must not hang the render.
      if (waited === STALL_SECONDS) throw new Error(`writer thread wrote nothing for ${STALL_SECONDS} s`);
      Atomics.wait(this.state, this.slot, 1, 1000);
    }
    this.acquired = true;
    this.at = this.slot * SLOT_BYTES;
  }

  /** Mark the current slot full (when it holds anything) and move to the next. */
  private publish(): void {
    if (!this.acquired || this.at === this.slot * SLOT_BYTES) return;
    this.view.setUint32(this.at, 0);
    Atomics.store(this.state, this.slot, 1);
    Atomics.notify(this.state, this.slot);
    this.slot = (this.slot + 1) % SLOTS;
    this.acquired = false;
  }

  /** Resolves once every file queued is on disk (with digests if asked); rejects with the first write error. */
  async finish(): Promise<FileDigest[]> {
    this.publish();
    Atomics.store(this.state, SLOTS, 1);
    Atomics.notify(this.state, this.slot);
    try {
      return await this.settled;
    } finally {
      await this.worker.terminate();
    }
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}

/**
 * Remove the previous output once the new one is in place. The system's `rm -rf` (unlinkat() over the
 * tree) takes 0.77 s for the 50,008 files of a 10,000-edge render where fs.rmSync takes 1.8 s (tmpfs,
 * bench machine). Two of them over a queue of parts of the tree take 60–70 % of one: 158 → 93 ms for
 * a 1,000-edge GitOps layout, 85 → 58 ms for the files layout (tmpfs, medians of 6). `xargs -P`
 * runs them: one process started from this big one (each start blocks it for ~7 ms), the rest by
 * xargs. fs.rmSync stays as the portable fallback and removes whatever they left.
 */
export async function removeTree(dir: string): Promise<void> {
  const parts = treeParts(dir);
  if (parts.length > 0) await removeParts(parts);
  rmSync(dir, { recursive: true, force: true });
}

function removeParts(parts: string[]): Promise<void> {
  // Two chunks per process: with the biggest parts first (treeParts) the second round evens the
  // processes out; one chunk each, or three, measured slower. At most RM_ARGS paths per rm, far
  // below the kernel's limit on an argument list (ARG_MAX, 2 MB).
  const chunk = Math.min(RM_ARGS, Math.max(1, Math.ceil(parts.length / (RM_PROCESSES * 2))));
  return new Promise<void>((resolve) => {
    const xargs = spawn('xargs', ['-0', '-P', String(RM_PROCESSES), '-n', String(chunk), 'rm', '-rf', '--'], {
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    xargs.on('error', () => resolve()); // no xargs here: the fallback below removes everything
    xargs.on('close', () => resolve());
    xargs.stdin.on('error', () => {}); // it exited early; reported by 'close'
    xargs.stdin.end(parts.map((p) => `${p}\0`).join(''));
  });
}

const RM_PROCESSES = 2;
/** Parts to split a tree into: enough for both processes to share the work evenly. */
const RM_PARTS = 256;
const RM_ARGS = 2000;

/**
 * The tree cut into parts, level by level, until there are RM_PARTS of them: at 1,000 edges that is
 * each edge's folder and a few others (clusters/<edge>/, flux/clusters/, central/...). Parts under a
 * folder with few entries come first: flux/clusters/ holds as much as all of clusters/<edge>/ together,
 * and the processes should start on it, not finish with it.
 */
function treeParts(dir: string): string[] {
  let level = [{ path: dir, folder: true, siblings: 1 }];
  while (level.length < RM_PARTS && level.some((p) => p.folder)) {
    const below: typeof level = [];
    for (const part of level) {
      if (!part.folder) {
        below.push(part);
        continue;
      }
      const entries = readdirSync(part.path, { withFileTypes: true });
      for (const e of entries)
        below.push({ path: join(part.path, e.name), folder: e.isDirectory(), siblings: entries.length });
    }
    level = below;
  }
  return level.sort((a, b) => a.siblings - b.siblings).map((p) => p.path);
}

/** Write one file atomically (state file): temp file + rename. */
export function writeFileAtomically(file: string, content: string, mode: number): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, content, { mode });
  chmodSync(tmp, mode);
  renameSync(tmp, file);
}
