// Everything /compare draws for one view: the jurisdictions it names, the years they have, the
// rows of the chart and the notices for whatever in the URL the data could not serve. The queries
// come in as `source` (lib/db's, bound by the route; plain rows in tests), so this module decides
// and the data layer only fetches. The returned view has its defaults resolved (years spelled out,
// unknown slugs dropped), so a link copied from it reproduces exactly what is shown.

import type { NamedJurisdictions, ReportFigures, ResolvedJurisdiction, YearCount } from '@/lib/domain';
import { chartTraits, MAX_JURISDICTIONS, type CompareView, type YearRange } from '@/lib/view-state';
import { buildRows, sortBySeries, sortRanked } from './build-series';
import { keysForView, measureInfo, perCapitaApplies, perCapitaPossible, viewComposition } from './measures';
import { compareMessages } from '@/lib/i18n/messages/compare';
import { placeLabel } from '@/lib/places/english';
import type { AbsentPlace, CompareData, DataNotice } from './types';

/** The queries a compare view needs (lib/db/queries implements them). */
export interface CompareSource {
  resolveJurisdictions(input: { slugs: readonly string[]; province: string | null; level: string | null }): Promise<NamedJurisdictions>;
  /** Years with reports, newest first; of these jurisdictions, or of all. */
  countReportsByYear(jurisdictionIds?: readonly number[]): Promise<YearCount[]>;
  /** Jurisdictions with a report in the year, by name, at most `limit`. */
  listJurisdictionsInYear(year: number, limit: number): Promise<ResolvedJurisdiction[]>;
  /** The chosen report of each jurisdiction (and office) per year, with the figures of `keys`. */
  findComparedReports(input: {
    jurisdictionIds: readonly number[];
    from: number;
    to: number;
    keys: readonly string[];
  }): Promise<ReportFigures[]>;
}

/** The year with the most reports (the newest on a tie); null without reports. */
export function busiestYear(years: readonly YearCount[]): number | null {
  let best: YearCount | null = null;
  for (const y of years) if (!best || y.reports > best.reports || (y.reports === best.reports && y.year > best.year)) best = y;
  return best?.year ?? null;
}

function yearsText(r: YearRange): string {
  return r.from === r.to ? String(r.from) : `${r.from}-${r.to}`;
}

/** The years drawn: the requested ones where they have data, one year for single-year kinds. */
export function chooseRange(view: CompareView, years: readonly YearCount[], notices: DataNotice[]): YearRange | null {
  const available = years.map((y) => y.year);
  if (available.length === 0) return null;
  const fallback = busiestYear(years)!;
  const requested = view.years;
  const hasData = requested !== null && available.some((y) => y >= requested.from && y <= requested.to);
  const range = chartTraits(view.chart).years === 'range';
  if (requested && !hasData) notices.push({ kind: 'no-data-year', requested: yearsText(requested), shown: range ? null : fallback });
  // A range kind shows the range asked for; a single year asked of it is kept and marked on the
  // whole run of years (a bar view opened as a trend), so going back to bars returns to it.
  if (range) return hasData && requested.from !== requested.to ? requested : { from: Math.min(...available), to: Math.max(...available) };
  if (!hasData) return { from: fallback, to: fallback };
  if (requested.from !== requested.to) {
    // One year is drawn: the latest of the range that has data.
    const shown = Math.max(...available.filter((y) => y >= requested.from && y <= requested.to));
    notices.push({ kind: 'bar-range', requested: yearsText(requested), shown });
    return { from: shown, to: shown };
  }
  return requested;
}

/** The years drawn as people read them: 2024, 2019–2024. */
function shownYears(r: YearRange): string {
  return r.from === r.to ? String(r.from) : `${r.from}–${r.to}`;
}

/** Picked places without a report in the years drawn, each with the years it has. */
async function absentPlaces(
  picked: readonly ResolvedJurisdiction[],
  reports: readonly ReportFigures[],
  range: YearRange,
  source: CompareSource,
): Promise<AbsentPlace[]> {
  const present = new Set(reports.map((r) => r.jurisdiction.slug));
  const years = shownYears(range);
  return Promise.all(
    picked
      .filter((j) => !present.has(j.slug))
      .map(async (j) => ({
        slug: j.slug,
        name: j.name,
        label: { zh: j.name, en: placeLabel(j, 'en') },
        years: (await source.countReportsByYear([j.id])).map((y) => y.year),
        note: { zh: compareMessages.zh.noReportFor(years), en: compareMessages.en.noReportFor(years) },
      })),
  );
}

