// Old Word (.doc, Word 97–2003, and WPS Writer's .wps in Word's format) to text, with
// word-extractor. Its body text ends each table cell with a tab; a row ends with a line end when
// the file marks it as a paragraph end, else with one more tab (the format's row mark is the cell
// mark, told apart only by paragraph properties the library does not read). So a line of
// tab-ended cells is one row or several rows run together, cells in order: written as the HTML
// path writes rows (cells joined by " | "), a blank line before and after each table (README.md).
// Merged cells are one cell in this format: a row has no empty cells for the columns a cell spans.

import { CELL_SEPARATOR } from './html';

function rowCells(line: string): string[] | null {
  if (!line.includes('\t')) return null;
  return line
    .replace(/\t$/, '')
    .split('\t')
    .map((cell) => cell.replace(/\s+/g, ' ').trim());
}

/** The lines of a .doc body, tables as rows of cells (exported for tests with synthetic bodies). */
export function docBodyToText(body: string): string {
  const out: string[] = [];
  let inTable = false;
  for (const line of body.split(/\r\n?|\n/)) {
    const cells = rowCells(line);
    if (cells && !inTable && out.length && out[out.length - 1] !== '') out.push('');
    if (!cells && inTable) out.push('');
    inTable = cells !== null;
    if (cells) {
      if (cells.some((c) => c !== '')) out.push(cells.join(CELL_SEPARATOR));
    } else if (line.trim() !== '') out.push(line.trim());
  }
  while (out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

export async function docToText(bytes: Uint8Array): Promise<{ ok: true; text: string } | { ok: false }> {
  try {
    // Loaded on demand: few inputs are .doc.
    const { default: WordExtractor } = await import('word-extractor');
    const document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return { ok: true, text: docBodyToText(document.getBody()) };
  } catch {
    return { ok: false };
  }
}
