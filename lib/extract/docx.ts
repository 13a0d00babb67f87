// DOCX to text: the archive is checked against the limits (archive.ts), mammoth turns the document
// into HTML (paragraphs, tables with merged cells as rowspan/colspan), then the HTML path turns it
// into lines. Images are found where they stand (mammoth follows each drawing's r:embed, or a VML
// imagedata's r:id, through word/_rels to its word/media part) and returned in document order,
// unread: text recognition (lib/ocr) reads them when the text lacks the tables they hold.

import { checkArchive } from './archive';
import { htmlToText } from './html';
import { refuse } from './refusal';
import type { ExtractLimits, ExtractRefusal } from './types';

/** An image of the document, in the order of the text. */
export interface DocxImage {
  /** From [Content_Types].xml by the part's extension: image/png, image/x-emf… */
  contentType: string;
  /** Its bytes (a linked, not embedded, image is refused: external files are never read). */
  read(): Promise<Buffer>;
}

const SRC = 'docx-image:';

export async function docxToText(
  bytes: Uint8Array,
  limits: ExtractLimits,
  options: { markImages?: boolean } = {},
): Promise<{ ok: true; text: string; images: DocxImage[] } | ExtractRefusal> {
  const refused = await checkArchive(bytes, limits);
  if (refused) return refused;
  let html: string;
  const found: DocxImage[] = [];
  try {
    // Loaded on demand: most inputs are not DOCX, and mammoth takes a while to import.
    const { default: mammoth } = await import('mammoth');
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Each image becomes an <img> naming its index; its bytes are read only if recognition asks.
    const convertImage = mammoth.images.imgElement((image) => {
      found.push({ contentType: image.contentType ?? 'application/octet-stream', read: () => image.read() });
      return Promise.resolve({ src: `${SRC}${found.length - 1}` });
    });
    html = (await mammoth.convertToHtml({ buffer }, { ignoreEmptyParagraphs: true, convertImage })).value;
  } catch {
    return refuse('UNREADABLE', 'DOCX');
  }
  const text = htmlToText(html, limits.maxHtmlDepth, options);
  if (!text.ok) return refuse('HTML_TOO_DEEP', `> ${limits.maxHtmlDepth}`);
  const images = text.images.filter((src) => src.startsWith(SRC)).map((src) => found[Number(src.slice(SRC.length))]!);
  return { ok: true, text: text.text, images };
}
