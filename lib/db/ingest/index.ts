// Ingest: bytes of a file → read by the one ingest step (lib/ingest: extraction and parsing in a
// reader process) → stored by the same-report rule (store.ts): a new report, another source of a
// stored one, "unchanged" (these bytes are stored), a scan queued for text recognition (lib/db/ocr:
// the OCR worker stores it later through this same function), or a refusal with its reason.
import type pg from 'pg';
import { readReport, type ReadOutcome, type SourceFacts } from '../../ingest';
import { needsRecognition } from '../../ocr/scan-codes';
import { enqueueOcrJob } from '../ocr/jobs';
import { contentHash, type MetaCorrections } from './prepare';
import { refused, storeRead, type IngestResult, type StoreOptions } from './store';
import { findByHash } from './write';

export { contentHash, prepareReport, type MetaCorrections, type PrepareInput, type PreparedReport } from './prepare';
export { refused, storeRead, type IngestResult, type StoreOptions } from './store';
export { findByHash } from './write';

/** How files are read: the shared reader processes; tests and benchmarks give their own. */
export interface IngestDeps extends StoreOptions {
  read(bytes: Uint8Array, fileName: string, facts?: SourceFacts): Promise<ReadOutcome>;
}

export const defaultDeps: IngestDeps = { read: readReport };

export interface IngestOptions extends StoreOptions {
  corrections?: MetaCorrections;
  /** Where the bytes came from (collection fills the web fields). */
  facts?: SourceFacts;
  /** A scan is queued for text recognition (default), or refused (`'refuse'`: the OCR worker, whose
   * reading is the recognition itself). */
  scans?: 'queue' | 'refuse';
}

/** Reads and stores one file's bytes. Never throws for bad input: it refuses. */
export async function ingestBytes(
  pool: pg.Pool,
  bytes: Uint8Array,
  fileName: string,
  deps: IngestDeps = defaultDeps,
  options: IngestOptions = {},
): Promise<IngestResult> {
  // Known bytes are recognised before any reading: re-runs (after a crash, or of the same folder) are cheap.
  const hash = contentHash(bytes);
  const known = await findByHash(pool, hash);
  if (known !== null) return { status: 'unchanged', fileName, ...known };
  const read = await deps.read(bytes, fileName, options.facts);
  if (!read.ok && needsRecognition(read.code) && options.scans !== 'refuse') {
    // Recognition takes seconds a page: the OCR worker does it, with these facts and corrections.
    const job = await enqueueOcrJob(pool, bytes, fileName, { facts: options.facts, corrections: options.corrections });
    return { status: 'queued', fileName, jobId: job.id, created: job.created };
  }
  if (!read.ok) return refused(fileName, read);
  return storeRead(
    pool,
    { bytes, fileName, read, facts: options.facts, corrections: options.corrections, contentHash: hash },
    { place: options.place ?? deps.place, jurisdictions: options.jurisdictions, quality: options.quality },
  );
}
