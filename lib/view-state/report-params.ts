// The /reports/<id> view in the URL: the selected figure (`figure`, a key) or issue (`issue`, an id),
// and the language. Total: garbage is ignored with a notice.

import { isFigureKey } from '@/lib/figures/keys';
import type { Lang } from '@/lib/i18n/lang';
import { parseLangParam } from './parse-compare-params';

export interface ReportPageView {
  figure: string | null;
  issue: number | null;
  lang: Lang;
}

export interface ReportNotice {
  param: 'figure' | 'issue' | 'lang' | 'id';
  raw: string;
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** A report id from the path: a positive integer, else null. */
export function parseReportId(raw: string): number | null {
  return /^\d{1,9}$/.test(raw) && Number(raw) > 0 ? Number(raw) : null;
}

export function parseReportParams(input: Record<string, string | string[] | undefined>): { view: ReportPageView; notices: ReportNotice[] } {
  const notices: ReportNotice[] = [];
  const figureRaw = first(input.figure);
  const figure = figureRaw && isFigureKey(figureRaw) ? figureRaw : null;
  if (figureRaw && !figure) notices.push({ param: 'figure', raw: figureRaw.slice(0, 120) });
  const issueRaw = first(input.issue);
  const issue = issueRaw ? parseReportId(issueRaw) : null;
  if (issueRaw && issue === null) notices.push({ param: 'issue', raw: issueRaw.slice(0, 120) });
  const lang = parseLangParam(first(input.lang));
  if (lang.kind === 'invalid') notices.push({ param: 'lang', raw: lang.raw.slice(0, 120) });
  return { view: { figure, issue, lang: lang.kind === 'valid' ? lang.value : 'zh' }, notices };
}
