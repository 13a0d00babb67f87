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

export interface ReportView extends ReportSummary {
  figures: FigureView[];
  issues: IssueView[];
  /** The text the parser read; figure spans index into it. Empty when no source is stored. */
  text: string;
}

export interface ReportOriginal {
  bytes: Uint8Array;
  mimeType: string;
  fileName: string;
}
