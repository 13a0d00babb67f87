// What the officer sees for one read file before saving: meta, figures, issues; or the refusal.
// The file is read by the one ingest step (lib/ingest), as saving will read it again. A scan is
// said to be one: saving queues its text recognition (lib/db/ocr).

import type { ReadOutcome } from '@/lib/ingest';
import { needsRecognition } from '@/lib/ocr/scan-codes';
import type { ParseResult } from '@/lib/parser/types';
import type { FigureView, IssueView, ReviewMeta, UploadReview } from './types';

export function reviewFigures(result: ParseResult): FigureView[] {
  return Object.entries(result.figures).map(([key, value]) => {
    const p = result.provenance[key];
    return {
      key,
      value,
      provenance: p?.via ?? 'table',
      rule: p?.rule ?? '',
      raw: p?.raw ?? null,
      basis: p?.basis ?? null,
      span: p?.span ?? null,
    };
  });
}

export function reviewIssues(result: Pick<ParseResult, 'issues'>): IssueView[] {
  return result.issues.map((issue, id) => ({
    id,
    code: issue.code,
    severity: issue.severity,
    message: issue.message,
    keys: issue.keys,
    numbers: issue.numbers ?? null,
    span: issue.span ?? null,
  }));
}

function reviewMeta(result: ParseResult): ReviewMeta {
  const { body, place, province, year, scope, format, title, publishedOn } = result.meta;
  return { body, place, province, year, scope, format, title, publishedOn };
}

export interface UploadFacts {
  fileName: string;
  size: number;
  contentHash: string;
}

/** What a file sent to recognition is, by the code the reader gave (a DOCX: its tables are images). */
const SCAN_TYPES: Record<string, 'image' | 'docx'> = { IMAGE: 'image', IMAGE_TABLES: 'docx' };

/** The review of a read file (duplicates are answered before reading). */
export function toReview(base: UploadFacts, read: ReadOutcome): UploadReview {
  if (!read.ok && needsRecognition(read.code)) return { ...base, status: 'scan', fileType: SCAN_TYPES[read.code] ?? 'pdf' };
  if (!read.ok) return { ...base, status: 'refused', refusal: { code: read.code, message: read.message, httpStatus: read.httpStatus } };
  return {
    ...base,
    status: 'ready',
    fileType: read.fileType,
    encoding: read.encoding,
    meta: reviewMeta(read.result),
    figures: reviewFigures(read.result),
    issues: reviewIssues(read.result),
  };
}
