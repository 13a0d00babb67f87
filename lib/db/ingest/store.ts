// Storing a read report by the same-report rule (lib/ingest/same-report.ts): bytes already held are
// "unchanged"; a copy of a stored report (same jurisdiction, year, scope, body, and no figure in
// disagreement) becomes another source of it, shown when it has more figures read from tables;
// anything else is a new report; a collected page's images are kept with its source. One
// transaction, under a lock on the jurisdiction-year (withReportsOf), so two copies stored at the
// same moment still become one report.
import type pg from 'pg';
import { preferredSource, sameReport, type ReadRefusal, type ReportIdentity, type SourceRank } from '../../ingest';
import type { ParseIssue } from '../../parser/types';
import { ensureJurisdiction, type JurisdictionCache, type PlaceRecord } from '../jurisdictions';
import { placeFromMeta } from '../jurisdictions/from-meta';
import { NO_PLACE, prepareReport, type MetaCorrections, type PrepareInput, type PreparedReport } from './prepare';
import { findByHash, insertReport, insertSource, replaceParse, withClient } from './write';
import { computeOwnQuality } from '../quality/refresh';
import { keepSourceImages } from './source-images';

interface Stored {
  fileName: string;
  reportId: number;
  sourceId: number;
  jurisdiction: { slug: string; name: string };
  year: number;
}

export type IngestResult =
  /** A new report. */
  | ({ status: 'saved'; figures: number; issues: ParseIssue[]; errors: number } & Stored)
  /** Another copy of a stored report, kept as its source; `shown` when its figures are now the ones shown. */
  | ({ status: 'merged'; shown: boolean } & Stored)
  /** These very bytes are already stored. */
  | ({ status: 'unchanged' } & Stored)
  | ({ status: 'refused'; fileName: string } & Omit<ReadRefusal, 'ok'>)
  /** A scan (image-only PDF, image): its text recognition is queued as job `jobId` (lib/db/ocr);
   * `created` false when the same bytes were already waiting. The report follows when the job is done. */
  | { status: 'queued'; fileName: string; jobId: number; created: boolean };

export function refused(fileName: string, refusal: ReadRefusal): IngestResult {
  return { status: 'refused', fileName, code: refusal.code, message: refusal.message, httpStatus: refusal.httpStatus };
}

export interface StoreOptions {
  /** Shared by a batch so that each jurisdiction is looked up once. */
  jurisdictions?: JurisdictionCache;
  /** Place of a parsed report (lib/places); tests give their own. */
  place?(meta: PrepareInput['read']['result']['meta']): PlaceRecord | null;
  /**
   * The quality checks of what the write changed: computed in its transaction (default), or left
   * queued for refreshQuality (`'batch'`: a bulk load computes them in batches at its end, cheaper
   * per report; its reports show as unchecked until then).
   */
  quality?: 'now' | 'batch';
}

/** A stored report as the rule compares it: its identity, shown source and figures with a value. */
export interface StoredCandidate extends ReportIdentity {
  id: number;
  corrections: Record<string, { corrected: unknown }> | null;
  shown: SourceRank | null;
  values: Map<string, number>;
  jurisdiction: { slug: string; name: string };
}

/**
 * Runs `work` in one transaction that holds the lock on a jurisdiction-year (two copies of one
 * report stored at once must see each other), with the reports stored under it (of `scope`, when
 * given), oldest first, with their figures. Beginning, locking and listing are one round trip: the
 * simple protocol takes several statements, and the values are whole numbers and an enum.
 */
