import { describe, expect, it } from 'vitest';
import { DEFAULT_TABLE_VIEW, PAGE_SIZE } from '@/lib/view-state/table-params';
import { resolveYear, toTableQuery } from './table-query';

describe('toTableQuery', () => {
  const view = {
    ...DEFAULT_TABLE_VIEW,
    province: '江苏省',
    level: 'district' as const,
    scope: 'aggregate' as const,
    failedOnly: true,
    failedCheck: 'sums' as const,
    columns: ['review.total'],
    sort: 'review.total',
    dir: 'desc' as const,
    page: 3,
  };

  it('turns the page into limit and offset, or every row for exports', () => {
    expect(toTableQuery(view, 2023)).toEqual({
      year: 2023,
      province: '江苏省',
      level: 'district',
      scope: 'aggregate',
      failedOnly: true,
      failedCheck: 'sums',
      columns: ['review.total'],
      sort: 'review.total',
      dir: 'desc',
      limit: PAGE_SIZE,
      offset: 2 * PAGE_SIZE,
    });
    expect(toTableQuery({ ...view, page: 1 }, 2023, 'page')).toMatchObject({ limit: 50, offset: 0 });
    expect(toTableQuery(view, 2023, 'all')).toMatchObject({ limit: null, offset: 0 });
  });
});

describe('resolveYear', () => {
  it('takes the requested year, else the newest with reports, else none', () => {
    const years = [{ year: 2024 }, { year: 2023 }, { year: 2020 }];
    expect(resolveYear(2020, years)).toBe(2020);
    expect(resolveYear(2019, years)).toBe(2019);
    expect(resolveYear(null, years)).toBe(2024);
    expect(resolveYear(null, [])).toBeNull();
  });
});
