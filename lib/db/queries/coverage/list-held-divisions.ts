// /coverage?province=: the held division-years of one province, by division code.

import 'server-only';
import { pool } from '@/lib/db/client';
import type { HeldRow, HeldStatus } from '@/lib/domain';
import { ensureQuality } from '../../quality/ensure';
import { defineSql, runSql } from '../../sql';
import { heldSql } from './held-sql';

export const HELD_IN_PROVINCE = defineSql(
  'held division-years of one province',
  `SELECT h.division_code, h.slug, h.year, h.status FROM (${heldSql('j.province = $1')}) h WHERE h.year BETWEEN $2 AND $3`,
  { division_code: 'text', slug: 'text', year: 'int4', status: 'text' },
  ['江苏省', 2008, 2030],
);

export async function listHeldDivisions(province: string, from: number, to: number): Promise<HeldRow[]> {
  await ensureQuality();
  const rows = await runSql(pool, HELD_IN_PROVINCE, [province, from, to]);
  return rows.map((r) => ({ divisionCode: r.division_code, slug: r.slug, year: r.year, status: r.status as HeldStatus }));
}