export async function withReportsOf<T>(
  pool: pg.Pool,
  jurisdictionId: number,
  year: number,
  scope: ReportIdentity['scope'] | null,
  work: (client: pg.PoolClient, stored: StoredCandidate[]) => Promise<T>,
  quality: StoreOptions['quality'] = 'now',
): Promise<T> {
  if (!Number.isSafeInteger(jurisdictionId) || !Number.isSafeInteger(year)) throw new Error(`bad report key ${jurisdictionId}/${year}`);
  const scopeFilter = scope === null ? '' : ` AND r.scope = '${scope === 'agency' ? 'agency' : 'aggregate'}'`;
  return withClient(pool, async (client) => {
    try {
      const results = (await client.query(
        `BEGIN; SELECT pg_advisory_xact_lock(${jurisdictionId}, ${year});
         SELECT r.id, r.body, r.scope, r.corrections, j.slug, j.name, s.id AS source_id, s.table_figures, s.ingested_at
         FROM report r JOIN jurisdiction j ON j.id = r.jurisdiction_id LEFT JOIN report_source s ON s.id = r.shown_source_id
         WHERE r.jurisdiction_id = ${jurisdictionId} AND r.year = ${year}${scopeFilter} ORDER BY r.id`,
      )) as unknown as pg.QueryResult[];
      const stored = await withFigures(client, jurisdictionId, year, results[2]!.rows);
      const result = await work(client, stored);
      if (quality === 'now') await computeOwnQuality(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  });
}

async function withFigures(
  client: pg.PoolClient,
  jurisdictionId: number,
  year: number,
  rows: pg.QueryResultRow[],
): Promise<StoredCandidate[]> {
  if (!rows.length) return [];
  const byId = new Map<number, StoredCandidate>(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        jurisdictionId,
        year,
        scope: r.scope,
        body: r.body,
        corrections: r.corrections,
        shown: r.source_id === null ? null : { id: r.source_id, tableFigures: r.table_figures, ingestedAt: r.ingested_at },
        values: new Map(),
        jurisdiction: { slug: r.slug, name: r.name },
      },
    ]),
  );
  const figures = await client.query<{ report_id: number; key: string; value: number }>(
    'SELECT report_id, key, value FROM figure WHERE report_id = ANY($1::int[]) AND value IS NOT NULL',
    [[...byId.keys()]],
  );
  for (const f of figures.rows) byId.get(f.report_id)!.values.set(f.key, f.value);
  return [...byId.values()];
}

/** The corrected values of stored corrections ({ body: { parsed, corrected, at } } → { body: corrected }). */
export function correctedValues(stored: Record<string, { corrected: unknown }> | null): MetaCorrections {
  return Object.fromEntries(Object.entries(stored ?? {}).map(([field, c]) => [field, c.corrected])) as MetaCorrections;
}

function isDuplicateSource(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string };
  return e.code === '23505' && e.constraint === 'report_source_content_hash_key';
}

/** Stores one read report (see the header). Never throws for bad input: it refuses. */
export async function storeRead(pool: pg.Pool, input: PrepareInput, options: StoreOptions = {}): Promise<IngestResult> {
  const { fileName } = input;
  const prepared = prepareReport(input);
  if (!prepared.ok) return refused(fileName, prepared.refusal);
  const p = prepared.prepared;
  const place = (options.place ?? placeFromMeta)(input.read.result.meta);
  if (!place) return refused(fileName, NO_PLACE);
  const jurisdictionId = await ensureJurisdiction(pool, place, options.jurisdictions);
  const { year, scope, body } = p.report;
  try {
    return await withReportsOf(
      pool,
      jurisdictionId,
      year,
      scope,
      async (client, stored) => {
        const identity = { jurisdictionId, year, scope, body };
        const same = stored.find((c) => sameReport(identity, p.values, c, c.values));
        if (!same) {
          const saved = await insertReport(client, jurisdictionId, p);
          await keepSourceImages(client, saved.sourceId, input.images ?? []);
          const issues = input.read.result.issues;
          const errors = p.report.errorCount;
          return { status: 'saved', fileName, ...saved, year, figures: p.figures.key.length, issues, errors };
        }
        const sourceId = await insertSource(client, same.id, p.source);
        await keepSourceImages(client, sourceId, input.images ?? []);
        const rank = { id: sourceId, tableFigures: p.source.tableFigures, ingestedAt: p.source.ingestedAt };
        const shown = same.shown === null || preferredSource(rank, same.shown) < 0;
        if (shown) await showSource(client, same, jurisdictionId, input, p, sourceId);
        return { status: 'merged', fileName, reportId: same.id, sourceId, jurisdiction: same.jurisdiction, year, shown };
      },
      options.quality,
    );
  } catch (error) {
    // The same bytes stored meanwhile by another writer (under another jurisdiction-year lock:
    // an officer corrected the year of one of them).
    if (!isDuplicateSource(error)) throw error;
    const known = await findByHash(pool, p.source.contentHash);
    if (!known) throw error;
    return { status: 'unchanged', fileName, ...known };
  }
}

/** A report's figures become those of its new source. The report's own corrections still apply;
 * the upload's, if any, are added to them. */
async function showSource(
  client: pg.PoolClient,
  report: StoredCandidate,
  jurisdictionId: number,
  input: PrepareInput,
  p: PreparedReport,
  sourceId: number,
): Promise<void> {
  const corrected = prepareReport({ ...input, corrections: { ...correctedValues(report.corrections), ...input.corrections } });
  await replaceParse(client, report.id, jurisdictionId, corrected.ok ? corrected.prepared : p, sourceId, {
    addCorrections: p.report.corrections,
  });
}
