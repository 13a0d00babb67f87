// Re-reading what is stored, after a parser change: every source of each report another parser
// version read goes through the one ingest step again, and the report takes the parse of its best
// source (the most figures read from tables, then the oldest), atomically. A source now refused
// for its content (not a report, a news article about one…) is removed, and a report left without
// sources with it; a source that no longer agrees with the best becomes a report of its own. Then
// reports that are the same report (lib/ingest/same-report.ts) are merged, the oldest id staying.
// A file refused for what reading it cost (time, memory) leaves its report as it was.
import type pg from 'pg';
import {
  isResourceRefusal,
  preferredSource,
  sameReport,
  type FileType,
  type Message,
  type ReadOutcome,
  type ReadRefusal,
} from '../../ingest';
import { readRecognised } from '../../ocr/read';
import { needsRecognition } from '../../ocr/scan-codes';
import type { OcrDocument } from '../../ocr/types';
import { PARSER_VERSION } from '../../parser/types';
import { ensureJurisdiction, type JurisdictionCache, type PlaceRecord } from '../jurisdictions';
import { placeFromMeta } from '../jurisdictions/from-meta';
import type { IngestDeps } from './index';
import { NO_PLACE, prepareReport, type MetaCorrections, type PreparedReport } from './prepare';
import { correctedValues, withReportsOf, type StoredCandidate } from './store';
import { inTransaction, lockReportsOf, replaceParse, updateSourceRead, type Queryable } from './write';
import { enqueueOcrJob } from '../ocr/jobs';
import { computeOwnQuality } from '../quality/refresh';

export interface RemovedSource {
  reportId: number;
  fileName: string;
  code: string;
  message: Message;
}

export type ReparseResult =
  /** Re-read; `split`: reports made of sources that no longer agree with the one shown. */
  | { status: 'reread'; reportId: number; fileName: string; removed: RemovedSource[]; split: number[] }
  /** Every source refused: the report is gone. */
  | { status: 'removed'; reportId: number; fileName: string; removed: RemovedSource[] }
  /** Left as it was: a source could not be read now (time, memory), or none is stored. */
  | { status: 'kept'; reportId: number; fileName: string; message: string }
  | { status: 'failed'; reportId: number; fileName: string; message: string };

export interface Merge {
  /** The report that stays (the older). */
  into: number;
  /** The report that became sources of it and is gone. */
  from: number;
}

export interface ReparseSummary {
  reread: number;
  removedReports: number;
  removedSources: RemovedSource[];
  split: number;
  kept: Extract<ReparseResult, { status: 'kept' }>[];
  failed: Extract<ReparseResult, { status: 'failed' }>[];
  merges: Merge[];
}

export async function staleReportIds(db: Queryable): Promise<number[]> {
  const { rows } = await db.query<{ id: number }>('SELECT id FROM report WHERE parser_version <> $1 ORDER BY id', [PARSER_VERSION]);
  return rows.map((r) => r.id);
}

interface StoredSource {
  report_id: number;
  corrections: Record<string, { corrected: unknown }> | null;
  source_id: number;
  file_name: string;
  original: Buffer;
  ingested_at: Date;
  /** A scan's recognised items: laid out and parsed again, never recognised again. */
  ocr: OcrDocument | null;
  file_type: string;
  mime_type: string;
}

interface KeptSource {
  sourceId: number;
  jurisdictionId: number;
  prepared: PreparedReport;
}

const rankOf = (k: KeptSource) => ({
  id: k.sourceId,
  tableFigures: k.prepared.source.tableFigures,
  ingestedAt: k.prepared.source.ingestedAt,
});
const identityOf = (k: KeptSource) => ({ jurisdictionId: k.jurisdictionId, ...k.prepared.report });

/** A stored source's rows from its new reading, or why it is not a report (any more). */
function prepareSource(
  row: StoredSource,
  read: ReadOutcome,
  corrections: MetaCorrections,
  deps: IngestDeps,
): { ok: true; prepared: PreparedReport; place: PlaceRecord } | ReadRefusal {
  if (!read.ok) return read;
  const prepared = prepareReport({ bytes: row.original, fileName: row.file_name, read, corrections, ingestedAt: row.ingested_at });
  if (!prepared.ok) return prepared.refusal;
  const place = (deps.place ?? placeFromMeta)(read.result.meta);
  return place ? { ok: true, prepared: prepared.prepared, place } : NO_PLACE;
}

