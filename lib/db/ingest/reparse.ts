// Re-reading stored originals with the current extractor and parser, for reports a different
// parser version read. Atomic per report: a report is either fully re-read or left as it was.
import type pg from 'pg';
import { PARSER_VERSION } from '../../parser/types';
import { ensureJurisdiction, type JurisdictionCache } from '../jurisdictions';
import { placeFromMeta } from '../jurisdictions/from-meta';
import type { BatchSummary } from './batch';
import type { IngestDeps, IngestResult } from './index';
import { prepareReport, type MetaCorrections } from './prepare';
import { replaceParse } from './write';

interface StoredReport {
  id: number;
  source_file_name: string;
  source_file_type: string;
  corrections: Record<string, { corrected: unknown }> | null;
  original: Buffer;
}

export async function staleReportIds(db: Pick<pg.Pool, 'query'>): Promise<number[]> {
  const { rows } = await db.query<{ id: number }>('SELECT id FROM report WHERE parser_version <> $1 ORDER BY id', [PARSER_VERSION]);
  return rows.map((r) => r.id);
}

async function reparseOne(pool: pg.Pool, id: number, deps: IngestDeps, cache: JurisdictionCache): Promise<IngestResult> {
  const { rows } = await pool.query<StoredReport>(
    'SELECT r.id, r.source_file_name, r.source_file_type, r.corrections, s.original FROM report r JOIN report_source s ON s.report_id = r.id WHERE r.id = $1',
    [id],
  );
  const stored = rows[0];
  if (!stored)
    return {
      status: 'refused',
      fileName: `report ${id}`,
      code: 'NOT_FOUND',
      reason: { zh: '报告已不存在', en: 'The report no longer exists' },
    };
  const fileName = stored.source_file_name;
  const extracted = await deps.extract(new Uint8Array(stored.original), fileName);
  if (!extracted.ok) return { status: 'refused', fileName, code: extracted.code, reason: extracted.reason };
  const outcome = await deps.parse(extracted.text, { fileName });
  if (!outcome.ok) return { status: 'refused', fileName, code: outcome.refusal.code, reason: outcome.refusal.message };
  const corrections = Object.fromEntries(
    Object.entries(stored.corrections ?? {}).map(([field, c]) => [field, c.corrected]),
  ) as MetaCorrections;
  const prepared = prepareReport({
    bytes: stored.original,
    fileName,
    fileType: extracted.fileType,
    mimeType: extracted.mimeType,
    text: extracted.text,
    result: outcome.result,
    corrections,
  });
  if (!prepared.ok) return { status: 'refused', fileName, ...prepared.refusal };
  const place = (deps.place ?? placeFromMeta)(outcome.result.meta);
  if (!place)
    return {
      status: 'refused',
      fileName,
      code: 'META_MISSING',
      reason: { zh: '未能确定报告所属的地区', en: 'The place the report belongs to could not be determined' },
    };
  const jurisdictionId = await ensureJurisdiction(pool, place, cache);
  const client = await pool.connect();
  try {
    await replaceParse(client, id, jurisdictionId, prepared.prepared);
  } finally {
    client.release();
  }
  const p = prepared.prepared;
  return { status: 'saved', fileName, reportId: id, figures: p.figures.key.length, issues: p.issues.length, errors: p.report.errorCount };
}

/** Re-reads every stale report. A refusal leaves that report untouched and is listed. */
export async function reparseStale(
  pool: pg.Pool,
  deps: IngestDeps,
  options: {
    ids?: number[];
    onResult?(result: IngestResult | { status: 'failed'; fileName: string; message: string }, done: number): void;
  } = {},
): Promise<BatchSummary> {
  const ids = options.ids ?? (await staleReportIds(pool));
  const summary: BatchSummary = { saved: 0, unchanged: 0, refused: [], failed: [] };
  const cache: JurisdictionCache = new Map();
  let done = 0;
  for (const id of ids) {
    let result: IngestResult | { status: 'failed'; fileName: string; message: string };
    try {
      result = await reparseOne(pool, id, deps, cache);
    } catch (error) {
      result = { status: 'failed', fileName: `report ${id}`, message: (error as Error).message };
    }
    if (result.status === 'saved') summary.saved++;
    else if (result.status === 'refused') summary.refused.push(result);
    else if (result.status === 'failed') summary.failed.push(result);
    options.onResult?.(result, ++done);
  }
  return summary;
}
