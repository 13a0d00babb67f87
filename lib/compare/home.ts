// The home page at a glance: reports per year, totals, the largest values of new applications in a
// year (built exactly as /compare builds its bars: the same chosen reports, flags, marks and
// labels) and the jurisdictions by province. The queries come in as `source`, as for compare.

import type { HomeProvince, ReportFigures, YearCount } from '@/lib/domain';

import { buildRows, sortRanked } from './build-series';
import { busiestYear } from './load-compare-data';
import { keysForView, measureInfo } from './measures';
import { DEFAULT_VIEW, measureParam, type CompareView } from '@/lib/view-state';
import type { CompareData, SeriesRow } from './types';

/** At most this many bars; the rest are one link away on /compare. */
export const HOME_MAX_BARS = 40;
/** Jurisdictions listed per province; the rest are one link away. */
export const HOME_PROVINCE_PREVIEW = 3;
/** Years linked per listed jurisdiction; older ones are on the jurisdiction's page. */
export const HOME_YEARS_SHOWN = 4;

export interface HomeSource {
  countReportsByYear(): Promise<YearCount[]>;
  listProvincePreviews(perProvince: number): Promise<HomeProvince[]>;
  /** Chosen reports of the year by the figure, largest first, missing last; and how many there are. */
  rankReportsByFigure(input: { year: number; key: string; limit: number }): Promise<{ reportIds: number[]; total: number }>;
  findComparedReports(input: { reportIds: readonly number[]; keys: readonly string[] }): Promise<ReportFigures[]>;
}

export interface HomeOverview {
  years: YearCount[];
  /** The year drawn (null: no reports at all). */
  year: number | null;
  /** The year asked for had no reports. */
  requestedYearMissing: boolean;
  reportCount: number;
  jurisdictionCount: number;
  /** The chart: the compare view of the default measure in the year, its rows the largest values first (missing last), at most HOME_MAX_BARS. */
  chart: CompareData;
  /** Reports of the year that could be drawn (chart.rows.length when all are). */
  barTotal: number;
  provinces: HomeProvince[];
}

export async function loadHomeOverview(requestedYear: number | null, lang: CompareView['lang'], source: HomeSource): Promise<HomeOverview> {
  const [years, provinces] = await Promise.all([source.countReportsByYear(), source.listProvincePreviews(HOME_PROVINCE_PREVIEW)]);
  const requestedYearMissing = requestedYear !== null && !years.some((y) => y.year === requestedYear);
  const year = requestedYear !== null && !requestedYearMissing ? requestedYear : busiestYear(years);
  const view: CompareView = { ...DEFAULT_VIEW, years: year === null ? null : { from: year, to: year }, lang };
  const keys = keysForView(view);
  let rows: SeriesRow[] = [];
  let barTotal = 0;
  if (year !== null) {
    const ranked = await source.rankReportsByFigure({ year, key: measureParam(view.measure), limit: HOME_MAX_BARS });
    const reports = await source.findComparedReports({ reportIds: ranked.reportIds, keys });
    rows = sortRanked(buildRows(view, keys, reports, new Set()), lang);
    barTotal = ranked.total;
  }
  return {
    years,
    year,
    requestedYearMissing,
    reportCount: years.reduce((s, y) => s + y.reports, 0),
    jurisdictionCount: provinces.reduce((s, p) => s + p.jurisdictionCount, 0),
    chart: {
      view,
      notices: [],
      years,
      range: view.years,
      picked: [],
      rows,
      absent: [],
      markedYear: null,
      keys,
      measure: measureInfo(view.measure, false),
      composition: null,
      mixedScope: new Set(rows.map((r) => r.scope)).size > 1,
    },
    barTotal,
    provinces,
  };
}
