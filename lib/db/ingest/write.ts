// Writing one report: a single SQL statement (report, source, figures, issues), so it is one
// transaction by construction and one round trip. The same content hash again inserts nothing.
import type pg from 'pg';
import type { PreparedReport } from './prepare';

type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

/** Figure rows from 8 parallel array parameters $first … $first+7 (see figureParams). */
function figureRows(first: number): string {
  const types = ['text', 'float8', '"ProvenanceKind"', 'text', 'text', 'text', 'int', 'int'];
  return `unnest(${types.map((t, i) => `$${first + i}::${t}[]`).join(', ')}) AS u(key, value, provenance, rule, raw, basis, span_start, span_end)`;
}

/** Issue rows from one JSON array parameter. */
function issueRows(param: number): string {
  return `jsonb_to_recordset($${param}::jsonb)
           AS x(code text, severity "Severity", message_zh text, message_en text, keys jsonb, numbers jsonb, span_start int, span_end int)`;
}

const FIGURE_INSERT =
  'INSERT INTO figure (report_id, key, value, provenance, rule, raw, basis, span_start, span_end, year, jurisdiction_id)';
const ISSUE_INSERT = 'INSERT INTO report_issue (report_id, code, severity, message_zh, message_en, keys, numbers, span_start, span_end)';
const ISSUE_VALUES =
  'x.code, x.severity, x.message_zh, x.message_en, ARRAY(SELECT jsonb_array_elements_text(x.keys)), x.numbers, x.span_start, x.span_end';

/** Named, so each connection plans it once. */
const INSERT_REPORT = {
  name: 'insert-report-v1',
  text: `
WITH r AS (
  INSERT INTO report (jurisdiction_id, body, year, title, scope, format, published_on, issuer, source_file_name,
                      source_file_type, content_hash, parser_version, error_count, corrections)
  VALUES ($1, $2, $3, $4, $5::"ReportScope", $6, $7::date, $8, $9, $10, $11, $12, $13, $14::jsonb)
  ON CONFLICT (content_hash) DO NOTHING
  RETURNING id
), s AS (
  INSERT INTO report_source (report_id, original, mime_type, text) SELECT id, $15, $16, $26 FROM r
), f AS (
  ${FIGURE_INSERT}
  SELECT r.id, u.key, u.value, u.provenance, u.rule, u.raw, u.basis, u.span_start, u.span_end, $3, $1 FROM r, ${figureRows(17)}
), i AS (
  ${ISSUE_INSERT}
  SELECT r.id, ${ISSUE_VALUES} FROM r, ${issueRows(25)}
)
SELECT id FROM r`,
};

function figureParams(p: PreparedReport): unknown[] {
  const f = p.figures;
  return [f.key, f.value, f.provenance, f.rule, f.raw, f.basis, f.spanStart, f.spanEnd];
}

/** Inserts the report unless its content hash is known; says which, with the report's id. */
export async function insertReport(db: Queryable, jurisdictionId: number, p: PreparedReport): Promise<{ id: number; inserted: boolean }> {
  const r = p.report;
  const { rows } = await db.query<{ id: number }>({
    ...INSERT_REPORT,
    values: [
      jurisdictionId,
      r.body,
      r.year,
      r.title,
      r.scope,
      r.format,
      r.publishedOn,
      r.issuer,
      r.sourceFileName,
      r.sourceFileType,
      r.contentHash,
      r.parserVersion,
      r.errorCount,
      r.corrections === null ? null : JSON.stringify(r.corrections),
      p.source.original,
      p.source.mimeType,
      ...figureParams(p),
      JSON.stringify(p.issues),
      p.source.text,
    ],
  });
  if (rows[0]) return { id: rows[0].id, inserted: true };
  const existing = await findByHash(db, r.contentHash);
  if (existing === null) throw new Error(`Report ${r.contentHash} neither inserted nor found`);
  return { id: existing, inserted: false };
}

export async function findByHash(db: Queryable, hash: string): Promise<number | null> {
  const { rows } = await db.query<{ id: number }>('SELECT id FROM report WHERE content_hash = $1', [hash]);
  return rows[0]?.id ?? null;
}

/**
 * Replaces a stored report's parse (text, meta, figures, issues) in one transaction: used by
 * reparse. The original bytes, their hash and the officer's corrections stay. The text is replaced
 * with the figures because their spans point into it.
 */
export async function replaceParse(client: pg.PoolClient, reportId: number, jurisdictionId: number, p: PreparedReport): Promise<void> {
  const r = p.report;
  await client.query('BEGIN');
  try {
    await client.query('DELETE FROM figure WHERE report_id = $1', [reportId]);
    await client.query('DELETE FROM report_issue WHERE report_id = $1', [reportId]);
    await client.query('UPDATE report_source SET text = $2 WHERE report_id = $1', [reportId, p.source.text]);
    await client.query(
      `UPDATE report SET jurisdiction_id = $2, body = $3, year = $4, title = $5, scope = $6::"ReportScope", format = $7,
              published_on = $8::date, issuer = $9, parser_version = $10, error_count = $11 WHERE id = $1`,
      [reportId, jurisdictionId, r.body, r.year, r.title, r.scope, r.format, r.publishedOn, r.issuer, r.parserVersion, r.errorCount],
    );
    await client.query(
      `${FIGURE_INSERT} SELECT $1, u.key, u.value, u.provenance, u.rule, u.raw, u.basis, u.span_start, u.span_end, $2, $3 FROM ${figureRows(4)}`,
      [reportId, r.year, jurisdictionId, ...figureParams(p)],
    );
    await client.query(`${ISSUE_INSERT} SELECT $1, ${ISSUE_VALUES} FROM ${issueRows(2)}`, [reportId, JSON.stringify(p.issues)]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
