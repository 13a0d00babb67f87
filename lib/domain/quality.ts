// The quality check of a report (体检) as every layer hands it on: lib/quality computes it,
// lib/db stores and returns it, pages and the API show it.

import type { Label } from '@/lib/figures/keys';

export type CheckId = 'tables' | 'sums' | 'continuity' | 'onTime' | 'narrative' | 'sections';

/** `na`: the check does not apply to this report; `unknown`: it applies, but nothing held can decide it. */
export type CheckStatus = 'pass' | 'fail' | 'na' | 'unknown';

export interface CheckResult {
  id: CheckId;
  status: CheckStatus;
  /** The check's name. */
  title: Label;
  /** What was found, with its numbers, in plain words. */
  explanation: Label;
  /** The numbers the verdict rests on, by name (counts, dates as ISO strings). */
  numbers: Record<string, number | string | null>;
  /** The particulars of a failure: each failed relation, missing row, late day… */
  details: Label[];
}

export interface QualitySummary {
  passed: number;
  failed: number;
  /** pass + fail: the checks that applied and could be decided. */
  decided: number;
  unknown: number;
  failedIds: CheckId[];
}

/** A report's stored checks. */
export interface ReportQualityView {
  summary: QualitySummary;
  checks: CheckResult[];
  /** The same body's report of the year before the checks compared with. */
  previousReportId: number | null;
  /** ISO timestamp. */
  computedAt: string;
}
