// Reports, their figures and issues, and the places they belong to, as every layer hands them on:
// queries return them, view models (lib/compare, lib/tables) read them, components draw them. Plain
// serialisable data, no Prisma types. Spans are [start, end) UTF-16 offsets into the report's text.

import type { Label, ReportFormat } from '@/lib/figures/keys';

export type Span = [start: number, end: number];
/** How a figure was read: a table cell, a sentence, or inferred from the table's own sums. */
export type ProvenanceKind = 'table' | 'narrative' | 'inferred';
/** A whole jurisdiction's report, or one office's (乌兰察布市政府办公室), which never stands for the jurisdiction. */
export type ReportScope = 'aggregate' | 'agency';
export type Severity = 'error' | 'warning' | 'info';
/** [x0, y0, x1, y1] as fractions of a page's width and height (0 … 1). */
export type PageBox = [number, number, number, number];

/** Where a figure read by text recognition (a scan) stands on its page, and how sure the engine was. */
export interface OcrMark {
  medium: 'ocr';
  /** 1-based page. */
  page: number;
  box: PageBox;
  /** The engine's lowest probability among the figure's digits (0 … 1). */
  confidence: number;
  /** The address of the image it was read from (a collected page's image; `page` is its place among the page's images). */
  source?: string;
}

/** A jurisdiction as links name it. */
export interface JurisdictionRef {
  slug: string;
  name: string;
}

/** A jurisdiction as lists and pickers show it. */
export interface JurisdictionSummary extends JurisdictionRef {
  /** province | prefecture | county | district | zone */
  level: string;
  province: string | null;
}

export interface FigureView {
  /** Figure key as lib/figures/keys.ts builds it. */
  key: string;
  /** null: the cell is blank, "/" or similar (never 0). */
  value: number | null;
  provenance: ProvenanceKind;
  /** Parser rule that produced the figure. */
  rule: string;
  /** The cell or sentence fragment as printed (`33项`, `/`), when the parser kept it. */
  raw: string | null;
  /** For inferred figures: the sum relation id it was inferred from. */
  basis: string | null;
  span: Span | null;
  /** Read from a scan: its page and box (shown over the page image) and the engine's confidence. */
  ocr?: OcrMark | null;
}

export interface IssueView {
  id: number;
  code: string;
  severity: Severity;
  message: Label;
  keys: string[];
  numbers: Record<string, number | null> | null;
  span: Span | null;
}

export interface ReportSummary {
  id: number;
  jurisdiction: JurisdictionSummary;
  body: string;
  year: number;
  title: string | null;
  scope: ReportScope;
  format: ReportFormat;
  /** ISO date. */
  publishedOn: string | null;
  issuer: string | null;
  sourceFileName: string;
  sourceFileType: string;
  /** Failed checks (error-severity issues). */
  errorCount: number;
  parserVersion: string;
  /** ISO timestamp. */
  ingestedAt: string;
}

/** A report of a jurisdiction's list, with whether the report-choice rule picks it for its year. */
export interface ListedReport extends ReportSummary {
  /**
   * The copy that stands for its year (per scope, and per office for single-office reports): see
   * lib/db/queries/report/chosen-reports.ts. Re-ingested copies are listed, not chosen.
   */
  chosen: boolean;
}

/** One file a report was read from (several when the same report came in other bytes). */
export interface SourceView {
  id: number;
  /** The source whose figures the report shows (the most figures read from tables, then the oldest). */
  shown: boolean;
  fileName: string;
  fileType: string;
  mimeType: string;
  /** What text and HTML were decoded from (utf-8, gb18030…); null for PDF and DOCX. */
  encoding: string | null;
  /** sha256 hex of the original bytes. */
  contentHash: string;
  /** Figures with a value read from table cells. */
  tableFigures: number;
  /** ISO timestamps. */
  ingestedAt: string;
  /** Where collection found it, when it did: the article page and the document's own address. */
  pageUrl: string | null;
  documentUrl: string | null;
  fetchedAt: string | null;
  /** The publication date (ISO date) the page showed; for an attachment, its article's. */
  pagePublishedOn: string | null;
  lastSeenAt: string | null;
  /** Set when the address stopped answering; the stored copy stays. */
  goneSince: string | null;
  /** The original file, byte for byte. */
  originalUrl: string;
}

export interface ReportView extends ReportSummary {
  /** The shown source's content hash. */
  contentHash: string;
  /** Officer corrections of meta fields, by field. */
  corrections: Record<string, ReportCorrection> | null;
  figures: FigureView[];
  issues: IssueView[];
  /** Every source, the shown one first. */
  sources: SourceView[];
  /** The text the parser read (of the shown source); figure spans index into it. Empty when no source is stored or it was not asked for. */
  text: string;
}

export interface ReportCorrection {
  parsed: unknown;
  corrected: unknown;
  /** ISO timestamp. */
  at: string;
}

export interface PopulationView {
  year: number;
  population: number;
  source: string;
}

export interface JurisdictionView extends JurisdictionSummary {
  divisionCode: string | null;
  parent: JurisdictionRef | null;
  /** Most recent population figure, when known. */
  population: PopulationView | null;
  /** Newest year first; within a year, whole-jurisdiction reports before single offices. */
  reports: ListedReport[];
}
