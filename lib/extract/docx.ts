// DOCX to text: mammoth renders the document as HTML (Word tables keep their cells, merged cells
// become rowspan/colspan), then the HTML path turns it into lines.

import { htmlToText } from './html';

export async function docxToText(bytes: Uint8Array): Promise<{ ok: true; text: string } | { ok: false }> {
  try {
    // Loaded on demand: most inputs are not DOCX, and mammoth takes a while to import.
    const { default: mammoth } = await import('mammoth');
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const { value } = await mammoth.convertToHtml({ buffer }, { ignoreEmptyParagraphs: true });
    return { ok: true, text: htmlToText(value) };
  } catch {
    return { ok: false };
  }
}
