// The held division-years in SQL: per jurisdiction with a division code and year, the status of the
// whole-jurisdiction report that stands for the year (the report-choice rule) by its stored quality
// checks, else `agencyOnly` when only single offices' reports are held.

import { chosenReportIdsSql } from '../report/chosen-reports';

/** Rows (jurisdiction_id, slug, province, division_code, year, status) of jurisdictions matching `where` (alias j). */
export function heldSql(where: string): string {
  return `WITH whole AS (
    SELECT r.jurisdiction_id, r.year,
      CASE WHEN q.report_id IS NULL THEN 'unchecked' WHEN q.failed > 0 THEN 'failing' ELSE 'passing' END AS status
    FROM report r LEFT JOIN report_quality q ON q.report_id = r.id
    WHERE r.id IN (${chosenReportIdsSql(`r.scope = 'aggregate' AND r.jurisdiction_id IN (SELECT j.id FROM jurisdiction j WHERE j.division_code IS NOT NULL AND ${where})`)})
  ), office AS (
    SELECT DISTINCT r.jurisdiction_id, r.year, 'agencyOnly' AS status
    FROM report r
    WHERE r.scope = 'agency' AND r.jurisdiction_id IN (SELECT j.id FROM jurisdiction j WHERE j.division_code IS NOT NULL AND ${where})
      AND NOT EXISTS (SELECT 1 FROM report a WHERE a.jurisdiction_id = r.jurisdiction_id AND a.year = r.year AND a.scope = 'aggregate')
  )
  SELECT j.id AS jurisdiction_id, j.slug, j.province, j.division_code, h.year, h.status
  FROM (SELECT * FROM whole UNION ALL SELECT * FROM office) h JOIN jurisdiction j ON j.id = h.jurisdiction_id`;
}
