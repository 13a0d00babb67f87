// Jurisdictions with reports but no division code of the official list (平潭综合实验区, a zone):
// /coverage cannot place them among the divisions, so it names them beside its counts.

import 'server-only';
import { pool } from '@/lib/db/client';
import type { JurisdictionSummary } from '@/lib/domain';
import { defineSql, runSql } from '../../sql';

export const UNLISTED_JURISDICTIONS = defineSql(
  'jurisdictions with reports and no division code',
  `SELECT j.slug, j.name, j.level, j.province FROM jurisdiction j
  WHERE j.division_code IS NULL AND EXISTS (SELECT 1 FROM report r WHERE r.jurisdiction_id = j.id)
  ORDER BY j.province NULLS LAST, j.name`,
  { slug: 'text', name: 'text', level: 'text', province: 'text | null' },
  [],
);

export async function listUnlistedJurisdictions(): Promise<JurisdictionSummary[]> {
  return runSql(pool, UNLISTED_JURISDICTIONS, []);
}
