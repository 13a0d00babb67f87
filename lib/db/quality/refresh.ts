// Computing the stored quality checks (lib/quality) of the queued reports. A trigger on report
// queues a written report and the next year's reports of its jurisdiction (quality_queue); the
// writing transaction computes them before it commits (computeOwnQuality). What is left (a version
// of the checks, rows written by hand) is taken in batches by refreshQuality at start and by the
// CLIs, each batch in one transaction (a batch that fails stays queued). Each report is read with
// its text and the same body's report of the year before (chosen by the report-choice rule).
// Concurrent runs skip each other's rows.

import type pg from 'pg';
import { checkReport, QUALITY_VERSION, type QualityFigure, type QualityIssue, type QualityReport } from '../../quality';
import { printedDatesOf, sectionsOf } from '../../quality/text';
import type { ReportFormat } from '../../figures/keys';
import type { ReportScope } from '../../domain';
import { chosenReportIdsSql } from '../queries/report/chosen-reports';
import { inTransaction, type Queryable } from '../ingest/write';

/** Issue codes the checks read. */
const ISSUE_CODES = ['SUM_MISMATCH', 'NARRATIVE_CONTRADICTS_TABLE'];
const BATCH = 200;

interface ReportRow {
  id: number;
  year: number;
  format: string;
  scope: ReportScope;
  published_on: string | null;
  page_published_on: string | null;
  held_since: string | null;
  text: string | null;
  previous_id: number | null;
}

const REPORTS_SQL = `
SELECT t.id, t.year, t.format, t.scope::text AS scope, to_char(t.published_on, 'YYYY-MM-DD') AS published_on,
  (SELECT to_char(min(s.page_published_on), 'YYYY-MM-DD') FROM report_source s WHERE s.report_id = t.id) AS page_published_on,
  to_char(LEAST(t.ingested_at, (SELECT min(COALESCE(s.fetched_at, s.ingested_at)) FROM report_source s WHERE s.report_id = t.id)), 'YYYY-MM-DD') AS held_since,
  shown.text, prev.id AS previous_id
FROM report t
LEFT JOIN report_source shown ON shown.id = t.shown_source_id
LEFT JOIN LATERAL (${chosenReportIdsSql(
  `r.jurisdiction_id = t.jurisdiction_id AND r.year = t.year - 1 AND r.scope = t.scope AND (t.scope = 'aggregate' OR r.body = t.body)`,
)}) prev ON true
WHERE t.id = ANY($1::int[])`;

async function figuresOf(db: Queryable, ids: readonly number[]): Promise<Map<number, Map<string, QualityFigure>>> {
  const out = new Map<number, Map<string, QualityFigure>>(ids.map((id) => [id, new Map()]));
  const { rows } = await db.query<{
    report_id: number;
    key: string;
    value: number | null;
    provenance: QualityFigure['provenance'];
    raw: string | null;
    basis: string | null;
  }>('SELECT report_id, key, value, provenance::text AS provenance, raw, basis FROM figure WHERE report_id = ANY($1::int[])', [ids]);
  for (const r of rows) out.get(r.report_id)!.set(r.key, { value: r.value, provenance: r.provenance, raw: r.raw, basis: r.basis });
  return out;
}

async function issuesOf(db: Queryable, ids: readonly number[]): Promise<Map<number, QualityIssue[]>> {
  const out = new Map<number, QualityIssue[]>(ids.map((id) => [id, []]));
  const { rows } = await db.query<{ report_id: number; code: string; keys: string[]; numbers: Record<string, number | null> | null }>(
    'SELECT report_id, code, keys, numbers FROM report_issue WHERE report_id = ANY($1::int[]) AND code = ANY($2::text[]) ORDER BY id',
    [ids, ISSUE_CODES],
  );
  for (const r of rows) out.get(r.report_id)!.push({ code: r.code, keys: r.keys, numbers: r.numbers });
  return out;
}

/** The checks' input for each report (the text read for its own sections and signature). */
function toQualityReport(row: ReportRow, figures: Map<string, QualityFigure>, issues: QualityIssue[]): QualityReport {
  return {
    year: row.year,
    format: row.format as ReportFormat,
    scope: row.scope,
    figures,
    issues,
    sections: row.text ? sectionsOf(row.text) : null,
    // The page a collected source was read from (the earliest, when several were), then the report's own dates.
    dates: { page: row.page_published_on, ...printedDatesOf(row.text, row.published_on), heldSince: row.held_since },
  };
}

