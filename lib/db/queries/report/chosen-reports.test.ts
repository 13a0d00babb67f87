// The report-choice rule's SQL against a real PostgreSQL (a throwaway embedded one), on reports
// written to differ in exactly what the rule reads: publication date, figures read from tables, id,
// scope and office.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDatabase, type TestDatabase } from '@/lib/db/testing';
import { chosenReportIdsSql } from './chosen-reports';

let database: TestDatabase;
let client: pg.Client;
let jurisdiction: number;
const ids: Record<string, number> = {};

interface Copy {
  name: string;
  year: number;
  body?: string;
  scope?: 'aggregate' | 'agency';
  publishedOn?: string | null;
  /** Figures read from tables; the rest of its ten figures are from sentences. */
  tableFigures?: number;
}

// Reports of one jurisdiction, inserted in this order (ids ascending).
const COPIES: Copy[] = [
  // 2019: the later publication wins over the later ingest.
  { name: '2019-late', year: 2019, publishedOn: '2020-03-31' },
  { name: '2019-early', year: 2019, publishedOn: '2020-01-15' },
  // 2020: a dated copy wins over an undated one.
  { name: '2020-dated', year: 2020, publishedOn: '2021-01-20' },
  { name: '2020-undated', year: 2020, publishedOn: null },
  // 2021: same date; the copy that read more from tables wins.
  { name: '2021-more-tables', year: 2021, publishedOn: '2022-01-31', tableFigures: 9 },
  { name: '2021-fewer-tables', year: 2021, publishedOn: '2022-01-31', tableFigures: 4 },
  // 2022: everything equal: the highest id (the latest ingested) wins.
  { name: '2022-first', year: 2022, publishedOn: '2023-01-31' },
  { name: '2022-second', year: 2022, publishedOn: '2023-01-31' },
  // 2023: offices are groups of their own: never chosen over, nor instead of, the whole jurisdiction.
  { name: '2023-office-a', year: 2023, scope: 'agency', body: '某市政府办公室', publishedOn: '2024-02-01' },
  { name: '2023-aggregate', year: 2023, publishedOn: '2024-01-01' },
  { name: '2023-office-b', year: 2023, scope: 'agency', body: '某市教育局', publishedOn: '2024-01-10' },
  { name: '2023-office-a-again', year: 2023, scope: 'agency', body: '某市政府办公室', publishedOn: '2024-03-01' },
  // 2024: only an office reported; its report is the year's only choice (for that office).
  { name: '2024-office', year: 2024, scope: 'agency', body: '某市政府办公室', publishedOn: '2025-01-10' },
];

beforeAll(async () => {
  database = await startTestDatabase();
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  jurisdiction = (
    await client.query<{ id: number }>(
      "INSERT INTO jurisdiction (slug, name, province, level) VALUES ('moushi-000000', '某市', '某省', 'prefecture') RETURNING id",
    )
  ).rows[0]!.id;
  for (const copy of COPIES) {
    const r = await client.query<{ id: number }>(
      `INSERT INTO report (jurisdiction_id, body, year, scope, format, published_on, parser_version)
       VALUES ($1, $2, $3, $4, '2019', $5, '1') RETURNING id`,
      [jurisdiction, copy.body ?? '某市人民政府', copy.year, copy.scope ?? 'aggregate', copy.publishedOn ?? null],
    );
    ids[copy.name] = r.rows[0]!.id;
    const tables = copy.tableFigures ?? 5;
    for (let k = 0; k < 10; k++) {
      await client.query(
        `INSERT INTO figure (report_id, key, value, provenance, rule, year, jurisdiction_id) VALUES ($1, $2, 1, $3, 't', $4, $5)`,
        [ids[copy.name], `k${k}`, k < tables ? 'table' : 'narrative', copy.year, jurisdiction],
      );
    }
  }
});

afterAll(async () => {
  await client?.end();
  await database?.stop();
});

async function chosen(where: string, values: unknown[] = []): Promise<string[]> {
  const rows = (await client.query<{ id: number }>(chosenReportIdsSql(where), values)).rows;
  const names = new Map(Object.entries(ids).map(([name, id]) => [id, name]));
  return rows.map((r) => names.get(r.id)!).sort();
}

describe('the report-choice rule', () => {
  it('chooses one report per jurisdiction, year, scope and office, by publication date, table figures, then id', async () => {
    expect(await chosen('r.jurisdiction_id = $1', [jurisdiction])).toEqual(
      [
        '2019-late',
        '2020-dated',
        '2021-more-tables',
        '2022-second',
        '2023-aggregate',
        '2023-office-a-again',
        '2023-office-b',
        '2024-office',
      ].sort(),
    );
  });

  it('chooses among the reports the condition selects, year by year alike', async () => {
    expect(await chosen('r.year = $1', [2019])).toEqual(['2019-late']);
    expect(await chosen('r.year BETWEEN $1 AND $2', [2021, 2022])).toEqual(['2021-more-tables', '2022-second']);
  });

  it('lets a single office stand only for itself', async () => {
    const aggregate = await chosen("r.year = 2023 AND r.scope = 'aggregate'");
    expect(aggregate).toEqual(['2023-aggregate']);
    // The office's later report does not displace the whole jurisdiction's.
    expect(await chosen('r.year = 2023')).toContain('2023-aggregate');
  });
});
