// Which of a jurisdiction's reports the page opens, which one it is compared with, and the
// reports grouped by year (whole-jurisdiction reports before single offices).

import type { ReportSummary } from '@/lib/db/queries/report/types';

/** The requested report when it belongs to the jurisdiction, else the newest whole-jurisdiction one, else the newest. */
export function pickReport(reports: readonly ReportSummary[], requestedId: number | null): ReportSummary | null {
  const requested = requestedId === null ? undefined : reports.find((r) => r.id === requestedId);
  if (requested) return requested;
  const newestFirst = [...reports].sort((a, b) => b.year - a.year || a.id - b.id);
  return newestFirst.find((r) => r.scope === 'aggregate') ?? newestFirst[0] ?? null;
}

/**
 * The report of the year before from the same kind of body: any whole-jurisdiction report for an
 * aggregate one (bodies are renamed: 洪泽区人民政府 → 淮安市洪泽区人民政府), the same office for an agency one.
 */
export function previousReport(reports: readonly ReportSummary[], current: ReportSummary): ReportSummary | null {
  const candidates = reports.filter(
    (r) => r.year === current.year - 1 && r.scope === current.scope && (current.scope === 'aggregate' || r.body === current.body),
  );
  return candidates.sort((a, b) => a.id - b.id)[0] ?? null;
}

export interface YearReports {
  year: number;
  aggregate: ReportSummary[];
  agency: ReportSummary[];
}

export function reportsByYear(reports: readonly ReportSummary[]): YearReports[] {
  const years = new Map<number, YearReports>();
  for (const r of reports) {
    const entry = years.get(r.year) ?? { year: r.year, aggregate: [], agency: [] };
    entry[r.scope].push(r);
    years.set(r.year, entry);
  }
  return [...years.values()].sort((a, b) => b.year - a.year);
}
