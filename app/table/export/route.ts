// GET /table/export?format=csv|json&<the /table parameters>: the whole filtered, sorted result.

import { findTableRows } from '@/lib/db/queries/report/find-table-rows';
import { countReportsByYear } from '@/lib/db/queries/report/count-reports-by-year';
import { attachment } from '@/lib/http/content-disposition';
import { tableCsv, tableJson } from '@/lib/tables/table-export';
import { resolveYear, toTableQuery } from '@/lib/tables/table-query';
import { parseTableParams, readTableParams } from '@/lib/view-state/table-params';

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const format = params.get('format') === 'json' ? 'json' : 'csv';
  const { view } = parseTableParams(readTableParams(params));
  const year = resolveYear(view.year, await countReportsByYear());
  const rows = year === null ? [] : (await findTableRows(toTableQuery(view, year, 'all'))).rows;
  const name = `gov-disclosure-${year ?? 'none'}${view.province ? `-${view.province}` : ''}.${format}`;
  const body =
    format === 'csv'
      ? tableCsv(rows, view.columns, view.lang)
      : JSON.stringify(
          tableJson(
            year ?? 0,
            {
              province: view.province,
              level: view.level,
              scope: view.scope,
              failedOnly: view.failedOnly,
              failedCheck: view.failedCheck,
              sort: view.sort,
              dir: view.dir,
            },
            rows,
            view.columns,
            view.lang,
          ),
        );
  return attachment(body, name, format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8');
}
