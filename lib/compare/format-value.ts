// A measure's value as printed on charts, tables and exports' readers: counts grouped, rates as
// percentages, per-capita values with two decimals. Missing stays missing.

import { formatNumber, formatPercent, MISSING_MARK } from '@/lib/i18n/format';
import type { Lang } from '@/lib/i18n/lang';
import type { MeasureUnit } from './types';

export function formatValue(value: number | null | undefined, unit: MeasureUnit, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING_MARK;
  if (unit === 'ratio') return formatPercent(value);
  if (unit === 'per10k') return value.toFixed(2);
  return formatNumber(value, lang);
}
