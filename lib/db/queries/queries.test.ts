// The raw SQL of lib/db/queries against the migrated schema, on a throwaway PostgreSQL holding the
// bundled reports: every defineSql query returns exactly the columns, types and nullability its
// shape declares (so its row type is checked, not a cast), and the /table SQL computes every rate
// of lib/figures/rates.ts as lib/figures does, on every bundled report.

import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { TableQuery } from '@/lib/domain';
import { withBundledDatabase } from '@/lib/db/testing/bundled-database';
import { computeRate, RATES, rateStanding, sumKeys } from '@/lib/figures/rates';
import { isSqlQuery, shapeMismatches, type RowShape, type SqlQuery } from '../sql';
import { TABLE_ROW } from './report/table-sql';
import { tableQuery } from './report/table-query.test-helpers';

vi.mock('server-only', () => ({}));

const QUERIES_DIR = path.join(process.cwd(), 'lib/db/queries');

function queryModules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return queryModules(file);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [file] : [];
  });
}

withBundledDatabase();

describe('raw SQL row shapes', () => {
  it('every defineSql query of lib/db/queries returns the columns, types and nullability it declares', async () => {
    const { pool } = await import('@/lib/db/client');
    const queries: SqlQuery[] = [];
    for (const file of queryModules(QUERIES_DIR)) {
      const exported = (await import(file)) as Record<string, unknown>;
      queries.push(...Object.values(exported).filter(isSqlQuery));
    }
    // Nine when this was written; a new query is found the same way, by its export.
    expect(queries.length).toBeGreaterThanOrEqual(9);
    for (const query of queries) {
      const result = await pool.query(query.text, [...query.sample]);
      expect(result.rows.length, `${query.name}: its sample returns no rows, so nothing is checked`).toBeGreaterThan(0);
      expect(shapeMismatches(query.row, result.fields, result.rows), query.name).toEqual([]);
    }
  });

  it('the /table SQL returns its declared columns, a value and a provenance per chosen column, in every plan', async () => {
    const { pool } = await import('@/lib/db/client');
    const { pageSql } = await import('./report/table-sql');
    const columns = ['applications.new.total', 'disclosure-rate', 'litigation.total', 'results.denied.total'];
    const base = tableQuery({ columns });
    const shape: RowShape = { ...TABLE_ROW };
    columns.forEach((_, i) =>
      Object.assign(shape, {
        [`c${i}`]: 'float8 | null',
        [`p${i}`]: 'text | null',
        [`r${i}`]: 'text | null',
        [`n${i}`]: 'float8 | null',
        [`d${i}`]: 'float8 | null',
        [`fz${i}`]: 'text | null',
        [`fe${i}`]: 'text | null',
      }),
    );
    // A list sorted by a computed column carries the sort value it was cut by, and whether its inputs failed a sum check.
    const sorted = { ...TABLE_ROW, sort_value: 'float8 | null', sort_failed: 'bool', ...shapeTail(shape) } as const;
    const plans: [TableQuery, RowShape][] = [
      [base, shape],
      [{ ...base, limit: null }, shape],
      [{ ...base, sort: 'disclosure-rate', dir: 'desc', limit: null }, sorted],
      [{ ...base, sort: 'disclosure-rate', dir: 'desc' }, sorted],
    ];
    for (const [query, expected] of plans) {
      const sql = pageSql(query);
      const result = await pool.query(sql.text, sql.values);
      expect(result.rows.length).toBeGreaterThan(0);
      expect(shapeMismatches(expected, result.fields, result.rows), `${query.sort} ${query.limit}`).toEqual([]);
    }
  });
});

/** The chosen columns' part of a shape (c<i>, p<i>, r<i>, n<i>, d<i>, fz<i>, fe<i>). */
function shapeTail(shape: RowShape): RowShape {
  return Object.fromEntries(Object.entries(shape).filter(([name]) => /^(c|p|r|n|d|fz|fe)\d+$/.test(name)));
}

