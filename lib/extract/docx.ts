// DOCX to text: mammoth renders the document as HTML (Word tables keep their cells, merged cells
// become rowspan/colspan), then the HTML path turns it into lines.

import mammoth from 'mammoth';
import { htmlToText } from './html';

export async function docxToText(bytes: Uint8Array): Promise<{ ok: true; text: string } | { ok: false }> {
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const { value } = await mammoth.convertToHtml({ buffer }, { ignoreEmptyParagraphs: true });
    return { ok: true, text: htmlToText(value) };
  } catch {
    return { ok: false };
  }
}
