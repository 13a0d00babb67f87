// The held division-years in SQL: per jurisdiction with a division code and year, the status of the
// whole-jurisdiction report that stands for the year (the report-choice rule) by its stored quality
// checks, else `agencyOnly` when only single offices' reports are held. One grouping pass over the
// reports and hash joins: no per-row lookups (100,000 reports).

import { chosenReportIdsSql } from '../report/chosen-reports';

/** Rows (jurisdiction_id, slug, province, division_code, year, status) of jurisdictions matching `where` (alias j). */
export function heldSql(where: string): string {
  const listed = `j.division_code IS NOT NULL AND ${where}`;
  return `WITH per AS (
    SELECT r.jurisdiction_id, r.year, bool_or(r.scope = 'aggregate') AS whole
    FROM report r JOIN jurisdiction j ON j.id = r.jurisdiction_id
    WHERE ${listed}
    GROUP BY r.jurisdiction_id, r.year
  ), chosen AS (
    SELECT cr.id, cr.jurisdiction_id, cr.year
    FROM report cr
    WHERE cr.id IN (${chosenReportIdsSql(`r.scope = 'aggregate' AND r.jurisdiction_id IN (SELECT j.id FROM jurisdiction j WHERE ${listed})`)})
  )
  SELECT j.id AS jurisdiction_id, j.slug, j.province, j.division_code, p.year,
    CASE WHEN NOT p.whole THEN 'agencyOnly' WHEN q.report_id IS NULL THEN 'unchecked' WHEN q.failed > 0 THEN 'failing' ELSE 'passing' END AS status
  FROM per p
  JOIN jurisdiction j ON j.id = p.jurisdiction_id
  LEFT JOIN chosen c ON c.jurisdiction_id = p.jurisdiction_id AND c.year = p.year
  LEFT JOIN report_quality q ON q.report_id = c.id`;
}
