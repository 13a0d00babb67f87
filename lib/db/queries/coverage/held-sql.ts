// The held division-years in SQL: per jurisdiction with a division code and year, the status of the
// whole-jurisdiction report that stands for the year (the report-choice rule) by its stored quality
// checks, else `agencyOnly` when only single offices' reports are held. Read from held_year, which
// the writes keep (migration 20261209060000_held_year): no grouping over 100,000 reports per view.
// The counts per province, year and status (/coverage's default view) are kept too (held_count).

import { defineSql } from '../../sql';

/** Rows (jurisdiction_id, slug, province, division_code, year, status) of jurisdictions matching `where` (alias j). */
export function heldSql(where: string): string {
  return `SELECT j.id AS jurisdiction_id, j.slug, j.province, j.division_code, h.year, h.status
  FROM held_year h JOIN jurisdiction j ON j.id = h.jurisdiction_id
  WHERE j.division_code IS NOT NULL AND ${where}`;
}

/** held_count (migration 20261209061000_held_count): parameters from and to (years). */
export const HELD_BY_PROVINCE = defineSql(
  'held division-years per province, year and status',
  `SELECT c.province, c.year, c.status, c.count FROM held_count c WHERE c.count > 0 AND c.year BETWEEN $1 AND $2`,
  { province: 'text', year: 'int4', status: 'text', count: 'int4' },
  [2008, 2030],
);
