// The contract of the one ingest step: bytes + file name (+ what is known of where they came
// from) in; a refusal, or the report's text and parse, out. Plain data: it crosses a process boundary.

import type { FileType } from '../extract/types';
import type { ParseResult } from '../parser/types';
import type { OcrDocument } from '../ocr/types';

export type { FileType };

export interface Message {
  zh: string;
  en: string;
}

/** Why a file is not stored, as every reader names it: upload answers, CLIs, collection. */
export interface ReadRefusal {
  ok: false;
  /** lib/extract's RefusalCode, the parser's (NOT_A_REPORT…), or this module's (refusals.ts). */
  code: string;
  /** One line each. */
  message: Message;
  /** 413 only for the file's own size; 422 for anything about its content. */
  httpStatus: 413 | 422;
  /** An HTML page whose text is no report but which shows images: their addresses as written, in
   * order. Collection fetches them and has the page recognised (lib/db/ingest); an upload cannot. */
  images?: string[];
}

export interface TextRead {
  ok: true;
  /** The text parseReport reads (lib/extract/README.md); figure spans index into it. */
  text: string;
  fileType: FileType;
  mimeType: string;
  /** What the bytes were decoded from (text and HTML only): utf-8, gb18030, utf-16le… */
  encoding: string | null;
}

export interface ReportRead extends TextRead {
  result: ParseResult;
  /** Figures with a value read from table cells: the copy of a report with the most is shown. */
  tableFigures: number;
  /** A scan: what text recognition read (lib/ocr), stored with the source so a reparse lays it out again. */
  ocr?: OcrDocument;
  /** An HTML page whose text lacks a statistics table and which shows images (addresses as written,
   * in order): collection fetches them and has the page recognised; stored as read (with an
   * IMAGES_UNREAD issue) when they cannot be fetched. */
  images?: string[];
}

export type ReadOutcome = ReportRead | ReadRefusal;
export type TextOutcome = TextRead | ReadRefusal;

/**
 * What is known of where bytes came from. Only contentType is used to read them; the rest is
 * stored with the source (lib/db/ingest) — filled by collection, empty for uploads and files.
 */
export interface SourceFacts {
  /** The Content-Type they were served with: its charset is a decoding hint. */
  contentType?: string | null;
  /** The article page the report was found on. */
  pageUrl?: string | null;
  /** The address of the document itself (the page, or an attachment's). */
  documentUrl?: string | null;
  fetchedAt?: Date | null;
  etag?: string | null;
  /** As the server sent it (an HTTP date), for conditional requests. */
  lastModified?: string | null;
  /** The publication date (ISO) the page showed: its PubDate meta or 发布时间; for an attachment, its article's. */
  pagePublishedOn?: string | null;
}
