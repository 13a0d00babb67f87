// "The same report, different bytes": a GBK and a UTF-16 copy, the PDF and the web page of one
// report. Two sources are one report when they name the same jurisdiction, year and scope (and,
// for a single office, the same body) and every figure present in both agrees. Of its sources,
// the report shows the figures of the one with the most figures read from tables, then the older.
// Pure: lib/db/ingest applies it when storing, and reparse when merging what is stored.

import type { ReportScope } from '@/lib/domain';

/** What a report is about. `jurisdictionId` is the database's (lib/places decides the place). */
export interface ReportIdentity {
  jurisdictionId: number;
  year: number;
  scope: ReportScope;
  body: string;
}

/** A body's name for comparison: width, spaces and punctuation as printed do not count. */
export function normaliseBody(body: string): string {
  return body.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');
}

/** Figures with a value (null, blank or "/", is not a value and agrees with anything). */
export type FigureValues = ReadonlyMap<string, number>;

export function sameReport(a: ReportIdentity, aFigures: FigureValues, b: ReportIdentity, bFigures: FigureValues): boolean {
  if (a.jurisdictionId !== b.jurisdictionId || a.year !== b.year || a.scope !== b.scope) return false;
  if (a.scope === 'agency' && normaliseBody(a.body) !== normaliseBody(b.body)) return false;
  const [small, large] = aFigures.size <= bFigures.size ? [aFigures, bFigures] : [bFigures, aFigures];
  for (const [key, value] of small) {
    const other = large.get(key);
    if (other !== undefined && other !== value) return false;
  }
  return true;
}

/** What ranks a report's sources: figures read from tables, then age (then id, for equal times). */
export interface SourceRank {
  tableFigures: number;
  ingestedAt: Date;
  id: number;
}

/** Negative when `a` is the one to show. */
export function preferredSource(a: SourceRank, b: SourceRank): number {
  return b.tableFigures - a.tableFigures || a.ingestedAt.getTime() - b.ingestedAt.getTime() || a.id - b.id;
}

/** The figures of a parse result that have a value, as sameReport compares them. */
export function figureValues(figures: Record<string, number | null>): Map<string, number> {
  const values = new Map<string, number>();
  for (const [key, value] of Object.entries(figures)) if (value !== null) values.set(key, value);
  return values;
}
