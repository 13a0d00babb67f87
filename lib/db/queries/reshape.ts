// Prisma rows of reports, figures and issues to the domain's shapes (lib/domain), with the selects
// that read them. Every query that returns a report, a figure or an issue goes through here.

import type { ReportFormat } from '@/lib/figures/keys';
import type { ApiReport, ApiReportDetail, FigureView, IssueView, ReportCorrection, ReportSummary, ReportView, Span } from '@/lib/domain';

function span(start: number | null, end: number | null): Span | null {
  return start !== null && end !== null ? [start, end] : null;
}

export const FIGURE_SELECT = {
  key: true,
  value: true,
  provenance: true,
  rule: true,
  raw: true,
  basis: true,
  spanStart: true,
  spanEnd: true,
} as const;

export function reshapeFigure(row: {
  key: string;
  value: number | null;
  provenance: FigureView['provenance'];
  rule: string;
  raw: string | null;
  basis: string | null;
  spanStart: number | null;
  spanEnd: number | null;
}): FigureView {
  return {
    key: row.key,
    value: row.value,
    provenance: row.provenance,
    rule: row.rule,
    raw: row.raw,
    basis: row.basis,
    span: span(row.spanStart, row.spanEnd),
  };
}

export const ISSUE_SELECT = {
  id: true,
  code: true,
  severity: true,
  messageZh: true,
  messageEn: true,
  keys: true,
  numbers: true,
  spanStart: true,
  spanEnd: true,
} as const;

export function reshapeIssue(row: {
  id: number;
  code: string;
  severity: IssueView['severity'];
  messageZh: string;
  messageEn: string;
  keys: string[];
  numbers: unknown;
  spanStart: number | null;
  spanEnd: number | null;
}): IssueView {
  const numbers =
    row.numbers && typeof row.numbers === 'object' && !Array.isArray(row.numbers) ? (row.numbers as Record<string, number | null>) : null;
  return {
    id: row.id,
    code: row.code,
    severity: row.severity,
    message: { zh: row.messageZh, en: row.messageEn },
    keys: row.keys,
    numbers,
    span: span(row.spanStart, row.spanEnd),
  };
}

export const SUMMARY_SELECT = {
  id: true,
  body: true,
  year: true,
  title: true,
  scope: true,
  format: true,
  publishedOn: true,
  issuer: true,
  sourceFileName: true,
  sourceFileType: true,
  errorCount: true,
  parserVersion: true,
  ingestedAt: true,
  jurisdiction: { select: { slug: true, name: true, level: true, province: true } },
} as const;

type SummaryRow = {
  id: number;
  body: string;
  year: number;
  title: string | null;
  scope: ReportSummary['scope'];
  format: string;
  publishedOn: Date | null;
  issuer: string | null;
  sourceFileName: string;
  sourceFileType: string;
  errorCount: number;
  parserVersion: string;
  ingestedAt: Date;
  jurisdiction: ReportSummary['jurisdiction'];
};

export function reshapeSummary(row: SummaryRow): ReportSummary {
  return {
    id: row.id,
    jurisdiction: row.jurisdiction,
    body: row.body,
    year: row.year,
    title: row.title,
    scope: row.scope,
    format: row.format as ReportFormat,
    publishedOn: row.publishedOn ? row.publishedOn.toISOString().slice(0, 10) : null,
    issuer: row.issuer,
    sourceFileName: row.sourceFileName,
    sourceFileType: row.sourceFileType,
    errorCount: row.errorCount,
    parserVersion: row.parserVersion,
    ingestedAt: row.ingestedAt.toISOString(),
  };
}

function corrections(value: unknown): Record<string, ReportCorrection> | null {
  return (value as Record<string, ReportCorrection> | null) ?? null;
}

export const REPORT_SELECT = {
  ...SUMMARY_SELECT,
  contentHash: true,
  corrections: true,
  figures: { select: FIGURE_SELECT, orderBy: { key: 'asc' } },
  issues: { select: ISSUE_SELECT, orderBy: { id: 'asc' } },
} as const;

export function reshapeReport(
  row: SummaryRow & {
    contentHash: string;
    corrections: unknown;
    figures: Parameters<typeof reshapeFigure>[0][];
    issues: Parameters<typeof reshapeIssue>[0][];
  },
  text: string,
): ReportView {
  return {
    ...reshapeSummary(row),
    contentHash: row.contentHash,
    corrections: corrections(row.corrections),
    figures: row.figures.map(reshapeFigure),
    issues: row.issues.map(reshapeIssue),
    text,
  };
}

/** What the API's list of reports selects: a summary with the content hash and the corrections. */
export const API_REPORT_SELECT = { ...SUMMARY_SELECT, contentHash: true, corrections: true } as const;

type ApiMetaSource = ReportSummary & { contentHash: string; corrections: Record<string, ReportCorrection> | null };

function apiMeta(report: ApiMetaSource): ApiReport {
  return {
    id: report.id,
    jurisdiction: { slug: report.jurisdiction.slug, name: report.jurisdiction.name },
    body: report.body,
    year: report.year,
    title: report.title,
    scope: report.scope,
    format: report.format,
    publishedOn: report.publishedOn,
    issuer: report.issuer,
    sourceFileName: report.sourceFileName,
    sourceFileType: report.sourceFileType,
    contentHash: report.contentHash,
    parserVersion: report.parserVersion,
    ingestedAt: report.ingestedAt,
    errorCount: report.errorCount,
    corrections: report.corrections,
  };
}

/** A row of API_REPORT_SELECT as the API answers it. */
export function toApiReport(row: SummaryRow & { contentHash: string; corrections: unknown }): ApiReport {
  return apiMeta({ ...reshapeSummary(row), contentHash: row.contentHash, corrections: corrections(row.corrections) });
}

/** GET /api/reports/<id>: the report as the viewer reads it, without its text and the issues' row ids. */
export function toApiReportDetail(report: ReportView): ApiReportDetail {
  return { ...apiMeta(report), figures: report.figures, issues: report.issues.map(({ id: _id, ...issue }) => issue) };
}
