// Test helper: a /table query of one year, unfiltered, sorted by name, first page, with changes.
import type { TableQuery } from '@/lib/domain';

export function tableQuery(changes: Partial<TableQuery> = {}): TableQuery {
  return {
    year: 2020,
    province: null,
    level: null,
    scope: null,
    failedOnly: false,
    failedCheck: null,
    columns: ['applications.new.total'],
    sort: 'name',
    dir: 'asc',
    limit: 50,
    offset: 0,
    ...changes,
  };
}
