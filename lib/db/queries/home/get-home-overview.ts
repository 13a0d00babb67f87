// The home page at a glance: reports per year, totals, the largest values of one figure in a year
// (new applications, for the chart; re-ingested copies dropped as on /compare) and, per province,
// its counts and first few jurisdictions with the years they have reports for. Sorting, cutting and
// grouping happen in SQL, so the page stays small and quick with 100,000 reports.

import 'server-only';
import { pool } from '@/lib/db/client';
import type { ReportScope } from '@/lib/compare/types';
import { table3Key } from '@/lib/figures/keys';
import { busiestYear, countReportsByYear, type YearCount } from '../compare/count-reports-by-year';

export const HOME_FIGURE = table3Key('applications.new', 'total');
export const HOME_MAX_BARS = 60;
/** Jurisdictions listed per province on the home page; the rest are one link away. */
export const HOME_PROVINCE_PREVIEW = 4;

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

export interface HomeProvince {
  /** null: jurisdictions without a province (e.g. national bodies). */
  province: string | null;
  jurisdictionCount: number;
  reportCount: number;
  /** The first HOME_PROVINCE_PREVIEW jurisdictions: higher levels first, then by name. */
  jurisdictions: HomeJurisdiction[];
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
  provinces: HomeProvince[];
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

const PROVINCES = `
  SELECT j.province, count(*)::int AS jurisdictions, sum(r.n)::int AS reports
  FROM jurisdiction j JOIN (SELECT jurisdiction_id, count(*) AS n FROM report GROUP BY 1) r ON r.jurisdiction_id = j.id
  GROUP BY j.province
  ORDER BY j.province NULLS LAST`;

// The first few jurisdictions with reports of every province, each with its years (newest first).
const PROVINCE_PREVIEW = `
  WITH ranked AS (
    SELECT j.id, j.slug, j.name, j.province, j.level,
      row_number() OVER (
        PARTITION BY j.province
        ORDER BY array_position(ARRAY['province', 'prefecture', 'district', 'county', 'zone'], j.level::text), j.name, j.id
      ) AS rank
    FROM jurisdiction j WHERE EXISTS (SELECT 1 FROM report r WHERE r.jurisdiction_id = j.id)
  )
  SELECT ranked.slug, ranked.name, ranked.province, ranked.level::text AS level, y.years
  FROM ranked CROSS JOIN LATERAL (
    SELECT json_agg(json_build_object('year', g.year, 'agencyOnly', g.agency_only) ORDER BY g.year DESC) AS years
    FROM (SELECT r.year, bool_and(r.scope = 'agency') AS agency_only FROM report r WHERE r.jurisdiction_id = ranked.id GROUP BY r.year) g
  ) y
  WHERE ranked.rank <= $1
  ORDER BY ranked.province NULLS LAST, ranked.rank`;

type BarRow = {
  id: number;
  body: string;
  scope: ReportScope;
  error_count: number;
  slug: string;
  name: string;
  value: number | null;
  provenance: HomeBar['provenance'] | null;
  total: number;
};
type ProvinceRow = { province: string | null; jurisdictions: number; reports: number };

export async function getHomeOverview(requestedYear: number | null): Promise<HomeOverview> {
  const [years, provinceRows, previewRows] = await Promise.all([
    countReportsByYear(),
    pool.query<ProvinceRow>(PROVINCES),
    pool.query<HomeJurisdiction>(PROVINCE_PREVIEW, [HOME_PROVINCE_PREVIEW]),
  ]);
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
  const provinces: HomeProvince[] = provinceRows.rows.map((p) => ({
    province: p.province,
    jurisdictionCount: p.jurisdictions,
    reportCount: p.reports,
    jurisdictions: previewRows.rows.filter((j) => j.province === p.province),
  }));
  return {
    years,
    year,
    requestedYearMissing,
    reportCount: years.reduce((s, y) => s + y.reports, 0),
    jurisdictionCount: provinces.reduce((s, p) => s + p.jurisdictionCount, 0),
    bars,
    barTotal: barRows[0]?.total ?? 0,
    provinces,
  };
}
