// Reader processes: files are read (extracted and parsed) in a few long-lived child processes,
// never in the caller's, so that no file can block or kill a server or a CLI. Each process has a
// V8 heap cap (--max-old-space-size); its resident memory, which also holds the buffers the heap
// cap does not count (pdfjs's, zip's), is watched; a file still being read after the time limit
// gets its process killed. A killed or crashed process is replaced for the next file.

import { fork, type ChildProcess } from 'node:child_process';
import { runInBackground } from '../priority';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ReaderLimits } from './limits';
import type { ReadRequest } from './read';
import { readerRefusal, type ReaderRefusalCode } from './refusals';
import type { ReadOutcome, ReadRefusal, TextOutcome } from './types';

/** How a reader process is started: node runs `args[0]` with the rest as its arguments. */
export interface ChildCommand {
  args: string[];
  cwd: string;
}

interface Job<Req, Out> {
  id: number;
  request: Req;
  resolve(outcome: Out | ReadRefusal): void;
  /** What the child says while it works (`{ id, progress }` messages): OCR's pages done. */
  progress?(progress: unknown): void;
}

interface Slot<Req, Out> {
  child: ChildProcess;
  /** It said it listens (its first message): jobs are sent only then, so none is lost while it starts. */
  ready: boolean;
  job: Job<Req, Out> | null;
  timer: NodeJS.Timeout | null;
  watch: NodeJS.Timeout | null;
  /** Why the pool killed it, when it did. */
  killedFor: ReaderRefusalCode | null;
  /** The end of its stderr, where V8 says it ran out of heap. */
  stderr: string;
}

const RSS_CHECK_MS = 250;
const PAGE_BYTES = 4096;

/** The repository: scripts/cli.mjs beside lib/. Searched up from this module, else from the
 * working directory (inside a Next server bundle the module's own path is not a real one). */
function repoRoot(): string {
  const starts = [typeof import.meta.dirname === 'string' ? import.meta.dirname : null, process.cwd()];
  for (const start of starts) {
    for (let dir = start; dir; dir = path.dirname(dir) === dir ? null : path.dirname(dir)) {
      if (existsSync(path.join(dir, 'scripts', 'cli.mjs')) && existsSync(path.join(dir, 'package.json'))) return dir;
    }
  }
  return process.cwd();
}

/** The reader process as the project runs it: scripts/ingest-child.ts bundled by scripts/cli.mjs. */
export function defaultChildCommand(): ChildCommand {
  const root = repoRoot();
  return { args: [path.join(root, 'scripts', 'cli.mjs'), 'ingest-child'], cwd: root };
}

/** Resident bytes of a process, from /proc (null where there is none). */
function residentBytes(pid: number): number | null {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES;
  } catch {
    return null;
  }
}

/** Reader processes for ReadRequests (lib/ingest), or any other request a child answers the same way (lib/ocr's recognition). */
export class ReaderPool<Req = ReadRequest, Out = ReadOutcome | TextOutcome> {
  private readonly slots: Slot<Req, Out>[] = [];
  private readonly queue: Job<Req, Out>[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly limits: Pick<ReaderLimits, 'timeoutMs' | 'heapMb' | 'maxRssMb' | 'readers'>,
    private readonly command: ChildCommand = defaultChildCommand(),
  ) {}

