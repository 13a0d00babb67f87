// PDF text layer to lines: text items grouped into lines by baseline, ordered by x, with " | "
// where the horizontal gap is wide enough to be a table-cell boundary (see README.md).

import { CELL_SEPARATOR } from './html';
import type { PdfAssets } from './pdf-assets';

export interface PositionedItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font height in user-space units. */
  size: number;
  /** Top-to-bottom text (a vertical row-group label such as 三、本年度办理结果): always a line of its own. */
  vertical?: boolean;
}

/** Baselines closer than this share a line (fraction of the smaller font size: a row's numbers,
 * centred between the two lines of a wrapped label, must not join either line). */
const SAME_LINE = 0.4;
/** Gaps (fraction of the larger font size) from which a space, then a cell separator, is inserted. */
const SPACE_GAP = 0.3;
const CELL_GAP = 1.0;

function joinLine(items: PositionedItem[]): string {
  items.sort((a, b) => a.x - b.x);
  let out = '';
  let prev: PositionedItem | null = null;
  for (const it of items) {
    const str = it.str.trim();
    if (prev) {
      const gap = it.x - (prev.x + prev.width);
      const size = Math.max(prev.size, it.size, 1);
      if (gap >= CELL_GAP * size) out += CELL_SEPARATOR;
      else if (gap >= SPACE_GAP * size || /\s$/.test(prev.str) || /^\s/.test(it.str)) out += ' ';
    }
    out += str;
    prev = it;
  }
  return out.trim();
}

/** One page's items (any order) to lines, top to bottom. Exported for tests with synthetic items. */
export function itemsToLines(items: readonly PositionedItem[]): string[] {
  const kept = items.filter((i) => i.str.trim() !== '');
  const sorted = kept.filter((i) => !i.vertical).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; text: string }[] = kept.filter((i) => i.vertical).map((i) => ({ y: i.y, text: i.str.trim() }));
  let current: PositionedItem[] = [];
  const flush = (): void => {
    if (current.length) lines.push({ y: current[0]!.y, text: joinLine(current) });
  };
  for (const it of sorted) {
    // Compared with the line's lowest item so far: a cell's baseline may sit a little lower than
    // its neighbour's (果 145.7, 6.属于四类过程性信息 143, 12 140.7 in huaian_city_2024.pdf).
    const last = current[current.length - 1];
    if (last && Math.abs(last.y - it.y) <= SAME_LINE * Math.min(last.size, it.size)) {
      current.push(it);
      continue;
    }
    flush();
    current = [it];
  }
  flush();
  // Stable sort: vertical labels go in by their y among the horizontal lines.
  return lines
    .sort((a, b) => b.y - a.y)
    .map((l) => l.text)
    .filter((t) => t !== '');
}

export type PdfText =
  | { ok: true; text: string; pages: number; chars: number }
  | { ok: false; reason: 'encrypted' | 'unreadable' }
  | { ok: false; reason: 'too-many-pages'; pages: number };

// pdfjs-dist's legacy build (and its worker) bundle core-js, which on Node 20 replaces built-ins for
// the whole process with JavaScript versions: Array.prototype.push several times slower,
// JSON.stringify twenty times slower (for JSON.rawJSON). Every parse, ingest and server response
// after a PDF would pay for it. pdfjs works with the natives, so each built-in that existed before
// pdfjs loaded is put back; what Node lacks (Set.prototype.union, Promise.try…) stays polyfilled.
const BUILT_INS: readonly object[] = [
  globalThis,
  Object,
  Function.prototype,
  Array,
  Array.prototype,
  String,
  String.prototype,
  Number,
  Math,
  JSON,
  Promise,
  Map,
  Map.prototype,
  Set,
  Set.prototype,
  WeakMap.prototype,
  RegExp.prototype,
  Symbol,
];
const NATIVES = BUILT_INS.map((target) => [target, Object.getOwnPropertyDescriptors(target)] as const);

function restoreNatives(): void {
  for (const [target, descriptors] of NATIVES) {
    for (const key of Reflect.ownKeys(descriptors)) {
      const native = descriptors[key as keyof typeof descriptors]!;
      const now = Object.getOwnPropertyDescriptor(target, key);
      if ('value' in native && now && 'value' in now && !Object.is(now.value, native.value) && now.configurable)
        Object.defineProperty(target, key, native);
    }
  }
}

/** Loaded lazily: pdfjs is large, and text/HTML inputs never need it. */
export async function pdfjs() {
  const pdfjsModule = await import('pdfjs-dist/legacy/build/pdf.mjs');
  restoreNatives();
  return pdfjsModule;
}

export async function pdfToText(bytes: Uint8Array, assets: PdfAssets, maxPages: number): Promise<PdfText> {
  const { getDocument, GlobalWorkerOptions, VerbosityLevel } = await pdfjs();
  GlobalWorkerOptions.workerSrc = assets.workerSrc;
  // pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = getDocument({
    data: bytes.slice(),
    cMapUrl: assets.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: assets.standardFontDataUrl,
    useWorkerFetch: false,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const doc = await task.promise;
    if (doc.numPages > maxPages) {
      await doc.destroy();
      return { ok: false, reason: 'too-many-pages', pages: doc.numPages };
    }
    const lines: string[] = [];
    let chars = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: PositionedItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, , , x, y] = item.transform as number[];
        chars += item.str.replace(/\s/g, '').length;
        const size = Math.hypot(a!, b!) || item.height;
        items.push({ str: item.str, x: x!, y: y!, width: item.width, size, vertical: item.dir === 'ttb' });
      }
      lines.push(...itemsToLines(items));
      page.cleanup();
    }
    const pages = doc.numPages;
    await doc.destroy();
    return { ok: true, text: lines.join('\n'), pages, chars };
  } catch (err) {
    await task.destroy().catch(() => undefined);
    const name = (err as { name?: string } | null)?.name;
    return { ok: false, reason: name === 'PasswordException' ? 'encrypted' : 'unreadable' };
  } finally {
    // Its in-process worker module, loaded on first use, carries the same polyfills.
    restoreNatives();
  }
}