async function reparseReport(pool: pg.Pool, reportId: number, deps: IngestDeps, cache: JurisdictionCache): Promise<ReparseResult> {
  const { rows } = await pool.query<StoredSource>(
    `SELECT r.id AS report_id, r.corrections, s.id AS source_id, s.file_name, s.original, s.ingested_at, s.ocr, s.file_type, s.mime_type
     FROM report r JOIN report_source s ON s.report_id = r.id WHERE r.id = $1 ORDER BY s.id`,
    [reportId],
  );
  const label = rows[0]?.file_name ?? `report ${reportId}`;
  if (!rows.length) return { status: 'kept', reportId, fileName: label, message: 'no stored original to re-read' };
  const corrections = correctedValues(rows[0]!.corrections);
  const kept: KeptSource[] = [];
  const removed: RemovedSource[] = [];
  const removedIds: number[] = [];
  for (const row of rows) {
    const read = row.ocr
      ? readRecognised(row.ocr, row.file_name, { fileType: row.file_type as FileType, mimeType: row.mime_type })
      : await deps.read(new Uint8Array(row.original), row.file_name);
    if (!read.ok && isResourceRefusal(read.code))
      return {
        status: 'kept',
        reportId,
        fileName: row.file_name,
        message: `${read.message.en} [${read.code}]; retried by the next reparse`,
      };
    // A stored file read from its text that is now sent to recognition (a DOCX whose tables are
    // pictures, stored before they were read): queued, and its report kept until the worker re-reads it.
    if (!read.ok && needsRecognition(read.code)) {
      const job = await enqueueOcrJob(pool, row.original, row.file_name);
      return {
        status: 'kept',
        reportId,
        fileName: row.file_name,
        message: `${read.message.en} [${read.code}]; queued for text recognition (/api/ocr-jobs/${job.id}), which re-reads the report`,
      };
    }
    const source = prepareSource(row, read, corrections, deps);
    if (!source.ok) {
      removed.push({ reportId, fileName: row.file_name, code: source.code, message: source.message });
      removedIds.push(row.source_id);
    } else {
      const jurisdictionId = await ensureJurisdiction(pool, source.place, cache);
      kept.push({ sourceId: row.source_id, jurisdictionId, prepared: source.prepared });
    }
  }
  if (!kept.length) {
    await inTransaction(pool, async (client) => {
      await client.query('DELETE FROM report WHERE id = $1', [reportId]);
      await computeOwnQuality(client);
    });
    return { status: 'removed', reportId, fileName: label, removed };
  }
  const [best, ...others] = kept.sort((a, b) => preferredSource(rankOf(a), rankOf(b)));
  const split = await inTransaction(pool, async (client) => {
    await lockReportsOf(client, best!.jurisdictionId, best!.prepared.report.year);
    if (removedIds.length) await client.query('DELETE FROM report_source WHERE id = ANY($1::int[])', [removedIds]);
    for (const k of kept) await updateSourceRead(client, k.sourceId, k.prepared.source);
    await replaceParse(client, reportId, best!.jurisdictionId, best!.prepared, best!.sourceId);
    const newIds: number[] = [];
    for (const k of others) {
      if (sameReport(identityOf(best!), best!.prepared.values, identityOf(k), k.prepared.values)) continue;
      newIds.push(await moveToNewReport(client, k));
    }
    await computeOwnQuality(client);
    return newIds;
  });
  return { status: 'reread', reportId, fileName: best!.prepared.source.fileName, removed, split };
}

/** A source that is not (or no longer) the same report as the others: a report of its own. */
async function moveToNewReport(client: pg.PoolClient, k: KeptSource): Promise<number> {
  const r = k.prepared.report;
  const { rows } = await client.query<{ id: number }>(
    `INSERT INTO report (jurisdiction_id, body, year, scope, format, parser_version) VALUES ($1, $2, $3, $4::"ReportScope", $5, $6) RETURNING id`,
    [k.jurisdictionId, r.body, r.year, r.scope, r.format, r.parserVersion],
  );
  const id = rows[0]!.id;
  await client.query('UPDATE report_source SET report_id = $2 WHERE id = $1', [k.sourceId, id]);
  await replaceParse(client, id, k.jurisdictionId, k.prepared, k.sourceId, { addCorrections: k.prepared.report.corrections });
  return id;
}

