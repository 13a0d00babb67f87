// The /table SQL against a real PostgreSQL (a throwaway embedded one), on the 2020 figures of the
// seed reports as they print them.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDatabase, type TestDatabase } from '@/lib/db/testing';
import { countSql, pageSql } from './table-sql';
import { tableQuery } from './table-query.test-helpers';
import type { TableQuery } from '@/lib/domain';

let database: TestDatabase;
let client: pg.Client;

const PLACES = [
  // slug, name, province, level, body, scope, errors, figures
  [
    'fuyang-anhui',
    '阜阳市',
    '安徽省',
    'prefecture',
    '阜阳市人民政府',
    'aggregate',
    0,
    {
      'applications.new.total': 835,
      'results.granted.total': 270,
      'results.partial.total': 81,
      'results.total.total': 813,
      'results.denied.thirdParty.total': 34,
    },
  ],
  [
    'yiyang-jiangxi',
    '弋阳县',
    '江西省',
    'county',
    '弋阳县人民政府',
    'aggregate',
    0,
    { 'applications.new.total': 3, 'results.granted.total': 0, 'results.partial.total': 0, 'results.total.total': 3 },
  ],
  [
    'ningbo',
    '宁波市',
    '浙江省',
    'prefecture',
    '宁波市人民政府',
    'aggregate',
    0,
    { 'applications.new.total': 3517, 'review.total': 126, 'litigation.total': 142 },
  ],
  [
    'wulanchabu',
    '乌兰察布市',
    '内蒙古自治区',
    'prefecture',
    '乌兰察布市政府办公室',
    'agency',
    2,
    { 'applications.new.total': 6, 'results.total.total': null },
  ],
  [
    'bozhou',
    '亳州市',
    '安徽省',
    'prefecture',
    '亳州市人民政府',
    'aggregate',
    0,
    { 'litigationDirect.total': 4, 'litigationAfterReview.total': 2 },
  ],
] as const;

beforeAll(async () => {
  database = await startTestDatabase();
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  for (const [slug, name, province, level, body, scope, errors, figures] of PLACES) {
    const j = await client.query<{ id: number }>(
      'INSERT INTO jurisdiction (slug, name, province, level) VALUES ($1,$2,$3,$4) RETURNING id',
      [slug, name, province, level],
    );
    const r = await client.query<{ id: number }>(
      `INSERT INTO report (jurisdiction_id, body, year, scope, format, parser_version, error_count)
       VALUES ($1,$2,2020,$3,'2019','1.0.0',$4) RETURNING id`,
      [j.rows[0]!.id, body, scope, errors],
    );
    // The stored quality checks (lib/db/quality): a report with failed sums fails that check.
    await client.query(
      `INSERT INTO report_quality (report_id, version, passed, failed, decided, unknown, failed_checks, checks)
       VALUES ($1, 'test', $2, $3, 4, 0, $4, '[]')`,
      [r.rows[0]!.id, errors ? 3 : 4, errors ? 1 : 0, errors ? ['sums'] : []],
    );
    for (const [key, value] of Object.entries(figures)) {
      await client.query(
        `INSERT INTO figure (report_id, key, value, provenance, rule, year, jurisdiction_id) VALUES ($1,$2,$3,$4,'t',2020,$5)`,
        [r.rows[0]!.id, key, value, slug === 'ningbo' ? 'narrative' : 'table', j.rows[0]!.id],
      );
    }
  }
});

afterAll(async () => {
  await client?.end();
  await database?.stop();
});

const base = tableQuery({
  columns: ['applications.new.total', 'disclosure-rate', 'litigation.total'],
  sort: 'applications.new.total',
  dir: 'desc',
});

async function run(query: TableQuery) {
  const sql = pageSql(query);
  return (await client.query(sql.text, sql.values)).rows;
}

describe('/table SQL', () => {
  it('sorts by a figure, largest first, missing last', async () => {
    const rows = await run(base);
    expect(rows.map((r) => [r.name, r.c0])).toEqual([
      ['宁波市', 3517],
      ['阜阳市', 835],
      ['乌兰察布市', 6],
      ['弋阳县', 3],
      ['亳州市', null],
    ]);
    expect(rows[0]!.p0).toBe('narrative');
    expect((await run({ ...base, dir: 'asc' })).map((r) => r.name)).toEqual(['弋阳县', '乌兰察布市', '阜阳市', '宁波市', '亳州市']);
  });

  it('computes rates and group sums as lib/figures/rates.ts does', async () => {
    const rows = await run({ ...base, sort: 'disclosure-rate' });
    const byName = new Map(rows.map((r) => [r.name, r]));
    expect(byName.get('阜阳市')!.c1).toBeCloseTo((270 + 81) / 813, 10);
    expect(byName.get('弋阳县')!.c1).toBe(0);
    expect(byName.get('乌兰察布市')!.c1).toBeNull();
    expect(byName.get('亳州市')!.c2).toBe(6);
    expect(byName.get('宁波市')!.c2).toBe(142);
    expect(rows[0]!.name).toBe('阜阳市');
  });

  it('filters by province, level, scope and failed checks, and counts all pages', async () => {
    const anhui = { ...base, province: '安徽省' };
    expect((await run(anhui)).map((r) => r.name)).toEqual(['阜阳市', '亳州市']);
    const count = countSql(anhui);
    expect((await client.query(count.text, count.values)).rows[0].total).toBe(2);
    expect((await run({ ...base, scope: 'agency' })).map((r) => r.name)).toEqual(['乌兰察布市']);
    expect((await run({ ...base, failedOnly: true })).map((r) => r.error_count)).toEqual([2]);
    expect((await run({ ...base, failedCheck: 'sums' })).map((r) => [r.name, r.q_passed, r.q_decided, r.q_failed_checks])).toEqual([
      ['乌兰察布市', 3, 4, 'sums'],
    ]);
    expect(await run({ ...base, failedCheck: 'onTime' })).toEqual([]);
    const counted = countSql({ ...base, failedCheck: 'sums' });
    expect((await client.query(counted.text, counted.values)).rows[0].total).toBe(1);
    expect((await run({ ...base, level: 'county' })).map((r) => r.name)).toEqual(['弋阳县']);
  });

  it('pages in SQL, also when sorted by name or checks', async () => {
    expect((await run({ ...base, limit: 2, offset: 2 })).map((r) => r.name)).toEqual(['乌兰察布市', '弋阳县']);
    const byName = await run({ ...base, sort: 'name', dir: 'asc', limit: 2, offset: 0 });
    expect(byName.map((r) => r.province)).toEqual(['内蒙古自治区', '安徽省']);
    expect(byName.every((r) => 'c0' in r)).toBe(true);
    expect((await run({ ...base, sort: 'checks', limit: 1 })).map((r) => r.name)).toEqual(['乌兰察布市']);
    expect(await run({ ...base, limit: null })).toHaveLength(5);
    const everyByName = await run({ ...base, sort: 'name', dir: 'asc', limit: null });
    expect(everyByName.map((r) => r.c0)).toEqual([6, null, 835, 3, 3517]);
    expect(everyByName.find((r) => r.name === '亳州市')!.c2).toBe(6);
  });
});
