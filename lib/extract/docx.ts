// DOCX to text: the archive is checked against the limits (archive.ts), mammoth turns the document
// into HTML (paragraphs, tables with merged cells as rowspan/colspan), then the HTML path turns it
// into lines.

import { checkArchive } from './archive';
import { htmlToText } from './html';
import { refuse } from './refusal';
import type { ExtractLimits, ExtractRefusal } from './types';

export async function docxToText(bytes: Uint8Array, limits: ExtractLimits): Promise<{ ok: true; text: string } | ExtractRefusal> {
  const refused = await checkArchive(bytes, limits);
  if (refused) return refused;
  let html: string;
  try {
    // Loaded on demand: most inputs are not DOCX, and mammoth takes a while to import.
    const { default: mammoth } = await import('mammoth');
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    html = (await mammoth.convertToHtml({ buffer }, { ignoreEmptyParagraphs: true })).value;
  } catch {
    return refuse('UNREADABLE', 'DOCX');
  }
  const text = htmlToText(html, limits.maxHtmlDepth);
  return text.ok ? text : refuse('HTML_TOO_DEEP', `> ${limits.maxHtmlDepth}`);
}
