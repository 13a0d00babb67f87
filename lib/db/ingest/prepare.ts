// A parsed report as the rows it becomes: pure, no I/O. Figures go out as parallel arrays for one
// INSERT … SELECT FROM unnest(…); issues as one JSON array.
import { createHash } from 'node:crypto';
import type { FileType } from '../../extract/types';
import { PARSER_VERSION, type ParseResult, type ReportScope } from '../../parser/types';

export interface Refusal {
  code: string;
  reason: { zh: string; en: string };
}

/** Officer corrections of meta fields (issue 6), applied over what the parser read. */
export interface MetaCorrections {
  body?: string;
  year?: number;
  scope?: ReportScope;
}

export interface ReportRow {
  contentHash: string;
  body: string;
  year: number;
  title: string | null;
  scope: ReportScope;
  format: string;
  publishedOn: string | null;
  issuer: string | null;
  sourceFileName: string;
  sourceFileType: FileType;
  parserVersion: string;
  errorCount: number;
  corrections: Record<string, { parsed: unknown; corrected: unknown; at: string }> | null;
}

export interface FigureColumns {
  key: string[];
  value: (number | null)[];
  provenance: string[];
  rule: string[];
  raw: (string | null)[];
  basis: (string | null)[];
  spanStart: (number | null)[];
  spanEnd: (number | null)[];
}

export interface IssueRecord {
  code: string;
  severity: string;
  message_zh: string;
  message_en: string;
  keys: string[];
  numbers: Record<string, number | null> | null;
  span_start: number | null;
  span_end: number | null;
}

export interface PreparedReport {
  report: ReportRow;
  source: { original: Buffer; mimeType: string; text: string };
  figures: FigureColumns;
  issues: IssueRecord[];
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface PrepareInput {
  bytes: Uint8Array;
  fileName: string;
  fileType: FileType;
  mimeType: string;
  text: string;
  result: ParseResult;
  corrections?: MetaCorrections;
  /** Recorded time of the corrections (ISO), for their audit trail. */
  correctedAt?: string;
}

function applyCorrections(input: PrepareInput): {
  body: string | null;
  year: number | null;
  scope: ReportScope | null;
  corrections: ReportRow['corrections'];
} {
  const meta = input.result.meta;
  const out = { body: meta.body, year: meta.year, scope: meta.scope, corrections: null as ReportRow['corrections'] };
  const at = input.correctedAt ?? new Date().toISOString();
  for (const field of ['body', 'year', 'scope'] as const) {
    const corrected = input.corrections?.[field];
    if (corrected === undefined || corrected === meta[field]) continue;
    (out as Record<string, unknown>)[field] = corrected;
    out.corrections = { ...out.corrections, [field]: { parsed: meta[field], corrected, at } };
  }
  return out;
}

/** The rows of one report, or why it cannot be filed (no year or no place, even after corrections). */
export function prepareReport(input: PrepareInput): { ok: true; prepared: PreparedReport } | { ok: false; refusal: Refusal } {
  const { result } = input;
  const meta = applyCorrections(input);
  if (meta.year === null) {
    return {
      ok: false,
      refusal: {
        code: 'META_MISSING',
        reason: { zh: '未能确定报告的统计年度', en: 'The statistics year of the report could not be determined' },
      },
    };
  }
  if (!result.meta.place) {
    return {
      ok: false,
      refusal: {
        code: 'META_MISSING',
        reason: { zh: '未能确定报告所属的地区', en: 'The place the report belongs to could not be determined' },
      },
    };
  }
  const figures: FigureColumns = { key: [], value: [], provenance: [], rule: [], raw: [], basis: [], spanStart: [], spanEnd: [] };
  for (const [key, value] of Object.entries(result.figures)) {
    const p = result.provenance[key];
    // A figure without provenance would be a number of unknown origin: the parser contract forbids it.
    if (!p) throw new Error(`Parser returned figure ${key} without provenance`);
    figures.key.push(key);
    figures.value.push(value);
    figures.provenance.push(p.via);
    figures.rule.push(p.rule);
    figures.raw.push(p.raw ?? null);
    figures.basis.push(p.basis ?? null);
    figures.spanStart.push(p.span?.[0] ?? null);
    figures.spanEnd.push(p.span?.[1] ?? null);
  }
  const issues: IssueRecord[] = result.issues.map((i) => ({
    code: i.code,
    severity: i.severity,
    message_zh: i.message.zh,
    message_en: i.message.en,
    keys: i.keys,
    numbers: i.numbers ?? null,
    span_start: i.span?.[0] ?? null,
    span_end: i.span?.[1] ?? null,
  }));
  return {
    ok: true,
    prepared: {
      report: {
        contentHash: contentHash(input.bytes),
        // A report always has a body; when the parser found none, the place stands for it.
        body: meta.body ?? result.meta.place,
        year: meta.year,
        title: result.meta.title,
        // Reports are of the whole jurisdiction unless they say they are one office's.
        scope: meta.scope ?? 'aggregate',
        format: result.meta.format,
        publishedOn: result.meta.publishedOn,
        issuer: result.meta.issuer,
        sourceFileName: input.fileName,
        sourceFileType: input.fileType,
        parserVersion: PARSER_VERSION,
        errorCount: result.issues.filter((i) => i.severity === 'error').length,
        corrections: meta.corrections,
      },
      source: { original: Buffer.from(input.bytes), mimeType: input.mimeType, text: input.text },
      figures,
      issues,
    },
  };
}
