// A DOCX whose statistics table is a picture: seed 000's text with table 4 typeset alone as an image
// (the scanner's damage, seeded) where the table stood, and a drawing Word keeps as EMF after it.
// The reader finds the images where they stand and sends the document to recognition; recognition
// reads the image and lays its text into the document's at the image's place; the one parser reads
// the whole. Table 4's figures match the text version with none wrong; each keeps medium 'ocr' and
// its page (the image's place among the document's images); the EMF is named, not crashed on.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { IMAGE_MARK } from '../extract/html';
import { extractText } from '../extract';
import { docxToText } from '../extract/docx';
import { docxOf, type DocxPart } from '../extract/testing/zip';
import { readInProcess } from '../ingest/read';
import type { ReadOutcome } from '../ingest/types';
import { pngBomb } from '../ingest/testing/hostile';
import { recogniseFile } from './index';
import { readRecognised } from './read';
import { SCANNER } from './testing/damage';
import { tableImageReport, type TableImageReport } from './testing/table-scan';

const root = path.resolve(import.meta.dirname, '../..');

/** An EMF header record (EMR_HEADER, " EMF" signature): Word's format for drawings, which sharp does not decode. */
function emf(): Uint8Array {
  const b = Buffer.alloc(108);
  b.writeUInt32LE(1, 0);
  b.writeUInt32LE(108, 4);
  b.writeUInt32LE(0x464d4520, 40);
  return new Uint8Array(b);
}

let fixture: TableImageReport;
let bytes: Uint8Array;

beforeAll(async () => {
  fixture = await tableImageReport(root, { seed: '000-fuyang-2020.txt', table: 4, dpi: 150, damage: SCANNER, random: 3 });
  const parts: DocxPart[] = [
    ...fixture.before,
    { image: fixture.jpeg, extension: 'jpeg', contentType: 'image/jpeg' },
    { image: emf(), extension: 'emf', contentType: 'image/x-emf' },
    ...fixture.after,
  ].filter((p) => p !== '');
  bytes = docxOf(parts);
}, 60_000);

