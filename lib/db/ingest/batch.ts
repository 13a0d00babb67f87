// Many files into the database: a few reports in flight at once, so that parsing one overlaps
// writing another. Each report is still its own transaction (see write.ts).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import type { JurisdictionCache } from '../jurisdictions';
import { ingestBytes, type IngestDeps, type IngestResult } from './index';

export interface BatchSummary {
  saved: number;
  unchanged: number;
  refused: Extract<IngestResult, { status: 'refused' }>[];
  /** Files that could not be read or stored (I/O or database errors), with the message. */
  failed: { fileName: string; message: string }[];
}

export interface BatchOptions {
  concurrency?: number;
  /** Called after each file, in completion order. */
  onResult?(result: IngestResult | { status: 'failed'; fileName: string; message: string }, done: number): void;
  /** Files are reported by their path relative to this folder (default: the base name); stored by base name. */
  baseDir?: string;
}

export async function ingestFiles(
  db: Pick<pg.Pool, 'query'>,
  files: string[],
  deps: IngestDeps,
  options: BatchOptions = {},
): Promise<BatchSummary> {
  const summary: BatchSummary = { saved: 0, unchanged: 0, refused: [], failed: [] };
  const jurisdictions: JurisdictionCache = new Map();
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      const fileName = options.baseDir ? path.relative(options.baseDir, file) : path.basename(file);
      let result: IngestResult | { status: 'failed'; fileName: string; message: string };
      try {
        result = { ...(await ingestBytes(db, await readFile(file), path.basename(file), deps, { jurisdictions })), fileName };
      } catch (error) {
        result = { status: 'failed', fileName, message: (error as Error).message };
      }
      if (result.status === 'saved') summary.saved++;
      else if (result.status === 'unchanged') summary.unchanged++;
      else if (result.status === 'refused') summary.refused.push(result);
      else summary.failed.push(result);
      options.onResult?.(result, ++done);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  return summary;
}
