// Numbers as the UI prints them. A missing value is never printed as 0: callers pass null and
// get the language's "missing" mark.

import { htmlLang, type Lang } from './lang';

const integerFormats = new Map<Lang, Intl.NumberFormat>();
const decimalFormats = new Map<Lang, Intl.NumberFormat>();

function integerFormat(lang: Lang): Intl.NumberFormat {
  let f = integerFormats.get(lang);
  if (!f) integerFormats.set(lang, (f = new Intl.NumberFormat(htmlLang(lang), { maximumFractionDigits: 0 })));
  return f;
}

function decimalFormat(lang: Lang): Intl.NumberFormat {
  let f = decimalFormats.get(lang);
  if (!f) decimalFormats.set(lang, (f = new Intl.NumberFormat(htmlLang(lang), { maximumFractionDigits: 2 })));
  return f;
}

export const MISSING_MARK = '—';

/** Counts with grouping (3,517); other values with up to two decimals. */
export function formatNumber(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING_MARK;
  return Number.isInteger(value) ? integerFormat(lang).format(value) : decimalFormat(lang).format(value);
}

/** A ratio (0.43) as a percentage with one decimal (43.2%). */
export function formatPercent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return MISSING_MARK;
  return `${(ratio * 100).toFixed(1)}%`;
}
