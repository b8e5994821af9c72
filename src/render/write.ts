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
import { type Artifact, fileMode } from './artifact.js';

/**
 * Files written on this thread before the rest goes to a writer thread. Small renders (a reference
 * fleet is ~30 files) never pay for a thread; big ones render on this core while the other one does
 * the open/write/close, which is about as much time again (bench/render).
 */
const WRITE_HERE = 512;
/** Files per message to the writer thread: one message costs about what a few small writes do. */
const BATCH_FILES = 64;
/** Batches sent and not yet written before rendering waits: bounds the memory the queue holds. */
const MAX_IN_FLIGHT = 32;
const STALL_SECONDS = 60;

interface FileToWrite {
  file: string;
  content: string;
  mode: number;
}

/** Writes the artifacts as they come (a render stream is never collected) and returns how many. */
export async function writeArtifactsAtomically(
  outDir: string,
  artifacts: Iterable<Artifact>,
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
    for (const a of artifacts) {
      files++;
      const file = join(tmp, a.path);
      if (files > WRITE_HERE) {
        // From here on only the thread writes, folders included: nothing races.
        writer ??= new WriterThread();
        writer.add(file, a.content, fileMode(a));
        continue;
      }
      const dir = dirname(file);
      if (!dirs.has(dir)) {
        mkdirSync(dir, { recursive: true });
        dirs.add(dir);
      }
      writeFile({ file, content: a.content, mode: fileMode(a) });
    }
    if (writer) await writer.finish();
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

function writeFile(f: FileToWrite): void {
  writeFileSync(f.file, f.content, { mode: f.mode });
  // writeFileSync's mode is masked by umask; make it exact for secrets (0600).
  if (f.mode === 0o600) chmodSync(f.file, 0o600);
}

/**
 * The writer thread's whole program, as source text (a function's text would be rewritten by the
 * bundler, which turns its require() into a helper the thread does not have). It writes each batch
 * as writeFile above does, making folders as needed, then counts the batch done in shared memory;
 * the first failure is reported with its errno code, and nothing more is written.
 */
const WRITER_PROGRAM = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { dirname } = require('node:path');
const dirs = new Set();
const inFlight = new Int32Array(workerData.inFlight);
let failed = false;
parentPort.on('message', (batch) => {
  if (batch === null) return parentPort.postMessage({ done: true });
  if (!failed)
    try {
      const files = batch.files.split('\\0');
      for (let i = 0, start = 0; i < files.length; start = batch.ends[i], i++) {
        const dir = dirname(files[i]);
        if (!dirs.has(dir)) fs.mkdirSync(dir, { recursive: true }), dirs.add(dir);
        fs.writeFileSync(files[i], new Uint8Array(batch.bytes, start, batch.ends[i] - start), { mode: batch.modes[i] });
        if (batch.modes[i] === 0o600) fs.chmodSync(files[i], 0o600);
      }
    } catch (e) {
      failed = true;
      parentPort.postMessage({ error: { message: e.message, code: e.code, path: e.path, syscall: e.syscall } });
    }
  Atomics.sub(inFlight, 0, 1);
  Atomics.notify(inFlight, 0);
});
`;

/**
 * A batch as the thread receives it: paths joined by NUL (never in a path), the files' UTF-8 bytes
 * one after another in a buffer that is moved to the thread, not copied, and where each file's bytes
 * end. Joining the texts and copying them into the message took this thread about as long as the
 * writes it handed over (bench/render, 1,000 edges); encoding them is work the write does anyway.
 */
interface Batch {
  files: string;
  bytes: ArrayBuffer;
  ends: number[];
  modes: number[];
}

/** Bytes a batch's buffer starts with; a file larger than what is left starts a buffer of its own. */
const BATCH_BYTES = 1 << 18;

class WriterThread {
  private readonly inFlight = new Int32Array(new SharedArrayBuffer(4));
  private readonly worker: Worker;
  private readonly settled: Promise<void>;
  private failure: Error | undefined;

  constructor() {
    this.worker = new Worker(WRITER_PROGRAM, {
      eval: true,
      workerData: { inFlight: this.inFlight.buffer },
      // It keeps nothing but folder names; small generations make it collect what it has written
      // instead of growing beside the render (peak RSS, bench/render).
      resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 96 },
    });
    this.settled = new Promise((resolve, reject) => {
      this.worker.on(
        'message',
        (m: { done?: true; error?: { message: string } & Record<string, unknown> }) => {
          if (m.error) this.failure = Object.assign(new Error(m.error.message), m.error);
          else if (m.done) this.failure ? reject(this.failure) : resolve();
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

  private files: string[] = [];
  private ends: number[] = [];
  private modes: number[] = [];
  private bytes = new Uint8Array(BATCH_BYTES);
  private length = 0;
  private readonly encoder = new TextEncoder();

  add(file: string, content: string, mode: number): void {
    let r = this.encoder.encodeInto(content, this.bytes.subarray(this.length));
    if (r.read < content.length) {
      // The buffer is full: send what it holds, then encode into one with room (UTF-8: ≤ 3 bytes each).
      this.send(Math.max(BATCH_BYTES, content.length * 3));
      r = this.encoder.encodeInto(content, this.bytes);
    }
    this.length += r.written;
    this.files.push(file);
    this.ends.push(this.length);
    this.modes.push(mode);
    if (this.files.length === BATCH_FILES) this.send(BATCH_BYTES);
  }

  private send(nextBytes: number): void {
    if (this.files.length === 0) {
      if (this.bytes.length < nextBytes) this.bytes = new Uint8Array(nextBytes);
      return;
    }
    // Rendering outruns the disk only briefly; when it does, wait here rather than queue the output.
    for (let waited = 0; Atomics.load(this.inFlight, 0) >= MAX_IN_FLIGHT; waited++) {
      // A thread that stopped writing (it cannot tell us while we wait) must not hang the render.
      if (waited === STALL_SECONDS) throw new Error(`writer thread wrote nothing for ${STALL_SECONDS} s`);
      Atomics.wait(this.inFlight, 0, Atomics.load(this.inFlight, 0), 1000);
    }
    Atomics.add(this.inFlight, 0, 1);
    const bytes = this.bytes.buffer as ArrayBuffer;
    const batch: Batch = { files: this.files.join('\0'), bytes, ends: this.ends, modes: this.modes };
    this.worker.postMessage(batch, [bytes]);
    this.files = [];
    this.ends = [];
    this.modes = [];
    this.bytes = new Uint8Array(nextBytes);
    this.length = 0;
  }

  /** Resolves once every batch sent is on disk; rejects with the first write error. */
  async finish(): Promise<void> {
    this.send(0);
    this.worker.postMessage(null);
    try {
      await this.settled;
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