describe('a DOCX whose table is an image', () => {
  it('finds the images in document order, each marked at its place in the text', async () => {
    const docx = await docxToText(bytes, (await import('../extract')).DEFAULT_EXTRACT_LIMITS, { markImages: true });
    if (!docx.ok) throw new Error(docx.code);
    expect(docx.images.map((i) => i.contentType)).toEqual(['image/jpeg', 'image/x-emf']);
    const lines = docx.text.split('\n');
    const marks = lines.flatMap((l, i) => (l === IMAGE_MARK ? [i] : []));
    expect(marks).toHaveLength(2);
    // Right after table 4's heading, before section five.
    expect(lines[marks[0]! - 1]).toMatch(/^四、.*行政复议/);
    expect(lines[marks[1]! + 1]).toMatch(/^五、/);
    // Read as text, the marks are not in it; the images are listed.
    const text = await extractText(bytes, 'report.docx');
    expect(text).toMatchObject({ ok: true, images: [{ contentType: 'image/jpeg' }, { contentType: 'image/x-emf' }] });
    if (text.ok) expect(text.text).not.toContain(IMAGE_MARK);
  });

  it('is sent to recognition when its text lacks a table; a DOCX with every table in its text is read from the text', async () => {
    const request = { fileName: 'report.docx', mode: 'report' as const, charset: null };
    expect(await readInProcess({ ...request, bytes })).toMatchObject({ ok: false, code: 'IMAGE_TABLES', httpStatus: 422 });
    const { readFileSync } = await import('node:fs');
    const whole = readFileSync(path.join(root, 'data/reports/seeds/000-fuyang-2020.txt'), 'utf8').split('\n');
    const withLogo = docxOf([{ image: fixture.jpeg, extension: 'jpeg', contentType: 'image/jpeg' }, ...whole.filter((l) => l !== '')]);
    const read = await readInProcess({ ...request, bytes: withLogo });
    expect(read).toMatchObject({ ok: true, fileType: 'docx' });
  });

  it('an HTML page lists its pictures for collection to fetch: a report lacking a table, or a page naming a report and holding nothing but pictures; a news page’s photos are not', async () => {
    const request = { fileName: 'page.html', mode: 'report' as const, charset: null };
    const html = (body: string) => new TextEncoder().encode(`<!DOCTYPE html><html><body>${body}</body></html>`);
    const paragraphs = [...fixture.before, ...fixture.after].map((l) => `<p>${l}</p>`);
    const lacking = (await readInProcess({ ...request, bytes: html(`${paragraphs.join('')}<img src="t4.png">`) })) as ReadOutcome;
    expect(lacking).toMatchObject({ ok: true, images: ['t4.png'] });
    if (lacking.ok) expect(lacking.result.issues.map((i) => i.code)).toContain('IMAGES_UNREAD');
    const pictures = await readInProcess({
      ...request,
      bytes: html('<h1>某某县2020年政府信息公开工作年度报告</h1><img src="p1.jpg"><img src="p2.jpg">'),
    });
    expect(pictures).toMatchObject({ ok: false, images: ['p1.jpg', 'p2.jpg'] });
    if (!pictures.ok) expect(pictures.message.en).toMatch(/an uploaded page’s images cannot be fetched/);
    const news = await readInProcess({
      ...request,
      bytes: html('<h1>县长调研春耕生产</h1><p>4月2日，县长到各乡镇调研。</p><img src="photo.jpg">'),
    });
    expect(news).toMatchObject({ ok: false });
    expect(news).not.toHaveProperty('images');
  });

  it(
    'recognised: table 4 read from the image into the text, none wrong, each with medium ocr; the EMF named',
    { timeout: 120_000 },
    async () => {
      const outcome = await recogniseFile(bytes);
      if (!outcome.ok) throw new Error(`not recognised: ${outcome.code}`);
      const { doc, images } = outcome.recognised;
      expect(outcome.recognised.fileType).toBe('docx');
      expect(doc.pages).toHaveLength(2);
      expect(images.map((i) => i.page)).toEqual([1]);
      expect(doc.host?.images[1]?.unread?.code).toBe('IMAGE_FORMAT');
      const read = readRecognised(doc, 'report.docx', outcome.recognised);
      if (!read.ok) throw new Error(`refused: ${read.code}`);
      const { figures, provenance, issues } = read.result;
      const wrong: string[] = [];
      let exact = 0;
      for (const [key, value] of Object.entries(fixture.expected)) {
        if (figures[key] === value) exact++;
        else if (figures[key] !== null && figures[key] !== undefined) wrong.push(`${key}: ${value} read as ${figures[key]}`);
      }
      console.log(`DOCX table 4 image: ${exact}/${Object.keys(fixture.expected).length} exact, ${wrong.length} wrong`);
      expect(wrong).toEqual([]);
      expect(exact / Object.keys(fixture.expected).length).toBeGreaterThanOrEqual(0.9);
      const cell = Object.keys(fixture.expected).find((k) => figures[k] === fixture.expected[k] && provenance[k]?.via === 'table')!;
      expect(provenance[cell]?.ocr).toMatchObject({ medium: 'ocr', page: 1 });
      expect(provenance[cell]!.ocr!.confidence).toBeGreaterThan(0.8);
      // The text's own figures are the text's: table 3 is printed in it, not recognised.
      expect(figures['applications.new.total']).toBe(835);
      expect(provenance['applications.new.total']?.ocr).toBeUndefined();
      const unread = issues.find((i) => i.code === 'IMAGES_UNREAD');
      expect(unread?.message.en).toMatch(/image 2: .*EMF\/WMF \(image\/x-emf\)/);
    },
  );

  it('an image bomb (8000×8000 pixels from some 60 KB) is named over the pixel limit, never decoded; the text still reads', async () => {
    const bomb = docxOf(
      [...fixture.before, { image: pngBomb(), extension: 'png', contentType: 'image/png' }, ...fixture.after].filter((p) => p !== ''),
    );
    const heap = process.memoryUsage().rss;
    const outcome = await recogniseFile(bomb, { maxPages: 200, maxPixels: 60_000_000 });
    if (!outcome.ok) throw new Error(`not recognised: ${outcome.code}`);
    expect(process.memoryUsage().rss - heap).toBeLessThan(48 * 1024 * 1024);
    expect(outcome.recognised.doc.host?.images).toMatchObject([{ unread: { code: 'IMAGE_TOO_LARGE' } }]);
    const read = readRecognised(outcome.recognised.doc, 'bomb.docx', outcome.recognised);
    if (!read.ok) throw new Error(`refused: ${read.code}`);
    expect(read.result.figures['applications.new.total']).toBe(835);
    expect(read.result.issues.find((i) => i.code === 'IMAGES_UNREAD')?.message.en).toMatch(
      /image 1: it is too large \(8000×8000 pixels > 60000000\)/,
    );
  });
});
