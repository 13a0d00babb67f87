// held_year (migration 20261209060000_held_year), which /coverage and /p count, on a real
// PostgreSQL with the bundled reports and synthetic ones: equal to the report-choice rule computed
// directly from the reports after every kind of write, moved by ingesting and removing a report; and
// a report's page only reads (its checks were computed when it was written; the data version stays).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { syntheticReports, type BaseReport } from '@/lib/db/testing/synthetic-reports';
import { variantInput } from '@/lib/db/testing/synthetic-input';
import { withBundledDatabase } from '@/lib/db/testing/bundled-database';
import { parseReport } from '@/lib/parser';
import { chosenReportIdsSql } from '../report/chosen-reports';

vi.mock('server-only', () => ({}));

withBundledDatabase();

/** The held jurisdiction-years as the report-choice rule says, computed from the reports themselves. */
const DIRECT = `WITH per AS (
    SELECT r.jurisdiction_id, r.year, bool_or(r.scope = 'aggregate') AS whole FROM report r GROUP BY 1, 2
  ), chosen AS (
    SELECT cr.id, cr.jurisdiction_id, cr.year FROM report cr WHERE cr.id IN (${chosenReportIdsSql(`r.scope = 'aggregate'`)})
  )
  SELECT p.jurisdiction_id, p.year, c.id AS chosen_report_id,
    CASE WHEN NOT p.whole THEN 'agencyOnly' WHEN q.report_id IS NULL THEN 'unchecked' WHEN q.failed > 0 THEN 'failing' ELSE 'passing' END AS status,
    CASE WHEN j.division_code IS NOT NULL THEN j.province END AS province
  FROM per p JOIN jurisdiction j ON j.id = p.jurisdiction_id
  LEFT JOIN chosen c ON c.jurisdiction_id = p.jurisdiction_id AND c.year = p.year
  LEFT JOIN report_quality q ON q.report_id = c.id`;
