// The derived rates of lib/figures/rates.ts for one report, beside the previous year's, and counts
// per 10,000 residents where the population is known.

import { computeRate, perTenThousand, RATES, type RateDef } from '@/lib/figures/rates';
import type { ReportFigures } from './cells';

export interface RateRow {
  rate: RateDef;
  value: number | null;
  prev: number | null | undefined;
  /** For count rates with a known population. */
  per10k: number | null;
}

function lookup(report: ReportFigures) {
  return (key: string) => report.figures.get(key)?.value;
}

export function rateRows(report: ReportFigures, previous: ReportFigures | null, population: number | null): RateRow[] {
  return RATES.map((rate) => {
    const value = computeRate(rate, lookup(report));
    return {
      rate,
      value,
      prev: previous ? computeRate(rate, lookup(previous)) : undefined,
      per10k: rate.unit === 'count' ? perTenThousand(value, population) : null,
    };
  });
}
