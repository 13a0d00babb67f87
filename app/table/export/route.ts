// GET /table/export?format=csv|json|zip&<the /table parameters>: the whole filtered, sorted result;
// zip: the CSV with metadata.json and README.md (lib/data-package). Links at the public address.

import { dataPackageResponse } from '@/app/data-package-response';
import { findTableRows } from '@/lib/db/queries/report/find-table-rows';
import { countReportsByYear } from '@/lib/db/queries/report/count-reports-by-year';
import { attachment } from '@/lib/http/content-disposition';
import { publicOrigin } from '@/lib/http/public-origin';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';
import { tableCsv, tableJson, tableTitle } from '@/lib/tables/table-export';
import { resolveYear, toTableQuery } from '@/lib/tables/table-query';
import { parseTableParams, readTableParams, tableHref } from '@/lib/view-state/table-params';

const FORMATS = ['csv', 'json', 'zip'] as const;

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const format = FORMATS.find((f) => f === params.get('format')) ?? 'csv';
  const { view } = parseTableParams(readTableParams(params));
  const year = resolveYear(view.year, await countReportsByYear());
  const rows = year === null ? [] : (await findTableRows(toTableQuery(view, year, 'all'))).rows;
  const origin = publicOrigin(request.headers) ?? '';
  const fileBase = `gov-disclosure-${year ?? 'none'}${view.province ? `-${view.province}` : ''}`;
  const csv = () => tableCsv(rows, view.columns, view.lang, year ?? 0, origin);
  if (format === 'zip') {
    return dataPackageResponse({
      lang: view.lang,
      title: tableTitle(year, view.province, view.lang),
      description: drilldownMessages[view.lang].table.lede,
      origin,
      path: tableHref({ ...view, year, page: 1 }),
      fileBase,
      csv: csv(),
      columns: view.columns,
      reports: rows.map((r) => ({ reportId: r.reportId, jurisdiction: r.name, body: r.body, year: year ?? 0 })),
    });
  }
  if (format === 'csv') return attachment(csv(), `${fileBase}.csv`, 'text/csv; charset=utf-8');
  const filters = {
    province: view.province,
    level: view.level,
    scope: view.scope,
    failedOnly: view.failedOnly,
    failedCheck: view.failedCheck,
    sort: view.sort,
    dir: view.dir,
  };
  return attachment(
    JSON.stringify(tableJson(year ?? 0, filters, rows, view.columns, view.lang, origin)),
    `${fileBase}.json`,
    'application/json; charset=utf-8',
  );
}
