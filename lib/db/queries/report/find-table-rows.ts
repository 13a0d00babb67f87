// One page of /table (or every row, for exports): the chosen reports of a year filtered, sorted and
// cut in SQL (./table-sql.ts; its row shape is TABLE_ROW, checked in table-sql.test.ts).

import 'server-only';
import { pool } from '@/lib/db/client';
import type { TableCell, TablePage, TableQuery, TableRow } from '@/lib/domain';
import { countSql, pageSql } from './table-sql';

type Raw = Record<string, unknown> & {
  id: number;
  slug: string;
  name: string;
  province: string | null;
  level: string;
  body: string;
  scope: TableRow['scope'];
  format: string;
  error_count: number;
};

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
        scope: r.scope,
        format: r.format,
        errorCount: r.error_count,
        cells,
      };
    }),
  };
}
