// What reading one file may cost. Extraction limits (zip, PDF pages, HTML) are lib/extract's; the
// file size and the reader process's time and memory are set here, from the environment.

import os from 'node:os';

export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface ReaderLimits {
  /** Files over this are refused unread (413): MAX_UPLOAD_BYTES, 20 MB. */
  maxFileBytes: number;
  /** A file still being read after this is stopped (its process killed): INGEST_TIMEOUT_MS, 30 s. */
  timeoutMs: number;
  /** V8 heap of a reader process (--max-old-space-size): INGEST_HEAP_MB, 1024. */
  heapMb: number;
  /** Resident memory of a reader process, buffers included (which the heap limit does not
   * cover), checked every quarter second: twice the heap. */
  maxRssMb: number;
  /** Reader processes working at once: INGEST_READERS, else one per core. */
  readers: number;
}

type Env = Record<string, string | undefined>;

function positive(raw: string | undefined, fallback: number): number {
  const n = raw ? Number(raw) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : fallback;
}

/** MAX_UPLOAD_BYTES from the environment (bytes), else 20 MB: uploads, files and fetched documents alike. */
export function maxFileBytes(env: Env = process.env): number {
  return positive(env.MAX_UPLOAD_BYTES, DEFAULT_MAX_FILE_BYTES);
}

export function readerLimits(env: Env = process.env): ReaderLimits {
  const heapMb = positive(env.INGEST_HEAP_MB, 1024);
  return {
    maxFileBytes: maxFileBytes(env),
    timeoutMs: positive(env.INGEST_TIMEOUT_MS, 30_000),
    heapMb,
    maxRssMb: heapMb * 2,
    readers: positive(env.INGEST_READERS, Math.max(1, os.availableParallelism())),
  };
}
