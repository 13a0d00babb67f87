// The inverse of parse-compare-params: a CompareView to URL parameters, writing only what
// differs from DEFAULT_VIEW, in a fixed order so equal views give equal URLs.

import { DEFAULT_VIEW, type CompareParams, type CompareView } from './compare-params';
import type { Measure } from './params';
import { queryString } from './query-string';

export function measureParam(measure: Measure): string {
  return measure.kind === 'figure' ? measure.key : measure.id;
}

export function serializeCompareParams(view: CompareView): CompareParams {
  const out: CompareParams = {};
  if (view.jurisdictions.length > 0) out.j = view.jurisdictions.join(',');
  if (view.province !== null) {
    out.province = view.province;
    if (view.level !== null) out.level = view.level;
  }
  if (view.years !== null) out.y = view.years.from === view.years.to ? String(view.years.from) : `${view.years.from}-${view.years.to}`;
  if (measureParam(view.measure) !== measureParam(DEFAULT_VIEW.measure)) out.m = measureParam(view.measure);
  if (view.composition !== DEFAULT_VIEW.composition) out.c = view.composition;
  if (view.chart !== DEFAULT_VIEW.chart) out.chart = view.chart;
  if (view.per10k) out.per = '10k';
  if (view.lang !== DEFAULT_VIEW.lang) out.lang = view.lang;
  return out;
}

/** `?j=…&y=…` (empty string for the default view). */
export function compareQueryString(view: CompareView): string {
  return queryString(serializeCompareParams(view));
}

export function compareHref(view: CompareView): string {
  return `/compare${compareQueryString(view)}`;
}
