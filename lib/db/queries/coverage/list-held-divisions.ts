// /coverage?province=: the held division-years of one province, by division code.

import 'server-only';
import { pool } from '@/lib/db/client';
import { cachedByDataVersion } from '@/lib/db/cache';
import type { HeldRow, HeldStatus } from '@/lib/domain';
import { defineSql, runSql } from '../../sql';
import { heldSql } from './held-sql';

export const HELD_IN_PROVINCE = defineSql(
  'held division-years of one province',
  `SELECT h.division_code, h.slug, h.year, h.status FROM (${heldSql('j.province = $1')}) h WHERE h.year BETWEEN $2 AND $3`,
  { division_code: 'text', slug: 'text', year: 'int4', status: 'text' },
  ['江苏省', 2008, 2030],
);

/** Kept per data version (lib/db/cache.ts): /coverage?province=, its CSV and /p ask for it on every view. */
export async function listHeldDivisions(province: string, from: number, to: number): Promise<HeldRow[]> {
  return cachedByDataVersion('held-in-province', [province, from, to], async () =>
    (await runSql(pool, HELD_IN_PROVINCE, [province, from, to])).map((r) => ({
      divisionCode: r.division_code,
      slug: r.slug,
      year: r.year,
      status: r.status as HeldStatus,
    })),
  );
}
