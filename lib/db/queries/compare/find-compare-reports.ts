// Reports of some jurisdictions over some years with exactly the figures a view reads. Figures come
// from one scan of the (key, year, jurisdiction_id) index; failed checks only for reports that
// have them.

import 'server-only';
import { db } from '@/lib/db/client';
import type { ProvenanceKind, ReportFigures } from '@/lib/compare/types';
import type { Label } from '@/lib/figures/keys';

export interface FindCompareReportsInput {
  jurisdictionIds: readonly number[];
  from: number;
  to: number;
  keys: readonly string[];
}

const FAILED_CHECKS_PER_REPORT = 3;

function nearestPopulation(populations: readonly { year: number; population: number }[], year: number): number | null {
  let best: { year: number; population: number } | null = null;
  for (const p of populations) if (!best || Math.abs(p.year - year) < Math.abs(best.year - year)) best = p;
  return best?.population ?? null;
}

export async function findCompareReports(input: FindCompareReportsInput): Promise<ReportFigures[]> {
  if (input.jurisdictionIds.length === 0 || input.keys.length === 0) return [];
  const ids = [...input.jurisdictionIds];
  const years = { gte: input.from, lte: input.to };
  const [reports, figures] = await Promise.all([
    db.report.findMany({
      where: { jurisdictionId: { in: ids }, year: years },
      select: {
        id: true,
        year: true,
        body: true,
        scope: true,
        errorCount: true,
        jurisdiction: { select: { slug: true, name: true, level: true, province: true, populations: { select: { year: true, population: true } } } },
      },
    }),
    db.figure.findMany({
      where: { key: { in: [...input.keys] }, year: years, jurisdictionId: { in: ids } },
      select: { reportId: true, key: true, value: true, provenance: true, raw: true, basis: true },
    }),
  ]);
  const withErrors = reports.filter((r) => r.errorCount > 0).map((r) => r.id);
  const issues = withErrors.length
    ? await db.reportIssue.findMany({
        where: { reportId: { in: withErrors }, severity: 'error' },
        select: { reportId: true, messageZh: true, messageEn: true },
        orderBy: { id: 'asc' },
      })
    : [];
  const checksByReport = new Map<number, Label[]>();
  for (const i of issues) {
    const list = checksByReport.get(i.reportId) ?? [];
    if (list.length < FAILED_CHECKS_PER_REPORT) list.push({ zh: i.messageZh, en: i.messageEn });
    checksByReport.set(i.reportId, list);
  }
  const byReport = new Map<number, ReportFigures>();
  for (const r of reports) {
    const { populations, ...jurisdiction } = r.jurisdiction;
    byReport.set(r.id, {
      reportId: r.id,
      jurisdiction,
      year: r.year,
      body: r.body,
      scope: r.scope,
      failedChecks: checksByReport.get(r.id) ?? [],
      errorCount: r.errorCount,
      population: nearestPopulation(populations, r.year),
      figures: {},
    });
  }
  for (const f of figures) {
    const report = byReport.get(f.reportId);
    if (report) report.figures[f.key] = { value: f.value, provenance: f.provenance as ProvenanceKind, raw: f.raw, basis: f.basis };
  }
  return [...byReport.values()];
}
