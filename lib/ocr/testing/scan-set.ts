// The generated scan set: the bundled reports' text typeset as printed pages, and the bundled PDFs'
// pages rendered, each put through a scanner's damage (damage.ts) at 150 and 300 dpi, wrapped as
// image-only PDFs and as JPEG image files. The figures to expect are those the text versions read
// to. Seeded: the same set every time. Made under .data/scans (not committed).

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { extractText } from '../../extract';
import { parseReport } from '../../parser';
import type { ParseResult } from '../../parser/types';
import { pdfPages } from '../pages';
import { scanPage, seeded, SCANNER } from './damage';
import { reportBlocks, typeset, type TypesetPage } from './typeset';

export interface ScanEntry {
  /** File name under the set's folder. */
  file: string;
  source: string;
  dpi: number;
  kind: 'pdf' | 'image';
  pages: number;
  /** The figures the text version reads to (non-null values only). */
  expected: Record<string, number>;
}

const MIN_TABLE_FIGURES = 20;

function expectedOf(result: ParseResult): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(result.figures)) if (v !== null && !k.startsWith('narrative.')) out[k] = v;
  return out;
}

async function sources(root: string): Promise<{ name: string; pages: (dpi: number) => Promise<TypesetPage[]>; result: ParseResult }[]> {
  const out: Awaited<ReturnType<typeof sources>> = [];
  const dirs = [path.join(root, 'data/reports/seeds'), path.join(root, 'data/reports/corpus')];
  for (const dir of dirs) {
    for (const file of readdirSync(dir).sort()) {
      const bytes = new Uint8Array(readFileSync(path.join(dir, file)));
      const text = await extractText(bytes, file);
      if (!text.ok) continue;
      const parsed = parseReport(text.text, { fileName: file });
      if (!parsed.ok || Object.keys(expectedOf(parsed.result)).length < MIN_TABLE_FIGURES) continue;
      const name = file.replace(/\.\w+$/, '');
      if (text.fileType === 'pdf') {
        out.push({
          name,
          result: parsed.result,
          pages: async (dpi) => {
            const pdf = await pdfPages(bytes, 100e6, dpi);
            const pages: TypesetPage[] = [];
            for (let n = 1; n <= pdf.count; n++) {
              const g = await pdf.render(n);
              const rgba = new Uint8ClampedArray(g.width * g.height * 4);
              for (let i = 0; i < g.data.length; i++) {
                rgba.fill(g.data[i]!, i * 4, i * 4 + 3);
                rgba[i * 4 + 3] = 255;
              }
              pages.push({
                width: g.width,
                height: g.height,
                rgba,
                tables: [{ x: g.width * 0.1, y: g.height * 0.3, w: g.width * 0.8, h: g.height * 0.4 }],
              });
            }
            await pdf.close();
            return pages;
          },
        });
      } else out.push({ name, result: parsed.result, pages: async (dpi) => typeset(reportBlocks(parsed.result, text.text), dpi) });
    }
  }
  return out;
}

/** Makes the set (when its index is missing) and returns its entries. */
export async function scanSet(root: string, dir: string, dpis: readonly number[] = [150, 300]): Promise<ScanEntry[]> {
  const index = path.join(dir, 'index.json');
  if (existsSync(index)) return JSON.parse(readFileSync(index, 'utf8')) as ScanEntry[];
  mkdirSync(dir, { recursive: true });
  const entries: ScanEntry[] = [];
  let seed = 1;
  for (const src of await sources(root)) {
    for (const dpi of dpis) {
      const random = seeded(seed++);
      const jpegs = await Promise.all((await src.pages(dpi)).map((p) => scanPage(p, SCANNER, random)));
      const pdf = await PDFDocument.create();
      for (const jpeg of jpegs) {
        const image = await pdf.embedJpg(jpeg);
        pdf.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
      }
      const expected = expectedOf(src.result);
      const pdfName = `${src.name}-${dpi}dpi.pdf`;
      writeFileSync(path.join(dir, pdfName), await pdf.save());
      entries.push({ file: pdfName, source: src.name, dpi, kind: 'pdf', pages: jpegs.length, expected });
      // The same pages as one tall image, as a web page shows a scanned report.
      const metas = await Promise.all(jpegs.map((j) => sharp(j).metadata()));
      const width = metas[0]!.width!;
      const height = metas.reduce((s, m) => s + m.height!, 0);
      let top = 0;
      const tall = await sharp({ create: { width, height, channels: 3, background: '#ffffff' } })
        .composite(jpegs.map((input, i) => ({ input, left: 0, top: (top += i ? metas[i - 1]!.height! : 0) })))
        .jpeg({ quality: SCANNER.jpegQuality })
        .toBuffer();
      const imageName = `${src.name}-${dpi}dpi.jpg`;
      writeFileSync(path.join(dir, imageName), tall);
      entries.push({ file: imageName, source: src.name, dpi, kind: 'image', pages: jpegs.length, expected });
    }
  }
  writeFileSync(index, JSON.stringify(entries, null, 1));
  return entries;
}