/** Merges `other` into `head` (both of one jurisdiction-year): its sources move over; when its
 * shown source ranks first, its parse (meta, figures, issues, corrections) replaces head's. */
async function mergeInto(client: pg.PoolClient, head: StoredCandidate, other: StoredCandidate): Promise<void> {
  if (other.shown && (!head.shown || preferredSource(other.shown, head.shown) < 0)) {
    await client.query('DELETE FROM figure WHERE report_id = $1', [head.id]);
    await client.query('DELETE FROM report_issue WHERE report_id = $1', [head.id]);
    await client.query('UPDATE report SET shown_source_id = NULL WHERE id = $1', [other.id]);
    await client.query(
      `UPDATE report h SET body = o.body, title = o.title, scope = o.scope, format = o.format, published_on = o.published_on,
              issuer = o.issuer, parser_version = o.parser_version, error_count = o.error_count, corrections = o.corrections,
              shown_source_id = $3
       FROM report o WHERE h.id = $1 AND o.id = $2`,
      [head.id, other.id, other.shown.id],
    );
    await client.query('UPDATE figure SET report_id = $1 WHERE report_id = $2', [head.id, other.id]);
    await client.query('UPDATE report_issue SET report_id = $1 WHERE report_id = $2', [head.id, other.id]);
    Object.assign(head, { shown: other.shown, values: other.values, body: other.body, corrections: other.corrections });
  }
  await client.query('UPDATE report_source SET report_id = $1 WHERE report_id = $2', [head.id, other.id]);
  await client.query('DELETE FROM report WHERE id = $1', [other.id]);
}

/** Merges the stored reports that are the same report, within each jurisdiction-year. */
export async function mergeDuplicates(pool: pg.Pool): Promise<Merge[]> {
  const groups = await pool.query<{ jurisdiction_id: number; year: number }>(
    'SELECT jurisdiction_id, year FROM report GROUP BY jurisdiction_id, year, scope HAVING count(*) > 1 ORDER BY 1, 2',
  );
  const merges: Merge[] = [];
  for (const { jurisdiction_id: jurisdictionId, year } of groups.rows) {
    await withReportsOf(pool, jurisdictionId, year, null, async (client, stored) => {
      const heads: StoredCandidate[] = [];
      for (const report of stored) {
        const head = heads.find((h) => sameReport(h, h.values, report, report.values));
        if (!head) heads.push(report);
        else {
          await mergeInto(client, head, report);
          merges.push({ into: head.id, from: report.id });
        }
      }
    });
  }
  return merges;
}

/** Re-reads every stale report (or `ids`), then merges duplicates. */
export async function reparseStale(
  pool: pg.Pool,
  deps: IngestDeps,
  options: { ids?: number[]; onResult?(result: ReparseResult, done: number): void } = {},
): Promise<ReparseSummary> {
  const ids = options.ids ?? (await staleReportIds(pool));
  const summary: ReparseSummary = { reread: 0, removedReports: 0, removedSources: [], split: 0, kept: [], failed: [], merges: [] };
  const cache: JurisdictionCache = new Map();
  let done = 0;
  for (const id of ids) {
    let result: ReparseResult;
    try {
      result = await reparseReport(pool, id, deps, cache);
    } catch (error) {
      result = { status: 'failed', reportId: id, fileName: `report ${id}`, message: (error as Error).message };
    }
    if (result.status === 'reread') {
      summary.reread++;
      summary.split += result.split.length;
    } else if (result.status === 'removed') summary.removedReports++;
    else if (result.status === 'kept') summary.kept.push(result);
    else summary.failed.push(result);
    if (result.status === 'reread' || result.status === 'removed') summary.removedSources.push(...result.removed);
    options.onResult?.(result, ++done);
  }
  summary.merges = await mergeDuplicates(pool);
  return summary;
}
