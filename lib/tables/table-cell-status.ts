// What a /table cell without a number is, in the one notation (lib/i18n/notation.ts), and why a
// ratio has no value or is not ranked: /table, its CSV and the rates of /j say the same thing.

import type { TableCell } from '@/lib/domain';
import type { Label } from '@/lib/figures/keys';
import { notComputedReason, type RateDef } from '@/lib/figures/rates';

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
