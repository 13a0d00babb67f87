// Ingest: bytes of a file → read by the one ingest step (lib/ingest: extraction and parsing in a
// reader process) → stored by the same-report rule (store.ts): a new report, another source of a
// stored one, "unchanged" (these bytes are stored), a scan queued for text recognition (lib/db/ocr:
// the OCR worker stores it later through this same function), or a refusal with its reason.
import type pg from 'pg';
import { readReport, type ReadOutcome, type SourceFacts } from '../../ingest';
import { hostIssues } from '../../ocr/host';
import { MAX_DOCUMENT_IMAGES, needsRecognition } from '../../ocr/scan-codes';
import type { PageImage } from '../../ocr/types';
import { enqueueOcrJob } from '../ocr/jobs';
import { contentHash, type MetaCorrections } from './prepare';
import { refused, storeRead, type IngestResult, type StoreOptions } from './store';
import { findByHash, inTransaction } from './write';

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
  /**
   * Fetches a web page's images (collection: the page's host, its pause, the fetcher's limits), given
   * their addresses as the page writes them: a page whose tables are images is then queued for
   * recognition with them. Without it (an upload) the page is stored as its text reads, saying so.
   */
  fetchImages?(srcs: string[]): Promise<PageImage[]>;
  /** The page's images recognition read (the OCR worker, with the page): kept with its source. */
  images?: readonly PageImage[];
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
  let read = await deps.read(bytes, fileName, options.facts);
  if (!read.ok && needsRecognition(read.code) && options.scans !== 'refuse') {
    // Recognition takes seconds a page: the OCR worker does it, with these facts and corrections.
    const job = await enqueueOcrJob(pool, bytes, fileName, { facts: options.facts, corrections: options.corrections });
    return { status: 'queued', fileName, jobId: job.id, created: job.created };
  }
  if (read.images?.length && options.fetchImages && options.scans !== 'refuse') {
    // A page whose tables are images: recognised with them, as a scan is, once any could be fetched.
    const images = await options.fetchImages(read.images.slice(0, MAX_DOCUMENT_IMAGES));
    if (images.some((i) => i.bytes)) {
      const job = await inTransaction(pool, (client) =>
        enqueueOcrJob(client, bytes, fileName, { facts: options.facts, corrections: options.corrections, images }),
      );
      return { status: 'queued', fileName, jobId: job.id, created: job.created };
    }
    read = withFetchFailures(read, images);
  }
  if (!read.ok) return refused(fileName, read);
  return storeRead(
    pool,
    { bytes, fileName, read, facts: options.facts, corrections: options.corrections, contentHash: hash, images: options.images },
    { place: options.place ?? deps.place, jurisdictions: options.jurisdictions, quality: options.quality },
  );
}

/** A page read from its text alone because none of its images could be fetched: its IMAGES_UNREAD
 * issue (or its refusal) says why for each. */
function withFetchFailures(read: ReadOutcome, images: PageImage[]): ReadOutcome {
  const [unread] = hostIssues({
    text: '',
    images: images.map((i) => ({ source: i.url, contentType: i.contentType ?? null, unread: i.unread })),
  });
  if (!unread) return read;
  if (!read.ok)
    return { ...read, message: { zh: `${read.message.zh} ${unread.message.zh}`, en: `${read.message.en} ${unread.message.en}` } };
  const issues = [...read.result.issues.filter((i) => i.code !== 'IMAGES_UNREAD'), unread];
  return { ...read, result: { ...read.result, issues } };
}
