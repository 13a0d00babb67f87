// Hostile files, built by the tests that need them (seeded: the same bytes every run), never
// committed: decompression bombs (archives, images), archives of many parts, PDFs of many pages,
// HTML too large or nested too deep.

import { crc32, deflateSync } from 'node:zlib';
import { docx, zip } from '../../extract/testing/zip';

const MB = 1024 * 1024;

/** A seeded pseudo-random generator in [0, 1). */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1103515245 + 12345) >>> 0) / 2 ** 32;
}

/**
 * A DOCX whose word/document.xml inflates to `inflatedBytes` of paragraphs (100 MB by default)
 * from a few hundred KB: a report's words, with a seeded number every 50 paragraphs, deflate at
 * about 200:1.
 */
export function docxBomb(inflatedBytes = 100 * MB, seed = 1): Uint8Array {
  const key = `${inflatedBytes}/${seed}`;
  let bomb = bombs.get(key);
  if (!bomb) bombs.set(key, (bomb = buildDocxBomb(inflatedBytes, seed)));
  return bomb;
}

/** Built once per size and seed in a test process (a 100 MB one takes seconds to deflate). */
const bombs = new Map<string, Uint8Array>();

function buildDocxBomb(inflatedBytes: number, seed: number): Uint8Array {
  const random = seeded(seed);
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < inflatedBytes; i++) {
    const n = i % 50 === 0 ? String(Math.floor(random() * 1e6)) : '';
    const text = `本年新收政府信息公开申请数量${n}件`;
    paragraphs.push(text);
    size += Buffer.byteLength(text) + 52; // the paragraph's markup around it
  }
  return docx(paragraphs, [], -1, { deflate: true });
}

/** A DOCX (it has word/document.xml) holding `entries` parts in all. */
export function docxOfManyParts(entries: number): Uint8Array {
  const files: Record<string, string> = { 'word/document.xml': '<w:document/>' };
  for (let i = 1; i < entries; i++) files[`word/media/part${i}.xml`] = `<p>${i}</p>`;
  return zip(files, { deflate: true });
}

/** A DOCX whose document.xml declares `declared` bytes but inflates to more. */
export function docxLyingAboutItsSize(actual: number, declared: number): Uint8Array {
  const xml = `<w:document>${'<w:p/>'.repeat(Math.ceil(actual / 6))}</w:document>`;
  return zip({ 'word/document.xml': xml }, { deflate: true, declaredSizes: { 'word/document.xml': declared } });
}

/** A PDF of `pages` pages, each printing one line of text. */
export function pdfOfPages(pages: number): Uint8Array {
  const objects: string[] = [];
  const kids: string[] = [];
  // 1: catalog, 2: page tree, 3: font; then a page and its content per page.
  for (let p = 0; p < pages; p++) {
    const page = 4 + p * 2;
    const content = `BT /F1 12 Tf 72 720 Td (Page ${p + 1}) Tj ET`;
    objects[page] = `<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Resources<</Font<</F1 3 0 R>>>>/Contents ${page + 1} 0 R>>`;
    objects[page + 1] = `<</Length ${content.length}>>stream\n${content}\nendstream`;
    kids.push(`${page} 0 R`);
  }
  objects[1] = '<</Type/Catalog/Pages 2 0 R>>';
  objects[2] = `<</Type/Pages/Kids[${kids.join(' ')}]/Count ${pages}>>`;
  objects[3] = '<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>';
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let i = 1; i < objects.length; i++) {
    offsets[i] = out.length;
    out += `${i} 0 obj${objects[i]}endobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let i = 1; i < objects.length; i++) out += `${String(offsets[i]).padStart(10, '0')} 00000 n \n`;
  out += `trailer<</Size ${objects.length}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/** An HTML page of `depth` nested elements. */
export function deepHtml(depth: number): Uint8Array {
  return new TextEncoder().encode(`<!DOCTYPE html><html><body>${'<div>'.repeat(depth)}年度报告${'</div>'.repeat(depth)}</body></html>`);
}

/** An HTML page of about `bytes` bytes: paragraphs of a report's words. */
export function largeHtml(bytes: number): Uint8Array {
  const paragraph = '<p>本年度共收到政府信息公开申请，均已按时答复。</p>\n';
  return new TextEncoder().encode(
    `<!DOCTYPE html><html><body>${paragraph.repeat(Math.ceil(bytes / Buffer.byteLength(paragraph)))}</body></html>`,
  );
}

/**
 * A PNG image bomb: `side` × `side` grey pixels, all white, deflated about 1000:1 (8000 × 8000:
 * 64 megapixels, 64 MB decoded, from some 60 KB). Stands for a picture in a DOCX or on a page.
 */
export function pngBomb(side = 8000): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([head, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  // Each row: filter byte 0, then white pixels.
  const row = Buffer.alloc(side + 1, 0xff);
  row[0] = 0;
  const rows = Buffer.alloc(row.length * side);
  for (let y = 0; y < side; y++) row.copy(rows, y * row.length);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return new Uint8Array(png);
}
