// What /table can filter on: the years with reports and the provinces.

import 'server-only';
import { pool } from '@/lib/db/client';
import type { TableFacets } from './types';

export async function getTableFacets(): Promise<TableFacets> {
  const [years, provinces] = await Promise.all([
    pool.query<{ year: number; reports: number }>('SELECT year, count(*)::int AS reports FROM report GROUP BY year ORDER BY year DESC'),
    pool.query<{ province: string }>('SELECT DISTINCT province FROM jurisdiction WHERE province IS NOT NULL ORDER BY province'),
  ]);
  return { years: years.rows, provinces: provinces.rows.map((r) => r.province) };
}
