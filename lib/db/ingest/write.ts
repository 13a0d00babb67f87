// The SQL of storing reports and their sources. A new report (report, source, figures, issues) is
// one statement, so one round trip; everything else here runs inside the caller's transaction.
import type pg from 'pg';
import type { PreparedReport, ReportRow, SourceRow } from './prepare';

export type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

/** Figure rows from 9 parallel array parameters $first … $first+8 (see figureParams). */
function figureRows(first: number): string {
  const types = ['text', 'float8', '"ProvenanceKind"', 'text', 'text', 'text', 'int', 'int', 'jsonb'];
  return `unnest(${types.map((t, i) => `$${first + i}::${t}[]`).join(', ')}) AS u(key, value, provenance, rule, raw, basis, span_start, span_end, ocr)`;
}

/** Issue rows from one JSON array parameter. */
function issueRows(param: number): string {
  return `jsonb_to_recordset($${param}::jsonb)
           AS x(code text, severity "Severity", message_zh text, message_en text, keys jsonb, numbers jsonb, span_start int, span_end int)`;
}

const FIGURE_INSERT =
  'INSERT INTO figure (report_id, key, value, provenance, rule, raw, basis, span_start, span_end, ocr, year, jurisdiction_id)';
const ISSUE_INSERT = 'INSERT INTO report_issue (report_id, code, severity, message_zh, message_en, keys, numbers, span_start, span_end)';
const ISSUE_VALUES =
  'x.code, x.severity, x.message_zh, x.message_en, ARRAY(SELECT jsonb_array_elements_text(x.keys)), x.numbers, x.span_start, x.span_end';
const SOURCE_COLUMNS = `content_hash, file_name, file_type, mime_type, encoding, original, text, table_figures, ingested_at,
                        page_url, document_url, fetched_at, etag, last_modified, ocr, page_published_on`;
/** How many SOURCE_COLUMNS there are. */
const SOURCE_VALUES = 16;

/** The source values, for SOURCE_COLUMNS. */
function sourceParams(s: SourceRow): unknown[] {
  return [
    s.contentHash,
    s.fileName,
    s.fileType,
    s.mimeType,
    s.encoding,
    s.original,
    s.text,
    s.tableFigures,
    s.ingestedAt,
    s.pageUrl,
    s.documentUrl,
    s.fetchedAt,
    s.etag,
    s.lastModified,
    s.ocr,
    s.pagePublishedOn,
  ];
}

const placeholders = (first: number, count: number) => Array.from({ length: count }, (_, i) => `$${first + i}`).join(', ');

/** The 9 meta values of a report: $2 … $10 after the jurisdiction in insertReport, $3 … $11 in replaceParse. */
function reportParams(r: ReportRow): unknown[] {
  return [r.body, r.year, r.title, r.scope, r.format, r.publishedOn, r.issuer, r.parserVersion, r.errorCount];
}

const correctionsJson = (c: ReportRow['corrections']) => (c === null ? null : JSON.stringify(c));

function figureParams(p: PreparedReport): unknown[] {
  const f = p.figures;
  return [f.key, f.value, f.provenance, f.rule, f.raw, f.basis, f.spanStart, f.spanEnd, f.ocr];
}

export interface StoredReport {
  reportId: number;
  sourceId: number;
  jurisdiction: { slug: string; name: string };
}

export interface StoredSourceRef extends StoredReport {
  year: number;
}

/**
 * A new report with its one source, figures and issues. The source's id is drawn first so that
 * the report can point at it from the start (the two foreign keys are checked at the statement's end).
 * Named, so each connection plans it once.
 */
const INSERT_REPORT = {
  name: 'insert-report-v4',
  text: `
WITH sid AS (
  SELECT nextval(pg_get_serial_sequence('report_source', 'id'))::int AS id
), r AS (
  INSERT INTO report (jurisdiction_id, body, year, title, scope, format, published_on, issuer, parser_version, error_count,
                      corrections, shown_source_id)
  SELECT $1, $2, $3, $4, $5::"ReportScope", $6, $7::date, $8, $9, $10, $11::jsonb, sid.id FROM sid
  RETURNING id, shown_source_id
), s AS (
  INSERT INTO report_source (id, report_id, ${SOURCE_COLUMNS})
  SELECT r.shown_source_id, r.id, ${placeholders(12, SOURCE_VALUES)} FROM r
), f AS (
  ${FIGURE_INSERT}
  SELECT r.id, u.key, u.value, u.provenance, u.rule, u.raw, u.basis, u.span_start, u.span_end, u.ocr, $3, $1 FROM r, ${figureRows(12 + SOURCE_VALUES)}
), i AS (
  ${ISSUE_INSERT}
  SELECT r.id, ${ISSUE_VALUES} FROM r, ${issueRows(21 + SOURCE_VALUES)}
)
SELECT r.id AS report_id, r.shown_source_id AS source_id, j.slug, j.name FROM r JOIN jurisdiction j ON j.id = $1`,
};

