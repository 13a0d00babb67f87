// The derived rates of lib/figures/rates.ts for one report, beside the previous year's, with the
// base of each and where it stands under the guardrails, and counts per 10,000 residents where the
// population is known.

import type { IssueView } from '@/lib/domain';
import type { Label } from '@/lib/figures/keys';
import {
  computeRate,
  notComputedReason,
  perTenThousand,
  RATES,
  rateInputKeys,
  rateStanding,
  sumKeys,
  type RateDef,
  type RateStanding,
} from '@/lib/figures/rates';
import type { ReportFigures } from './cells';
import { failedRelationsOf, failedSumKeys } from './checks';

export interface RateRow {
  rate: RateDef;
  value: number | null;
  prev: number | null | undefined;
  /** For count rates with a known population. */
  per10k: number | null;
  /** The base beside the value, and whether the rate may be ranked (样本太少, failed sums). */
  standing: RateStanding;
  /** The failed sum relations its inputs are in, named (why it is not ranked). */
  failedRelations: Label[];
  /** Why a ratio has no value (a figure missing, a denominator of 0); null when it has one. */
  notComputed: Label | null;
}

function lookup(report: ReportFigures) {
  return (key: string) => report.figures.get(key)?.value;
}

/** `issues`: the report's issues, whose failed sum checks keep a rate reading their figures from being ranked. */
export function rateRows(
  report: ReportFigures,
  previous: ReportFigures | null,
  population: number | null,
  issues: readonly Pick<IssueView, 'code' | 'keys' | 'message'>[] = [],
): RateRow[] {
  const failedKeys = failedSumKeys(issues);
  return RATES.map((rate) => {
    const value = computeRate(rate, lookup(report));
    return {
      rate,
      value,
      prev: previous ? computeRate(rate, lookup(previous)) : undefined,
      per10k: rate.unit === 'count' ? perTenThousand(value, population) : null,
      standing: rateStanding(rate, lookup(report), failedKeys),
      failedRelations: failedRelationsOf(issues, rateInputKeys(rate)),
      notComputed: notComputedReason(rate, sumKeys(lookup(report), rate.numerator), sumKeys(lookup(report), rate.denominator)),
    };
  });
}
