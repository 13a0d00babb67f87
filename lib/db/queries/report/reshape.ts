// Prisma rows of reports, figures and issues to the plain view types of ./types.ts.

import type { Prisma } from '@/lib/db/generated/client';
import type { ReportFormat } from '@/lib/figures/keys';
import type { FigureView, IssueView, ReportSummary, SourceView, Span } from './types';

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
  shownSource: { select: { fileName: true, fileType: true } },
  errorCount: true,
  parserVersion: true,
  ingestedAt: true,
  jurisdiction: { select: { slug: true, name: true, level: true, province: true } },
} as const;

export function reshapeSummary(row: {
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
}): ReportSummary {
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
      lastSeenAt: iso(row.lastSeenAt),
      goneSince: iso(row.goneSince),
      originalUrl: `/reports/${reportId}/original?source=${row.id}`,
    }))
    .sort((a, b) => Number(b.shown) - Number(a.shown) || a.ingestedAt.localeCompare(b.ingestedAt) || a.id - b.id);
}
