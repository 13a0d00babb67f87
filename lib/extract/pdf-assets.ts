// Where pdfjs-dist's CMaps and standard fonts live on disk (Node only). CJK PDFs need the CMaps
// to map glyph codes to characters; pdfjs reads them from these paths with its Node reader.

import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface PdfAssets {
  cMapUrl: string;
  standardFontDataUrl: string;
  /** Module pdfjs imports as its in-process ("fake") worker in Node. The minified build loads
   * about 0.4 s faster under tsx, which transforms every module it imports. */
  workerSrc: string;
}

let cached: PdfAssets | null = null;

export function pdfAssets(): PdfAssets {
  if (!cached) {
    // Resolved from the working directory, not import.meta.url: inside a Next (Turbopack) server
    // bundle import.meta.url-based resolution is rewritten to an "[externals]…" placeholder path.
    const root = path.dirname(createRequire(path.join(process.cwd(), 'package.json')).resolve('pdfjs-dist/package.json'));
    cached = {
      cMapUrl: path.join(root, 'cmaps') + path.sep,
      standardFontDataUrl: path.join(root, 'standard_fonts') + path.sep,
      workerSrc: pathToFileURL(path.join(root, 'legacy', 'build', 'pdf.worker.min.mjs')).href,
    };
  }
  return cached;
}
