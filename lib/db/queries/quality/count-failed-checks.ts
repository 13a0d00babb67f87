// The checks that fail most often among a province's whole-jurisdiction reports of a year (the
// reports that stand for each jurisdiction: the report-choice rule, kept in held_year), with how
// many were checked.

import 'server-only';
import { pool } from '@/lib/db/client';
import { cachedByDataVersion } from '@/lib/db/cache';
import type { CheckId } from '@/lib/domain';
import { defineSql, runSql } from '../../sql';

export const FAILED_CHECKS = defineSql(
  'failed quality checks of a province and year',
  `WITH checked AS (
    SELECT q.failed_checks FROM held_year h JOIN jurisdiction j ON j.id = h.jurisdiction_id JOIN report_quality q ON q.report_id = h.chosen_report_id
    WHERE j.province = $1 AND h.year = $2
  )
  SELECT '' AS check_id, count(*)::int AS count FROM checked
  UNION ALL
  SELECT c AS check_id, count(*)::int AS count FROM checked, unnest(checked.failed_checks) c GROUP BY c`,
  { check_id: 'text', count: 'int4' },
  ['江苏省', 2023],
);

export interface FailedChecksCount {
  /** Reports checked. */
  checked: number;
  /** Failed checks, most often first. */
  failed: { id: CheckId; count: number }[];
}

export async function countFailedChecks(province: string, year: number): Promise<FailedChecksCount> {
  const rows = await cachedByDataVersion('failed-checks', [province, year], () => runSql(pool, FAILED_CHECKS, [province, year]));
  return {
    checked: rows.find((r) => r.check_id === '')?.count ?? 0,
    failed: rows
      .filter((r) => r.check_id !== '')
      .map((r) => ({ id: r.check_id as CheckId, count: r.count }))
      .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)),
  };
}
