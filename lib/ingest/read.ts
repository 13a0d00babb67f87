// What a reader process does with one file: extract its text (lib/extract, with its limits), then
// parse it (lib/parser). Runs inside the child process (child.ts); never throws.

import { extractText, type ExtractLimits } from '../extract';
import { tablesInImages } from '../ocr/scan-codes';
import { parseReport } from '../parser';
import { makeIssue } from '../parser/issues';
import type { ParseIssue, ParseResult } from '../parser/types';
import { contentRefusal } from './refusals';
import type { Message, ReadOutcome, TextOutcome } from './types';

export interface ReadRequest {
  bytes: Uint8Array;
  fileName: string;
  /** 'text': extraction only (`npm run parse -- --text`). */
  mode: 'report' | 'text';
  /** The charset of a Content-Type the bytes came with. */
  charset: string | null;
  /** Tests lower these; everything else reads with the defaults. */
  limits?: Partial<ExtractLimits>;
}

/** Figures with a value whose provenance is a table cell. */
export function tableFigureCount(result: ParseResult): number {
  let n = 0;
  for (const [key, value] of Object.entries(result.figures)) if (value !== null && result.provenance[key]?.via === 'table') n++;
  return n;
}

export async function readInProcess(request: ReadRequest): Promise<ReadOutcome | TextOutcome> {
  // A Node Buffer sent over IPC arrives as a Buffer, which pdf.js refuses: always a plain view.
  const bytes = new Uint8Array(request.bytes.buffer, request.bytes.byteOffset, request.bytes.byteLength);
  const extracted = await extractText(bytes, request.fileName, { charset: request.charset, limits: request.limits });
  if (!extracted.ok) return contentRefusal(extracted.code, extracted.message);
  const text = {
    ok: true as const,
    text: extracted.text,
    fileType: extracted.fileType,
    mimeType: extracted.mimeType,
    encoding: extracted.encoding ?? null,
  };
  if (request.mode === 'text') return text;
  const outcome = parseReport(extracted.text, { fileName: request.fileName });
  const images = extracted.images ?? [];
  // A web page that is no report by its text is fetched for its pictures only when it names one (a
  // news page's photos are no tables); a DOCX handed in as a report may be nothing but pictures.
  const named = extracted.fileType === 'docx' || outcome.ok || REPORT_NAME.test(extracted.text);
  if (named && tablesInImages(images.length, outcome)) {
    // A DOCX holds its images: it is recognised like a scan (the OCR queue).
    if (extracted.fileType === 'docx') return contentRefusal('IMAGE_TABLES', IMAGE_TABLES);
    const srcs = images.map((i) => i.src!);
    if (!outcome.ok) return { ...contentRefusal(outcome.refusal.code, withUnread(outcome.refusal.message, srcs.length)), images: srcs };
    outcome.result.issues.push(imagesUnread(srcs.length));
    return { ...text, result: outcome.result, tableFigures: tableFigureCount(outcome.result), images: srcs };
  }
  if (!outcome.ok) return contentRefusal(outcome.refusal.code, outcome.refusal.message);
  return { ...text, result: outcome.result, tableFigures: tableFigureCount(outcome.result) };
}

/** How a report names itself (政府信息公开工作年度报告, …年报). */
const REPORT_NAME = /政府信息公开.{0,12}(年度报告|年报)/;

const IMAGE_TABLES: Message = {
  zh: '文档的统计表是图片，需经文字识别读取',
  en: 'The document’s statistics tables are images: they are read by text recognition',
};

const unreadWhy = (n: number): Message => ({
  zh: `网页中的 ${n} 张图片（统计表可能在其中）未读取：上传的网页无法获取其图片，请按网址采集该网页，或上传图片或 PDF`,
  en: `the page’s ${n} image(s), where its statistics tables probably are, were not read: an uploaded page’s images cannot be fetched; collect the page from its address, or upload the images or a PDF`,
});

function withUnread(message: Message, n: number): Message {
  const why = unreadWhy(n);
  return { zh: `${message.zh}（${why.zh}）`, en: `${message.en} (${why.en})` };
}

/** The issue of an HTML page read without its images (an upload; collection replaces it when it fetches them). */
export function imagesUnread(n: number, why: Message = unreadWhy(n)): ParseIssue {
  return makeIssue('IMAGES_UNREAD', `${why.zh}。`, `${why.en.charAt(0).toUpperCase()}${why.en.slice(1)}.`);
}
