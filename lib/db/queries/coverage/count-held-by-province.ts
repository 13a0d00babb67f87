// /coverage's default view: held division-years counted per province, year and status (the rest of
// each province's divisions of the official list are not held: lib/coverage adds them). The same for
// every visitor until a report or its checks change: kept per data version (lib/db/cache.ts), after
// the checks still queued are computed.

import 'server-only';
import { pool } from '@/lib/db/client';
import { cachedByDataVersion } from '@/lib/db/cache';
import type { HeldCount, HeldStatus } from '@/lib/domain';
import { defineSql, runSql } from '../../sql';
import { heldSql } from './held-sql';

export const HELD_BY_PROVINCE = defineSql(
  'held division-years per province, year and status',
  `SELECT h.province, h.year, h.status, count(*)::int AS count FROM (${heldSql('true')}) h
  WHERE h.province IS NOT NULL AND h.year BETWEEN $1 AND $2
  GROUP BY h.province, h.year, h.status`,
  { province: 'text', year: 'int4', status: 'text', count: 'int4' },
  [2008, 2030],
);

export async function countHeldByProvince(from: number, to: number): Promise<HeldCount[]> {
  return cachedByDataVersion('held-by-province', [from, to], async () =>
    (await runSql(pool, HELD_BY_PROVINCE, [from, to])).map((r) => ({
      province: r.province,
      year: r.year,
      status: r.status as HeldStatus,
      count: r.count,
    })),
  );
}
