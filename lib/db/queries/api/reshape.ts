// Prisma rows to the API's wire shapes (types.ts). Kept in one place so every route answers alike.

import { reshapeFigure, reshapeIssue } from '../report/reshape';
import type { ApiCorrection, ApiFigure, ApiIssue, ApiReport } from './types';

export const reportSelect = {
  id: true,
  body: true,
  year: true,
  title: true,
  scope: true,
  format: true,
  publishedOn: true,
  issuer: true,
  shownSource: { select: { fileName: true, fileType: true, contentHash: true } },
  parserVersion: true,
  ingestedAt: true,
  errorCount: true,
  corrections: true,
  jurisdiction: { select: { slug: true, name: true } },
} as const;

interface ReportRow {
  id: number;
  body: string;
  year: number;
  title: string | null;
  scope: 'aggregate' | 'agency';
  format: string;
  publishedOn: Date | null;
  issuer: string | null;
  shownSource: { fileName: string; fileType: string; contentHash: string } | null;
  parserVersion: string;
  ingestedAt: Date;
  errorCount: number;
  corrections: unknown;
  jurisdiction: { slug: string; name: string };
}

export function toApiReport(row: ReportRow): ApiReport {
  return {
    id: row.id,
    jurisdiction: row.jurisdiction,
    body: row.body,
    year: row.year,
    title: row.title,
    scope: row.scope,
    format: row.format,
    publishedOn: row.publishedOn ? row.publishedOn.toISOString().slice(0, 10) : null,
    issuer: row.issuer,
    sourceFileName: row.shownSource?.fileName ?? '',
    sourceFileType: row.shownSource?.fileType ?? '',
    contentHash: row.shownSource?.contentHash ?? '',
    parserVersion: row.parserVersion,
    ingestedAt: row.ingestedAt.toISOString(),
    errorCount: row.errorCount,
    corrections: (row.corrections as Record<string, ApiCorrection> | null) ?? null,
  };
}

/** Figures and issues answer in the same shape the report viewer reads (without the issue's row id). */
export const toApiFigure: (row: Parameters<typeof reshapeFigure>[0]) => ApiFigure = reshapeFigure;

export function toApiIssue(row: Parameters<typeof reshapeIssue>[0]): ApiIssue {
  const { id: _id, ...issue } = reshapeIssue(row);
  return issue;
}
