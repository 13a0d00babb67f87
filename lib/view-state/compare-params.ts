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
//   chart    bar (default) | line | stacked (./chart-kinds.ts)
//   per      10k: counts per 10,000 residents (where the population is known)
//   lang     en; absent: Simplified Chinese
//   v        the data version a shared or cited link was made at (not part of the view: the page
//            says when the data changed since)
//
// Bar and stacked charts show one year: the end of a range. Line charts show the range (absent:
// every year with data).

import type { Lang } from '@/lib/i18n/lang';
import type { ChartKind } from './chart-kinds';
import type { Level, Measure, Params, YearRange } from './params';

/** The parameters as they appear in the URL: strings only, all optional. */
export type CompareParams = Params<'j' | 'province' | 'level' | 'y' | 'm' | 'c' | 'chart' | 'per' | 'lang' | 'v'>;

/** The parsed view. */
export interface CompareView {
  /** Slugs, in the order picked, without duplicates. */
  jurisdictions: string[];
  province: string | null;
  /** Only with a province. */
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

/** At most this many jurisdictions in a view (and a query). */
export const MAX_JURISDICTIONS = 60;