const KEPT = 'SELECT jurisdiction_id, year, chosen_report_id, status, province FROM held_year';
/** The counts of /coverage's default view, from those rows. */
const COUNTS = (rows: string) =>
  `SELECT province, year, status, count(*)::int AS count FROM (${rows}) h WHERE province IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
const COUNTS_KEPT = 'SELECT province, year, status, count FROM held_count WHERE count > 0 ORDER BY 1, 2, 3';

async function db() {
  return (await import('@/lib/db/client')).pool;
}

/** held_year and held_count equal what the reports say; the number of held jurisdiction-years. */
async function expectKeptEqualsDirect(): Promise<number> {
  const pool = await db();
  const order = (sql: string) => `${sql} ORDER BY 1, 2`;
  const [kept, direct, keptCounts, directCounts, pending] = await Promise.all([
    pool.query(order(KEPT)),
    pool.query(order(DIRECT)),
    pool.query(COUNTS_KEPT),
    pool.query(COUNTS(DIRECT)),
    pool.query('SELECT (SELECT count(*) FROM held_count_delta) + (SELECT count(*) FROM held_count_pending) AS n'),
  ]);
  expect(kept.rows).toEqual(direct.rows);
  expect(keptCounts.rows).toEqual(directCounts.rows);
  expect(keptCounts.rows).toEqual((await pool.query(COUNTS(KEPT))).rows);
  // Each transaction's deltas are applied and forgotten at its commit.
  expect(Number(pending.rows[0].n)).toBe(0);
  return kept.rows.length;
}

async function statusCounts(): Promise<Record<string, number>> {
  const { rows } = await (await db()).query<{ status: string; n: number }>('SELECT status, count(*)::int AS n FROM held_year GROUP BY 1');
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

function generator() {
  const bases: BaseReport[] = ['seeds/000-fuyang-2020.txt', 'seeds/004-shangqiu-2017.txt', 'reference-text/huaian_city_2024.txt'].map(
    (file) => {
      const text = readFileSync(path.join(process.cwd(), 'data/reports', file), 'utf8');
      const outcome = parseReport(text);
      if (!outcome.ok) throw new Error(file);
      return { name: path.basename(file), text, result: outcome.result };
    },
  );
  return syntheticReports(bases, { seed: 3, total: 2_000 });
}

describe('held_year', () => {
  it('equals the rule computed from the reports, on the bundled and synthetic reports and after each kind of write', async () => {
    const pool = await db();
    const { storeRead } = await import('@/lib/db/ingest');
    // The bundled reports: 淮安市 2024 passing, 洪泽区 2023 and 2024 failing, 乌兰察布市 2020 a single office.
    expect(await expectKeptEqualsDirect()).toBeGreaterThanOrEqual(8);
    const counts = await statusCounts();
    expect(counts.failing).toBeGreaterThanOrEqual(2);
    expect(counts.agencyOnly).toBeGreaterThanOrEqual(1);

    // Synthetic governments and their departments over the years of the plan.
    const g = generator();
    for (let i = 0; i < 100; i++) expect((await storeRead(pool, variantInput(g.variant(i * 19)))).status).toBe('saved');
    const held = await expectKeptEqualsDirect();
    expect(held).toBeGreaterThan(100);
    const before = await statusCounts();
    expect(before.passing).toBeGreaterThan(30);

    // A second whole-jurisdiction report of a held year (not the same report): the rule's tie-breaks
    // (publication date, then table figures, then id) decide which one stands, as writes change them.
    const { rows: target } = await pool.query<{ id: number; jurisdiction_id: number; year: number }>(
      `SELECT r.id, r.jurisdiction_id, r.year FROM held_year h JOIN report r ON r.id = h.chosen_report_id WHERE h.status = 'passing' ORDER BY r.id LIMIT 1`,
    );
    const chosen = target[0]!;
    const { rows: inserted } = await pool.query<{ id: number }>(
      `INSERT INTO report (jurisdiction_id, body, year, scope, format, parser_version, published_on)
       SELECT jurisdiction_id, body || '（另一份）', year, scope, format, parser_version, published_on FROM report WHERE id = $1 RETURNING id`,
      [chosen.id],
    );
    const other = inserted[0]!.id;
    const standing = async () =>
      (
        await pool.query<{ chosen_report_id: number; status: string }>(
          'SELECT chosen_report_id, status FROM held_year WHERE jurisdiction_id = $1 AND year = $2',
          [chosen.jurisdiction_id, chosen.year],
        )
      ).rows[0]!;
    // Same date, no figures: the original has more table figures.
    expect(await standing()).toEqual({ chosen_report_id: chosen.id, status: 'passing' });
    await expectKeptEqualsDirect();
    // More table figures than the original: the copy stands (and has no checks yet).
    await pool.query(
      `INSERT INTO figure (report_id, key, value, provenance, rule, year, jurisdiction_id)
       SELECT $2::int, key, value, provenance, rule, year, jurisdiction_id FROM figure WHERE report_id = $1
       UNION ALL SELECT $2::int, 'extra.' || g, 1, 'table', 'test', $3::int, $4::int FROM generate_series(1, 3) g`,
      [chosen.id, other, chosen.year, chosen.jurisdiction_id],
    );
    expect(await standing()).toEqual({ chosen_report_id: other, status: 'unchecked' });
    await expectKeptEqualsDirect();
    // Its checks stored, failing; then a later publication date makes the original stand again.
    await pool.query(
      `INSERT INTO report_quality (report_id, version, passed, failed, decided, unknown, failed_checks, checks) VALUES ($1, 't', 3, 1, 4, 0, '{sums}', '[]')`,
      [other],
    );
    expect(await standing()).toEqual({ chosen_report_id: other, status: 'failing' });
    await pool.query(`UPDATE report SET published_on = COALESCE(published_on, DATE '2000-01-01') + 1 WHERE id = $1`, [chosen.id]);
    expect(await standing()).toEqual({ chosen_report_id: chosen.id, status: 'passing' });
    await expectKeptEqualsDirect();
    // The copy passing too and published later: another report stands, with the same status.
    await pool.query('UPDATE report_quality SET failed = 0 WHERE report_id = $1', [other]);
    await pool.query('UPDATE report SET published_on = (SELECT published_on FROM report WHERE id = $2) + 1 WHERE id = $1', [
      other,
      chosen.id,
    ]);
    expect(await standing()).toEqual({ chosen_report_id: other, status: 'passing' });
    await expectKeptEqualsDirect();
    // A jurisdiction moved to another province, or off the division list, is counted there, or not at all.
    const { rows: places } = await pool.query<{ province: string; division_code: string }>(
      'SELECT province, division_code FROM jurisdiction WHERE id = $1',
      [chosen.jurisdiction_id],
    );
    await pool.query(`UPDATE jurisdiction SET province = '西藏自治区' WHERE id = $1`, [chosen.jurisdiction_id]);
    await expectKeptEqualsDirect();
    await pool.query('UPDATE jurisdiction SET division_code = NULL WHERE id = $1', [chosen.jurisdiction_id]);
    await expectKeptEqualsDirect();
    await pool.query('UPDATE jurisdiction SET province = $2, division_code = $3 WHERE id = $1', [
      chosen.jurisdiction_id,
      places[0]!.province,
      places[0]!.division_code,
    ]);
    await expectKeptEqualsDirect();
    // A write rolled back leaves the counts as they were.
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('DELETE FROM report WHERE id = $1', [chosen.id]);
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
    await expectKeptEqualsDirect();
    // A report moved to another jurisdiction-year leaves the old one and joins the new.
    await pool.query('UPDATE report SET year = year - 30 WHERE id = $1', [other]);
    await expectKeptEqualsDirect();
    await pool.query('DELETE FROM report WHERE id = $1', [other]);
    expect(await expectKeptEqualsDirect()).toBe(held);
    expect(await statusCounts()).toEqual(before);
  });

  it('a new report is counted by its write, and removing it takes it off', async () => {
    const pool = await db();
    const { ingestBytes } = await import('@/lib/db/ingest');
    const before = await statusCounts();
    // 淮安市's 2024 report as its 2021 one: a held year more, passing.
    const copy = readFileSync('data/reports/reference-text/huaian_city_2024.txt', 'utf8').replaceAll('2024', '2021');
    const saved = await ingestBytes(pool, new TextEncoder().encode(copy), 'huaian-2021.txt');
    expect(saved.status).toBe('saved');
    const id = (saved as { reportId: number }).reportId;
    expect(await statusCounts()).toEqual({ ...before, passing: before.passing! + 1 });
    await expectKeptEqualsDirect();
    await pool.query('DELETE FROM report WHERE id = $1', [id]);
    expect(await statusCounts()).toEqual(before);
    await expectKeptEqualsDirect();
  });
});

describe('viewing a report', () => {
  it('only reads: its checks were stored by the write, and two views leave the data version where it was', async () => {
    const pool = await db();
    const { ingestBytes } = await import('@/lib/db/ingest');
    const { readDataVersion } = await import('@/lib/db/data-version');
    const { getReport } = await import('@/lib/db/queries/report/get-report');
    const { getReportQuality } = await import('@/lib/db/queries/quality/get-report-quality');
    const copy = readFileSync('data/reports/reference-text/huaian_city_2024.txt', 'utf8').replaceAll('2024', '2022');
    const saved = await ingestBytes(pool, new TextEncoder().encode(copy), 'huaian-2022.txt');
    expect(saved.status).toBe('saved');
    const id = (saved as { reportId: number }).reportId;
    const version = await readDataVersion(pool);
    for (let view = 0; view < 2; view++) {
      expect(await getReport(id)).not.toBeNull();
      const quality = await getReportQuality(id);
      expect(quality?.summary).toMatchObject({ failed: 0 });
      expect(await readDataVersion(pool)).toBe(version);
    }
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM quality_queue WHERE report_id = $1', [id]);
    expect(rows[0].n).toBe(0);
  });
});
