import { PDFDocument, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { pdfPages } from './pages';

/** A small page-like JPEG: grey paper, a dark bar, a red square (the grey by brightest channel drops it). */
async function scanJpeg(width: number, height: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="#e2e2e2"/><rect x="10" y="20" width="${width - 20}" height="6" fill="#202020"/>
    <rect x="30" y="40" width="20" height="20" fill="#d2141e"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 60 }).toBuffer();
}

/** An image-only PDF: each page one JPEG drawn at `place` (the whole A5 page by default). */
async function pdfOf(jpeg: Buffer, place?: { x: number; y: number; width: number; height: number }, text = false): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const image = await pdf.embedJpg(jpeg);
  const page = pdf.addPage([420, 595]);
  page.drawImage(image, place ?? { x: 0, y: 0, width: 420, height: 595 });
  if (text) page.drawText('2113', { x: 50, y: 50, size: 12, font: await pdf.embedFont(StandardFonts.Helvetica) });
  return pdf.save();
}

describe("pdfPages, decoder 'native'", () => {
  it('gives a page that is one JPEG filling it as the JPEG decodes, at its own pixels', async () => {
    const jpeg = await scanJpeg(175, 248);
    const source = await pdfPages(await pdfOf(jpeg), 60e6, 300, 'native');
    const page = await source.render(1);
    await source.close();
    const { data } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
    expect([page.width, page.height]).toEqual([175, 248]);
    // Grey by the brightest channel, pixel for pixel: the red square light, the bar dark.
    for (const i of [0, 21 * 175 + 50, 45 * 175 + 40, 248 * 175 - 1])
      expect(page.data[i]).toBe(Math.max(data[i * 3]!, data[i * 3 + 1]!, data[i * 3 + 2]!));
    expect(page.data[22 * 175 + 50]).toBeLessThan(80);
    expect(page.data[50 * 175 + 40]).toBeGreaterThan(180);
  });

  it('renders with pdf.js a page whose JPEG does not fill it, or that has more than the JPEG', async () => {
    const jpeg = await scanJpeg(175, 248);
    for (const bytes of [await pdfOf(jpeg, { x: 10, y: 10, width: 400, height: 575 }), await pdfOf(jpeg, undefined, true)]) {
      const source = await pdfPages(bytes, 60e6, 72, 'native');
      const page = await source.render(1);
      await source.close();
      // pdf.js at 72 dpi: the page's size in points, not the JPEG's pixels.
      expect([page.width, page.height]).toEqual([420, 595]);
    }
  });
});
