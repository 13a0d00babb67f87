// The held division-years in SQL: per jurisdiction with a division code and year, the status of the
// whole-jurisdiction report that stands for the year (the report-choice rule) by its stored quality
// checks, else `agencyOnly` when only single offices' reports are held. Read from held_year, which
// the writes keep (migration 20261209060000_held_year): no grouping over 100,000 reports per view.

/** Rows (jurisdiction_id, slug, province, division_code, year, status) of jurisdictions matching `where` (alias j). */
export function heldSql(where: string): string {
  return `SELECT j.id AS jurisdiction_id, j.slug, j.province, j.division_code, h.year, h.status
  FROM held_year h JOIN jurisdiction j ON j.id = h.jurisdiction_id
  WHERE j.division_code IS NOT NULL AND ${where}`;
}
