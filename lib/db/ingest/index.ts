// Ingest: bytes of a file → a stored report (original, text, figures, issues) in one transaction,
// or "unchanged" (same bytes already stored), or a refusal with its reason (nothing stored).
import type pg from 'pg';
import type { ExtractOutcome } from '../../extract/types';
import type { ParseOptions, ParseOutcome } from '../../parser/types';
import { ensureJurisdiction, type JurisdictionCache, type PlaceRecord } from '../jurisdictions';
import { placeFromMeta } from '../jurisdictions/from-meta';
import { contentHash, prepareReport, type MetaCorrections, type PrepareInput, type Refusal } from './prepare';
import { findByHash, insertReport } from './write';

export { contentHash, prepareReport, type MetaCorrections, type PreparedReport, type Refusal } from './prepare';
export { findByHash, insertReport, replaceParse } from './write';

export type IngestResult =
  | { status: 'saved'; fileName: string; reportId: number; figures: number; issues: number; errors: number }
  | { status: 'unchanged'; fileName: string; reportId: number }
  | ({ status: 'refused'; fileName: string } & Refusal);

/** The parser and extractor, injected so tests and benchmarks can run the writer on their own inputs. */
export interface IngestDeps {
  extract(bytes: Uint8Array, fileName: string): Promise<ExtractOutcome>;
  /** Synchronous (parseReport itself) or in a worker thread (parallel.ts). */
  parse(text: string, options: ParseOptions): ParseOutcome | Promise<ParseOutcome>;
  /** Place of a parsed report (lib/places); defaults to the parser's meta as given. */
  place?(meta: PrepareInput['result']['meta']): PlaceRecord | null;
}

export interface IngestOptions {
  corrections?: MetaCorrections;
  /** Shared by a batch so that each jurisdiction is looked up once. */
  jurisdictions?: JurisdictionCache;
}

type Db = Pick<pg.Pool, 'query'>;

/** Stores an already extracted and parsed report (the officer's review flow saves this way). */
export async function saveParsed(
  db: Db,
  input: PrepareInput,
  deps: Pick<IngestDeps, 'place'> = {},
  cache?: JurisdictionCache,
): Promise<IngestResult> {
  const prepared = prepareReport(input);
  if (!prepared.ok) return { status: 'refused', fileName: input.fileName, ...prepared.refusal };
  const place = (deps.place ?? placeFromMeta)(input.result.meta);
  if (!place) {
    return {
      status: 'refused',
      fileName: input.fileName,
      code: 'META_MISSING',
      reason: { zh: '未能确定报告所属的地区', en: 'The place the report belongs to could not be determined' },
    };
  }
  const jurisdictionId = await ensureJurisdiction(db, place, cache);
  const { id, inserted } = await insertReport(db, jurisdictionId, prepared.prepared);
  if (!inserted) return { status: 'unchanged', fileName: input.fileName, reportId: id };
  const p = prepared.prepared;
  return {
    status: 'saved',
    fileName: input.fileName,
    reportId: id,
    figures: p.figures.key.length,
    issues: p.issues.length,
    errors: p.report.errorCount,
  };
}

/** Extracts, parses and stores one file's bytes. Never throws for bad input: it refuses. */
export async function ingestBytes(
  db: Db,
  bytes: Uint8Array,
  fileName: string,
  deps: IngestDeps,
  options: IngestOptions = {},
): Promise<IngestResult> {
  // Known bytes are recognised before any parsing: re-runs (after a crash, or of the same folder) are cheap.
  const known = await findByHash(db, contentHash(bytes));
  if (known !== null) return { status: 'unchanged', fileName, reportId: known };
  // A plain copy: pdf.js refuses Node Buffers and may take over (detach) the memory it is given,
  // while the original bytes are still to be stored.
  const extracted = await deps.extract(new Uint8Array(bytes), fileName);
  if (!extracted.ok) return { status: 'refused', fileName, code: extracted.code, reason: extracted.reason };
  const outcome = await deps.parse(extracted.text, { fileName });
  if (!outcome.ok) return { status: 'refused', fileName, code: outcome.refusal.code, reason: outcome.refusal.message };
  return saveParsed(
    db,
    {
      bytes,
      fileName,
      fileType: extracted.fileType,
      mimeType: extracted.mimeType,
      text: extracted.text,
      result: outcome.result,
      corrections: options.corrections,
    },
    deps,
    options.jurisdictions,
  );
}