export async function insertReport(db: Queryable, jurisdictionId: number, p: PreparedReport): Promise<StoredReport> {
  const { rows } = await db.query<{ report_id: number; source_id: number; slug: string; name: string }>({
    ...INSERT_REPORT,
    values: [
      jurisdictionId,
      ...reportParams(p.report),
      correctionsJson(p.report.corrections),
      ...sourceParams(p.source),
      ...figureParams(p),
      JSON.stringify(p.issues),
    ],
  });
  const row = rows[0]!;
  return { reportId: row.report_id, sourceId: row.source_id, jurisdiction: { slug: row.slug, name: row.name } };
}

/** Another source of a stored report. */
export async function insertSource(db: Queryable, reportId: number, source: SourceRow): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `INSERT INTO report_source (report_id, ${SOURCE_COLUMNS}) VALUES ($1, ${placeholders(2, SOURCE_VALUES)}) RETURNING id`,
    [reportId, ...sourceParams(source)],
  );
  return rows[0]!.id;
}

/** A stored source re-read (reparse): its text and what the parser found in it. */
export async function updateSourceRead(db: Queryable, sourceId: number, source: SourceRow): Promise<void> {
  await db.query('UPDATE report_source SET file_type = $2, mime_type = $3, encoding = $4, text = $5, table_figures = $6 WHERE id = $1', [
    sourceId,
    source.fileType,
    source.mimeType,
    source.encoding,
    source.text,
    source.tableFigures,
  ]);
}

/** The report and source already holding these bytes, if any. */
export async function findByHash(db: Queryable, hash: string): Promise<StoredSourceRef | null> {
  const { rows } = await db.query<{ id: number; report_id: number; year: number; slug: string; name: string }>(
    `SELECT s.id, s.report_id, r.year, j.slug, j.name
     FROM report_source s JOIN report r ON r.id = s.report_id JOIN jurisdiction j ON j.id = r.jurisdiction_id
     WHERE s.content_hash = $1`,
    [hash],
  );
  const row = rows[0];
  return row ? { reportId: row.report_id, sourceId: row.id, year: row.year, jurisdiction: { slug: row.slug, name: row.name } } : null;
}

/**
 * Replaces a stored report's parse (meta, figures, issues) with that of one of its sources, which
 * becomes the one shown. Inside the caller's transaction. The officer's corrections stay; those in
 * `addCorrections` are added to them.
 */
export async function replaceParse(
  db: Queryable,
  reportId: number,
  jurisdictionId: number,
  p: PreparedReport,
  shownSourceId: number,
  options: { addCorrections?: ReportRow['corrections'] } = {},
): Promise<void> {
  const r = p.report;
  await db.query('DELETE FROM figure WHERE report_id = $1', [reportId]);
  await db.query('DELETE FROM report_issue WHERE report_id = $1', [reportId]);
  await db.query(
    `UPDATE report SET jurisdiction_id = $2, body = $3, year = $4, title = $5, scope = $6::"ReportScope", format = $7,
            published_on = $8::date, issuer = $9, parser_version = $10, error_count = $11, shown_source_id = $12,
            corrections = CASE WHEN $13::jsonb IS NULL THEN corrections ELSE COALESCE(corrections, '{}'::jsonb) || $13::jsonb END
     WHERE id = $1`,
    [reportId, jurisdictionId, ...reportParams(r), shownSourceId, correctionsJson(options.addCorrections ?? null)],
  );
  await db.query(
    `${FIGURE_INSERT} SELECT $1, u.key, u.value, u.provenance, u.rule, u.raw, u.basis, u.span_start, u.span_end, u.ocr, $2, $3 FROM ${figureRows(4)}`,
    [reportId, r.year, jurisdictionId, ...figureParams(p)],
  );
  await db.query(`${ISSUE_INSERT} SELECT $1, ${ISSUE_VALUES} FROM ${issueRows(2)}`, [reportId, JSON.stringify(p.issues)]);
}

/**
 * Runs `work` on a connection of its own. An error of a checked-out connection (the server went
 * away) is emitted on it, not on the pool: it is listened to here (the query under way rejects with
 * it), and a connection that failed is discarded, not returned to the pool.
 */
export async function withClient<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let failure: Error | undefined;
  const onError = (error: Error) => (failure = error);
  client.on('error', onError);
  try {
    return await work(client);
  } catch (error) {
    failure ??= error as Error;
    throw error;
  } finally {
    client.off('error', onError);
    client.release(failure && isConnectionLoss(failure) ? failure : undefined);
  }
}

/** Runs `work` in one transaction on its own connection. */
export function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return withClient(pool, async (client) => {
    await client.query('BEGIN');
    try {
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  });
}

/** PostgreSQL going away (shut down, crashed, unreachable), as opposed to an error of one statement. */
export function isConnectionLoss(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  // Class 08: connection exceptions; 57P01-03: the server shutting down or not accepting connections.
  if (typeof e?.code === 'string' && /^(08|57P0[123])/.test(e.code)) return true;
  if (e?.code && ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND'].includes(e.code)) return true;
  return /Connection terminated|connection error|terminating connection/i.test(e?.message ?? '');
}

/** Serialises the writers of one jurisdiction-year (until the transaction ends): two copies of one
 * report stored at once must see each other to become one report. */
export async function lockReportsOf(db: Queryable, jurisdictionId: number, year: number): Promise<void> {
  await db.query('SELECT pg_advisory_xact_lock($1, $2)', [jurisdictionId, year]);
}
