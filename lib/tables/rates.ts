// The derived rates of lib/figures/rates.ts for one report, beside the previous year's, with the
// base of each and where it stands under the guardrails, and counts per 10,000 residents where the
// population is known.

import { computeRate, perTenThousand, RATES, rateStanding, type RateDef, type RateStanding } from '@/lib/figures/rates';
import type { ReportFigures } from './cells';

export interface RateRow {
  rate: RateDef;
  value: number | null;
  prev: number | null | undefined;
  /** For count rates with a known population. */
  per10k: number | null;
  /** The base beside the value, and whether the rate may be ranked (样本太少, failed sums). */
  standing: RateStanding;
}

function lookup(report: ReportFigures) {
  return (key: string) => report.figures.get(key)?.value;
}

/** `failedKeys`: the figures of the report's failed sum checks (failedSumKeys). */
export function rateRows(
  report: ReportFigures,
  previous: ReportFigures | null,
  population: number | null,
  failedKeys: ReadonlySet<string> = new Set(),
): RateRow[] {
  return RATES.map((rate) => {
    const value = computeRate(rate, lookup(report));
    return {
      rate,
      value,
      prev: previous ? computeRate(rate, lookup(previous)) : undefined,
      per10k: rate.unit === 'count' ? perTenThousand(value, population) : null,
      standing: rateStanding(rate, lookup(report), failedKeys),
    };
  });
}
