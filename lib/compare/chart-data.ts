// Series rows to the plain props of the chart components (labels in one language, marks, shares),
// one builder per chart kind (components/charts/chart-kinds.tsx maps each kind to its builder).
// Pure, run on the server so the client receives only what it draws. Rows arrive in drawing order
// (CompareData.rows); nothing here sorts them again.

import type { Lang } from '@/lib/i18n/lang';
import { FLAG_MARKS } from './flag-marks';
import type { SeriesRow } from './types';

/** One bar of a ranked bar chart. */
export interface BarDatum {
  /** Stable id (report id). */
  id: string;
  label: string;
  value: number | null;
  highlighted: boolean;
  agency: boolean;
  /** Short marks after the label (e.g. "†"), explained in the legend and the data table. */
  marks: string;
}

/** One row of a 100%-stacked chart. */
export interface StackDatum {
  id: string;
  label: string;
  /** Shares of each part (0..1), null where the part is missing. */
  shares: (number | null)[];
  /** Raw counts, for tooltips. */
  counts: (number | null)[];
  /** Every part is missing (no bar, the word "missing"). */
  missing: boolean;
  marks: string;
}

/** One line over the years. */
export interface LineSeries {
  id: string;
  label: string;
  highlighted: boolean;
  /** One point per year of the range; null: missing (a gap in the line). */
  points: { year: number; value: number | null }[];
}

export interface BarChartData {
  rows: BarDatum[];
}

export interface StackChartData {
  rows: StackDatum[];
  /** The parts' labels, in stacking order. */
  parts: string[];
}

export interface LineChartData {
  series: LineSeries[];
  years: number[];
}

export function marksOf(row: SeriesRow): string {
  return row.flags.map((f) => FLAG_MARKS[f.kind]).join('');
}

export function toBarData(rows: readonly SeriesRow[], lang: Lang): BarChartData {
  return {
    rows: rows.map((r) => ({
      id: String(r.reportId),
      label: r.label[lang],
      value: r.value,
      highlighted: r.highlighted,
      agency: r.scope === 'agency',
      marks: marksOf(r),
    })),
  };
}

export function toStackData(rows: readonly SeriesRow[], parts: readonly string[], lang: Lang): StackChartData {
  return {
    parts: [...parts],
    rows: rows.map((r) => {
      const counts = r.parts ?? [];
      const total = r.value;
      return {
        id: String(r.reportId),
        label: r.label[lang],
        shares: counts.map((p) => (p === null || !total ? null : p / total)),
        counts,
        // All parts missing; parts that add up to 0 are not missing (the chart prints 0).
        missing: total === null,
        marks: marksOf(r),
      };
    }),
  };
}

/** A series over the years: a jurisdiction, or jurisdiction · office; its report of each year or null. */
export interface YearSeries {
  id: string;
  slug: string;
  label: string;
  highlighted: boolean;
  cells: (SeriesRow | null)[];
}

/** Rows grouped into one series per jurisdiction (or office) with a cell per year, in the rows' order. */
export function toYearSeries(rows: readonly SeriesRow[], years: readonly number[], lang: Lang): YearSeries[] {
  const bySeries = new Map<string, YearSeries>();
  for (const r of rows) {
    const id = `${r.slug}|${r.label.zh}`;
    const s = bySeries.get(id) ?? { id, slug: r.slug, label: r.label[lang], highlighted: r.highlighted, cells: years.map(() => null) };
    const i = years.indexOf(r.year);
    if (i >= 0) s.cells[i] = r;
    bySeries.set(id, s);
  }
  return [...bySeries.values()];
}

/** One line per series, points for every year (missing years are null, drawn as gaps). */
export function toLineData(rows: readonly SeriesRow[], years: readonly number[], lang: Lang): LineChartData {
  return {
    years: [...years],
    series: toYearSeries(rows, years, lang).map((s) => ({
      id: s.id,
      label: s.label,
      highlighted: s.highlighted,
      points: years.map((year, i) => ({ year, value: s.cells[i]?.value ?? null })),
    })),
  };
}

export function yearsOf(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