export async function loadCompareData(view: CompareView, source: CompareSource): Promise<CompareData> {
  const notices: DataNotice[] = [];
  const resolved = await source.resolveJurisdictions({ slugs: view.jurisdictions, province: view.province, level: view.level });
  if (resolved.unknownSlugs.length) notices.push({ kind: 'unknown-jurisdiction', slugs: resolved.unknownSlugs });
  if (view.province && resolved.provinceMembers?.length === 0) notices.push({ kind: 'empty-province', province: view.province });

  const members = new Map<number, ResolvedJurisdiction>();
  for (const j of [...resolved.picked, ...(resolved.provinceMembers ?? [])]) members.set(j.id, j);
  const named = members.size > 0;
  const years = await source.countReportsByYear(named ? [...members.keys()] : undefined);
  const range = chooseRange(view, years, notices);

  if (!named && range) {
    const all = await source.listJurisdictionsInYear(range.to, MAX_JURISDICTIONS + 1);
    if (all.length > MAX_JURISDICTIONS) notices.push({ kind: 'too-many-to-show', count: all.length });
    else for (const j of all) members.set(j.id, j);
  }
  const perCapita = perCapitaApplies(view);
  if (view.per10k && !viewComposition(view) && !perCapitaPossible(view)) notices.push({ kind: 'per10k-not-count' });

  const keys = keysForView(view);
  const reports =
    range && members.size
      ? await source.findComparedReports({ jurisdictionIds: [...members.keys()], from: range.from, to: range.to, keys })
      : [];
  if (reports.length === 0 && range) notices.push({ kind: 'no-reports' });
  if (perCapita) {
    const names = [...new Set(reports.filter((r) => r.population === null).map((r) => r.jurisdiction.name))];
    if (names.length) notices.push({ kind: 'no-population', names });
    const offices = [...new Set(reports.filter((r) => r.scope === 'agency').map((r) => r.body))];
    if (offices.length) notices.push({ kind: 'per10k-agency', names: offices });
  }
  const absent = range ? await absentPlaces(resolved.picked, reports, range, source) : [];
  if (absent.length && range) {
    notices.push({
      kind: 'absent',
      years: shownYears(range),
      places: absent.map(({ name, slug, label, years: has }) => ({ name, slug, label, years: has })),
    });
  }
  const pickedIds = new Set(resolved.picked.map((j) => j.id));
  const others = (resolved.provinceMembers ?? []).filter((j) => !pickedIds.has(j.id));
  if (view.province && range && others.length) {
    const slugs = new Set(others.map((j) => j.slug));
    if (!reports.some((r) => slugs.has(r.jurisdiction.slug))) {
      const has = (await source.countReportsByYear(others.map((j) => j.id))).map((y) => y.year);
      notices.push({ kind: 'province-absent', province: view.province, years: shownYears(range), has });
    }
  }
  const requested = view.years;
  const markedYear =
    chartTraits(view.chart).years === 'range' && range && requested && requested.from === requested.to && range.from !== range.to
      ? requested.from
      : null;
  const highlight = new Set(view.province || !named ? resolved.picked.map((j) => j.slug) : []);
  const built = buildRows(view, keys, reports, highlight);
  const rows = chartTraits(view.chart).years === 'range' ? sortBySeries(built, view.lang) : sortRanked(built, view.lang);
  const picked = resolved.picked.map(({ id: _id, ...j }) => j);
  return {
    view: { ...view, jurisdictions: picked.map((j) => j.slug), years: markedYear !== null ? requested : range, per10k: perCapita },
    notices,
    years,
    range,
    picked,
    rows,
    absent,
    markedYear,
    keys,
    measure: measureInfo(view.measure, perCapita),
    composition: viewComposition(view),
    mixedScope: new Set(rows.map((r) => r.scope)).size > 1,
  };
}
