// The home page at a glance: reports per year, totals, the largest values of one figure in a year
// (new applications, for the chart; re-ingested copies dropped as on /compare) and every
// jurisdiction with the years it has reports for. Sorting, cutting and grouping happen in SQL, so
// the work per request stays small with 100,000 reports.

import 'server-only';
import { pool } from '@/lib/db/client';
import type { ReportScope } from '@/lib/compare/types';
import { table3Key } from '@/lib/figures/keys';
import { busiestYear, countReportsByYear, type YearCount } from '../compare/count-reports-by-year';

export const HOME_FIGURE = table3Key('applications.new', 'total');
export const HOME_MAX_BARS = 60;

export interface HomeBar {
  reportId: number;
  slug: string;
  name: string;
  body: string;
  scope: ReportScope;
  /** null: missing in the report (never 0). */
  value: number | null;
  provenance: 'table' | 'narrative' | 'inferred' | 'missing';
  errorCount: number;
}

export interface HomeJurisdiction {
  slug: string;
  name: string;
  province: string | null;
  level: string;
  /** Years with reports, newest first, and whether a year has only single-office reports. */
  years: { year: number; agencyOnly: boolean }[];
}

export interface HomeOverview {
  years: YearCount[];
  /** The year drawn (null: no reports at all). */
  year: number | null;
  /** The year asked for had no reports. */
  requestedYearMissing: boolean;
  reportCount: number;
  jurisdictionCount: number;
  /** The largest values first (missing last), at most HOME_MAX_BARS. */
  bars: HomeBar[];
  /** Reports of the year that could be drawn (bars.length when all are). */
  barTotal: number;
  jurisdictions: HomeJurisdiction[];
}

const BARS = `
  WITH picked AS (
    SELECT DISTINCT ON (r.jurisdiction_id, r.scope, CASE WHEN r.scope = 'agency' THEN r.body END)
      r.id, r.body, r.scope, r.error_count, r.jurisdiction_id
    FROM report r WHERE r.year = $1
    ORDER BY r.jurisdiction_id, r.scope, CASE WHEN r.scope = 'agency' THEN r.body END, r.id DESC
  )
  SELECT p.id, p.body, p.scope::text AS scope, p.error_count, j.slug, j.name, f.value, f.provenance::text AS provenance,
    count(*) OVER ()::int AS total
  FROM picked p JOIN jurisdiction j ON j.id = p.jurisdiction_id
  LEFT JOIN figure f ON f.report_id = p.id AND f.key = $2
  ORDER BY f.value DESC NULLS LAST, j.name
  LIMIT $3`;

const JURISDICTION_YEARS = `
  SELECT j.slug, j.name, j.province, j.level, r.year, bool_and(r.scope = 'agency') AS agency_only
  FROM jurisdiction j JOIN report r ON r.jurisdiction_id = j.id
  GROUP BY j.id, r.year
  ORDER BY j.province, j.name, j.id, r.year DESC`;

type BarRow = { id: number; body: string; scope: ReportScope; error_count: number; slug: string; name: string; value: number | null; provenance: HomeBar['provenance'] | null; total: number };
type JurisdictionYearRow = { slug: string; name: string; province: string | null; level: string; year: number; agency_only: boolean };

export async function getHomeOverview(requestedYear: number | null): Promise<HomeOverview> {
  const [years, jurisdictionYears] = await Promise.all([countReportsByYear(), pool.query<JurisdictionYearRow>(JURISDICTION_YEARS)]);
  const requestedYearMissing = requestedYear !== null && !years.some((y) => y.year === requestedYear);
  const year = requestedYear !== null && !requestedYearMissing ? requestedYear : busiestYear(years);
  const barRows = year === null ? [] : (await pool.query<BarRow>(BARS, [year, HOME_FIGURE, HOME_MAX_BARS])).rows;
  const bars: HomeBar[] = barRows.map((r) => ({
    reportId: r.id,
    slug: r.slug,
    name: r.name,
    body: r.body,
    scope: r.scope,
    value: r.value,
    provenance: r.value !== null && r.provenance ? r.provenance : 'missing',
    errorCount: r.error_count,
  }));
  const jurisdictions: HomeJurisdiction[] = [];
  for (const r of jurisdictionYears.rows) {
    const last = jurisdictions.at(-1);
    const entry = last?.slug === r.slug ? last : { slug: r.slug, name: r.name, province: r.province, level: r.level, years: [] };
    if (entry !== last) jurisdictions.push(entry);
    entry.years.push({ year: r.year, agencyOnly: r.agency_only });
  }
  return {
    years,
    year,
    requestedYearMissing,
    reportCount: years.reduce((s, y) => s + y.reports, 0),
    jurisdictionCount: jurisdictions.length,
    bars,
    barTotal: barRows[0]?.total ?? 0,
    jurisdictions,
  };
}
