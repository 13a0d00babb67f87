// Prisma rows of reports, figures and issues to the domain's shapes (lib/domain), with the selects
// that read them. Every query that returns a report, a figure or an issue goes through here.

import type { Prisma } from '@/lib/db/generated/client';
import type { ReportFormat } from '@/lib/figures/keys';
import type {
  ApiReport,
  ApiReportListed,
  ApiReportDetail,
  CheckId,
  CheckResult,
  FigureView,
  IssueView,
  ReportCorrection,
  ReportQualityView,
  QualitySummary,
  ReportSummary,
  ReportView,
  SourceView,
  Span,
} from '@/lib/domain';
import type { OcrMark } from '@/lib/domain/report';

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
  ocr: true,
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
  /** figure.ocr: written only by lib/db/ingest from lib/ocr's OcrMark. */
  ocr?: unknown;
}): FigureView {
  return {
    key: row.key,
    value: row.value,
    provenance: row.provenance,
    rule: row.rule,
    raw: row.raw,
    basis: row.basis,
    span: span(row.spanStart, row.spanEnd),
    ...(row.ocr ? { ocr: row.ocr as OcrMark } : {}),
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
  shownSource: { select: { fileName: true, fileType: true } },
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
  shownSource: { fileName: string; fileType: string } | null;
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
    sourceFileName: row.shownSource?.fileName ?? '',
    sourceFileType: row.shownSource?.fileType ?? '',
    errorCount: row.errorCount,
    parserVersion: row.parserVersion,
    ingestedAt: row.ingestedAt.toISOString(),
  };
}

function corrections(value: unknown): Record<string, ReportCorrection> | null {
  return (value as Record<string, ReportCorrection> | null) ?? null;
}

export const SOURCE_SELECT = {
  id: true,
  fileName: true,
  fileType: true,
  mimeType: true,
  encoding: true,
  contentHash: true,
  tableFigures: true,
  ingestedAt: true,
  pageUrl: true,
  documentUrl: true,
  fetchedAt: true,
  pagePublishedOn: true,
  lastSeenAt: true,
  goneSince: true,
} as const;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A report's sources, the shown one first, then by age. */
export function reshapeSources(
  reportId: number,
  shownSourceId: number | null,
  rows: Prisma.ReportSourceGetPayload<{ select: typeof SOURCE_SELECT }>[],
): SourceView[] {
  return rows
    .map((row) => ({
      ...row,
      shown: row.id === shownSourceId,
      ingestedAt: row.ingestedAt.toISOString(),
      fetchedAt: iso(row.fetchedAt),
      pagePublishedOn: iso(row.pagePublishedOn)?.slice(0, 10) ?? null,
      lastSeenAt: iso(row.lastSeenAt),
      goneSince: iso(row.goneSince),
      originalUrl: `/reports/${reportId}/original?source=${row.id}`,
    }))
    .sort((a, b) => Number(b.shown) - Number(a.shown) || a.ingestedAt.localeCompare(b.ingestedAt) || a.id - b.id);
}

/** The content hash a report is known by: its shown source's. */
const SHOWN_HASH_SELECT = { shownSource: { select: { fileName: true, fileType: true, contentHash: true } } } as const;

export const REPORT_SELECT = {
  ...SUMMARY_SELECT,
  ...SHOWN_HASH_SELECT,
  corrections: true,
  shownSourceId: true,
  sources: { select: SOURCE_SELECT },
  figures: { select: FIGURE_SELECT, orderBy: { key: 'asc' } },
  issues: { select: ISSUE_SELECT, orderBy: { id: 'asc' } },
} as const;

export function reshapeReport(row: Prisma.ReportGetPayload<{ select: typeof REPORT_SELECT }>, text: string): ReportView {
  return {
    ...reshapeSummary(row),
    contentHash: row.shownSource?.contentHash ?? '',
    corrections: corrections(row.corrections),
    figures: row.figures.map(reshapeFigure),
    issues: row.issues.map(reshapeIssue),
    sources: reshapeSources(row.id, row.shownSourceId, row.sources),
    text,
  };
}

export const QUALITY_SUMMARY_SELECT = { passed: true, failed: true, decided: true, unknown: true, failedChecks: true } as const;
export const QUALITY_SELECT = { ...QUALITY_SUMMARY_SELECT, checks: true, previousReportId: true, computedAt: true } as const;

export function reshapeQualitySummary(row: Prisma.ReportQualityGetPayload<{ select: typeof QUALITY_SUMMARY_SELECT }>): QualitySummary {
  return { passed: row.passed, failed: row.failed, decided: row.decided, unknown: row.unknown, failedIds: row.failedChecks as CheckId[] };
}

/** The stored checks (written by lib/db/quality from lib/quality's CheckResult[]). */
export function reshapeQuality(row: Prisma.ReportQualityGetPayload<{ select: typeof QUALITY_SELECT }>): ReportQualityView {
  return {
    summary: reshapeQualitySummary(row),
    checks: row.checks as unknown as CheckResult[],
    previousReportId: row.previousReportId,
    computedAt: row.computedAt.toISOString(),
  };
}

/** What the API's list of reports selects: a summary with the content hash and the corrections. */
export const API_REPORT_SELECT = {
  ...SUMMARY_SELECT,
  ...SHOWN_HASH_SELECT,
  corrections: true,
  quality: { select: QUALITY_SUMMARY_SELECT },
} as const;

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
export function toApiReport(row: Prisma.ReportGetPayload<{ select: typeof API_REPORT_SELECT }>): ApiReportListed {
  return {
    ...apiMeta({ ...reshapeSummary(row), contentHash: row.shownSource?.contentHash ?? '', corrections: corrections(row.corrections) }),
    quality: row.quality && reshapeQualitySummary(row.quality),
  };
}

/** GET /api/reports/<id>: the report as the viewer reads it, without its text and the issues' row ids. */
export function toApiReportDetail(report: ReportView, quality: ReportQualityView | null): ApiReportDetail {
  return {
    ...apiMeta(report),
    quality: quality?.summary ?? null,
    checks: quality?.checks ?? null,
    figures: report.figures,
    issues: report.issues.map(({ id: _id, ...issue }) => issue),
    sources: report.sources,
  };
}
