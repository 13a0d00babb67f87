// extractText: bytes + file name in, the text parseReport reads (or a one-line refusal) out.
// The content decides the type; the file name only tells .md from .txt. Never throws.

import { decodeText, MAX_BAD_RATIO } from './decode';
import { docToText } from './doc';
import { docxToText } from './docx';
import { declaredCharset, htmlToText, looksLikeHtml } from './html';
import { pdfToText } from './pdf';
import { pdfAssets } from './pdf-assets';
import { refuse } from './refusal';
import { sniff } from './sniff';
import { DEFAULT_EXTRACT_LIMITS, type ExtractLimits, type ExtractOutcome, type FileType, type ImageRef } from './types';

export { DEFAULT_EXTRACT_LIMITS } from './types';
export type { ExtractLimits, ExtractOutcome, Extracted, ExtractRefusal, FileType, ImageRef, RefusalCode } from './types';

export interface ExtractOptions {
  limits?: Partial<ExtractLimits>;
  /** The charset the bytes came with (an HTTP Content-Type's), tried before guessing; a page's own
   * <meta charset> is tried first. */
  charset?: string | null;
}

const MIME: Record<FileType, string> = {
  txt: 'text/plain',
  md: 'text/markdown',
  html: 'text/html',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  image: 'image/*',
};

/** Real Chinese text is mostly common Han characters; a wrong decoding or noise is not. */
const MIN_COMMON_HAN_RATIO = 0.2;
/** Fewer printed characters than this per page means the pages are images. */
const MIN_PDF_CHARS_PER_PAGE = 30;

/** The text contract of README.md: `\n` line ends, no BOM, no controls but `\n` and `\t`. */
export function cleanText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?|\f|\v|[\u2028\u2029]/g, '\n')
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '');
}

function finish(text: string, fileType: FileType, encoding?: string, images: ImageRef[] = []): ExtractOutcome {
  const clean = cleanText(text);
  // A document of nothing but images (scanned pages pasted into Word) is still one to recognise.
  if (clean.trim() === '' && !images.length) return refuse('EMPTY');
  return {
    ok: true,
    text: clean,
    fileType,
    mimeType: MIME[fileType],
    ...(encoding ? { encoding } : {}),
    ...(images.length ? { images } : {}),
  };
}

function textType(fileName: string): FileType {
  return /\.(md|markdown)$/i.test(fileName) ? 'md' : 'txt';
}

const megabytes = (n: number) => `${+(n / (1024 * 1024)).toFixed(1)} MB`;

async function extract(bytes: Uint8Array, fileName: string, options: ExtractOptions): Promise<ExtractOutcome> {
  const limits: ExtractLimits = { ...DEFAULT_EXTRACT_LIMITS, ...options.limits };
  if (bytes.length === 0) return refuse('EMPTY');
  const kind = sniff(bytes);
  // WPS Writer saves .wps in Word's format (read as .doc); a .wps in any other format (Works', or
  // an old WPS one) cannot be read.
  if (/\.wps$/i.test(fileName) && kind.kind !== 'doc') return refuse('UNSUPPORTED_DOCUMENT', 'WPS: not in Word’s format');
  if (kind.kind === 'refuse') return refuse(kind.code, kind.detail);
  if (kind.kind === 'pdf') {
    const pdf = await pdfToText(bytes, pdfAssets(), limits.maxPdfPages);
    if (!pdf.ok) {
      if (pdf.reason === 'too-many-pages') return refuse('TOO_MANY_PAGES', `${pdf.pages} > ${limits.maxPdfPages}`);
      return refuse(pdf.reason === 'encrypted' ? 'ENCRYPTED_PDF' : 'UNREADABLE', 'PDF');
    }
    if (pdf.chars < MIN_PDF_CHARS_PER_PAGE * pdf.pages) return refuse('SCANNED_PDF');
    return finish(pdf.text, 'pdf');
  }
  if (kind.kind === 'doc') {
    const doc = await docToText(bytes);
    return doc.ok ? finish(doc.text, 'doc') : refuse('UNREADABLE', 'DOC');
  }
  if (kind.kind === 'docx') {
    const docx = await docxToText(bytes, limits);
    return docx.ok
      ? finish(
          docx.text,
          'docx',
          undefined,
          docx.images.map((i) => ({ contentType: i.contentType })),
        )
      : docx;
  }
  const decoded = decodeText(bytes, declaredCharset(bytes) ?? options.charset);
  if (decoded.badRatio > MAX_BAD_RATIO) return refuse('BINARY');
  if (decoded.commonHanRatio !== null && decoded.commonHanRatio < MIN_COMMON_HAN_RATIO) return refuse('BINARY');
  if (looksLikeHtml(decoded.text)) {
    if (bytes.length > limits.maxHtmlBytes)
      return refuse('HTML_TOO_LARGE', `${megabytes(bytes.length)} > ${megabytes(limits.maxHtmlBytes)}`);
    const html = htmlToText(decoded.text, limits.maxHtmlDepth);
    if (!html.ok) return refuse('HTML_TOO_DEEP', `> ${limits.maxHtmlDepth}`);
    return finish(
      html.text,
      'html',
      decoded.encoding,
      html.images.map((src) => ({ src })),
    );
  }
  return finish(decoded.text, textType(fileName), decoded.encoding);
}

export async function extractText(bytes: Uint8Array, fileName: string, options: ExtractOptions = {}): Promise<ExtractOutcome> {
  try {
    return await extract(bytes, fileName, options);
  } catch {
    // A bug or a library failure on hostile input: still a refusal, never an exception.
    return refuse('UNREADABLE');
  }
}
