// The images of a document as recognition's pages: a DOCX's (found in document order by mammoth,
// lib/extract/docx.ts) or an HTML page's (fetched by collection, given with the page). Page n is the
// document's nth image; the document's text, with each image's place marked, is the host its
// recognised text is laid into (host.ts). An image that cannot be read is a page without items,
// and says why: a format sharp cannot decode (EMF/WMF, which Word keeps for drawings and pasted
// Excel tables), over the pixel limit (a decompression bomb), beyond the count limit, not fetched.

import { cleanText, DEFAULT_EXTRACT_LIMITS } from '../extract';
import { decodeText } from '../extract/decode';
import { docxToText } from '../extract/docx';
import { declaredCharset, htmlToText } from '../extract/html';
import sharp, { type Metadata } from 'sharp';
import { decodeImage, type Gray } from './image';
import type { PageSource } from './pages';
import { MAX_DOCUMENT_IMAGES } from './scan-codes';
import type { OcrHost, OcrImage, PageImage } from './types';

/** Smaller than this on a side: a bullet, an icon or a rule, never a table. */
const MIN_SIDE = 48;

const unread = (code: string, zh: string, en: string): NonNullable<OcrImage['unread']> => ({ code, message: { zh, en } });

/** Why an image cannot be read (it is not decoded), or null. */
async function precheck(bytes: Uint8Array, contentType: string | null, maxPixels: number): Promise<OcrImage['unread'] | null> {
  let meta: Metadata;
  try {
    meta = await sharp(bytes).metadata();
  } catch {
    const format = /emf|wmf/i.test(contentType ?? '') ? `EMF/WMF (${contentType})` : (contentType ?? 'unknown');
    return unread(
      'IMAGE_FORMAT',
      `图片格式无法解码：${format}（请将表格另存为 PNG，或将文档另存为 PDF）`,
      `its format cannot be decoded: ${format} (save the tables as PNG, or the document as PDF)`,
    );
  }
  const { width = 0, height = 0 } = meta;
  if (width * height > maxPixels)
    return unread(
      'IMAGE_TOO_LARGE',
      `图片过大（${width}×${height} 像素，上限 ${maxPixels}）`,
      `it is too large (${width}×${height} pixels > ${maxPixels})`,
    );
  if (width < MIN_SIDE || height < MIN_SIDE) return unread('DECORATION', '装饰性小图', 'a decoration (too small to hold a table)');
  return null;
}

interface Found {
  image: OcrImage;
  read?: () => Promise<Uint8Array>;
}

/** A DOCX's images in document order, with its text. */
async function docxImages(bytes: Uint8Array): Promise<{ text: string; found: Found[] }> {
  const docx = await docxToText(bytes, DEFAULT_EXTRACT_LIMITS, { markImages: true });
  if (!docx.ok) throw new Error(docx.code);
  return {
    text: docx.text,
    found: docx.images.map((i) => ({ image: { source: null, contentType: i.contentType }, read: i.read })),
  };
}

/** A web page's images in page order, matched by `src` to those collection fetched. */
function htmlImages(bytes: Uint8Array, given: readonly PageImage[]): { text: string; found: Found[] } {
  const decoded = decodeText(bytes, declaredCharset(bytes));
  const html = htmlToText(decoded.text, DEFAULT_EXTRACT_LIMITS.maxHtmlDepth, { markImages: true });
  if (!html.ok) throw new Error('HTML_TOO_DEEP');
  return {
    text: html.text,
    found: html.images.map((src) => {
      const got = given.find((g) => g.src === src);
      const image: OcrImage = { source: got?.url ?? null, contentType: got?.contentType ?? null };
      if (got?.bytes) return { image, read: async () => got.bytes! };
      image.unread =
        got?.unread ??
        unread('IMAGE_NOT_FETCHED', `图片未获取（${src}）`, `it was not fetched (${src}): only a collected page's images are`);
      return { image };
    }),
  };
}

/** A document's images as pages (lib/ocr/pages.ts's PageSource, but an unread image renders as null). */
export interface DocumentPages extends Omit<PageSource, 'render'> {
  /** The text the pages are laid into; its `images` say which were not read, once rendered. */
  host: OcrHost;
  render(page: number): Promise<Gray | null>;
}

/** The pages of a document's images, and the host text they are laid into. */
export async function documentImagePages(
  bytes: Uint8Array,
  fileType: 'docx' | 'html',
  given: readonly PageImage[],
  maxPixels: number,
): Promise<DocumentPages> {
  const { text, found } = fileType === 'docx' ? await docxImages(bytes) : htmlImages(bytes, given);
  found.forEach((f, i) => {
    if (i >= MAX_DOCUMENT_IMAGES)
      f.image.unread = unread(
        'TOO_MANY_IMAGES',
        `文档图片超过 ${MAX_DOCUMENT_IMAGES} 张，其后的未识别`,
        `the document has more than ${MAX_DOCUMENT_IMAGES} images; those after are not recognised`,
      );
  });
  const host: OcrHost = { text: cleanText(text), images: found.map((f) => f.image) };
  const render = async (page: number): Promise<Gray | null> => {
    const f = found[page - 1]!;
    if (f.image.unread || !f.read) return null;
    let data: Uint8Array;
    try {
      data = await f.read();
    } catch {
      f.image.unread = unread(
        'IMAGE_LINKED',
        '图片是外部链接，未嵌入文档',
        'it is linked to an outside file, not embedded in the document',
      );
      return null;
    }
    f.image.unread = (await precheck(data, f.image.contentType, maxPixels)) ?? undefined;
    if (f.image.unread) return null;
    try {
      // A multi-page TIFF is read by its first page: the image stands at one place of the text.
      return (await decodeImage(data, maxPixels, 1))[0] ?? null;
    } catch {
      f.image.unread = unread('IMAGE_DAMAGED', '图片已损坏，无法解码', 'it is damaged and cannot be decoded');
      return null;
    }
  };
  return { host, count: found.length, render, close: async () => undefined };
}
