// Which of a jurisdiction's reports the page opens, which one it is compared with, and the
// reports grouped by year (whole-jurisdiction reports before single offices). Which copy stands for
// a year is the report-choice rule's answer (ListedReport.chosen, from the database), the same one
// /compare, home and /table use.

import type { ListedReport, ReportSummary } from '@/lib/domain';

/** What a jurisdiction's list of reports shows of each (sent to the browser once per report), and its link. */
export type ListEntry = Pick<ReportSummary, 'id' | 'year' | 'body' | 'scope' | 'format' | 'errorCount'> & { href: string };

/** A report's fields the list shows, and nothing else (not its jurisdiction, the same on each). */
export function listEntry({ id, year, body, scope, format, errorCount }: Omit<ListEntry, 'href'>, href: string): ListEntry {
  return { id, year, body, scope, format, errorCount, href };
}

export interface ReportRequest {
  /** A report id from the URL: wins when it belongs to the jurisdiction. */
  reportId: number | null;
  /** A year from the URL: that year's chosen report. */
  year: number | null;
}

/** A year's chosen report: the whole jurisdiction's, else (there is none) an office's, which is all there is. */
function chosenOfYear(reports: readonly ListedReport[], year: number): ListedReport | undefined {
  const chosen = reports.filter((r) => r.year === year && r.chosen);
  return chosen.find((r) => r.scope === 'aggregate') ?? chosen[0];
}

/** The requested report, else the chosen report of the requested year, else of the newest year; null without reports. */
export function pickReport(reports: readonly ListedReport[], request: ReportRequest): ListedReport | null {
  const requested = request.reportId === null ? undefined : reports.find((r) => r.id === request.reportId);
  if (requested) return requested;
  const ofYear = request.year === null ? undefined : chosenOfYear(reports, request.year);
  if (ofYear) return ofYear;
  const newest = Math.max(...reports.map((r) => r.year));
  return chosenOfYear(reports, newest) ?? null;
}

/**
 * The chosen report of the year before from the same kind of body: the whole jurisdiction's for an
 * aggregate one (bodies are renamed: 洪泽区人民政府 → 淮安市洪泽区人民政府), the same office's for an agency one.
 */
export function previousReport(reports: readonly ListedReport[], current: ListedReport): ListedReport | null {
  return (
    reports.find(
      (r) =>
        r.chosen && r.year === current.year - 1 && r.scope === current.scope && (current.scope === 'aggregate' || r.body === current.body),
    ) ?? null
  );
}

export interface YearReports<R> {
  year: number;
  aggregate: R[];
  agency: R[];
}

export function reportsByYear<R extends Pick<ListedReport, 'year' | 'scope'>>(reports: readonly R[]): YearReports<R>[] {
  const years = new Map<number, YearReports<R>>();
  for (const r of reports) {
    const entry = years.get(r.year) ?? { year: r.year, aggregate: [], agency: [] };
    entry[r.scope].push(r);
    years.set(r.year, entry);
  }
  return [...years.values()].sort((a, b) => b.year - a.year);
}
