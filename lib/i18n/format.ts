// Numbers as the UI prints them. These take numbers only: a value that is absent has a meaning the
// caller knows (a figure not read, printed blank or "/", not in the format: lib/i18n/notation.ts; a
// derived value not computed: notComputedText), so the type checker makes every caller say which.

import type { Unit } from '@/lib/figures/keys';
import { htmlLang, type Lang } from './lang';
import { compareMessages } from './messages/compare';

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

/** Words for a derived value (a rate, a sum, a peer median, a population) that could not be computed. */
export function notComputedText(lang: Lang): string {
  return compareMessages[lang].noValue.notComputed;
}

/** Counts with grouping (3,517); other values with up to two decimals. */
export function formatNumber(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return notComputedText(lang);
  return Number.isInteger(value) ? integerFormat(lang).format(value) : decimalFormat(lang).format(value);
}

/** A ratio (0.43) as a percentage with one decimal (43.2%). */
export function formatPercent(ratio: number, lang: Lang): string {
  if (!Number.isFinite(ratio)) return notComputedText(lang);
  return `${(ratio * 100).toFixed(1)}%`;
}

/** What a value counts: a figure's unit (件, 元, a change), or a derived measure's (a ratio, per 10,000 residents). */
export type ValueUnit = Unit | 'ratio' | 'per10k';

/**
 * A value as the dashboard prints it, everywhere: counts grouped (3,517), yuan in 万元 from 10,000
 * in Chinese, changes signed (+97), ratios as percentages (43.2%), per-capita values with two
 * decimals. An absent value is the caller's to name (see the file's head).
 */
export function formatValue(value: number, unit: ValueUnit, lang: Lang): string {
  if (!Number.isFinite(value)) return notComputedText(lang);
  switch (unit) {
    case 'ratio':
      return formatPercent(value, lang);
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

/**
 * A derived value (a rate, a sum, a peer median, a base): absent means it could not be computed, and
 * says so in words. Never for a report's own figure, whose absence has a notation of its own.
 */
export function formatDerived(value: number | null | undefined, unit: ValueUnit, lang: Lang): string {
  return value === null || value === undefined ? notComputedText(lang) : formatValue(value, unit, lang);
}
