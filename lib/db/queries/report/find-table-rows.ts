// One page of /table (or every row, for exports): the chosen reports of a year filtered, sorted and
// cut in SQL (./table-sql.ts; its row shape is TABLE_ROW, checked in table-sql.test.ts).

import 'server-only';
import { pool } from '@/lib/db/client';
import type { CheckId, TableCell, TablePage, TableQuery, TableRow } from '@/lib/domain';
import { rateDef } from '@/lib/figures/rates';
import type { RowOf } from '../../sql';
import { countSql, pageSql, TABLE_ROW } from './table-sql';

const numberOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/** A page row: the declared columns (TABLE_ROW) and c<i>, p<i>, r<i>, n<i>, d<i>, fz<i>, fe<i> for the chosen columns. */
type Raw = RowOf<typeof TABLE_ROW> & Record<string, unknown>;

export async function findTableRows(query: TableQuery): Promise<TablePage> {
  const page = pageSql(query);
  const count = countSql(query);
  const [rows, counted] = await Promise.all([
    pool.query<Raw>(page.text, page.values),
    pool.query<{ total: number }>(count.text, count.values),
  ]);
  return {
    total: counted.rows[0]?.total ?? 0,
    rows: rows.rows.map((r) => {
      const cells: Record<string, TableCell> = {};
      query.columns.forEach((column, i) => {
        const rate = rateDef(column);
        const cell: TableCell = { value: numberOrNull(r[`c${i}`]), provenance: (r[`p${i}`] as TableCell['provenance']) ?? null };
        if (!rate && cell.provenance !== null && cell.value === null) cell.raw = (r[`r${i}`] as string | null) ?? null;
        if (rate?.unit === 'ratio') {
          cell.numerator = numberOrNull(r[`n${i}`]);
          cell.denominator = numberOrNull(r[`d${i}`]);
          const zh = r[`fz${i}`] as string | null;
          cell.failedRelations = zh === null ? null : { zh, en: (r[`fe${i}`] as string | null) ?? zh };
        }
        cells[column] = cell;
      });
      return {
        reportId: r.id,
        slug: r.slug,
        name: r.name,
        province: r.province,
        level: r.level,
        body: r.body,
        scope: r.scope as TableRow['scope'],
        format: r.format,
        errorCount: r.error_count,
        quality:
          r.q_passed === null || r.q_decided === null
            ? null
            : { passed: r.q_passed, decided: r.q_decided, failedIds: (r.q_failed_checks || '').split(',').filter(Boolean) as CheckId[] },
        cells,
      };
    }),
  };
}
