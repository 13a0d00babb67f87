// The quality check of a report (体检), pure: the report (and the same body's previous report) in,
// the named checks and their summary out. A report shows "4/5 项通过" with the failed checks named.

import type { Label } from '@/lib/figures/keys';
import { checkContinuity } from './continuity';
import { checkNarrative } from './narrative';
import { checkOnTime } from './on-time';
import { checkSections } from './sections';
import { checkSums } from './sums';
import { checkTables } from './tables';
import { CHECK_TITLES } from './titles';
import { CHECK_IDS, type CheckId, type CheckResult, type QualityInput, type QualityResult, type QualitySummary } from './types';

export * from './types';
export { deadlineOf, type Deadline } from './on-time';
export { CHECK_TITLES } from './titles';

/** Bumped whenever a check changes, so stored results are computed again. */
export const QUALITY_VERSION = '2';

export function checkReport(input: QualityInput): QualityResult {
  const checks = [
    checkTables(input.report),
    checkSums(input.report),
    checkContinuity(input),
    checkOnTime(input.report),
    checkNarrative(input.report),
    checkSections(input.report),
  ];
  return { checks, summary: summarize(checks) };
}

export function summarize(checks: readonly CheckResult[]): QualitySummary {
  const passed = checks.filter((c) => c.status === 'pass').length;
  const failedIds = checks.filter((c) => c.status === 'fail').map((c) => c.id);
  return {
    passed,
    failed: failedIds.length,
    decided: passed + failedIds.length,
    unknown: checks.filter((c) => c.status === 'unknown').length,
    failedIds,
  };
}

/** "4/5 项通过" with the failed checks named — never a bare score. */
export function summaryLine(summary: QualitySummary): Label {
  const failed = summary.failedIds.map((id) => CHECK_TITLES[id]);
  const head = { zh: `${summary.passed}/${summary.decided} 项通过`, en: `${summary.passed}/${summary.decided} checks passed` };
  if (!failed.length) return head;
  return { zh: `${head.zh};未通过:${failed.map((f) => f.zh).join('、')}`, en: `${head.en}; failed: ${failed.map((f) => f.en).join(', ')}` };
}

export function isCheckId(value: string): value is CheckId {
  return (CHECK_IDS as readonly string[]).includes(value);
}
