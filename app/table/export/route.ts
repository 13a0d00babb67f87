// GET /table/export?format=csv|json&<the /table parameters>: the whole filtered, sorted result.

import { findTableRows } from '@/lib/db/queries/table/find-table-rows';
import { getTableFacets } from '@/lib/db/queries/table/get-table-facets';
import { contentDisposition } from '@/lib/tables/content-disposition';
import { tableCsv, tableJson } from '@/lib/tables/table-export';
import { resolveYear, toTableQuery } from '@/lib/tables/table-query';
import { parseTableParams, pickTableParams } from '@/lib/view-state/table-params';

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const format = params.get('format') === 'json' ? 'json' : 'csv';
  const { view } = parseTableParams(pickTableParams(params));
  const year = resolveYear(view.year, (await getTableFacets()).years);
  const rows = year === null ? [] : (await findTableRows(toTableQuery(view, year, 'all'))).rows;
  const name = `gov-disclosure-${year ?? 'none'}${view.province ? `-${view.province}` : ''}.${format}`;
  const body =
    format === 'csv'
      ? tableCsv(rows, view.columns, view.lang)
      : JSON.stringify(
          tableJson(
            year ?? 0,
            { province: view.province, level: view.level, scope: view.scope, failedOnly: view.failedOnly, sort: view.sort, dir: view.dir },
            rows,
            view.columns,
            view.lang,
          ),
        );
  return new Response(body, {
    headers: {
      'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      'Content-Disposition': contentDisposition(name),
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
