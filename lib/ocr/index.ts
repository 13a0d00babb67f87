// Text recognition of scans (image-only PDFs, PNG/JPEG/TIFF): pages → recognised items
// (recognize.ts) → the text the parser reads, laid out as a PDF's text layer (layout.ts) → the SAME
// parser → the guard (guard.ts): no doubtful digit is printed, every figure keeps its page and box.
// Recognition is slow (seconds a page): it runs in the OCR worker's job (lib/ocr/jobs), never in a
// request. See README.md.

import { sniff } from '../extract/sniff';
import { documentImagePages, type DocumentPages } from './embedded';
import { ENGINE_NAME } from './engine';
import { toJpeg, type Gray } from './image';
import { imagePages, pdfPages, PDF_DPI, type PageSource, type PdfDecoder } from './pages';
import { recognisePage } from './recognize';
import type { OcrDocument, PageImage } from './types';

export type { OcrDocument, OcrHost, OcrImage, OcrItem, OcrPage, PageBox, PageImage } from './types';
export { THRESHOLDS, type Thresholds } from './guard';
export { readRecognised } from './read';

export interface OcrLimits {
  maxPages: number;
  /** Pixels of one page image (decompression bombs in image files). */
  maxPixels: number;
}

export const DEFAULT_OCR_LIMITS: OcrLimits = { maxPages: 200, maxPixels: 60_000_000 };

export interface PageView {
  page: number;
  /** JPEG of the straightened page the boxes refer to, for the report viewer. */
  jpeg: Buffer;
  width: number;
  height: number;
}

export interface Recognised {
  doc: OcrDocument;
  images: PageView[];
  /** docx, html: a document whose images were recognised (doc.host). */
  fileType: RecognisedType;
  mimeType: string;
}

export type RecognisedType = 'pdf' | 'image' | 'docx' | 'html';

export type RecogniseOutcome = { ok: true; recognised: Recognised } | { ok: false; code: string; message: { zh: string; en: string } };

const VIEWER_WIDTH = 1200;

/** Whether the bytes are something recognition reads: a PDF or an image file. */
export function scanKind(bytes: Uint8Array): { fileType: 'pdf' | 'image'; mimeType: string } | null {
  const s = sniff(bytes);
  if (s.kind === 'pdf') return { fileType: 'pdf', mimeType: 'application/pdf' };
  if (s.kind === 'refuse' && s.code === 'IMAGE' && /PNG|JPEG|TIFF|WebP|BMP/i.test(s.detail))
    return { fileType: 'image', mimeType: `image/${s.detail.toLowerCase()}` };
  return null;
}

/** A document whose images are recognised: a DOCX (they are inside), an HTML page with its fetched `images`. */
function documentKind(bytes: Uint8Array, images: readonly PageImage[]): { fileType: 'docx' | 'html'; mimeType: string } | null {
  const s = sniff(bytes);
  if (s.kind === 'docx') return { fileType: 'docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
  return s.kind === 'text' && images.length ? { fileType: 'html', mimeType: 'text/html' } : null;
}

/** A page whose image was not read (a document's image it could not decode): no items, no view. */
const NO_PAGE = { width: 0, height: 0, skew: 0, seconds: 0 };

export interface RecogniseOptions {
  /** How a PDF's pages become pixels (pages.ts): pdf.js by default. */
  pdfDecoder?: PdfDecoder;
  /** Each page changed before it is recognised (the eval's perturbations, lib/ocr/testing/perturb.ts);
   * null: the page is not recognised (no items). */
  pagesThrough?: (page: Gray, pageNo: number) => Promise<Gray | null>;
}

/** Recognises every page (a document's every image, `images` being a web page's, fetched); `onPage`
 * reports progress. Never throws: a refusal is an outcome. */
export async function recogniseFile(
  bytes: Uint8Array,
  limits: OcrLimits = DEFAULT_OCR_LIMITS,
  onPage?: (done: number, total: number) => void,
  images: readonly PageImage[] = [],
  options: RecogniseOptions = {},
): Promise<RecogniseOutcome> {
  const kind = scanKind(bytes) ?? documentKind(bytes, images);
  if (!kind) return { ok: false, code: 'NOT_A_SCAN', message: { zh: '文件不是 PDF 或图片', en: 'The file is neither a PDF nor an image' } };
  let source: PageSource | DocumentPages;
  try {
    source =
      kind.fileType === 'pdf'
        ? await pdfPages(bytes, limits.maxPixels, PDF_DPI, options.pdfDecoder)
        : kind.fileType === 'image'
          ? await imagePages(bytes, limits.maxPixels)
          : await documentImagePages(bytes, kind.fileType, images, limits.maxPixels);
  } catch {
    return kind.fileType === 'image'
      ? { ok: false, code: 'UNREADABLE', message: { zh: '图片已损坏或无法解码', en: 'The image is damaged or cannot be decoded' } }
      : { ok: false, code: 'UNREADABLE', message: { zh: 'PDF 已损坏或无法读取', en: 'The PDF is damaged or cannot be read' } };
  }
  try {
    if (source.count > limits.maxPages)
      return {
        ok: false,
        code: 'TOO_MANY_PAGES',
        message: {
          zh: `扫描件页数过多(${source.count} > ${limits.maxPages})`,
          en: `Too many pages to recognise (${source.count} > ${limits.maxPages})`,
        },
      };
    const doc: OcrDocument = { engine: ENGINE_NAME, pages: [], items: [], ...('host' in source ? { host: source.host } : {}) };
    const views: PageView[] = [];
    for (let n = 1; n <= source.count; n++) {
      const rendered = await source.render(n);
      const scan = rendered && options.pagesThrough ? await options.pagesThrough(rendered, n) : rendered;
      if (!scan) {
        doc.pages.push(NO_PAGE);
        onPage?.(n, source.count);
        continue;
      }
      const page = await recognisePage(scan, n);
      doc.pages.push(page.page);
      doc.items.push(...page.items);
      const jpeg = await toJpeg(page.image, VIEWER_WIDTH);
      views.push({ page: n, jpeg: jpeg.bytes, width: jpeg.width, height: jpeg.height });
      onPage?.(n, source.count);
    }
    return { ok: true, recognised: { doc, images: views, ...kind } };
  } catch {
    return { ok: false, code: 'UNREADABLE', message: { zh: '文件已损坏或无法读取', en: 'The file is damaged or cannot be read' } };
  } finally {
    await source.close().catch(() => undefined);
  }
}
