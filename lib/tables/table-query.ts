// A parsed /table view to the query the database runs: the year resolved, the page turned into
// limit/offset (or no limit for exports).

import type { TableQuery } from '@/lib/domain';
import { PAGE_SIZE, type TableView } from '@/lib/view-state/table-params';

export function toTableQuery(view: TableView, year: number, page: 'page' | 'all' = 'page'): TableQuery {
  return {
    year,
    province: view.province,
    level: view.level,
    scope: view.scope,
    failedOnly: view.failedOnly,
    failedCheck: view.failedCheck,
    columns: view.columns,
    sort: view.sort,
    dir: view.dir,
    limit: page === 'all' ? null : PAGE_SIZE,
    offset: page === 'all' ? 0 : (view.page - 1) * PAGE_SIZE,
  };
}

/** The year to show: the requested one, else the newest year with reports; null without reports. */
export function resolveYear(requested: number | null, years: readonly { year: number }[]): number | null {
  return requested ?? years[0]?.year ?? null;
}
