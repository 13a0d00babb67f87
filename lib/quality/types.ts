// The quality check of one report (体检): named checks, each pass / fail / not applicable / unknown,
// with the numbers it rests on and a plain-words explanation in zh and en. Pure data.

import type { ReportFormat } from '@/lib/figures/keys';
import type { CheckId, CheckResult, ProvenanceKind, QualitySummary, ReportScope } from '@/lib/domain';

export type { CheckId, CheckResult, CheckStatus, QualitySummary } from '@/lib/domain';

export const CHECK_IDS = ['tables', 'sums', 'continuity', 'onTime', 'narrative', 'sections'] as const satisfies readonly CheckId[];

/** A figure as the checks read it: its value (null: blank or "/"), how it was read and what was printed. */
export interface QualityFigure {
  value: number | null;
  provenance: ProvenanceKind;
  raw: string | null;
  basis: string | null;
}

export interface QualityIssue {
  code: string;
  keys: readonly string[];
  numbers: Record<string, number | null> | null;
}

export interface ReportDates {
  /** Publication date of the web page the report was collected from (ISO): collection read it from the page. */
  page: string | null;
  /** A publication date printed with the report's text (发布时间 of a saved page, ISO), other than the signed date. */
  printed: string | null;
  /** The date signed at the end of the report (ISO), when printed. */
  signed: string | null;
  /** The day the report was first held here (collected or ingested; ISO): it was published by then. */
  heldSince: string | null;
}

export interface QualityReport {
  year: number;
  format: ReportFormat;
  scope: ReportScope;
  figures: ReadonlyMap<string, QualityFigure>;
  issues: readonly QualityIssue[];
  /** Numbers (1–6) of the sections whose headings the text holds; null when no text is held. */
  sections: readonly number[] | null;
  dates: ReportDates;
}

export interface QualityInput {
  report: QualityReport;
  /** The same body's report of the year before, when held (for an office: the same office's). */
  previous: QualityReport | null;
}

export interface QualityResult {
  checks: CheckResult[];
  summary: QualitySummary;
}
