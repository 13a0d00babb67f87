// Reads the /compare URL into a CompareView. Total: any input gives a view; every value that
// could not be used becomes a notice (shown on the page) and the default takes its place.

import { CHART_KINDS, type ChartKind } from './chart-kinds';
import { DEFAULT_VIEW, MAX_JURISDICTIONS, type CompareParams, type CompareView } from './compare-params';
import {
  invalid,
  listOf,
  missing,
  oneOf,
  paramNames,
  parseComposition,
  parseLang,
  parseLevel,
  parseMeasure,
  parseParams,
  parseProvince,
  parseSlug,
  parseYears,
  parseDataVersion,
  readParams,
  valid,
  valueOr,
  type ParamNotice,
  type ParamParser,
  type ParamParsers,
  type SearchInput,
} from './params';

const parsePer: ParamParser<true> = (raw) =>
  raw === undefined || raw === '' ? missing() : raw === '10k' ? valid(true) : invalid(raw, 'bad-per');

export const COMPARE_PARSERS = {
  j: listOf(parseSlug, MAX_JURISDICTIONS),
  province: parseProvince,
  level: parseLevel,
  y: parseYears,
  m: parseMeasure,
  c: parseComposition,
  chart: oneOf<ChartKind>(CHART_KINDS, 'unknown-chart'),
  per: parsePer,
  lang: parseLang,
  v: parseDataVersion,
} satisfies ParamParsers<CompareParams>;

export const COMPARE_PARAM_NAMES = paramNames(COMPARE_PARSERS);

export type CompareNotice = ParamNotice<keyof CompareParams & string>;

/** The /compare parameters of a request (first value of each). */
export function readCompareParams(input: SearchInput): CompareParams {
  return readParams(input, COMPARE_PARAM_NAMES);
}

/** The view, the notices, and the data version the link was made at (null: none named). */
export function parseCompareParams(params: CompareParams): { view: CompareView; notices: CompareNotice[]; cited: number | null } {
  const { parsed, notices } = parseParams(params, COMPARE_PARSERS);
  const province = valueOr(parsed.province, null);
  // A level narrows a province; without one it says nothing (and is not kept).
  const level = province === null ? null : valueOr(parsed.level, null);
  return {
    view: {
      jurisdictions: valueOr(parsed.j, []),
      province,
      level,
      years: valueOr(parsed.y, null),
      measure: valueOr(parsed.m, DEFAULT_VIEW.measure),
      composition: valueOr(parsed.c, DEFAULT_VIEW.composition),
      chart: valueOr(parsed.chart, DEFAULT_VIEW.chart),
      per10k: valueOr(parsed.per, DEFAULT_VIEW.per10k),
      lang: valueOr(parsed.lang, DEFAULT_VIEW.lang),
    },
    cited: valueOr(parsed.v, null),
    notices: province === null ? notices.filter((n) => n.param !== 'level') : notices,
  };
}
