// What a /table cell without a number is, in the one notation (lib/i18n/notation.ts), and why a
// ratio has no value or is not ranked: /table, its CSV and the rates of /j say the same thing.

import type { TableCell } from '@/lib/domain';
import { figureDef, type Label, type ReportFormat } from '@/lib/figures/keys';
import type { RateDef } from '@/lib/figures/rates';
import type { NoNumber } from '@/lib/i18n/notation';
import { columnLabel } from './column-labels';

/** A figure column's cell without a number: which of the four it is; null when it holds a number. */
export function noNumberOf(key: string, cell: TableCell | undefined, format: string): NoNumber | null {
  if (cell?.provenance) {
    if (cell.value !== null) return null;
    return cell.raw && cell.raw.trim() !== '' ? 'slash' : 'blank';
  }
  // No stored figure: the report's format prints it (so it was not read) or does not have it.
  const formats = figureDef(key)?.formats;
  return formats && !formats.includes(format as ReportFormat) ? 'notInFormat' : 'notRead';
}

/** Why a ratio has no value: a figure of its numerator or denominator missing, or a denominator of 0. Null: it has one. */
export function notComputedReason(
  rate: RateDef,
  numerator: number | null | undefined,
  denominator: number | null | undefined,
): Label | null {
  if (rate.unit !== 'ratio') return null;
  const den = rate.denominatorLabel ?? { zh: '分母', en: 'the denominator' };
  const num = (lang: 'zh' | 'en') => rate.numerator.map((k) => columnLabel(k, lang)).join(' + ');
  if (numerator === null || numerator === undefined) {
    return { zh: `无法计算:分子(${num('zh')})有数字缺失`, en: `Not computed: a figure of the numerator (${num('en')}) is missing` };
  }
  if (denominator === null || denominator === undefined) {
    return { zh: `无法计算:分母(${den.zh})缺失`, en: `Not computed: the denominator (${den.en}) is missing` };
  }
  if (denominator === 0) return { zh: `无法计算:分母(${den.zh})为 0`, en: `Not computed: the denominator (${den.en}) is 0` };
  return null;
}

/**
 * Why a ratio is not shown or not ranked, in words: a failed sum relation of its inputs (named),
 * then why it has no value, then a base below the minimum. Null: a value ranked on an adequate base
 * (and every count column).
 */
export function rateNote(rate: RateDef, cell: TableCell | undefined): Label | null {
  if (rate.unit !== 'ratio' || !cell) return null;
  if (cell.failedRelations) {
    return {
      zh: `! 所用数字的勾稽关系未通过,不参与排名:${cell.failedRelations.zh}`,
      en: `! its figures fail a sum check; not ranked: ${cell.failedRelations.en}`,
    };
  }
  const missing = notComputedReason(rate, cell.numerator, cell.denominator);
  if (missing) return missing;
  const den = rate.denominatorLabel ?? { zh: '分母', en: 'the denominator' };
  if (cell.denominator! < rate.minBase) {
    return {
      zh: `样本太少(${den.zh} ${cell.denominator} < ${rate.minBase}),不参与排名`,
      en: `Too few (${den.en} ${cell.denominator} < ${rate.minBase}): not ranked`,
    };
  }
  return null;
}