  run(request: Req, progress?: (progress: unknown) => void): Promise<Out | ReadRefusal> {
    if (this.closed) return Promise.resolve(readerRefusal('READER_FAILED', 'closed'));
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, request, resolve, progress });
      this.dispatch();
    });
  }

  /** Stops every reader process; files still queued or being read are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve(readerRefusal('READER_FAILED', 'closed'));
    await Promise.all(
      this.slots.map(
        (slot) =>
          new Promise<void>((resolve) => {
            if (slot.child.exitCode !== null || slot.child.signalCode !== null) return resolve();
            slot.child.once('exit', () => resolve());
            // An idle reader is unreferenced: its exit must still be waited for.
            this.setRef(slot, true);
            slot.child.kill('SIGKILL');
          }),
      ),
    );
  }

  private dispatch(): void {
    while (this.queue.length && !this.closed) {
      let slot = this.slots.find((s) => s.job === null);
      if (!slot) {
        if (this.slots.length >= this.limits.readers) return;
        slot = this.spawn();
      }
      this.assign(slot, this.queue.shift()!);
    }
  }

  private spawn(): Slot<Req, Out> {
    const [script, ...args] = this.command.args;
    const child = fork(script!, args, {
      cwd: this.command.cwd,
      execArgv: [`--max-old-space-size=${this.limits.heapMb}`],
      serialization: 'advanced',
      // Its stdout would mix with a CLI's output (npm run parse prints JSON): discarded.
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    // Readers are background work: pages first (lib/priority).
    if (child.pid) runInBackground(child.pid);
    const slot: Slot<Req, Out> = { child, ready: false, job: null, timer: null, watch: null, killedFor: null, stderr: '' };
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      slot.stderr = (slot.stderr + chunk).slice(-4096);
    });
    child.on('message', (message: { ready: true } | { id: number; outcome: Out } | { id: number; progress: unknown }) => {
      if ('ready' in message) {
        slot.ready = true;
        if (slot.job) this.send(slot, slot.job);
      } else if (slot.job?.id !== message.id) return;
      else if ('progress' in message) slot.job.progress?.(message.progress);
      else this.finish(slot, message.outcome);
    });
    // 'error' (it could not be started or signalled) is followed by 'exit' when it ran at all.
    child.on('error', () => this.retire(slot, null, null));
    child.on('exit', (code, signal) => this.retire(slot, code, signal));
    this.slots.push(slot);
    return slot;
  }

  private send(slot: Slot<Req, Out>, job: Job<Req, Out>): void {
    slot.child.send({ id: job.id, request: job.request }, (error) => {
      if (error) this.kill(slot, 'READER_FAILED');
    });
  }

  /** The time limit runs from here: a reader that never starts is stopped too. */
  private assign(slot: Slot<Req, Out>, job: Job<Req, Out>): void {
    slot.job = job;
    this.setRef(slot, true);
    if (slot.ready) this.send(slot, job);
    slot.timer = setTimeout(() => this.kill(slot, 'TIMEOUT'), this.limits.timeoutMs);
    slot.watch = setInterval(() => {
      const rss = slot.child.pid === undefined ? null : residentBytes(slot.child.pid);
      if (rss !== null && rss > this.limits.maxRssMb * 1024 * 1024) this.kill(slot, 'MEMORY_LIMIT');
    }, RSS_CHECK_MS);
  }

  private finish(slot: Slot<Req, Out>, outcome: Out): void {
    const job = slot.job;
    if (!job) return;
    this.clearTimers(slot);
    slot.job = null;
    this.setRef(slot, false);
    job.resolve(outcome);
    this.dispatch();
  }

  private kill(slot: Slot<Req, Out>, why: ReaderRefusalCode): void {
    if (slot.killedFor) return;
    slot.killedFor = why;
    slot.child.kill('SIGKILL');
  }

  /** The process is gone: its file (if any) is refused with the reason, and the next file gets a new process. */
  private retire(slot: Slot<Req, Out>, code: number | null, signal: NodeJS.Signals | null): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    this.clearTimers(slot);
    const job = slot.job;
    slot.job = null;
    if (job) job.resolve(this.refusalFor(slot, code, signal));
    this.dispatch();
  }

  private refusalFor(slot: Slot<Req, Out>, code: number | null, signal: NodeJS.Signals | null) {
    if (slot.killedFor === 'TIMEOUT') return readerRefusal('TIMEOUT', `${this.limits.timeoutMs / 1000} s`);
    if (slot.killedFor === 'MEMORY_LIMIT') return readerRefusal('MEMORY_LIMIT', `${this.limits.maxRssMb} MB resident`);
    // V8 prints this before aborting when the heap cap is reached.
    if (/heap out of memory|Reached heap limit/i.test(slot.stderr) || signal === 'SIGABRT' || code === 134)
      return readerRefusal('MEMORY_LIMIT', `${this.limits.heapMb} MB heap`);
    return readerRefusal('READER_FAILED', signal ?? `exit ${code}`);
  }

  private clearTimers(slot: Slot<Req, Out>): void {
    if (slot.timer) clearTimeout(slot.timer);
    if (slot.watch) clearInterval(slot.watch);
    slot.timer = slot.watch = null;
  }

  /** An idle reader does not keep its parent alive (a CLI exits when its work is done). */
  private setRef(slot: Slot<Req, Out>, ref: boolean): void {
    const handles = [slot.child, slot.child.channel, slot.child.stderr] as ({ ref?(): void; unref?(): void } | null | undefined)[];
    for (const h of handles) (ref ? h?.ref : h?.unref)?.call(h);
  }
}
