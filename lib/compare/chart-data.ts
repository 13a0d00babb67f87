// Series rows to the plain props of the chart components (labels in one language, marks, shares),
// one builder per chart kind (components/charts/chart-kinds.tsx maps each kind to its builder).
// Pure, run on the server so the client receives only what it draws. Rows arrive in drawing order
// (CompareData.rows); nothing here sorts them again.

import type { Lang } from '@/lib/i18n/lang';
import { compareMessages } from '@/lib/i18n/messages/compare';
import { FLAG_MARKS } from './flag-marks';
import { toTableRows, type TableRow } from './table-rows';
import type { AbsentPlace, NoValue, NoValueKind, SeriesRow, ValueFlag } from './types';

/** Why a drawn row has no value, in one language: its kind, a few words where the bar would start, the whole reason (its tooltip). */
export interface NoValueText {
  kind: NoValueKind;
  short: string;
  long: string;
}

export function noValueText(why: NoValue, lang: Lang): NoValueText {
  return { kind: why.kind, short: why.short[lang], long: why.long[lang] };
}

/** A picked place without a report: its note is both the words and the reason. */
function noReportText(a: AbsentPlace, lang: Lang): NoValueText {
  return { kind: 'noReport', short: a.note[lang], long: a.note[lang] };
}

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
  /** Why there is no value (set when value is null): printed where the bar would start. */
  none?: NoValueText;
}

/** One row of a 100%-stacked chart. */
export interface StackDatum {
  id: string;
  label: string;
  /** Shares of each part (0..1), null where the part is missing. */
  shares: (number | null)[];
  /** Raw counts, for tooltips. */
  counts: (number | null)[];
  marks: string;
  /** Every part is missing (no bar): why, as BarDatum.none. */
  none?: NoValueText;
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
  /** The year a bar view was on when it became a trend: marked on the x axis (null: none). */
  marked: { year: number; label: string } | null;
}

function marksOfKinds(kinds: readonly ValueFlag['kind'][]): string {
  return kinds.map((kind) => FLAG_MARKS[kind]).join('');
}

export function marksOf(row: SeriesRow): string {
  return marksOfKinds(row.flags.map((f) => f.kind));
}

/**
 * The bar of a data table's row: the office hatch and the marks follow from the flags. toBarData
 * draws every bar so; the home page sends its rows once, for its table, and draws its bars from
 * them in the browser.
 */
export function tableRowBar(row: Pick<TableRow, 'reportId' | 'label' | 'value' | 'flags' | 'highlighted' | 'why'>): BarDatum {
  const kinds = row.flags?.map((f) => f.kind) ?? [];
  return {
    id: String(row.reportId),
    label: row.label,
    value: row.value,
    highlighted: row.highlighted === true,
    agency: kinds.includes('agency'),
    marks: marksOfKinds(kinds),
    ...(row.why ? { none: row.why } : {}),
  };
}

/** Rows for the places without a report: after the ranked ones, with their note, never dropped. */
function absentBars(absent: readonly AbsentPlace[], lang: Lang): BarDatum[] {
  return absent.map((a) => ({
    id: `absent-${a.slug}`,
    label: a.label[lang],
    value: null,
    highlighted: false,
    agency: false,
    marks: '',
    none: noReportText(a, lang),
  }));
}

/** The bars are the data table's rows drawn (tableRowBar), then the places without a report. */
export function toBarData(rows: readonly SeriesRow[], lang: Lang, absent: readonly AbsentPlace[] = []): BarChartData {
  return { rows: [...toTableRows(rows, lang, null).map(tableRowBar), ...absentBars(absent, lang)] };
}

export function toStackData(
  rows: readonly SeriesRow[],
  parts: readonly string[],
  lang: Lang,
  absent: readonly AbsentPlace[] = [],
): StackChartData {
  const absentRows = absent.map((a) => ({
    id: `absent-${a.slug}`,
    label: a.label[lang],
    shares: parts.map(() => null),
    counts: parts.map(() => null),
    marks: '',
    none: noReportText(a, lang),
  }));
  return {
    parts: [...parts],
    rows: [
      ...rows.map((r) => {
        const counts = r.parts ?? [];
        const total = r.value;
        return {
          id: String(r.reportId),
          label: r.label[lang],
          shares: counts.map((p) => (p === null || !total ? null : p / total)),
          counts,
          marks: marksOf(r),
          // All parts missing; parts that add up to 0 are not missing (the chart prints 0).
          ...(total === null && r.why ? { none: noValueText(r.why, lang) } : {}),
        };
      }),
      ...absentRows,
    ],
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

/**
 * One line per series, points for every year (missing years are null, drawn as gaps); a place
 * without a report in the range keeps its legend entry, with its note and no line.
 */
export function toLineData(
  rows: readonly SeriesRow[],
  years: readonly number[],
  lang: Lang,
  absent: readonly AbsentPlace[] = [],
  markedYear: number | null = null,
): LineChartData {
  return {
    years: [...years],
    marked: markedYear === null ? null : { year: markedYear, label: compareMessages[lang].markedYear(markedYear) },
    series: [
      ...toYearSeries(rows, years, lang).map((s) => ({
        id: s.id,
        label: s.label,
        highlighted: s.highlighted,
        points: years.map((year, i) => ({ year, value: s.cells[i]?.value ?? null })),
      })),
      ...absent.map((a) => ({
        id: `absent-${a.slug}`,
        label: `${a.label[lang]} (${a.note[lang]})`,
        highlighted: true,
        points: years.map((year) => ({ year, value: null })),
      })),
    ],
  };
}

export function yearsOf(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
