// Series rows to the plain props of the chart components (labels in one language, marks, shares).
// Pure, run on the server so the client receives only what it draws.

import type { BarDatum, LineSeries, StackDatum } from '@/components/charts/chart-types';
import type { Lang } from '@/lib/i18n/lang';
import { sortForBars } from './build-series';
import { FLAG_MARKS } from './flag-marks';
import type { SeriesRow } from './types';

export { FLAG_MARKS };

export function marksOf(row: SeriesRow): string {
  return row.flags.map((f) => FLAG_MARKS[f.kind]).join('');
}

export function toBarData(rows: readonly SeriesRow[], lang: Lang): BarDatum[] {
  return sortForBars(rows, lang).map((r) => ({
    id: String(r.reportId),
    label: r.label[lang],
    value: r.value,
    highlighted: r.highlighted,
    agency: r.scope === 'agency',
    marks: marksOf(r),
  }));
}

export function toStackData(rows: readonly SeriesRow[], lang: Lang): StackDatum[] {
  return sortForBars(rows, lang).map((r) => {
    const parts = r.parts ?? [];
    const total = r.value;
    return {
      id: String(r.reportId),
      label: r.label[lang],
      shares: parts.map((p) => (p === null || !total ? null : p / total)),
      counts: parts,
      // All parts missing; parts that add up to 0 are not missing (the chart prints 0).
      missing: total === null,
      marks: marksOf(r),
    };
  });
}

/** A series over the years: a jurisdiction, or jurisdiction · office; its report of each year or null. */
export interface YearSeries {
  id: string;
  slug: string;
  label: string;
  highlighted: boolean;
  cells: (SeriesRow | null)[];
}

/** Rows grouped into one series per jurisdiction (or office) with a cell per year, sorted by label. */
export function toYearSeries(rows: readonly SeriesRow[], years: readonly number[], lang: Lang): YearSeries[] {
  const bySeries = new Map<string, YearSeries>();
  for (const r of rows) {
    const id = `${r.slug}|${r.label.zh}`;
    const s = bySeries.get(id) ?? { id, slug: r.slug, label: r.label[lang], highlighted: r.highlighted, cells: years.map(() => null) };
    const i = years.indexOf(r.year);
    if (i >= 0) s.cells[i] = r;
    bySeries.set(id, s);
  }
  return [...bySeries.values()].sort((a, b) => a.label.localeCompare(b.label, lang === 'zh' ? 'zh-CN' : 'en'));
}

/** One line per series, points for every year (missing years are null, drawn as gaps). */
export function toLineSeries(rows: readonly SeriesRow[], years: readonly number[], lang: Lang): LineSeries[] {
  return toYearSeries(rows, years, lang).map((s) => ({
    id: s.id,
    label: s.label,
    highlighted: s.highlighted,
    points: years.map((year, i) => ({ year, value: s.cells[i]?.value ?? null })),
  }));
}

export function yearsOf(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