/** Computes and stores the checks of the given reports (inside the caller's transaction). */
export async function computeQuality(db: Queryable, ids: readonly number[]): Promise<number> {
  if (!ids.length) return 0;
  const { rows } = await db.query<ReportRow>(REPORTS_SQL, [ids]);
  const previousIds = rows.flatMap((r) => (r.previous_id === null ? [] : [r.previous_id]));
  const all = [...new Set([...rows.map((r) => r.id), ...previousIds])];
  const [figures, issues] = await Promise.all([figuresOf(db, all), issuesOf(db, all)]);
  // The previous report's own text is not needed: only its figures are compared.
  const previous = new Map<number, QualityReport>();
  if (previousIds.length) {
    const { rows: prevRows } = await db.query<ReportRow>(
      `SELECT t.id, t.year, t.format, t.scope::text AS scope, NULL::text AS published_on, NULL::text AS page_published_on, NULL::text AS held_since, NULL::text AS text, NULL::int AS previous_id
       FROM report t WHERE t.id = ANY($1::int[])`,
      [previousIds],
    );
    for (const p of prevRows) previous.set(p.id, toQualityReport(p, figures.get(p.id)!, issues.get(p.id)!));
  }
  const stored = rows.map((row) => {
    const result = checkReport({
      report: toQualityReport(row, figures.get(row.id)!, issues.get(row.id)!),
      previous: row.previous_id === null ? null : (previous.get(row.previous_id) ?? null),
    });
    return {
      report_id: row.id,
      passed: result.summary.passed,
      failed: result.summary.failed,
      decided: result.summary.decided,
      unknown: result.summary.unknown,
      failed_checks: result.summary.failedIds,
      checks: result.checks,
      previous_report_id: row.previous_id,
    };
  });
  await db.query(
    `INSERT INTO report_quality (report_id, version, passed, failed, decided, unknown, failed_checks, checks, previous_report_id, computed_at)
     SELECT x.report_id, $2, x.passed, x.failed, x.decided, x.unknown, ARRAY(SELECT jsonb_array_elements_text(x.failed_checks)), x.checks, x.previous_report_id, now()
     FROM jsonb_to_recordset($1::jsonb) AS x(report_id int, passed int, failed int, decided int, unknown int, failed_checks jsonb, checks jsonb, previous_report_id int)
     WHERE EXISTS (SELECT 1 FROM report r WHERE r.id = x.report_id)
     ON CONFLICT (report_id) DO UPDATE SET version = EXCLUDED.version, passed = EXCLUDED.passed, failed = EXCLUDED.failed,
       decided = EXCLUDED.decided, unknown = EXCLUDED.unknown, failed_checks = EXCLUDED.failed_checks, checks = EXCLUDED.checks,
       previous_report_id = EXCLUDED.previous_report_id, computed_at = EXCLUDED.computed_at`,
    [JSON.stringify(stored), QUALITY_VERSION],
  );
  return stored.length;
}

export interface RefreshOptions {
  /** Stop after about this many reports (a page request takes a bounded share). */
  limit?: number;
  onProgress?(done: number): void;
}

/** Queues the reports checked by an older QUALITY_VERSION (npm start and the CLIs, not pages: it reads every row). */
export async function queueOutdatedQuality(db: Queryable): Promise<number> {
  const { rowCount } = await db.query(
    'INSERT INTO quality_queue (report_id) SELECT report_id FROM report_quality WHERE version <> $1 ON CONFLICT DO NOTHING',
    [QUALITY_VERSION],
  );
  return rowCount ?? 0;
}

/** Takes the queue in batches until it is empty (or `limit` is reached). Returns the number of reports checked. */
export async function refreshQuality(pool: pg.Pool, options: RefreshOptions = {}): Promise<number> {
  let done = 0;
  for (;;) {
    const size = Math.min(BATCH, (options.limit ?? Infinity) - done);
    if (size <= 0) break;
    const checked = await inTransaction(pool, async (client) => {
      const { rows } = await client.query<{ report_id: number }>(
        `DELETE FROM quality_queue WHERE report_id IN (SELECT report_id FROM quality_queue ORDER BY report_id LIMIT $1 FOR UPDATE SKIP LOCKED)
         RETURNING report_id`,
        [size],
      );
      await computeQuality(
        client,
        rows.map((r) => r.report_id),
      );
      return rows.length;
    });
    if (checked === 0) break;
    done += checked;
    options.onProgress?.(done);
  }
  return done;
}

/**
 * Computes, inside a writing transaction, the checks of the reports its writes queued (the triggers
 * mark them with the transaction's id), so that the checks commit with what they read and pages
 * never write. Reports queued by other transactions are left to them (or to refreshQuality).
 */
export async function computeOwnQuality(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ report_id: number }>(
    'DELETE FROM quality_queue WHERE txid = txid_current_if_assigned() RETURNING report_id',
  );
  return computeQuality(
    db,
    rows.map((r) => r.report_id),
  );
}

/** Whether any report waits for its checks. */
export async function qualityPending(db: Queryable): Promise<boolean> {
  const { rows } = await db.query<{ pending: boolean }>('SELECT EXISTS (SELECT 1 FROM quality_queue) AS pending');
  return rows[0]!.pending;
}
