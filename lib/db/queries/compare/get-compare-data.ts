// Everything /compare draws for one URL: the jurisdictions it names, the years they have, the rows
// of the chart and the notices for whatever in the URL the data could not serve. The returned view
// has its defaults resolved (years spelled out, unknown slugs dropped), so a link copied from it
// reproduces exactly what is shown.

import 'server-only';
import { buildRows, sortForBars } from '@/lib/compare/build-series';
import { isCountMeasure, keysForView, measureInfo, viewComposition } from '@/lib/compare/measures';
import type { DataNotice, JurisdictionSummary, MeasureInfo, SeriesRow } from '@/lib/compare/types';
import type { CompositionDef } from '@/lib/figures/compositions';
import { MAX_JURISDICTIONS, type CompareView, type YearRange } from '@/lib/view-state/compare-params';
import { busiestYear, countReportsByYear, type YearCount } from './count-reports-by-year';
import { findCompareReports } from './find-compare-reports';
import { listJurisdictionsInYear } from './list-jurisdictions-in-year';
import { resolveJurisdictions, type ResolvedJurisdiction } from './resolve-jurisdictions';

export interface CompareData {
  /** The view as shown, defaults resolved. */
  view: CompareView;
  notices: DataNotice[];
  /** Years with reports for the view's jurisdictions (all jurisdictions when none is named). */
  years: YearCount[];
  /** The years drawn: one year for bar and stacked charts. */
  range: YearRange | null;
  picked: JurisdictionSummary[];
  rows: SeriesRow[];
  measure: MeasureInfo;
  composition: CompositionDef | null;
  /** Single-office reports sit beside whole-jurisdiction ones. */
  mixedScope: boolean;
}

function yearsText(r: YearRange): string {
  return r.from === r.to ? String(r.from) : `${r.from}-${r.to}`;
}

function chooseRange(view: CompareView, years: readonly YearCount[], notices: DataNotice[]): YearRange | null {
  const available = years.map((y) => y.year);
  if (available.length === 0) return null;
  const min = Math.min(...available);
  const max = Math.max(...available);
  const fallback = busiestYear(years)!;
  const requested = view.years;
  const hasData = requested && available.some((y) => y >= requested.from && y <= requested.to);
  if (requested && !hasData)
    notices.push({ kind: 'no-data-year', requested: yearsText(requested), shown: view.chart === 'line' ? null : fallback });
  if (view.chart === 'line') return hasData ? requested : { from: min, to: max };
  if (!hasData) return { from: fallback, to: fallback };
  if (requested.from !== requested.to) {
    // Bars show one year: the latest of the range that has data.
    const shown = Math.max(...available.filter((y) => y >= requested.from && y <= requested.to));
    notices.push({ kind: 'bar-range', requested: yearsText(requested), shown });
    return { from: shown, to: shown };
  }
  return requested;
}

export async function getCompareData(view: CompareView): Promise<CompareData> {
  const notices: DataNotice[] = [];
  const resolved = await resolveJurisdictions({ slugs: view.jurisdictions, province: view.province, level: view.level });
  if (resolved.unknownSlugs.length) notices.push({ kind: 'unknown-jurisdiction', slugs: resolved.unknownSlugs });
  if (view.province && resolved.provinceMembers?.length === 0) notices.push({ kind: 'empty-province', province: view.province });

  const members = new Map<number, ResolvedJurisdiction>();
  for (const j of [...resolved.picked, ...(resolved.provinceMembers ?? [])]) members.set(j.id, j);
  const named = members.size > 0;
  const years = await countReportsByYear(named ? [...members.keys()] : undefined);
  const range = chooseRange(view, years, notices);

  if (!named && range) {
    const all = await listJurisdictionsInYear(range.to, MAX_JURISDICTIONS + 1);
    if (all.length > MAX_JURISDICTIONS) notices.push({ kind: 'too-many-to-show', count: all.length });
    else for (const j of all) members.set(j.id, j);
  }
  if (view.per10k && !viewComposition(view) && !isCountMeasure(view.measure)) notices.push({ kind: 'per10k-not-count' });

  const reports = range
    ? await findCompareReports({ jurisdictionIds: [...members.keys()], from: range.from, to: range.to, keys: keysForView(view) })
    : [];
  if (reports.length === 0 && range) notices.push({ kind: 'no-reports' });
  const highlight = new Set(view.province || !named ? resolved.picked.map((j) => j.slug) : []);
  const built = buildRows(view, reports, highlight);
  // Rows in the order they are drawn (and exported): ranked for bars, by series then year for lines.
  const rows =
    view.chart === 'line'
      ? [...built].sort((a, b) => a.label.zh.localeCompare(b.label.zh, 'zh-CN') || a.year - b.year)
      : sortForBars(built, view.lang);

  const perCapita = view.per10k && !viewComposition(view) && isCountMeasure(view.measure);
  if (perCapita) {
    const names = [...new Set(reports.filter((r) => r.population === null).map((r) => r.jurisdiction.name))];
    if (names.length) notices.push({ kind: 'no-population', names });
  }
  const scopes = new Set(rows.map((r) => r.scope));
  const picked = resolved.picked.map(({ id: _id, ...j }) => j);
  return {
    view: {
      ...view,
      jurisdictions: picked.map((j) => j.slug),
      years: range,
      per10k: perCapita,
    },
    notices,
    years,
    range,
    picked,
    rows,
    measure: measureInfo(view.measure, view.per10k),
    composition: viewComposition(view),
    mixedScope: scopes.size > 1,
  };
}
