// The /reports/<id> view in the URL: the selected figure (`figure`, a key) or issue (`issue`, an
// id), and the language. Total: garbage is ignored with a notice.

import { isFigureKey } from '@/lib/figures/keys';
import type { Lang } from '@/lib/i18n/lang';
import { MAX_ID } from './jurisdiction-params';
import { queryString } from './query-string';
import {
  invalid,
  missing,
  parseLang,
  parsePageParams,
  positiveInt,
  valid,
  valueOr,
  type ParamNotice,
  type ParamParser,
  type ParamParsers,
  type Params,
  type SearchInput,
} from './params';

export type ReportParams = Params<'figure' | 'issue' | 'lang'>;

export interface ReportPageView {
  figure: string | null;
  issue: number | null;
  lang: Lang;
}

const parseFigure: ParamParser<string> = (raw) =>
  raw === undefined || raw === '' ? missing() : isFigureKey(raw) ? valid(raw) : invalid(raw, 'unknown-measure');

const parseId = positiveInt(MAX_ID, 'bad-id');

export const REPORT_PARSERS = {
  figure: parseFigure,
  issue: parseId,
  lang: parseLang,
} satisfies ParamParsers<ReportParams>;

/** A report id from the path: a positive integer, else null. */
export function parseReportId(raw: string): number | null {
  return valueOr(parseId(raw), null);
}

export function parseReportParams(input: SearchInput): { view: ReportPageView; notices: ParamNotice<keyof ReportParams & string>[] } {
  const { parsed, notices } = parsePageParams(input, REPORT_PARSERS);
  return { view: { figure: valueOr(parsed.figure, null), issue: valueOr(parsed.issue, null), lang: valueOr(parsed.lang, 'zh') }, notices };
}

/** The address of a report view: the selected figure (or else issue), the language when not Chinese. */
export function reportHref(id: number, view: Partial<ReportPageView> = {}): string {
  const params: ReportParams = {};
  if (view.figure) params.figure = view.figure;
  else if (view.issue) params.issue = String(view.issue);
  if (view.lang && view.lang !== 'zh') params.lang = view.lang;
  return `/reports/${id}${queryString(params)}`;
}
