// Series rows to the compact props of the client data tables: labels and reasons in one language,
// only the cells a table prints. The table is rendered once from these (HTML on the server, then
// hydrated) instead of a server-rendered tree that the RSC payload would repeat element by element.

import type { Lang } from '@/lib/i18n/lang';
import type { NoNumber } from '@/lib/i18n/notation';
import { noValueText, toYearSeries, type NoValueText } from './chart-data';
import type { AbsentPlace, SeriesRow, ValueFlag } from './types';

export interface TableFlag {
  kind: ValueFlag['kind'];
  reason: string;
}

export interface TableRow {
  reportId: number;
  slug: string;
  label: string;
  year: number;
  value: number | null;
  /** Input figures or composition parts, in the table's column order (a figure without a number: its kind); absent: no input columns. */
  cells?: (number | NoNumber)[];
  /** Why the value is missing, in the table's language: its kind, a few words (the bar) and the whole reason (the table). */
  why?: NoValueText;
  flags?: TableFlag[];
  highlighted?: true;
}

export interface YearCell {
  reportId: number;
  value: number | null;
  /** Why the value is missing: a few words and the whole reason (its tooltip). */
  why?: NoValueText;
  flags?: TableFlag[];
}

export interface YearTableSeries {
  id: string;
  slug: string;
  label: string;
  highlighted?: true;
  /** The office mark of the series (said once beside its name). */
  office?: TableFlag;
  firstReportId: number;
  cells: (YearCell | null)[];
}

function flagsOf(flags: readonly ValueFlag[], lang: Lang): TableFlag[] | undefined {
  return flags.length === 0 ? undefined : flags.map((f) => ({ kind: f.kind, reason: f.reason[lang] }));
}

/** One row per report; `cellsOf` picks its input columns (null: the table has none). */
export function toTableRows(rows: readonly SeriesRow[], lang: Lang, cellsOf: ((r: SeriesRow) => (number | NoNumber)[]) | null): TableRow[] {
  return rows.map((r) => ({
    reportId: r.reportId,
    slug: r.slug,
    label: r.label[lang],
    year: r.year,
    value: r.value,
    ...(cellsOf ? { cells: cellsOf(r) } : {}),
    ...(r.why ? { why: noValueText(r.why, lang) } : {}),
    ...(r.flags.length ? { flags: flagsOf(r.flags, lang) } : {}),
    ...(r.highlighted ? { highlighted: true as const } : {}),
  }));
}

/** One series per jurisdiction (or office), a cell per year; the office flag moves to the series. */
export function toYearTableSeries(rows: readonly SeriesRow[], years: readonly number[], lang: Lang): YearTableSeries[] {
  return toYearSeries(rows, years, lang).map((s) => {
    const first = s.cells.find((c) => c !== null)!;
    const office = first.flags.find((f) => f.kind === 'agency');
    return {
      id: s.id,
      slug: s.slug,
      label: s.label,
      ...(s.highlighted ? { highlighted: true as const } : {}),
      ...(office ? { office: { kind: office.kind, reason: office.reason[lang] } } : {}),
      firstReportId: first.reportId,
      cells: s.cells.map((c) => {
        if (c === null) return null;
        const flags = flagsOf(
          c.flags.filter((f) => f.kind !== 'agency'),
          lang,
        );
        return { reportId: c.reportId, value: c.value, ...(c.why ? { why: noValueText(c.why, lang) } : {}), ...(flags ? { flags } : {}) };
      }),
    };
  });
}

/** A picked place without a report in the years drawn: its own row with the note. */
export interface AbsentRow {
  slug: string;
  label: string;
  note: string;
}

export function toAbsentRows(absent: readonly AbsentPlace[], lang: Lang): AbsentRow[] {
  return absent.map((a) => ({ slug: a.slug, label: a.label[lang], note: a.note[lang] }));
}
