// The /j/<slug> view in the URL: which report of the jurisdiction is open and the language.
//
//   report   a report id; wins over y
//   y        a year: that year's report, chosen by the report-choice rule
//            (lib/db/queries/report/chosen-reports.ts)
//   lang     en; absent: Simplified Chinese
//
// Absent both: the newest year's chosen whole-jurisdiction report.

import type { Lang } from '@/lib/i18n/lang';
import {
  parseLang,
  parsePageParams,
  parseYear,
  positiveInt,
  valueOr,
  type ParamNotice,
  type ParamParsers,
  type Params,
  type SearchInput,
} from './params';
import { queryString } from './query-string';

export type JurisdictionParams = Params<'report' | 'y' | 'lang'>;

export interface JurisdictionPageView {
  reportId: number | null;
  year: number | null;
  lang: Lang;
}

/** Report ids are PostgreSQL int4. */
export const MAX_ID = 2 ** 31 - 1;

export const JURISDICTION_PARSERS = {
  report: positiveInt(MAX_ID, 'bad-id'),
  y: parseYear,
  lang: parseLang,
} satisfies ParamParsers<JurisdictionParams>;

export type JurisdictionNotice = ParamNotice<keyof JurisdictionParams & string>;

export function parseJurisdictionParams(input: SearchInput): { view: JurisdictionPageView; notices: JurisdictionNotice[] } {
  const { parsed, notices } = parsePageParams(input, JURISDICTION_PARSERS);
  return { view: { reportId: valueOr(parsed.report, null), year: valueOr(parsed.y, null), lang: valueOr(parsed.lang, 'zh') }, notices };
}

export function jurisdictionHref(slug: string, view: Partial<JurisdictionPageView> = {}): string {
  const params: JurisdictionParams = {};
  if (view.reportId) params.report = String(view.reportId);
  else if (view.year) params.y = String(view.year);
  if (view.lang && view.lang !== 'zh') params.lang = view.lang;
  return `/j/${encodeURIComponent(slug)}${queryString(params)}`;
}
