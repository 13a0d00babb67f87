// One page image → recognised items: straightened, ruling lines erased (their vertical ones kept
// as cell boundaries), text boxes detected and read, each box split where a vertical rule crosses
// it so that an item never spans two table cells.

import { estimateSkew } from './deskew';
import { detect, recognize, type Box, type ReadChar } from './engine';
import { prepare, rotate, type Gray } from './image';
import { glyphRuns, INK } from './ink';
import { isRing, ringBox } from './ring';
import { tableBoxes } from './leftover';
import { COUNTED_NUMBER } from './rows';
import { removeRules, type VerticalRule } from './rules';
import type { OcrItem, OcrPage } from './types';

export interface RecognisedPage {
  page: OcrPage;
  items: OcrItem[];
  /** The straightened page, rules kept (what the viewer shows; boxes refer to it). */
  image: Gray;
}

/** Which cell of a ruled table x lies in at height y: the number of rules left of it, or -1 outside a table. */
function cellOf(rules: VerticalRule[], x: number, y: number): number {
  const covering = rules.filter((r) => r.top <= y && y <= r.bottom);
  const left = covering.filter((r) => r.x < x).length;
  if (left === 0 || left === covering.length) return -1;
  // Distinct per table row band too: the rule set covering y identifies the band.
  return left + 1000 * Math.round(Math.min(...covering.map((r) => r.top)));
}

/**
 * Boxes of one text line joined into one: a table row's cells are read together, as a line, which
 * the recogniser reads far more surely than a lone digit (toItems splits them again).
 */
export function groupLines(boxes: readonly Box[]): Box[][] {
  const sorted = [...boxes].sort((a, b) => (a.y0 + a.y1) / 2 - (b.y0 + b.y1) / 2);
  const lines: { y0: number; y1: number; boxes: Box[] }[] = [];
  for (const b of sorted) {
    const h = b.y1 - b.y0;
    const line = lines.find((l) => {
      const overlap = Math.min(l.y1, b.y1) - Math.max(l.y0, b.y0);
      const lh = l.y1 - l.y0;
      return overlap >= 0.6 * Math.min(h, lh) && Math.max(h, lh) <= 1.6 * Math.min(h, lh);
    });
    if (line) {
      line.y0 = Math.min(line.y0, b.y0);
      line.y1 = Math.max(line.y1, b.y1);
      line.boxes.push(b);
    } else lines.push({ y0: b.y0, y1: b.y1, boxes: [b] });
  }
  return lines.map((l) => l.boxes);
}

/** A run of text as an engine read it: its box and its characters' places and probabilities (page pixels). */
export interface LineRead {
  box: Box;
  chars: Pick<ReadChar, 'ch' | 'conf' | 'x0' | 'x1'>[];
}

/** The x range between the vertical rules around x at height y (the page's width outside a table). */
function cellBounds(rules: VerticalRule[], x: number, y: number, width: number): [number, number] {
  const covering = rules.filter((r) => r.top <= y && y <= r.bottom);
  return [
    Math.max(0, ...covering.filter((r) => r.x < x).map((r) => r.x)),
    Math.min(width, ...covering.filter((r) => r.x > x).map((r) => r.x)),
  ];
}

function toItems(read: LineRead, rules: VerticalRule[], pageNo: number, page: Gray): OcrItem[] {
  const { width: w, height: h } = page;
  const yc = (read.box.y0 + read.box.y1) / 2;
  const groups: { cell: number; chars: LineRead['chars'] }[] = [];
  for (const c of read.chars) {
    const cell = cellOf(rules, (c.x0 + c.x1) / 2, yc);
    const last = groups[groups.length - 1];
    if (last && last.cell === cell) last.chars.push(c);
    else groups.push({ cell, chars: [c] });
  }
  const items: OcrItem[] = [];
  for (const g of groups) {
    let chars = g.chars;
    while (chars.length && chars[0]!.ch.trim() === '') chars = chars.slice(1);
    while (chars.length && chars[chars.length - 1]!.ch.trim() === '') chars = chars.slice(0, -1);
    if (!chars.length) continue;
    const x0 = Math.max(read.box.x0, chars[0]!.x0);
    const x1 = Math.min(read.box.x1, chars[chars.length - 1]!.x1);
    const text = chars.map((c) => c.ch).join('');
    // A number's glyphs counted in its box's ink, within its cell, a glyph the box cuts whole (the
    // layout holds a number read with fewer digits).
    const [left, right] = cellBounds(rules, (x0 + x1) / 2, yc, w);
    const inCell = { ...read.box, x0: Math.max(read.box.x0, left), x1: Math.min(read.box.x1, right) };
    const ink = COUNTED_NUMBER.test(text) ? glyphRuns(page, inCell, { x0: left, x1: right }) : undefined;
    const own = { ...read.box, x0, x1: Math.max(x0 + 1, x1) };
    items.push({
      page: pageNo,
      box: [own.x0 / w, own.y0 / h, own.x1 / w, own.y1 / h],
      text,
      conf: chars.map((c) => Math.round(c.conf * 10000) / 10000),
      cell: g.cell,
      ...(ink ? { glyphs: ink.length, glyphWidths: ink.map((g) => Math.round(((g.x1 - g.x0) / (g.y1 - g.y0)) * 100) / 100) } : {}),
      ...inkWitnesses(page, text, g.cell, own, [left, right]),
    });
  }
  return items;
}

