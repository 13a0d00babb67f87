// One uploaded file through the reading pipeline, without saving: sniff and extract the text
// (lib/extract), parse it (lib/parser), with the same extractor and parser the platform's save
// uses. Refusals from either stage come back as data with their reason.

import { defaultDeps } from '@/lib/db/ingest/deps';
import type { Extracted } from '@/lib/extract';
import type { ParseResult } from '@/lib/parser/types';
import type { FigureView, IssueView, ReviewMeta, UploadReview } from './types';

export interface Refused {
  ok: false;
  refusal: { code: string; message: { zh: string; en: string } };
}

export interface Parsed {
  ok: true;
  extracted: Extracted;
  result: ParseResult;
}

export async function processUpload(bytes: Uint8Array, fileName: string): Promise<Refused | Parsed> {
  const extracted = await defaultDeps.extract(bytes, fileName);
  if (!extracted.ok) return { ok: false, refusal: { code: extracted.code, message: extracted.reason } };
  const outcome = await defaultDeps.parse(extracted.text, { fileName });
  if (!outcome.ok) return { ok: false, refusal: { code: outcome.refusal.code, message: outcome.refusal.message } };
  return { ok: true, extracted, result: outcome.result };
}

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

export function reviewIssues(result: ParseResult): IssueView[] {
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

/** What the officer sees for one file before saving (duplicates are answered before reading). */
export function toReview(base: UploadFacts, processed: Refused | Parsed): UploadReview {
  if (!processed.ok) return { ...base, status: 'refused', refusal: processed.refusal };
  return {
    ...base,
    status: 'ready',
    fileType: processed.extracted.fileType,
    encoding: processed.extracted.encoding ?? null,
    meta: reviewMeta(processed.result),
    figures: reviewFigures(processed.result),
    issues: reviewIssues(processed.result),
  };
}
