// The chosen reports (./chosen-reports.ts) of a year ranked by one figure, largest first and
// missing last, cut to a limit in SQL (the home chart: 60 bars of 100,000 reports), with how many
// reports the year has in all.

import 'server-only';
import { pool } from '@/lib/db/client';
import { defineSql, runSql } from '../../sql';
import { chosenReportIdsSql } from './chosen-reports';

export interface RankReportsInput {
  year: number;
  key: string;
  limit: number;
}

export interface RankedReports {
  /** Largest value first, missing values last, ties by jurisdiction name. */
  reportIds: number[];
  /** Chosen reports of the year, all of them (reportIds.length when none was cut). */
  total: number;
}

export const RANKED_REPORTS = defineSql(
  'chosen reports of a year ranked by a figure',
  `SELECT r.id, count(*) OVER ()::int AS total
  FROM report r JOIN jurisdiction j ON j.id = r.jurisdiction_id
  LEFT JOIN figure f ON f.report_id = r.id AND f.key = $2
  WHERE r.id IN (${chosenReportIdsSql('r.year = $1')})
  ORDER BY f.value DESC NULLS LAST, j.name, r.id
  LIMIT $3`,
  { id: 'int4', total: 'int4' },
  [2020, 'applications.new.total', 60],
);

export async function rankReportsByFigure(input: RankReportsInput): Promise<RankedReports> {
  const rows = await runSql(pool, RANKED_REPORTS, [input.year, input.key, input.limit]);
  return { reportIds: rows.map((r) => r.id), total: rows[0]?.total ?? 0 };
}
