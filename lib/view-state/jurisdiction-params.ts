// The /j/<slug> view in the URL: which report of the jurisdiction is open (`report`, an id; absent:
// the newest whole-jurisdiction report) and the language. Total: garbage falls back with a notice.

import type { Lang } from '@/lib/i18n/lang';
import { parseLangParam } from './parse-compare-params';

export interface JurisdictionParams {
  report?: string;
  lang?: string;
}

export interface JurisdictionPageView {
  reportId: number | null;
  lang: Lang;
}

export interface JurisdictionNotice {
  param: keyof JurisdictionParams;
  raw: string;
  reason: 'bad-report' | 'bad-lang';
}

export function parseJurisdictionParams(input: Record<string, string | string[] | undefined>): {
  view: JurisdictionPageView;
  notices: JurisdictionNotice[];
} {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const notices: JurisdictionNotice[] = [];
  const report = first(input.report);
  let reportId: number | null = null;
  if (report !== undefined && report !== '') {
    if (/^\d{1,9}$/.test(report) && Number(report) > 0) reportId = Number(report);
    else notices.push({ param: 'report', raw: report.slice(0, 120), reason: 'bad-report' });
  }
  const lang = parseLangParam(first(input.lang));
  if (lang.kind === 'invalid') notices.push({ param: 'lang', raw: lang.raw.slice(0, 120), reason: 'bad-lang' });
  return { view: { reportId, lang: lang.kind === 'valid' ? lang.value : 'zh' }, notices };
}

export function jurisdictionHref(slug: string, view: Partial<JurisdictionPageView> = {}): string {
  const params = new URLSearchParams();
  if (view.reportId) params.set('report', String(view.reportId));
  if (view.lang && view.lang !== 'zh') params.set('lang', view.lang);
  const query = params.toString();
  return `/j/${encodeURIComponent(slug)}${query ? `?${query}` : ''}`;
}
