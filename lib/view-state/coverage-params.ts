// The /coverage view in the URL.
//
//   province  a province of the official list: its divisions × years, paginated; absent: every province × year
//   y         the year whose breakdown the province table shows (default: the latest year)
//   page      1-based page of a province's divisions
//   lang      en; absent: Simplified Chinese

import type { Lang } from '@/lib/i18n/lang';
import {
  parseLang,
  parsePageParams,
  parseProvince,
  parseYear,
  positiveInt,
  valueOr,
  type ParamNotice,
  type ParamParsers,
  type Params,
  type SearchInput,
} from './params';
import { queryString } from './query-string';

export type CoverageParams = Params<'province' | 'y' | 'page' | 'lang'>;

export interface CoverageView {
  province: string | null;
  year: number | null;
  page: number;
  lang: Lang;
}

/** Divisions per page of a province. */
export const COVERAGE_PAGE_SIZE = 40;

export const COVERAGE_PARSERS = {
  province: parseProvince,
  y: parseYear,
  page: positiveInt(10_000, 'bad-page'),
  lang: parseLang,
} satisfies ParamParsers<CoverageParams>;

export type CoverageNotice = ParamNotice<keyof CoverageParams & string>;

export function parseCoverageParams(input: SearchInput): { view: CoverageView; notices: CoverageNotice[] } {
  const { parsed, notices } = parsePageParams(input, COVERAGE_PARSERS);
  return {
    view: {
      province: valueOr(parsed.province, null),
      year: valueOr(parsed.y, null),
      page: valueOr(parsed.page, 1),
      lang: valueOr(parsed.lang, 'zh'),
    },
    notices,
  };
}

export function coverageHref(view: Partial<CoverageView>, path = '/coverage'): string {
  const params: CoverageParams = {};
  if (view.province) params.province = view.province;
  if (view.year) params.y = String(view.year);
  if (view.page && view.page > 1) params.page = String(view.page);
  if (view.lang && view.lang !== 'zh') params.lang = view.lang;
  return `${path}${queryString(params)}`;
}
