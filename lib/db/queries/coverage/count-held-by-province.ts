// /coverage's default view: held division-years counted per province, year and status (the rest of
// each province's divisions of the official list are not held: lib/coverage adds them), as the
// writes keep them in held_count (migration 20261209061000_held_count). The same for every visitor
// until a report or its checks change: kept per data version (lib/db/cache.ts).

import 'server-only';
import { pool } from '@/lib/db/client';
import { cachedByDataVersion } from '@/lib/db/cache';
import type { HeldCount, HeldStatus } from '@/lib/domain';
import { runSql } from '../../sql';
import { HELD_BY_PROVINCE } from './held-sql';

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
