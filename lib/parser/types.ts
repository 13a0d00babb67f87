// The parser's public contract: what parseReport returns. Pure data, JSON-serialisable.
// Spans are [start, end) UTF-16 offsets into the exact text handed to parseReport.

import type { OcrMark, ProvenanceKind, ReportScope, Severity, Span } from '../domain/report';
import type { ReportFormat } from '../figures/keys';

// The shapes every layer shares are named once, in lib/domain.
export type { OcrMark, ProvenanceKind, ReportScope, Severity, Span } from '../domain/report';

export type AdminLevel = 'province' | 'prefecture' | 'county' | 'district' | 'department' | 'office';

export interface ReportMeta {
  /** The reporting body as the report names it: 阜阳市人民政府, 乌兰察布市政府办公室. */
  body: string | null;
  /** The place the body belongs to: 阜阳市, 弋阳县, 淮安市洪泽区, 平潭综合实验区. */
  place: string | null;
  level: AdminLevel | null;
  province: string | null;
  /** GB/T 2260 six-digit division code, when it can be determined. */
  divisionCode: string | null;
  /** Statistics year (the year the figures cover). */
  year: number | null;
  title: string | null;
  /** ISO date (YYYY-MM-DD) the report was published, when printed. */
  publishedOn: string | null;
  /** Office that issued/compiled the report, e.g. 阜阳市政务公开办公室. */
  issuer: string | null;
  /** aggregate: all bodies of the jurisdiction combined; agency: one body. */
  scope: ReportScope | null;
  format: ReportFormat;
  /** Where each meta field was read from, for the viewer. */
  spans: Partial<Record<'body' | 'place' | 'year' | 'title' | 'publishedOn' | 'issuer' | 'scope', Span>>;
}

export interface Provenance {
  via: ProvenanceKind;
  /** Where the figure was read (table cell or sentence) or, for inferred figures, the span of
   * the cells it was inferred from (their union). Null only when nothing in the text stands for it. */
  span: Span | null;
  /** The name of the parser rule that produced it (e.g. `table3.lines`, `narrative.applications`). */
  rule: string;
  /** The raw text of the cell or sentence fragment, as printed (`33项`, `44.18亿元`, `/`). */
  raw?: string;
  /** For inferred figures: the id of the sum relation (lib/figures/checks.ts) or `group-sum`. */
  basis?: string;
  /** Read from a scan by text recognition (lib/ocr): the page, the box and the engine's confidence. */
  ocr?: OcrMark;
}

/** Closed set of issue codes; each is explained in lib/parser/ISSUES.md. */
export type IssueCode =
  | 'NOT_A_REPORT' // fatal: the text is not an annual report
  | 'EMPTY_INPUT' // fatal: nothing to read
  | 'SUM_MISMATCH' // a 勾稽关系 fails
  | 'CELL_BLANK' // a cell is empty
  | 'CELL_MISSING' // a row has fewer cells than columns
  | 'CELL_NOT_NUMBER' // a cell holds "/", "—", "无" or other non-numeric text (kept apart from 0)
  | 'CELL_UNREADABLE' // a cell holds text no number can be read from
  | 'ROW_MISSING' // a row the format prints was not found
  | 'TABLE_MISSING' // a table the format prints was not found
  | 'LABEL_DAMAGED' // a row was recognised by position although its label differs from the format's
  | 'INFERRED' // a figure was inferred from the table's sums
  | 'SPLIT_AMBIGUOUS' // run-together digits allow several splits
  | 'SPLIT_INFERRED' // run-together digits were split by the table's sums
  | 'NARRATIVE_CONTRADICTS_TABLE' // a sentence states a figure differently from its table cell
  | 'TABLE_COPIES_DIFFER' // a table printed more than once states figures differently: the copy read best is kept
  | 'NARRATIVE_ONLY' // figures come from sentences because the tables are absent
  | 'PARTIAL_SCOPE' // a sentence figure covers part of the jurisdiction and was not used
  | 'FORMAT_UNCERTAIN' // the format could not be determined with confidence
  | 'UNIT_ASSUMED' // a money cell printed no unit and none was found in its header: the format's usual unit was assumed
  | 'META_MISSING' // body, place or year could not be found
  | 'OCR_LOW_CONFIDENCE' // (lib/ocr) digits recognised below the confidence threshold: not printed
  | 'OCR_CONFIRMED' // (lib/ocr) digits recognised below the threshold, printed because the sums determine the same number
  | 'OCR_DOUBT' // (lib/ocr) a row and a column sum fail through one recognised cell: that cell is not printed
  | 'IMAGES_UNREAD'; // (lib/ingest, lib/ocr) images of a page or DOCX where its tables probably are were not read (which, and why)

export interface ParseIssue {
  code: IssueCode;
  severity: Severity;
  message: { zh: string; en: string };
  /** Figure keys involved. */
  keys: string[];
  /** Numbers involved, by name (e.g. { left: 11, right: 0 }). */
  numbers?: Record<string, number | null>;
  span?: Span;
}

export interface ParseResult {
  meta: ReportMeta;
  /** Flat, keyed exactly as ../shared/spec/figure-keys.md. null: the cell is blank, "/" or similar. */
  figures: Record<string, number | null>;
  provenance: Record<string, Provenance>;
  issues: ParseIssue[];
}

export interface ParseOptions {
  /** Name of the source file, used as a hint for meta (never required). */
  fileName?: string;
}

/** parseReport never throws on text: it returns a result, or a refusal (not a report, empty). */
export type ParseOutcome = { ok: true; result: ParseResult } | { ok: false; refusal: ParseIssue };

export const PARSER_VERSION = '1.2.11';
