// Plain view types of one report, as the report and jurisdiction queries hand them to pages and
// components (which never see Prisma types). Spans are [start, end) offsets into ReportView.text.

import type { Label, ReportFormat } from '@/lib/figures/keys';

export type Span = [start: number, end: number];
export type ProvenanceKind = 'table' | 'narrative' | 'inferred';
export type ReportScope = 'aggregate' | 'agency';
export type Severity = 'error' | 'warning' | 'info';

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

export interface JurisdictionRef {
  slug: string;
  name: string;
  level: string;
  province: string | null;
}

export interface ReportSummary {
  id: number;
  jurisdiction: JurisdictionRef;
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
  lastSeenAt: string | null;
  /** Set when the address stopped answering; the stored copy stays. */
  goneSince: string | null;
  /** The original file, byte for byte. */
  originalUrl: string;
}

export interface ReportView extends ReportSummary {
  figures: FigureView[];
  issues: IssueView[];
  /** The text the parser read (of the shown source); figure spans index into it. Empty when no source is stored. */
  text: string;
  /** Every source, the shown one first. */
  sources: SourceView[];
}

export interface ReportOriginal {
  bytes: Uint8Array;
  mimeType: string;
  fileName: string;
}
