// Reports of some jurisdictions over some years with exactly the figures a view reads. Re-ingested
// copies are dropped in SQL (one report per jurisdiction, year, scope and office: the latest, as
// lib/compare/build-series pickReports), so only the reports drawn have their figures loaded: by
// the figure primary key (report_id, key). Failed checks only for reports that have them.

import 'server-only';
import { pool } from '@/lib/db/client';
import type { ProvenanceKind, ReportFigures, ReportScope } from '@/lib/compare/types';
import type { Label } from '@/lib/figures/keys';

export interface FindCompareReportsInput {
  jurisdictionIds: readonly number[];
  from: number;
  to: number;
  keys: readonly string[];
}

const FAILED_CHECKS_PER_REPORT = 3;

// The office only tells reports apart for single-office reports (an aggregate's body is its
// government's name, which may be spelt differently between copies).
const PICK_REPORTS = `
  SELECT DISTINCT ON (r.jurisdiction_id, r.year, r.scope, CASE WHEN r.scope = 'agency' THEN r.body END)
    r.id, r.year, r.body, r.scope::text AS scope, r.error_count, r.jurisdiction_id,
    j.slug, j.name, j.level, j.province
  FROM report r JOIN jurisdiction j ON j.id = r.jurisdiction_id
  WHERE r.jurisdiction_id = ANY($1::int[]) AND r.year BETWEEN $2 AND $3
  ORDER BY r.jurisdiction_id, r.year, r.scope, CASE WHEN r.scope = 'agency' THEN r.body END, r.id DESC`;

const FIGURES = `
  SELECT report_id, key, value, provenance::text AS provenance, raw, basis
  FROM figure WHERE report_id = ANY($1::int[]) AND key = ANY($2::text[])`;

const FAILED_CHECKS = `
  SELECT report_id, message_zh, message_en FROM (
    SELECT report_id, message_zh, message_en, row_number() OVER (PARTITION BY report_id ORDER BY id) AS n
    FROM report_issue WHERE report_id = ANY($1::int[]) AND severity = 'error'
  ) i WHERE n <= ${FAILED_CHECKS_PER_REPORT} ORDER BY report_id, n`;

const POPULATIONS = `SELECT jurisdiction_id, year, population FROM population WHERE jurisdiction_id = ANY($1::int[])`;

type ReportRow = {
  id: number;
  year: number;
  body: string;
  scope: ReportScope;
  error_count: number;
  jurisdiction_id: number;
  slug: string;
  name: string;
  level: string;
  province: string | null;
};
type FigureRow = {
  report_id: number;
  key: string;
  value: number | null;
  provenance: ProvenanceKind;
  raw: string | null;
  basis: string | null;
};
type IssueRow = { report_id: number; message_zh: string; message_en: string };
type PopulationRow = { jurisdiction_id: number; year: number; population: number };

function nearestPopulation(populations: readonly PopulationRow[], year: number): number | null {
  let best: PopulationRow | null = null;
  for (const p of populations) if (!best || Math.abs(p.year - year) < Math.abs(best.year - year)) best = p;
  return best?.population ?? null;
}

export async function findCompareReports(input: FindCompareReportsInput): Promise<ReportFigures[]> {
  if (input.jurisdictionIds.length === 0 || input.keys.length === 0) return [];
  const reports = (await pool.query<ReportRow>(PICK_REPORTS, [[...input.jurisdictionIds], input.from, input.to])).rows;
  if (reports.length === 0) return [];
  const ids = reports.map((r) => r.id);
  const withErrors = reports.filter((r) => r.error_count > 0).map((r) => r.id);
  const [figures, issues, populations] = await Promise.all([
    pool.query<FigureRow>(FIGURES, [ids, [...input.keys]]),
    withErrors.length ? pool.query<IssueRow>(FAILED_CHECKS, [withErrors]) : null,
    pool.query<PopulationRow>(POPULATIONS, [[...new Set(reports.map((r) => r.jurisdiction_id))]]),
  ]);
  const checksByReport = new Map<number, Label[]>();
  for (const i of issues?.rows ?? []) {
    const list = checksByReport.get(i.report_id) ?? [];
    list.push({ zh: i.message_zh, en: i.message_en });
    checksByReport.set(i.report_id, list);
  }
  const populationsOf = new Map<number, PopulationRow[]>();
  for (const p of populations.rows) populationsOf.set(p.jurisdiction_id, [...(populationsOf.get(p.jurisdiction_id) ?? []), p]);
  const byReport = new Map<number, ReportFigures>();
  for (const r of reports) {
    byReport.set(r.id, {
      reportId: r.id,
      jurisdiction: { slug: r.slug, name: r.name, level: r.level, province: r.province },
      year: r.year,
      body: r.body,
      scope: r.scope,
      failedChecks: checksByReport.get(r.id) ?? [],
      errorCount: r.error_count,
      population: nearestPopulation(populationsOf.get(r.jurisdiction_id) ?? [], r.year),
      figures: {},
    });
  }
  for (const f of figures.rows) {
    const report = byReport.get(f.report_id)!;
    report.figures[f.key] = { value: f.value, provenance: f.provenance, raw: f.raw, basis: f.basis };
  }
  return [...byReport.values()];
}
