// The /compare view in the URL. Every parameter is a string (owid-grapher style), readable and
// short; only values that differ from the defaults are written.
//
//   j        jurisdictions by slug, comma-separated, in the order picked; they are highlighted.
//            /compare?j=fuyang-341200,yiyang-361126 (slugs: pinyin + division code)
//   province every jurisdiction of a province joins the view (its name as stored: 安徽省)
//   level    with province: only this level (province | prefecture | county | district | zone)
//   y        a year (2020) or a range (2018-2022); absent: the year with the most reports
//   m        what to compare: a figure key (applications.new.total, results.denied.thirdParty.natural)
//            or a rate id (disclosure-rate); default applications.new.total
//   c        for chart=stacked: the composition (outcomes | applicants | denied-reasons |
//            unable-reasons | rejected-reasons); default outcomes
//   chart    bar (default) | line | stacked
//   per      10k: counts per 10,000 residents (where the population is known)
//   lang     en; absent: Simplified Chinese
//
// Bar and stacked charts show one year: the end of a range. Line charts show the range (absent:
// every year with data).

import type { Lang } from '@/lib/i18n/lang';

export const CHART_KINDS = ['bar', 'line', 'stacked'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export const LEVELS = ['province', 'prefecture', 'county', 'district', 'zone'] as const;
export type Level = (typeof LEVELS)[number];

/** The parameters as they appear in the URL: strings only, all optional. */
export interface CompareParams {
  j?: string;
  province?: string;
  level?: string;
  y?: string;
  m?: string;
  c?: string;
  chart?: string;
  per?: string;
  lang?: string;
}

export const COMPARE_PARAM_NAMES = [
  'j',
  'province',
  'level',
  'y',
  'm',
  'c',
  'chart',
  'per',
  'lang',
] as const satisfies readonly (keyof CompareParams)[];

export interface YearRange {
  from: number;
  to: number;
}

export type Measure = { kind: 'figure'; key: string } | { kind: 'rate'; id: string };

/** The parsed view. */
export interface CompareView {
  /** Slugs, in the order picked, without duplicates. */
  jurisdictions: string[];
  province: string | null;
  level: Level | null;
  /** null: the default (decided by the data). */
  years: YearRange | null;
  measure: Measure;
  composition: string;
  chart: ChartKind;
  per10k: boolean;
  lang: Lang;
}

export const DEFAULT_MEASURE: Measure = { kind: 'figure', key: 'applications.new.total' };

export const DEFAULT_VIEW: CompareView = {
  jurisdictions: [],
  province: null,
  level: null,
  years: null,
  measure: DEFAULT_MEASURE,
  composition: 'outcomes',
  chart: 'bar',
  per10k: false,
  lang: 'zh',
};

/** Limits that keep a URL (and a query) small. */
export const MAX_JURISDICTIONS = 60;
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;
export const MAX_PARAM_LENGTH = 2000;
