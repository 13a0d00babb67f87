// Wire shapes of the public API (docs/api.md): the domain's shapes, as JSON. Ids are numbers, dates
// ISO strings, spans [start, end) UTF-16 offsets into the report's extracted text. Figure values are
// null when the report leaves the cell blank or writes "/" (never 0).

import type { CheckResult, QualitySummary } from './quality';
import type { FigureView, IssueView, JurisdictionRef, JurisdictionSummary, ReportCorrection, ReportScope, SourceView } from './report';

/** What a list answers: a page of rows and, when more follow, the cursor of the next page. */
export interface Page<T> {
  data: T[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
}

export interface ApiJurisdiction extends JurisdictionSummary {
  divisionCode: string | null;
  parentSlug: string | null;
  reportCount: number;
  /** Statistics years it has reports for, ascending. */
  years: number[];
}

export type ApiCorrection = ReportCorrection;

export interface ApiReport {
  id: number;
  jurisdiction: JurisdictionRef;
  body: string;
  year: number;
  title: string | null;
  scope: ReportScope;
  format: string;
  publishedOn: string | null;
  issuer: string | null;
  /** The file the figures were read from (of the report's sources, the shown one). */
  sourceFileName: string;
  sourceFileType: string;
  contentHash: string;
  parserVersion: string;
  ingestedAt: string;
  /** Failed checks (error-severity issues). */
  errorCount: number;
  /** Officer corrections of meta fields, by field. */
  corrections: Record<string, ApiCorrection> | null;
}

/** A report of the list, with the summary of its quality checks (null: not checked yet). */
export interface ApiReportListed extends ApiReport {
  quality: QualitySummary | null;
}

/** A figure answers as the report viewer reads it. */
export type ApiFigure = FigureView;

/** An issue answers as the viewer reads it, without its row id. */
export type ApiIssue = Omit<IssueView, 'id'>;

export interface ApiReportDetail extends ApiReport {
  /** The quality checks (体检): their summary and each check with its numbers; null: not checked yet. */
  quality: QualitySummary | null;
  checks: CheckResult[] | null;
  figures: ApiFigure[];
  issues: ApiIssue[];
  /** Every file this report was read from, the shown one first. */
  sources: SourceView[];
}

/** One figure of one report, as /api/figures lists them. */
export interface ApiFigureRow extends ApiFigure {
  reportId: number;
  year: number;
  jurisdiction: JurisdictionRef;
  body: string;
  scope: ReportScope;
  format: string;
}