/** A page straightened, its rules found and erased (what any engine reads). */
export interface CleanPage {
  straight: Gray;
  clean: Gray;
  skew: number;
  rules: VerticalRule[];
}

/** Words whose box holds less dark ink than this share of its pixels hold none: a real word's strokes
 * cover 4% of its box or more (一 and 三 among them), a seal's characters none once grey. */
const INKLESS_SHARE = 0.005;

/** Whether the box (page pixels) holds no dark ink: less than INKLESS_SHARE of its pixels darker than ink.ts's INK. */
function inkless(page: Gray, box: Box): boolean {
  const x0 = Math.max(0, Math.floor(box.x0));
  const x1 = Math.min(page.width, Math.ceil(box.x1));
  const y0 = Math.max(0, Math.floor(box.y0));
  const y1 = Math.min(page.height, Math.ceil(box.y1));
  let dark = 0;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (page.data[y * page.width + x]! < INK) dark++;
  return dark < INKLESS_SHARE * Math.max(1, (x1 - x0) * (y1 - y0));
}

/**
 * What the ink in an item's own box (its characters' span, the line's height; page pixels) tells,
 * apart from what was read, for an item in a table cell ([left, right) its cell): whether a lone `0`
 * is a ring (ring.ts), and words read where no dark ink is (`inkless`): a red seal's characters,
 * light once grey (image.ts), which the recogniser still reads, surely at 300 dpi (`政` at 1.00).
 */
export function inkWitnesses(
  page: Gray,
  text: string,
  cell: number,
  own: Box,
  [left, right]: [number, number],
): Pick<OcrItem, 'ring' | 'inkless'> {
  if (cell < 0) return {};
  if (text === '0') return { ring: isRing(page, ringBox(own, left, right)) };
  return !/[0-9０-９]/.test(text) && inkless(page, own) ? { inkless: true } : {};
}

/** A clean page with its text boxes detected. */
export interface PreparedPage extends CleanPage {
  boxes: Box[];
}

export async function cleanPage(scan: Gray): Promise<CleanPage> {
  const gray = await prepare(scan);
  const skew = estimateSkew(gray);
  const straight = Math.abs(skew) >= 0.05 ? await rotate(gray, -skew) : gray;
  const { image: clean, rules } = removeRules(straight);
  return { straight, clean, skew, rules: rules.vertical };
}

export async function detectBoxes(page: CleanPage): Promise<PreparedPage> {
  const boxes = tableBoxes(page.clean, await detect(page.clean), (x, y) => cellOf(page.rules, x, y) >= 0);
  return { ...page, boxes };
}

export async function preparePage(scan: Gray): Promise<PreparedPage> {
  return detectBoxes(await cleanPage(scan));
}

/** What an engine read on a clean page, as items: each split where a vertical rule crosses it. */
export function pageItems(page: CleanPage, reads: readonly LineRead[], pageNo: number): OcrItem[] {
  return reads.flatMap((r) => toItems(r, page.rules, pageNo, page.clean));
}

export async function readPage(page: PreparedPage, pageNo: number): Promise<OcrItem[]> {
  return pageItems(page, await recognize(page.clean, groupLines(page.boxes)), pageNo);
}

export async function recognisePage(scan: Gray, pageNo: number): Promise<RecognisedPage> {
  const started = performance.now();
  const prepared = await preparePage(scan);
  const items = await readPage(prepared, pageNo);
  const { clean, skew, straight } = prepared;
  const seconds = (performance.now() - started) / 1000;
  return { page: { width: clean.width, height: clean.height, skew, seconds: Math.round(seconds * 100) / 100 }, items, image: straight };
}
