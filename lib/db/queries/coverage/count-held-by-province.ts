// /coverage's default view: held division-years counted per province, year and status (the rest of
// each province's divisions of the official list are not held: lib/coverage adds them). The same for
// every visitor until a report or its checks change, so the counts are kept per process under the
// version of the stored checks (their number and latest computation: every written report is
// checked again first, a deleted one takes its checks with it).

import 'server-only';
import { pool } from '@/lib/db/client';
import type { HeldCount, HeldStatus } from '@/lib/domain';
import { ensureQuality } from '../../quality/ensure';
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

export const QUALITY_VERSION_SQL = defineSql(
  'version of the stored quality checks',
  `SELECT count(*)::int AS checked, COALESCE(to_char(max(computed_at), 'YYYY-MM-DD HH24:MI:SS.US'), '') AS latest FROM report_quality`,
  { checked: 'int4', latest: 'text' },
  [],
);

let cached: { key: string; rows: HeldCount[] } | null = null;

export async function countHeldByProvince(from: number, to: number): Promise<HeldCount[]> {
  await ensureQuality();
  const [version] = await runSql(pool, QUALITY_VERSION_SQL, []);
  const key = `${from}|${to}|${version!.checked}|${version!.latest}`;
  if (cached?.key === key) return cached.rows;
  const rows = (await runSql(pool, HELD_BY_PROVINCE, [from, to])).map((r) => ({
    province: r.province,
    year: r.year,
    status: r.status as HeldStatus,
    count: r.count,
  }));
  cached = { key, rows };
  return rows;
}
