// Many files into the database: a few in flight at once, so that reading one (in a reader
// process) overlaps storing another. Each report is still its own transaction (see store.ts); the
// quality checks of the batch are computed at its end, in batches (lib/db/quality/refresh.ts).
// When the database goes away the batch stops and says so, instead of failing every file left.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import type { JurisdictionCache } from '../jurisdictions';
import { ingestBytes, type IngestDeps, type IngestResult } from './index';
import { refreshQuality } from '../quality/refresh';
import { isConnectionLoss } from './write';

/** A file that could not be read from disk or stored (I/O or database error), with the message. */
export interface Failure {
  status: 'failed';
  fileName: string;
  message: string;
}

export interface BatchSummary {
  saved: number;
  /** Stored as another source of a report already held (the same report in other bytes). */
  merged: number;
  unchanged: number;
  /** Scans queued for text recognition (the OCR worker stores them). */
  queued: Extract<IngestResult, { status: 'queued' }>[];
  refused: Extract<IngestResult, { status: 'refused' }>[];
  failed: Failure[];
  /** The database went away: no more files were taken; `notRead` of them were left. */
  stopped: { reason: string; notRead: number } | null;
}

export const emptySummary = (): BatchSummary => ({ saved: 0, merged: 0, unchanged: 0, queued: [], refused: [], failed: [], stopped: null });

/** Counts one result into a summary. */
export function tally(summary: BatchSummary, result: IngestResult | Failure): void {
  if (result.status === 'saved') summary.saved++;
  else if (result.status === 'merged') summary.merged++;
  else if (result.status === 'unchanged') summary.unchanged++;
  else if (result.status === 'queued') summary.queued.push(result);
  else if (result.status === 'refused') summary.refused.push(result);
  else summary.failed.push(result);
}

export interface BatchOptions {
  concurrency?: number;
  /** Called after each file, in completion order. */
  onResult?(result: IngestResult | Failure, done: number): void;
  /** Files are reported by their path relative to this folder (default: the base name); stored by base name. */
  baseDir?: string;
}

export async function ingestFiles(pool: pg.Pool, files: string[], deps: IngestDeps, options: BatchOptions = {}): Promise<BatchSummary> {
  const summary = emptySummary();
  const jurisdictions: JurisdictionCache = new Map();
  let next = 0;
  let done = 0;
  let lost: Error | null = null;
  const worker = async () => {
    // Once the database is gone every other file would fail the same way: none is taken.
    while (next < files.length && !lost) {
      const file = files[next++]!;
      const fileName = options.baseDir ? path.relative(options.baseDir, file) : path.basename(file);
      let result: IngestResult | Failure;
      try {
        // The quality checks in batches at the end, cheaper than one report at a time.
        const options = { jurisdictions, quality: 'batch' } as const;
        result = { ...(await ingestBytes(pool, await readFile(file), path.basename(file), deps, options)), fileName };
      } catch (error) {
        if (isConnectionLoss(error)) {
          lost ??= error as Error;
          continue;
        }
        result = { status: 'failed', fileName, message: (error as Error).message };
      }
      tally(summary, result);
      options.onResult?.(result, ++done);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  if (lost) summary.stopped = { reason: (lost as Error).message, notRead: files.length - done };
  else await refreshQuality(pool);
  return summary;
}
