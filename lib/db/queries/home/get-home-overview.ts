// The home page at a glance: reports per year, totals, one figure for every report of a year (new
// applications, for the chart) and every jurisdiction with the years it has reports for.

import 'server-only';
import { db } from '@/lib/db/client';
import type { ReportScope } from '@/lib/compare/types';
import { table3Key } from '@/lib/figures/keys';
import { busiestYear, countReportsByYear, type YearCount } from '../compare/count-reports-by-year';

export const HOME_FIGURE = table3Key('applications.new', 'total');

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
  bars: HomeBar[];
  jurisdictions: HomeJurisdiction[];
}

export async function getHomeOverview(requestedYear: number | null): Promise<HomeOverview> {
  const [years, jurisdictionRows] = await Promise.all([
    countReportsByYear(),
    db.jurisdiction.findMany({
      where: { reports: { some: {} } },
      select: { slug: true, name: true, province: true, level: true, reports: { select: { year: true, scope: true } } },
      orderBy: [{ province: 'asc' }, { name: 'asc' }],
    }),
  ]);
  const requestedYearMissing = requestedYear !== null && !years.some((y) => y.year === requestedYear);
  const year = requestedYear !== null && !requestedYearMissing ? requestedYear : busiestYear(years);
  const [reports, figures] = year === null
    ? [[], []]
    : await Promise.all([
        db.report.findMany({
          where: { year },
          select: { id: true, body: true, scope: true, errorCount: true, jurisdiction: { select: { slug: true, name: true } } },
        }),
        db.figure.findMany({ where: { key: HOME_FIGURE, year }, select: { reportId: true, value: true, provenance: true } }),
      ]);
  const figureByReport = new Map(figures.map((f) => [f.reportId, f]));
  const bars: HomeBar[] = reports.map((r) => {
    const f = figureByReport.get(r.id);
    return {
      reportId: r.id,
      slug: r.jurisdiction.slug,
      name: r.jurisdiction.name,
      body: r.body,
      scope: r.scope,
      value: f?.value ?? null,
      provenance: f && f.value !== null ? f.provenance : 'missing',
      errorCount: r.errorCount,
    };
  });
  const jurisdictions = jurisdictionRows.map((j) => {
    const byYear = new Map<number, boolean>();
    for (const r of j.reports) byYear.set(r.year, (byYear.get(r.year) ?? true) && r.scope === 'agency');
    return {
      slug: j.slug,
      name: j.name,
      province: j.province,
      level: j.level,
      years: [...byYear].sort((a, b) => b[0] - a[0]).map(([y, agencyOnly]) => ({ year: y, agencyOnly })),
    };
  });
  return {
    years,
    year,
    requestedYearMissing,
    reportCount: years.reduce((s, y) => s + y.reports, 0),
    jurisdictionCount: jurisdictionRows.length,
    bars,
    jurisdictions,
  };
}
