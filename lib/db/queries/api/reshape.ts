// Prisma rows to the API's wire shapes (types.ts). Kept in one place so every route answers alike.

import type { ApiCorrection, ApiFigure, ApiIssue, ApiReport, Span } from './types';

function span(start: number | null, end: number | null): Span | null {
  return start === null || end === null ? null : [start, end];
}

export const reportSelect = {
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
  contentHash: true,
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
  sourceFileName: string;
  sourceFileType: string;
  contentHash: string;
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
    sourceFileName: row.sourceFileName,
    sourceFileType: row.sourceFileType,
    contentHash: row.contentHash,
    parserVersion: row.parserVersion,
    ingestedAt: row.ingestedAt.toISOString(),
    errorCount: row.errorCount,
    corrections: (row.corrections as Record<string, ApiCorrection> | null) ?? null,
  };
}

interface FigureRow {
  key: string;
  value: number | null;
  provenance: 'table' | 'narrative' | 'inferred';
  rule: string;
  raw: string | null;
  basis: string | null;
  spanStart: number | null;
  spanEnd: number | null;
}

export function toApiFigure(row: FigureRow): ApiFigure {
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

interface IssueRow {
  code: string;
  severity: 'error' | 'warning' | 'info';
  messageZh: string;
  messageEn: string;
  keys: string[];
  numbers: unknown;
  spanStart: number | null;
  spanEnd: number | null;
}

export function toApiIssue(row: IssueRow): ApiIssue {
  return {
    code: row.code,
    severity: row.severity,
    message: { zh: row.messageZh, en: row.messageEn },
    keys: row.keys,
    numbers: (row.numbers as Record<string, number | null> | null) ?? null,
    span: span(row.spanStart, row.spanEnd),
  };
}