describe('/table rates', () => {
  it('equal lib/figures/rates.ts for every rate on every bundled report, in every plan of the SQL', async () => {
    const { pool } = await import('@/lib/db/client');
    const { findTableRows } = await import('./report/find-table-rows');
    const { getReportFigures } = await import('./report/get-report-figures');
    const years = (await pool.query<{ year: number }>('SELECT DISTINCT year FROM report ORDER BY year')).rows.map((r) => r.year);
    const reports = Number((await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM report')).rows[0]!.n);
    const columns = RATES.map((r) => r.id);
    let compared = 0;
    let numbers = 0;
    let failedSeen = 0;
    for (const year of years) {
      // Every row of the year (exports: one pivot of the year), then each rate as the sort of every
      // row and of a page cut from them (its own pivot of the sort keys, the page's figures looked up
      // per report): the page is the same rows as that stretch of the whole sorted list.
      const plans: [string, TableQuery][] = [
        ['all rows', tableQuery({ year, columns, limit: null })],
        ...RATES.flatMap((rate): [string, TableQuery][] => [
          [`all rows sorted by ${rate.id}`, tableQuery({ year, columns, sort: rate.id, dir: 'desc', limit: null })],
          [`page sorted by ${rate.id}`, tableQuery({ year, columns, sort: rate.id, dir: 'desc', limit: 2, offset: 1 })],
        ]),
      ];
      let sortedIds: number[] = [];
      for (const [plan, query] of plans) {
        const { rows } = await findTableRows(query);
        const figures = await getReportFigures(rows.map((r) => r.reportId));
        for (const row of rows) {
          const values = new Map(figures.get(row.reportId)!.figures.map((f) => [f.key, f.value]));
          const failedKeys = new Set(
            figures
              .get(row.reportId)!
              .issues.filter((i) => i.code === 'SUM_MISMATCH')
              .flatMap((i) => i.keys),
          );
          for (const rate of RATES) {
            const lookup = (key: string) => values.get(key);
            const expected = computeRate(rate, lookup);
            const cell = row.cells[rate.id]!;
            const actual = cell.value;
            const where = `${plan}: report ${row.reportId} (${row.name} ${year}) ${rate.id}`;
            if (rate.unit === 'ratio') {
              // The ratio's parts, and whether its inputs failed a sum check, as lib/figures/rates.ts says.
              expect(cell.numerator ?? null, where).toBe(sumKeys(lookup, rate.numerator));
              expect(cell.denominator ?? null, where).toBe(sumKeys(lookup, rate.denominator));
              expect(Boolean(cell.failedRelations), where).toBe(rateStanding(rate, lookup, failedKeys).kind === 'sumFailed');
              if (cell.failedRelations) failedSeen += 1;
            }
            if (expected === null) expect(actual, where).toBeNull();
            else {
              expect(actual, where).not.toBeNull();
              expect(actual!, where).toBeCloseTo(expected, 12);
              if (plan === 'all rows') numbers += 1;
            }
          }
          if (plan === 'all rows') compared += 1;
        }
        if (query.limit === null && query.sort !== 'name') {
          // Largest first, missing values last; a ratio whose inputs failed a sum check is never ranked: after the rest.
          const inOrder = (list: (number | null)[]) => [
            ...list.filter((v): v is number => v !== null).sort((a, b) => b - a),
            ...list.filter((v) => v === null),
          ];
          const cells = rows.map((r) => r.cells[query.sort]!);
          const ranked = cells.filter((c) => !c.failedRelations).map((c) => c.value);
          const unranked = cells.filter((c) => c.failedRelations).map((c) => c.value);
          expect(
            cells.map((c) => c.value),
            plan,
          ).toEqual([...inOrder(ranked), ...inOrder(unranked)]);
          sortedIds = rows.map((r) => r.reportId);
        }
        if (query.limit !== null)
          expect(
            rows.map((r) => r.reportId),
            plan,
          ).toEqual(sortedIds.slice(1, 3));
      }
    }
    // Every bundled report is one of the rows (no report is in two copies), and most rates are numbers.
    expect(compared).toBe(reports);
    expect(numbers).toBeGreaterThan(compared);
    // The bundled reports include ratios whose inputs failed a sum check (洪泽区 2023, table 4).
    expect(failedSeen).toBeGreaterThan(0);
  });
});
