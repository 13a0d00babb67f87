// OCR processes: recognition runs in a child process of its own (lib/ocr/child.ts, run through
// lib/ingest's reader pool) with a time limit per scan, a heap cap and a resident-memory watch, so
// that no scan can block or kill the worker or CLI that asked for it.

import path from 'node:path';
import { ReaderPool, type ChildCommand } from '../ingest/pool';
import type { OcrRequest } from './child';
import type { RecogniseOutcome } from './index';

export interface OcrWorkerLimits {
  /** One scan's recognition, all pages: OCR_TIMEOUT_MS, 20 minutes. */
  timeoutMs: number;
  /** V8 heap of the OCR process: OCR_HEAP_MB, 1536 (resident memory: twice that). */
  heapMb: number;
  /** Pages of one scan: OCR_MAX_PAGES, 200. */
  maxPages: number;
}

function positive(raw: string | undefined, fallback: number): number {
  const n = raw ? Number(raw) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : fallback;
}

export function ocrWorkerLimits(env: Record<string, string | undefined> = process.env): OcrWorkerLimits {
  return {
    timeoutMs: positive(env.OCR_TIMEOUT_MS, 20 * 60_000),
    heapMb: positive(env.OCR_HEAP_MB, 1536),
    maxPages: positive(env.OCR_MAX_PAGES, 200),
  };
}

export type OcrPool = ReaderPool<OcrRequest, RecogniseOutcome>;

export function createOcrPool(limits: OcrWorkerLimits, root: string, command?: ChildCommand): OcrPool {
  return new ReaderPool<OcrRequest, RecogniseOutcome>(
    { timeoutMs: limits.timeoutMs, heapMb: limits.heapMb, maxRssMb: limits.heapMb * 2, readers: 1 },
    command ?? { args: [path.join(root, 'scripts', 'cli.mjs'), 'ocr-child'], cwd: root },
  );
}
