// A read report as the rows it becomes: pure, no I/O. Figures go out as parallel arrays for one
// INSERT … SELECT FROM unnest(…); issues as one JSON array.
import { createHash } from 'node:crypto';
import type { FileType } from '../../extract/types';
import { contentRefusal, type ReadRefusal, type ReportRead, type SourceFacts } from '../../ingest';
import type { PageImage } from '../../ocr/types';
import { PARSER_VERSION, type ReportScope } from '../../parser/types';

/** Officer corrections of meta fields (issue 6), applied over what the parser read. */
export interface MetaCorrections {
  body?: string;
  year?: number;
  scope?: ReportScope;
}

export interface ReportRow {
  body: string;
  year: number;
  title: string | null;
  scope: ReportScope;
  format: string;
  publishedOn: string | null;
  issuer: string | null;
  parserVersion: string;
  errorCount: number;
  corrections: Record<string, { parsed: unknown; corrected: unknown; at: string }> | null;
}

/** One report_source row (lib/ingest's SourceFacts give the web fields). */
export interface SourceRow {
  contentHash: string;
  fileName: string;
  fileType: FileType;
  mimeType: string;
  encoding: string | null;
  original: Buffer;
  text: string;
  tableFigures: number;
  ingestedAt: Date;
  pageUrl: string | null;
  documentUrl: string | null;
  fetchedAt: Date | null;
  etag: string | null;
  lastModified: string | null;
  /** The publication date (ISO) the collected page showed (for an attachment, its article's). */
  pagePublishedOn: string | null;
  /** A scan's recognised items (lib/ocr OcrDocument) as JSON, or null. */
  ocr: string | null;
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
  /** A figure read from a scan: its OcrMark as JSON. */
  ocr: (string | null)[];
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
  source: SourceRow;
  figures: FigureColumns;
  /** The figures with a value, as the same-report rule compares them. */
  values: Map<string, number>;
  issues: IssueRecord[];
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface PrepareInput {
  bytes: Uint8Array;
  fileName: string;
  read: ReportRead;
  facts?: SourceFacts;
  corrections?: MetaCorrections;
  /** Recorded time of the corrections (ISO), for their audit trail. */
  correctedAt?: string;
  /** When the source was first stored (reparse keeps it); now otherwise. */
  ingestedAt?: Date;
  /** contentHash(bytes), when the caller has it already. */
  contentHash?: string;
  /** A collected page's images as recognition read them: kept with the source (source-images.ts). */
  images?: readonly PageImage[];
}

function applyCorrections(input: PrepareInput): {
  body: string | null;
  year: number | null;
  scope: ReportScope | null;
  corrections: ReportRow['corrections'];
} {
  const meta = input.read.result.meta;
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

export const NO_PLACE = contentRefusal('META_MISSING', {
  zh: '未能确定报告所属的地区',
  en: 'The place the report belongs to could not be determined',
});
const NO_YEAR = contentRefusal('META_MISSING', {
  zh: '未能确定报告的统计年度',
  en: 'The statistics year of the report could not be determined',
});

/** The rows of one report, or why it cannot be filed (no year or no place, even after corrections). */
export function prepareReport(input: PrepareInput): { ok: true; prepared: PreparedReport } | { ok: false; refusal: ReadRefusal } {
  const { result } = input.read;
  const meta = applyCorrections(input);
  if (meta.year === null) return { ok: false, refusal: NO_YEAR };
  if (!result.meta.place) return { ok: false, refusal: NO_PLACE };
  const figures: FigureColumns = { key: [], value: [], provenance: [], rule: [], raw: [], basis: [], spanStart: [], spanEnd: [], ocr: [] };
  const values = new Map<string, number>();
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
    figures.ocr.push(p.ocr ? JSON.stringify(p.ocr) : null);
    if (value !== null) values.set(key, value);
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
  const facts = input.facts ?? {};
  return {
    ok: true,
    prepared: {
      report: {
        // A report always has a body; when the parser found none, the place stands for it.
        body: meta.body ?? result.meta.place,
        year: meta.year,
        title: result.meta.title,
        // Reports are of the whole jurisdiction unless they say they are one office's.
        scope: meta.scope ?? 'aggregate',
        format: result.meta.format,
        publishedOn: result.meta.publishedOn,
        issuer: result.meta.issuer,
        parserVersion: PARSER_VERSION,
        errorCount: result.issues.filter((i) => i.severity === 'error').length,
        corrections: meta.corrections,
      },
      source: {
        contentHash: input.contentHash ?? contentHash(input.bytes),
        fileName: input.fileName,
        fileType: input.read.fileType,
        mimeType: input.read.mimeType,
        encoding: input.read.encoding,
        original: Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength),
        text: input.read.text,
        tableFigures: input.read.tableFigures,
        ingestedAt: input.ingestedAt ?? new Date(),
        pageUrl: facts.pageUrl ?? null,
        documentUrl: facts.documentUrl ?? null,
        fetchedAt: facts.fetchedAt ?? null,
        etag: facts.etag ?? null,
        lastModified: facts.lastModified ?? null,
        pagePublishedOn: facts.pagePublishedOn ?? null,
        ocr: input.read.ocr ? JSON.stringify(input.read.ocr) : null,
      },
      figures,
      values,
      issues,
    },
  };
}
