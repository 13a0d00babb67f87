// The report-choice rule: the one answer to "which report stands for a jurisdiction in a year",
// used by every page and the compare downloads (compare, home, /table, /j/<slug>).
//
// Reports are grouped by jurisdiction, year and scope, and single-office reports also by office:
// an office's report is its own group, so it never stands for the whole jurisdiction. In each
// group the chosen report is the one with the latest publication date (undated last), then the
// most figures read from tables (a re-ingest that read more of the same report wins), then the
// highest id (the latest ingested). Figures are counted only in groups with more than one report,
// so the rule costs nothing where nothing was ingested twice.

/** SELECT of the ids of the chosen reports among the reports `r` matching `where`. */
export function chosenReportIdsSql(where: string): string {
  return `SELECT DISTINCT ON (g.jurisdiction_id, g.year, g.scope, g.office) g.id
  FROM (
    SELECT r.id, r.jurisdiction_id, r.year, r.scope, r.published_on,
      CASE WHEN r.scope = 'agency' THEN r.body ELSE '' END AS office,
      count(*) OVER (PARTITION BY r.jurisdiction_id, r.year, r.scope, CASE WHEN r.scope = 'agency' THEN r.body ELSE '' END) AS copies
    FROM report r WHERE ${where}
  ) g
  ORDER BY g.jurisdiction_id, g.year, g.scope, g.office,
    g.published_on DESC NULLS LAST,
    CASE WHEN g.copies > 1 THEN (SELECT count(*) FROM figure f WHERE f.report_id = g.id AND f.provenance = 'table') END DESC NULLS LAST,
    g.id DESC`;
}
