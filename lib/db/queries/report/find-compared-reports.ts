// The chosen reports (report-choice rule, ./chosen-reports.ts) of some jurisdictions over some
// years, or some reports by id, with exactly the figures a view reads: by the figure primary key
// (report_id, key). Failed checks only for reports that have them, and only those naming one of the
// keys (a mark belongs to the figures of the failed relation); the population of the census year
// nearest each report's year.

import 'server-only';
import { pool } from '@/lib/db/client';
import type { FailedCheckRef, ReportFigures } from '@/lib/domain';
import { defineSql, runSql } from '../../sql';
import { chosenReportIdsSql } from './chosen-reports';

export type FindComparedReportsInput = (
  { jurisdictionIds: readonly number[]; from: number; to: number } | { reportIds: readonly number[] }
) & {
  keys: readonly string[];
};

const FAILED_CHECKS_PER_REPORT = 3;

const REPORT_COLUMNS = `r.id, r.year, r.body, r.scope::text AS scope, r.format, r.error_count, r.jurisdiction_id,
    j.slug, j.name, j.level, j.province
  FROM report r JOIN jurisdiction j ON j.id = r.jurisdiction_id`;
const REPORT_ROW = {
  id: 'int4',
  year: 'int4',
  body: 'text',
  scope: 'text',
  format: 'text',
  error_count: 'int4',
  jurisdiction_id: 'int4',
  slug: 'text',
  name: 'text',
  level: 'text',
  province: 'text | null',
} as const;

export const CHOSEN_REPORTS = defineSql(
  'chosen reports of jurisdictions over years',
  `SELECT ${REPORT_COLUMNS}
  WHERE r.id IN (${chosenReportIdsSql('r.jurisdiction_id = ANY($1::int[]) AND r.year BETWEEN $2 AND $3')})`,
  REPORT_ROW,
  [[1, 2, 3, 4, 5], 2000, 2100],
);

export const REPORTS_BY_ID = defineSql('reports by id', `SELECT ${REPORT_COLUMNS} WHERE r.id = ANY($1::int[])`, REPORT_ROW, [[1, 2, 3]]);

export const FIGURES = defineSql(
  'figures of reports by key',
  `SELECT report_id, key, value, provenance::text AS provenance, raw, basis
  FROM figure WHERE report_id = ANY($1::int[]) AND key = ANY($2::text[])`,
  { report_id: 'int4', key: 'text', value: 'float8 | null', provenance: 'text', raw: 'text | null', basis: 'text | null' },
  [
    [1, 2, 3, 4, 5],
    ['applications.new.total', 'results.other.natural', 'narrative.activeItems'],
  ],
);

export const FAILED_CHECKS = defineSql(
  'failed checks of reports touching keys',
  `SELECT report_id, message_zh, message_en, to_json(keys) AS keys FROM (
    SELECT report_id, message_zh, message_en, keys, row_number() OVER (PARTITION BY report_id ORDER BY id) AS n
    FROM report_issue WHERE report_id = ANY($1::int[]) AND severity = 'error' AND keys && $2::text[]
  ) i WHERE n <= ${FAILED_CHECKS_PER_REPORT} ORDER BY report_id, n`,
  { report_id: 'int4', message_zh: 'text', message_en: 'text', keys: 'json' },
  [
    [1, 2, 3, 4, 5, 6, 7, 8, 9],
    ['review.total', 'applications.new.total'],
  ],
);

export const POPULATIONS = defineSql(
  'populations of jurisdictions',
  `SELECT jurisdiction_id, year, population FROM population WHERE jurisdiction_id = ANY($1::int[])`,
  { jurisdiction_id: 'int4', year: 'int4', population: 'int4' },
  [[1, 2, 3, 4, 5]],
);

type PopulationRow = { year: number; population: number };

function nearestPopulation(populations: readonly PopulationRow[], year: number): number | null {
  let best: PopulationRow | null = null;
  for (const p of populations) if (!best || Math.abs(p.year - year) < Math.abs(best.year - year)) best = p;
  return best?.population ?? null;
}

export async function findComparedReports(input: FindComparedReportsInput): Promise<ReportFigures[]> {
  if (input.keys.length === 0) return [];
  const reports =
    'reportIds' in input
      ? input.reportIds.length
        ? await runSql(pool, REPORTS_BY_ID, [[...input.reportIds]])
        : []
      : input.jurisdictionIds.length
        ? await runSql(pool, CHOSEN_REPORTS, [[...input.jurisdictionIds], input.from, input.to])
        : [];
  if (reports.length === 0) return [];
  const ids = reports.map((r) => r.id);
  const withErrors = reports.filter((r) => r.error_count > 0).map((r) => r.id);
  const [figures, issues, populations] = await Promise.all([
    runSql(pool, FIGURES, [ids, [...input.keys]]),
    withErrors.length ? runSql(pool, FAILED_CHECKS, [withErrors, [...input.keys]]) : [],
    runSql(pool, POPULATIONS, [[...new Set(reports.map((r) => r.jurisdiction_id))]]),
  ]);
  const checksByReport = new Map<number, FailedCheckRef[]>();
  for (const i of issues)
    checksByReport.set(i.report_id, [
      ...(checksByReport.get(i.report_id) ?? []),
      { message: { zh: i.message_zh, en: i.message_en }, keys: i.keys as string[] },
    ]);
  const populationsOf = new Map<number, PopulationRow[]>();
  for (const p of populations) populationsOf.set(p.jurisdiction_id, [...(populationsOf.get(p.jurisdiction_id) ?? []), p]);
  const byReport = new Map<number, ReportFigures>();
  for (const r of reports) {
    byReport.set(r.id, {
      reportId: r.id,
      jurisdiction: { slug: r.slug, name: r.name, level: r.level, province: r.province },
      year: r.year,
      body: r.body,
      scope: r.scope as ReportFigures['scope'],
      format: r.format,
      failedChecks: checksByReport.get(r.id) ?? [],
      errorCount: r.error_count,
      population: nearestPopulation(populationsOf.get(r.jurisdiction_id) ?? [], r.year),
      figures: {},
    });
  }
  for (const f of figures) {
    byReport.get(f.report_id)!.figures[f.key] = {
      value: f.value,
      provenance: f.provenance as ReportFigures['figures'][string]['provenance'],
      raw: f.raw,
      basis: f.basis,
    };
  }
  return [...byReport.values()];
}
