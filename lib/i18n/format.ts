// Numbers as the UI prints them. A missing value is never printed as 0: callers pass null and
// get the language's "missing" mark.

import type { Unit } from '@/lib/figures/keys';
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

/** What a value counts: a figure's unit (件, 元, a change), or a derived measure's (a ratio, per 10,000 residents). */
export type ValueUnit = Unit | 'ratio' | 'per10k';

/**
 * A value as the dashboard prints it, everywhere: counts grouped (3,517), yuan in 万元 from 10,000
 * in Chinese, changes signed (+97), ratios as percentages (43.2%), per-capita values with two
 * decimals. Missing stays missing (the language's mark, never 0).
 */
export function formatValue(value: number | null | undefined, unit: ValueUnit, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING_MARK;
  switch (unit) {
    case 'ratio':
      return formatPercent(value);
    case 'per10k':
      return value.toFixed(2);
    case 'yuan':
      return lang === 'zh' && Math.abs(value) >= 10_000
        ? `${formatNumber(value / 10_000, lang)}万元`
        : `${formatNumber(value, lang)}${lang === 'zh' ? '元' : ' yuan'}`;
    case 'change':
      return value > 0 ? `+${formatNumber(value, lang)}` : formatNumber(value, lang);
    case 'count':
      return formatNumber(value, lang);
  }
}
