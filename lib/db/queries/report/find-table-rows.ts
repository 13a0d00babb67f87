// One page of /table (or every row, for exports): the chosen reports of a year filtered, sorted and
// cut in SQL (./table-sql.ts; its row shape is TABLE_ROW, checked in table-sql.test.ts).

import 'server-only';
import { pool } from '@/lib/db/client';
import type { CheckId, TableCell, TablePage, TableQuery, TableRow } from '@/lib/domain';
import { ensureQuality } from '../../quality/ensure';
import type { RowOf } from '../../sql';
import { countSql, pageSql, TABLE_ROW } from './table-sql';

/** A page row: the declared columns (TABLE_ROW) and c<i> / p<i> for the chosen columns. */
type Raw = RowOf<typeof TABLE_ROW> & Record<string, unknown>;

export async function findTableRows(query: TableQuery): Promise<TablePage> {
  await ensureQuality();
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
        const value = r[`c${i}`];
        cells[column] = {
          value: value === null || value === undefined ? null : Number(value),
          provenance: (r[`p${i}`] as TableCell['provenance']) ?? null,
        };
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
