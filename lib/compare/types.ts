// The compare view model: what lib/compare builds from the queries' rows (lib/domain) and the
// charts, tables, downloads and previews draw. No Prisma types; serialisable for client components.

import type { YearCount, JurisdictionSummary, ProvenanceKind, ReportScope } from '@/lib/domain';
import type { CompositionDef } from '@/lib/figures/compositions';
import type { Label } from '@/lib/figures/keys';
import type { ValueUnit } from '@/lib/i18n/format';
import type { NoNumber } from '@/lib/i18n/notation';
import type { CompareView, YearRange } from '@/lib/view-state';

/** Why a value deserves a second look: shown as a mark with the reason on hover and focus. */
export interface ValueFlag {
  kind: 'narrative' | 'inferred' | 'checks-failed' | 'agency';
  /** Plain-words reason, zh/en. */
  reason: Label;
}

/** One bar / one point / one stacked row: a report's value for the measure. */
export interface SeriesRow {
  reportId: number;
  slug: string;
  /** The jurisdiction's name and the reporting body, as stored. */
  name: string;
  body: string;
  /** The label drawn: the jurisdiction's name, the body for single-office reports. */
  label: Label;
  year: number;
  scope: ReportScope;
  /** null: missing (drawn as missing, never as 0). */
  value: number | null;
  /** Composition parts (stacked charts), in the composition's order; null where missing. */
  parts?: (number | null)[];
  /** The inputs as stored, for the data table and downloads: key → value. */
  inputs: Record<string, number | null>;
  /** Provenance of each input: key → table / narrative / inferred, or which kind of no number it is (lib/i18n/notation.ts). */
  provenance: Record<string, ProvenanceKind | NoNumber>;
  flags: ValueFlag[];
  highlighted: boolean;
  /** Shown but not ranked: a rate whose inputs are in a failed sum relation (sorted after the ranked values). */
  unranked?: true;
  /** Why the value is missing (a figure not read, printed blank…; a rate not computed): set whenever it is. */
  why?: NoValue;
}

/**
 * Why a row has no value, one kind per meaning: a figure's kind of no number (lib/i18n/notation.ts),
 * a rate not computed, no per-capita value (no population; an office's report), every part of a
 * composition without a number, no report in the year.
 */
export type NoValueKind = NoNumber | 'notComputed' | 'noPopulation' | 'officePerCapita' | 'noParts' | 'noReport';

export interface NoValue {
  kind: NoValueKind;
  /** A few words, printed where a chart's bar would start. */
  short: Label;
  /** The whole reason: the data table, the chart's tooltip, the downloads. */
  long: Label;
}

export type MeasureUnit = Extract<ValueUnit, 'count' | 'ratio' | 'per10k'>;

export interface MeasureInfo {
  /** The URL value (figure key or rate id). */
  id: string;
  label: Label;
  unit: MeasureUnit;
  definition: Label | null;
  denominatorLabel: Label | null;
}

/** A part of the view the data could not serve (stale links): shown as a message, never an error page. */
export type DataNotice =
  | { kind: 'unknown-jurisdiction'; slugs: string[] }
  | { kind: 'empty-province'; province: string }
  | { kind: 'no-data-year'; requested: string; shown: number | null }
  | { kind: 'bar-range'; requested: string; shown: number }
  | { kind: 'per10k-not-count' }
  | { kind: 'no-population'; names: string[] }
  /** Per-capita views: single offices' reports are not divided by their jurisdiction's population. */
  | { kind: 'per10k-agency'; names: string[] }
  | { kind: 'too-many-to-show'; count: number }
  | { kind: 'no-reports' }
  /** Picked places with no report in the years drawn: each with the years it has. */
  | { kind: 'absent'; years: string; places: { name: string; slug: string; label: Label; years: number[] }[] }
  /** The view's province has no report in the years drawn (its places' own years offered). */
  | { kind: 'province-absent'; province: string; years: string; has: number[] };

/** A picked place without a report in the years drawn: drawn and listed as such, never dropped. */
export interface AbsentPlace {
  slug: string;
  name: string;
  label: Label;
  /** Years it has reports for, newest first. */
  years: number[];
  /** "2024 年无报告" / "no report for 2024". */
  note: Label;
}

/** Everything a compare view draws, built once per request (load-compare-data.ts). */
export interface CompareData {
  /** The view as shown, defaults resolved (years spelled out, unknown slugs dropped, per10k only where it applies). */
  view: CompareView;
  notices: DataNotice[];
  /** Years with reports for the view's jurisdictions (all jurisdictions when none is named). */
  years: YearCount[];
  /** The years drawn: one year for single-year kinds. */
  range: YearRange | null;
  picked: JurisdictionSummary[];
  /** In the order drawn and exported: ranked for single-year kinds, by series then year for ranges. */
  rows: SeriesRow[];
  /** Picked places without a report in the years drawn (after the rows, in the order picked). */
  absent: AbsentPlace[];
  /** A single-year view opened as a trend keeps its year: the line chart marks it (null: none). */
  markedYear: number | null;
  /** Every stored key the view reads (group keys expanded), in the order of the table's columns. */
  keys: string[];
  measure: MeasureInfo;
  composition: CompositionDef | null;
  /** Single-office reports sit beside whole-jurisdiction ones. */
  mixedScope: boolean;
}
