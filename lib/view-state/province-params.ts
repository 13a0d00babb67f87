// The /p/<province-slug> view in the URL.
//
//   y      the year (default: the latest year with a report of the province, else last year)
//   m      the measure the bodies are ranked on (lib/peers PEER_MEASURES); default disclosure-rate
//   level  prefecture | county | district | …: only that level; absent: every level
//   lang   en; absent: Simplified Chinese

import type { Lang } from '@/lib/i18n/lang';
import { PEER_MEASURES } from '@/lib/peers';
import {
  oneOf,
  parseLang,
  parseLevel,
  parsePageParams,
  parseYear,
  valueOr,
  type Level,
  type ParamNotice,
  type ParamParsers,
  type Params,
  type SearchInput,
} from './params';
import { queryString } from './query-string';

export type ProvinceParams = Params<'y' | 'm' | 'level' | 'lang'>;

export interface ProvinceView {
  year: number | null;
  measure: string;
  level: Level | null;
  lang: Lang;
}

export const DEFAULT_PROVINCE_MEASURE = 'disclosure-rate';

export const PROVINCE_PARSERS = {
  y: parseYear,
  m: oneOf<string>(
    PEER_MEASURES.map((m) => m.id),
    'unknown-measure',
  ),
  level: parseLevel,
  lang: parseLang,
} satisfies ParamParsers<ProvinceParams>;

export type ProvinceNotice = ParamNotice<keyof ProvinceParams & string>;

export function parseProvinceParams(input: SearchInput): { view: ProvinceView; notices: ProvinceNotice[] } {
  const { parsed, notices } = parsePageParams(input, PROVINCE_PARSERS);
  return {
    view: {
      year: valueOr(parsed.y, null),
      measure: valueOr(parsed.m, DEFAULT_PROVINCE_MEASURE),
      level: valueOr(parsed.level, null),
      lang: valueOr(parsed.lang, 'zh'),
    },
    notices,
  };
}

export function provinceHref(slug: string, view: Partial<ProvinceView>): string {
  const params: ProvinceParams = {};
  if (view.year) params.y = String(view.year);
  if (view.measure && view.measure !== DEFAULT_PROVINCE_MEASURE) params.m = view.measure;
  if (view.level) params.level = view.level;
  if (view.lang && view.lang !== 'zh') params.lang = view.lang;
  return `/p/${encodeURIComponent(slug)}${queryString(params)}`;
}
