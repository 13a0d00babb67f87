// The storage shapes `npm run bench:storage` compares, each in a schema of its own: today's (one
// row per figure, its indexes and foreign keys, written report by report through lib/db/ingest),
// the same tables filled by COPY (with the indexes in place, or built after the load), and one row
// per report holding its figures (a column per catalogue key, a JSONB object, or arrays) beside
// their provenance. Every shape keeps what today's keeps: every figure's value (blank apart from
// missing), provenance, rule, raw text and span, the issues, the original and its text.
import { closeSync, fsyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { copyLine, type CopyValue } from '../../lib/db/copy';
import { storeRead, type PrepareInput, type PreparedReport } from '../../lib/db/ingest';
import { withClient } from '../../lib/db/ingest/write';
import type { JurisdictionCache } from '../../lib/db/jurisdictions';
import { FIGURES } from '../../lib/figures/keys';

export interface Item {
  input: PrepareInput;
  prepared: PreparedReport;
  jurisdictionId: number;
}

export interface Shape {
  name: string;
  description: string;
  /** Reports per transaction. */
  batch: number;
  /** Tables (and, unless built later, indexes) in the current schema. */
  create: string[];
  write(pool: pg.Pool, items: Item[], jurisdictions: JurisdictionCache): Promise<void>;
  /** After the load: indexes and keys built then. */
  finish: string[];
  /** One figure key of one year, all reports: [jurisdiction, value] rows. */
  keyYear: (key: string, year: number) => { text: string; values: unknown[] };
  /** One report's figures. */
  oneReport: (id: number) => { text: string; values: unknown[] };
}

const REPORT_COLUMNS = `id serial, jurisdiction_id int NOT NULL, body text NOT NULL, year int NOT NULL, title text,
  scope "ReportScope" NOT NULL, format text NOT NULL, published_on date, issuer text, parser_version text NOT NULL,
  ingested_at timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, error_count int NOT NULL DEFAULT 0, corrections jsonb,
  shown_source_id int`;
const SOURCE_TABLE = `CREATE TABLE report_source (id serial, report_id int NOT NULL, content_hash text NOT NULL,
  file_name text NOT NULL, file_type text NOT NULL, mime_type text NOT NULL, encoding text, original bytea NOT NULL,
  text text NOT NULL, table_figures int NOT NULL, ingested_at timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  page_url text, document_url text, fetched_at timestamp(3), etag text, last_modified text, last_seen_at timestamp(3),
  gone_since timestamp(3))`;
const FIGURE_TABLE = `CREATE TABLE figure (report_id int NOT NULL, key text NOT NULL, value float8,
  provenance "ProvenanceKind" NOT NULL, rule text NOT NULL, raw text, basis text, span_start int, span_end int,
  year int NOT NULL, jurisdiction_id int NOT NULL)`;
const ISSUE_TABLE = `CREATE TABLE report_issue (id serial, report_id int NOT NULL, code text NOT NULL,
  severity "Severity" NOT NULL, message_zh text NOT NULL, message_en text NOT NULL, keys text[], numbers jsonb,
  span_start int, span_end int)`;

/** Today's keys and indexes (prisma/migrations), with the figure and issue tables when the shape
 * has them; the two report ↔ source keys checked at commit, so that COPY can write reports before
 * their sources. */
function keysAndIndexes(rowTables: boolean, deferrable: boolean): string[] {
  const deferred = deferrable ? ' DEFERRABLE INITIALLY DEFERRED' : '';
  const ofRowTables = [
    'ALTER TABLE figure ADD PRIMARY KEY (report_id, key)',
    'CREATE INDEX ON figure (key, year, jurisdiction_id)',
    'ALTER TABLE figure ADD FOREIGN KEY (report_id) REFERENCES report (id) ON DELETE CASCADE',
    'ALTER TABLE report_issue ADD PRIMARY KEY (id)',
    'CREATE INDEX ON report_issue (report_id)',
    'ALTER TABLE report_issue ADD FOREIGN KEY (report_id) REFERENCES report (id) ON DELETE CASCADE',
  ];
  return [
    'ALTER TABLE report ADD PRIMARY KEY (id)',
    'ALTER TABLE report_source ADD PRIMARY KEY (id)',
    'CREATE INDEX ON report (jurisdiction_id, year)',
    'CREATE INDEX ON report (year)',
    'CREATE UNIQUE INDEX ON report (shown_source_id)',
    'CREATE UNIQUE INDEX report_source_content_hash_key ON report_source (content_hash)',
    'CREATE INDEX ON report_source (report_id)',
    'ALTER TABLE report ADD FOREIGN KEY (jurisdiction_id) REFERENCES public.jurisdiction (id)',
    `ALTER TABLE report ADD FOREIGN KEY (shown_source_id) REFERENCES report_source (id) ON DELETE SET NULL${deferred}`,
    `ALTER TABLE report_source ADD FOREIGN KEY (report_id) REFERENCES report (id) ON DELETE CASCADE${deferred}`,
    ...(rowTables ? ofRowTables : []),
  ];
}

async function copy(client: pg.PoolClient, table: string, columns: string, lines: string[]): Promise<void> {
  if (!lines.length) return;
  // Chunks of ~1 MB: one write per line would cost more than the COPY saves.
  const chunks: string[] = [];
  let chunk = '';
  for (const line of lines) {
    chunk += line;
    if (chunk.length > 1 << 20) {
      chunks.push(chunk);
      chunk = '';
    }
  }
  if (chunk) chunks.push(chunk);
  await pipeline(Readable.from(chunks), client.query(copyFrom(`COPY ${table} (${columns}) FROM STDIN`)));
}

async function nextIds(client: pg.PoolClient, table: string, n: number): Promise<number[]> {
  const { rows } = await client.query<{ id: number }>(
    `SELECT nextval(pg_get_serial_sequence('${table}', 'id'))::int AS id FROM generate_series(1, $1)`,
    [n],
  );
  return rows.map((r) => r.id);
}

const SOURCE_COPY = `id, report_id, content_hash, file_name, file_type, mime_type, encoding, original, text, table_figures, ingested_at,
  page_url, document_url, fetched_at, etag, last_modified`;
const REPORT_COPY = `id, jurisdiction_id, body, year, title, scope, format, published_on, issuer, parser_version, ingested_at, error_count,
  corrections, shown_source_id`;
const iso = (d: Date | null) => d?.toISOString() ?? null;

interface CopyOptions {
  /** The same-report look-ups (not in a first load into tables without indexes). */
  checks: boolean;
  /** Report columns beyond today's. */
  extra: { columns: string; values(item: Item): CopyValue[] } | null;
  figureTable: boolean;
  issueTable: boolean;
  /** What the source row's original column holds (default: the bytes). */
  original?(source: Item['prepared']['source']): Buffer;
}

/** A whole batch is one transaction: locks on its jurisdiction-years, the same-report look-ups
 * (stored bytes; reports of the same jurisdiction, year, scope and body), then COPY. Reports the look-ups find go
 * through the report-by-report path after the batch (none in a fresh corpus). */
async function copyBatch(client: pg.PoolClient, items: Item[], options: CopyOptions): Promise<Item[]> {
  const { checks, extra, figureTable, issueTable } = options;
  await client.query('BEGIN');
  try {
    let fresh = items;
    if (checks) {
      const js = items.map((i) => i.jurisdictionId);
      const ys = items.map((i) => i.prepared.report.year);
      await client.query(
        'SELECT pg_advisory_xact_lock(j, y) FROM (SELECT DISTINCT j, y FROM unnest($1::int[], $2::int[]) AS t(j, y) ORDER BY 1, 2) t',
        [js, ys],
      );
      const known = await client.query<{ content_hash: string }>(
        'SELECT content_hash FROM report_source WHERE content_hash = ANY($1::text[])',
        [items.map((i) => i.prepared.source.contentHash)],
      );
      // Candidates of the same-report rule: same jurisdiction, year, scope and body.
      const identity = (j: number, y: number, scope: string, body: string) => JSON.stringify([j, y, scope, body]);
      const taken = await client.query<{ jurisdiction_id: number; year: number; scope: string; body: string }>(
        `SELECT DISTINCT jurisdiction_id, year, scope, body FROM report
         WHERE (jurisdiction_id, year, scope, body) IN (SELECT * FROM unnest($1::int[], $2::int[], $3::"ReportScope"[], $4::text[]))`,
        [js, ys, items.map((i) => i.prepared.report.scope), items.map((i) => i.prepared.report.body)],
      );
      const stored = new Set(known.rows.map((r) => r.content_hash));
      const busy = new Set(taken.rows.map((r) => identity(r.jurisdiction_id, r.year, r.scope, r.body)));
      fresh = items.filter(
        (i) =>
          !stored.has(i.prepared.source.contentHash) &&
          !busy.has(identity(i.jurisdictionId, i.prepared.report.year, i.prepared.report.scope, i.prepared.report.body)),
      );
    }
    const reportIds = await nextIds(client, 'report', fresh.length);
    const sourceIds = await nextIds(client, 'report_source', fresh.length);
    const reports: string[] = [];
    const sources: string[] = [];
    const figures: string[] = [];
    const issues: string[] = [];
    const issueIds = issueTable
      ? await nextIds(
          client,
          'report_issue',
          fresh.reduce((n, i) => n + i.prepared.issues.length, 0),
        )
      : [];
    let issueAt = 0;
    fresh.forEach((item, k) => {
      const { report: r, source: s, figures: f } = item.prepared;
      const id = reportIds[k]!;
      reports.push(
        copyLine([
          id,
          item.jurisdictionId,
          r.body,
          r.year,
          r.title,
          r.scope,
          r.format,
          r.publishedOn,
          r.issuer,
          r.parserVersion,
          iso(s.ingestedAt),
          r.errorCount,
          r.corrections && JSON.stringify(r.corrections),
          sourceIds[k]!,
          ...(extra ? extra.values(item) : []),
        ]),
      );
      sources.push(
        copyLine([
          sourceIds[k]!,
          id,
          s.contentHash,
          s.fileName,
          s.fileType,
          s.mimeType,
          s.encoding,
          options.original ? options.original(s) : s.original,
          s.text,
          s.tableFigures,
          iso(s.ingestedAt),
          s.pageUrl,
          s.documentUrl,
          iso(s.fetchedAt),
          s.etag,
          s.lastModified,
        ]),
      );
      if (figureTable)
        for (let j = 0; j < f.key.length; j++)
          figures.push(
            copyLine([
              id,
              f.key[j]!,
              f.value[j]!,
              f.provenance[j]!,
              f.rule[j]!,
              f.raw[j]!,
              f.basis[j]!,
              f.spanStart[j]!,
              f.spanEnd[j]!,
              r.year,
              item.jurisdictionId,
            ]),
          );
      if (issueTable)
        for (const i of item.prepared.issues)
          issues.push(
            copyLine([
              issueIds[issueAt++]!,
              id,
              i.code,
              i.severity,
              i.message_zh,
              i.message_en,
              i.keys,
              i.numbers && JSON.stringify(i.numbers),
              i.span_start,
              i.span_end,
            ]),
          );
    });
    await copy(client, 'report', `${REPORT_COPY}${extra ? `, ${extra.columns}` : ''}`, reports);
    await copy(client, 'report_source', SOURCE_COPY, sources);
    await copy(
      client,
      'figure',
      'report_id, key, value, provenance, rule, raw, basis, span_start, span_end, year, jurisdiction_id',
      figures,
    );
    await copy(
      client,
      'report_issue',
      'id, report_id, code, severity, message_zh, message_en, keys, numbers, span_start, span_end',
      issues,
    );
    await client.query('COMMIT');
    return items.filter((i) => !fresh.includes(i));
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** Figures as parallel arrays (the order the parser gave them), provenance beside them. */
const ARRAY_COLUMNS = 'figure_key, figure_value, figure_via, figure_rule, figure_raw, figure_basis, figure_span_start, figure_span_end';
/** Figures as one JSONB object {key: value}, provenance as {key: [via, rule, raw, basis, start, end]}. */
const issuesJson = (item: Item) => JSON.stringify(item.prepared.issues);
function provenanceJson(item: Item): string {
  const f = item.prepared.figures;
  const out: Record<string, unknown[]> = {};
  f.key.forEach((k, j) => (out[k] = [f.provenance[j], f.rule[j], f.raw[j], f.basis[j], f.spanStart[j], f.spanEnd[j]]));
  return JSON.stringify(out);
}
function valuesJson(item: Item): string {
  const f = item.prepared.figures;
  return JSON.stringify(Object.fromEntries(f.key.map((k, j) => [k, f.value[j]])));
}
const quote = (key: string) => `"${key}"`;
const WIDE_KEYS = FIGURES.map((f) => f.key);

function rowsShape(name: string, description: string, late: boolean): Shape {
  return {
    name,
    description,
    batch: 500,
    create: [
      `CREATE TABLE report (${REPORT_COLUMNS})`,
      SOURCE_TABLE,
      FIGURE_TABLE,
      ISSUE_TABLE,
      ...(late ? [] : keysAndIndexes(true, true)),
    ],
    async write(pool, items, jurisdictions) {
      const left = await withClient(pool, (client) =>
        copyBatch(client, items, { checks: !late, extra: null, figureTable: true, issueTable: true }),
      );
      for (const item of left) await storeRead(pool, item.input, { jurisdictions });
    },
    finish: late ? keysAndIndexes(true, true) : [],
    keyYear: (key, year) => ({ text: 'SELECT jurisdiction_id, value FROM figure WHERE key = $1 AND year = $2', values: [key, year] }),
    oneReport: (id) => ({
      text: 'SELECT key, value, provenance, rule, raw, basis, span_start, span_end FROM figure WHERE report_id = $1',
      values: [id],
    }),
  };
}

function reportRowShape(
  name: string,
  description: string,
  columns: string,
  copyColumns: string,
  values: (item: Item) => CopyValue[],
  keyYear: Shape['keyYear'],
  oneReport: Shape['oneReport'],
  original?: CopyOptions['original'],
): Shape {
  return {
    name,
    description,
    batch: 500,
    create: [`CREATE TABLE report (${REPORT_COLUMNS}, ${columns}, issues jsonb NOT NULL)`, SOURCE_TABLE, ...keysAndIndexes(false, true)],
    async write(pool, items) {
      const extra = { columns: `${copyColumns}, issues`, values: (i: Item) => [...values(i), issuesJson(i)] };
      const left = await withClient(pool, (client) =>
        copyBatch(client, items, { checks: true, extra, figureTable: false, issueTable: false, original }),
      );
      // A re-run or a copy of a stored report would need the same-report rule on this shape: not written for the benchmark.
      if (left.length)
        throw new Error(`${left.length} reports of the batch were stored already (this shape's benchmark loads a fresh corpus only)`);
    },
    finish: [],
    keyYear,
    oneReport,
  };
}

function wideShape(name: string, description: string, original?: CopyOptions['original']): Shape {
  return reportRowShape(
    name,
    description,
    `${WIDE_KEYS.map((k) => `${quote(k)} float8`).join(', ')}, provenance jsonb NOT NULL`,
    `${WIDE_KEYS.map(quote).join(', ')}, provenance`,
    (item) => {
      const f = item.prepared.figures;
      const at = new Map(f.key.map((k, j) => [k, f.value[j]!]));
      const unknown = f.key.find((k) => !WIDE_KEYS.includes(k));
      if (unknown) throw new Error(`figure key ${unknown} is not in the catalogue`);
      return [...WIDE_KEYS.map((k) => at.get(k) ?? null), provenanceJson(item)];
    },
    (key, year) => {
      if (!WIDE_KEYS.includes(key)) throw new Error(`unknown key ${key}`);
      return { text: `SELECT jurisdiction_id, ${quote(key)} AS value FROM report WHERE year = $1`, values: [year] };
    },
    (id) => ({ text: `SELECT * FROM report WHERE id = $1`, values: [id] }),
    original,
  );
}

/** Where originals go when they are not in the database: ORIGINALS_DIR/ab/<sha256>. */
export const ORIGINALS_DIR = path.join(os.tmpdir(), `bench-originals-${process.pid}`);
export const originalsOnDisk = { files: 0, bytes: 0 };

/** Writes the original under its hash, durably (file and directory fsynced), and stores no bytes in the row. */
function originalOnDisk(source: Item['prepared']['source']): Buffer {
  const dir = path.join(ORIGINALS_DIR, source.contentHash.slice(0, 2));
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, source.contentHash);
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, source.original);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  const dirFd = openSync(dir, 'r');
  fsyncSync(dirFd);
  closeSync(dirFd);
  originalsOnDisk.files++;
  originalsOnDisk.bytes += source.original.byteLength;
  return Buffer.alloc(0);
}

export const SHAPES: Shape[] = [
  {
    name: 'rows',
    description: "today's: one row per figure, indexes and keys in place, one transaction per report (lib/db/ingest storeRead)",
    batch: 1,
    create: [
      `CREATE TABLE report (${REPORT_COLUMNS})`,
      SOURCE_TABLE,
      FIGURE_TABLE,
      ISSUE_TABLE,
      ...keysAndIndexes(true, false).map((s) => s.replace(' DEFERRABLE INITIALLY DEFERRED', '')),
    ],
    async write(pool, items, jurisdictions) {
      for (const item of items) {
        const r = await storeRead(pool, item.input, { jurisdictions });
        if (r.status !== 'saved') throw new Error(`${item.input.fileName}: ${r.status}`);
      }
    },
    finish: [],
    keyYear: (key, year) => ({ text: 'SELECT jurisdiction_id, value FROM figure WHERE key = $1 AND year = $2', values: [key, year] }),
    oneReport: (id) => ({
      text: 'SELECT key, value, provenance, rule, raw, basis, span_start, span_end FROM figure WHERE report_id = $1',
      values: [id],
    }),
  },
  rowsShape('rows-copy', "today's tables, indexes and keys in place, COPY of 500 reports per transaction", false),
  rowsShape('rows-copy-late-index', "today's tables, COPY without indexes or keys, all built after the load", true),
  wideShape('wide', `one row per report, a float8 column per catalogue key (${WIDE_KEYS.length}), provenance as JSONB`),
  wideShape(
    'wide-originals-on-disk',
    'as wide, the original bytes in files named by their hash (written and fsynced before the commit), not in the database',
    originalOnDisk,
  ),
  reportRowShape(
    'jsonb',
    'one row per report, figures as a JSONB object {key: value}, provenance as JSONB beside',
    'figures jsonb NOT NULL, provenance jsonb NOT NULL',
    'figures, provenance',
    (item) => [valuesJson(item), provenanceJson(item)],
    (key, year) => ({
      text: `SELECT jurisdiction_id, (figures ->> $1)::float8 AS value FROM report WHERE year = $2 AND figures ? $1`,
      values: [key, year],
    }),
    (id) => ({ text: 'SELECT figures, provenance FROM report WHERE id = $1', values: [id] }),
  ),
  reportRowShape(
    'arrays',
    'one row per report, figures as parallel arrays (key, value, provenance, rule, raw, basis, span)',
    `figure_key text[] NOT NULL, figure_value float8[] NOT NULL, figure_via "ProvenanceKind"[] NOT NULL, figure_rule text[] NOT NULL,
     figure_raw text[] NOT NULL, figure_basis text[] NOT NULL, figure_span_start int[] NOT NULL, figure_span_end int[] NOT NULL`,
    ARRAY_COLUMNS,
    (item) => {
      const f = item.prepared.figures;
      return [f.key, f.value, f.provenance, f.rule, f.raw, f.basis, f.spanStart, f.spanEnd];
    },
    (key, year) => ({
      text: `SELECT jurisdiction_id, figure_value[k] AS value FROM (SELECT jurisdiction_id, figure_value, array_position(figure_key, $1) AS k FROM report WHERE year = $2) r WHERE k IS NOT NULL`,
      values: [key, year],
    }),
    (id) => ({ text: `SELECT ${ARRAY_COLUMNS} FROM report WHERE id = $1`, values: [id] }),
  ),
];
