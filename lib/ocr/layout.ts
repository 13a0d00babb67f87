// Recognised items to the text the parser reads, in the form of a PDF's text layer
// (lib/extract/README.md): lines top to bottom by the boxes' centres, items left to right, ` | `
// between items in different table cells or far apart; a table's rows assembled from its lines
// (rows.ts: a wrapped label joined to its numbers, a lost cell laid out as `?`). Every item keeps its offsets in the text,
// so a figure's span leads back to its page and box. Digit runs the guard doubts are printed as `?`.

import { COUNTED_NUMBER, FRAGMENT, NUMBER, PLACEHOLDER, tableRows } from './rows';
import type { OcrDocument, OcrItem } from './types';

/** What the sums confirmed of a doubtful reading (guard.ts's confirmDoubts): the relation's words. */
export interface Confirmation {
  zh: string;
  en: string;
}

/** A doubtful digit run, named by its item (index in the document) and its offset in the item's text. */
export const doubtId = (itemIndex: number, offset: number) => `${itemIndex}:${offset}`;

export interface Doubt {
  id: string;
  /** Offset in the laid-out text: of the `?` printed for it, or of its digits when confirmed. */
  at: number;
  raw: string;
  conf: number;
  /** Held whatever its confidence: read from a fragment (a box far shorter than the page's text),
   * a glyph that is no digit alone in a cell among a row's numbers (`0` read as `。`, a seal's trace),
   * a digit run whose box has room for another digit (`span`: a repeated digit read once), or a
   * number cut by a paragraph's line wrap (`wrap`: `9` ending a line, `116.36` starting the next),
   * or digits read where their box holds no dark ink (`faint`: a seal's stroke read as `2`), or
   * digits read with a speck beside them in a cell among a row's numbers (`speck`: `0.`, noise or a
   * seal's trace by a `0`, or a digit's broken stroke). */
  held?: 'fragment' | 'glyph' | 'span' | 'wrap' | 'faint' | 'speck';
  /** Set when the sums confirmed the reading: its digits are printed. */
  confirmed?: Confirmation;
}

export interface PlacedItem {
  item: OcrItem;
  /** [start, end) of the item's (possibly guarded) text in the laid-out text. */
  start: number;
  end: number;
  /** Digit runs held below the threshold (printed as `?` unless confirmed). */
  doubts: Doubt[];
}

export interface LaidOut {
  text: string;
  placed: PlacedItem[];
}

const CELL_SEPARATOR = ' | ';
/** Centres closer than this (fraction of the smaller box height) share a line. */
const SAME_LINE = 0.4;
/** A gap of at least this (fraction of the box height) between two items is a cell boundary. */
const CELL_GAP = 0.8;

/**
 * A run of digits alone in its box, wider than its digits by this share of a digit (the widest per
 * digit of the line's other numbers), may hold a digit more: CTC decoding reads two identical
 * adjacent digits as one when the model puts no blank frame between them (`11` as `1`, `447` as `47`).
 */
export const SPAN_EXCESS = 0.75;

/**
 * A lone `0` in a table cell is printed from this confidence, below the digit threshold: the model
 * reads a lone `0` unsurely (0.6–0.85) where a row of numbers surely, and a `0` for another number
 * breaks its row's and its column's sums, which hold it. Measured on three recognitions of the set
 * (some 75 scans): no wrong figure at any threshold down to 0.2; 0.6 wins some 40 key figures each.
 */
export const LONE_ZERO = 0.6;

/** Specks read beside a cell's digits: a dot, comma, quote or dash. */
const SPECKED = /^[.．·,，'`‘’:;\-_]*([0-9０-９]+)[.．·,，'`‘’:;\-_]*$/;

/**
 * Whether `it`, in a table cell among a row's numbers, is digits read with a speck beside them
 * (`0.`): the digits are likely the cell's number, but a speck may be a stroke of a digit lost (`0.`
 * for `6`), so they are held as a doubt the sums may confirm. Not a row label's enumerator (`5.`
 * before its words) nor a signed change (`+1`, `-0`: table 2, whose sign matters).
 */
function specked(it: OcrItem, row: readonly OcrItem[]): boolean {
  const text = it.text.trim();
  if (it.cell < 0 || NUMBER.test(text) || /^[+＋\-−－]/.test(text) || !SPECKED.test(text)) return false;
  const next = row[row.indexOf(it) + 1];
  if (next && /\p{Script=Han}/u.test(next.text)) return false;
  return row.filter((o) => o !== it && NUMBER.test(o.text.trim())).length >= 2;
}

/**
 * Whether `it`, alone in its table cell, is a glyph that is no digit (`0` read as `。` or `o`, seal
 * residue read as `E`) among a row's numbers: it is laid out as an unreadable cell holding its place,
 * so the row keeps its columns. Not the row's first item (a label's cell) nor a placeholder.
 */
function strayGlyph(it: OcrItem, row: readonly OcrItem[]): boolean {
  const text = it.text.trim();
  if (it.cell < 0 || it === row[0] || text.length > 2 || /[0-9０-９?？]/.test(text) || PLACEHOLDER.test(text)) return false;
  if (text !== '〇' && /\p{Script=Han}/u.test(text)) return false;
  return row.filter((o) => o.cell === it.cell).length === 1 && row.filter((o) => /[0-9０-９]/.test(o.text)).length >= 2;
}

/**
 * Whether `it` is a doubtful digit run alone (nothing but digits, none sure) in a table cell that
 * holds a surely read word on the same line — a label's or a header's cell, where a seal's mark was read as `2`:
 * no figure's cell, so it is left out rather than laid out as an unreadable cell (a `?` there would
 * shift the row's cells, or table 4's, by one).
 */
function markInWordCell(
  it: OcrItem,
  row: readonly OcrItem[],
  threshold: number,
  held: Doubt['held'],
  confirmed: (offset: number) => boolean,
): boolean {
  const text = it.text.trim();
  if (it.cell < 0 || !/^[0-9０-９]+$/.test(text) || confirmed(it.text.indexOf(text))) return false;
  // Sure digits too on a line whose other cells hold no number (a header's: a seal's mark read as `8`
  // at 0.9 beside 其他 was counted as table 4's first cell, and every cell was one place off).
  const numberRow = row.some((o) => o.cell >= 0 && o.cell !== it.cell && /^[0-9０-９]+$/.test(o.text.trim()));
  if (!held && Math.min(...it.conf) >= threshold && numberRow) return false;
  // A word read surely: seal residue is read as a lone unsure character (月 at 0.41), a label as words.
  return row.some((o) => o !== it && o.cell === it.cell && /\p{Script=Han}/u.test(o.text) && Math.min(...o.conf) >= threshold);
}

/**
 * A glyph of ink this much wider than high holds two digits that touch (a digit's ink is at most
 * 0.9 as wide as high, two touching digits' 1.4 and more: measured on the scan set), and one more
 * for each TOUCHING_ADVANCE beyond: CTC reads `44` touching as `4` as surely as apart.
 */
export const TOUCHING = 1.25;
const TOUCHING_ADVANCE = 0.75;

/** The digits of a number as read (digits only, or a decimal's without its point), or 0 for other text. */
function digitsRead(text: string): number {
  return COUNTED_NUMBER.test(text) ? text.replace(/[.．]/, '').length : 0;
}

/** The digits `it`'s ink holds: a glyph each, two or more for a glyph as wide as touching digits. */
function digitsInInk(it: OcrItem): number {
  if (!it.glyphWidths) return it.glyphs!;
  return it.glyphWidths.reduce((n, w) => n + (w < TOUCHING ? 1 : 2 + Math.floor((w - TOUCHING) / TOUCHING_ADVANCE)), 0);
}

/**
 * Whether `it`, a number, holds more digits in its ink than digits read (glyphs apart, or touching
 * in one glyph as wide as two); in a recognition stored without that count, whether its box, digits
 * only, is wide enough for one digit more (SPAN_EXCESS).
 */
function roomForDigit(it: OcrItem, row: readonly OcrItem[]): boolean {
  const text = it.text.trim();
  const n = digitsRead(text);
  if (!n) return false;
  // A lone `0` hides no repeated digit (no number begins with 0).
  if (it.glyphs !== undefined) return digitsInInk(it) > n && text !== '0';
  const digits = (o: OcrItem) => (NUMBER.test(o.text.trim()) ? o.text.trim().length : 0);
  if (!digits(it)) return false;
  const width = (o: OcrItem) => o.box[2] - o.box[0];
  // Numbers of two digits or more give a digit's width with its spacing; a lone digit's box is its ink.
  const perDigit = Math.max(0, ...row.filter((o) => o !== it && digits(o) >= 2).map((o) => width(o) / digits(o)));
  return perDigit > 0 && width(it) >= (n + SPAN_EXCESS) * perDigit;
}

/** Whether the item's first (`head`) or last (`tail`) digit run is a number cut by a line wrap. */
interface Wrapped {
  head?: boolean;
  tail?: boolean;
}

/**
 * Items of a paragraph (outside table cells) whose number a line wrap cut: a line ending in a digit
 * and the next line, starting no further right, beginning with one (`…行政事业性收费9` / `116.36三、…`):
 * neither piece is the number printed.
 */
function wrapCuts(rows: readonly OcrItem[][]): Map<OcrItem, Wrapped> {
  const cuts = new Map<OcrItem, Wrapped>();
  for (let r = 1; r < rows.length; r++) {
    const end = rows[r - 1]![rows[r - 1]!.length - 1]!;
    const start = rows[r]![0]!;
    if (end.cell >= 0 || start.cell >= 0 || !/[0-9０-９]$/.test(end.text.trimEnd()) || !/^[0-9０-９]/.test(start.text.trimStart()))
      continue;
    if (start.box[0] > end.box[0] + height(end)) continue;
    cuts.set(end, { ...cuts.get(end), tail: true });
    cuts.set(start, { ...cuts.get(start), head: true });
  }
  return cuts;
}

type ItemDoubt = Omit<Doubt, 'id' | 'at'> & { offset: number; itemOffset: number };

/**
 * Replaces each run of digits holding one below `threshold` (every run, for a `fragment`; the whole
 * text, for a stray `glyph`) by `?`, unless `confirmed` names it (its offset in the item) — the sums
 * determined the same number; returns the text and the doubts.
 */
export function guardDigits(
  item: OcrItem,
  threshold: number,
  confirmed: (offset: number) => Confirmation | undefined = () => undefined,
  held?: Doubt['held'],
  wrapped: Wrapped = {},
): { text: string; doubts: ItemDoubt[] } {
  if (held === 'glyph')
    return { text: '?', doubts: [{ offset: 0, itemOffset: 0, raw: item.text.trim(), conf: Math.min(...item.conf), held }] };
  if (held === 'speck') {
    // The digits alone, without their specks, when the sums confirm them.
    const digits = /[0-9０-９]+/.exec(item.text)!;
    const ok = confirmed(digits.index);
    const conf = Math.min(...item.conf.slice(digits.index, digits.index + digits[0].length));
    return {
      text: ok ? digits[0] : '?',
      doubts: [{ offset: 0, itemOffset: digits.index, raw: digits[0], conf, held, ...(ok ? { confirmed: ok } : {}) }],
    };
  }
  let text = '';
  const doubts: ItemDoubt[] = [];
  const re = /[0-9０-９]+/g;
  let last = 0;
  // The number a wrap cut, decimals and separators with it (`116.36`): every digit run in it.
  const headEnd = wrapped.head ? (/^\s*[0-9０-９][0-9０-９.,，．]*/.exec(item.text)?.[0].length ?? 0) : 0;
  const tailStart = wrapped.tail ? (/[0-9０-９][0-9０-９.,，．]*\s*$/.exec(item.text)?.index ?? Infinity) : Infinity;
  for (const m of item.text.matchAll(re)) {
    const start = m.index;
    const conf = Math.min(...item.conf.slice(start, start + m[0].length));
    text += item.text.slice(last, start);
    const cut = start < headEnd || start + m[0].length > tailStart ? 'wrap' : held;
    const loneZero = item.cell >= 0 && item.text.trim() === '0';
    if (conf < (loneZero ? Math.min(threshold, LONE_ZERO) : threshold) || cut) {
      const ok = confirmed(start);
      doubts.push({
        offset: text.length,
        itemOffset: start,
        raw: m[0],
        conf,
        ...(cut ? { held: cut } : {}),
        ...(ok ? { confirmed: ok } : {}),
      });
      text += ok ? m[0] : '?';
    } else text += m[0];
    last = start + m[0].length;
  }
  return { text: text + item.text.slice(last), doubts };
}

/** A character of a seal's read this surely is taken for a word (rows.ts takes one read less surely for a mark). */
const SURE_WORD = 0.8;

/**
 * Whether `it` is a seal's words read surely beside a number in its table cell: no dark ink in its
 * box (a red seal's characters, 政 read at 1.00 at 300 dpi), a character read at SURE_WORD or more,
 * a number with ink in the same cell of the row. Left out, as a seal's stroke read as a digit there
 * is: laid out, they make a cell of their own among the row's numbers (`15 室 | 政`: four cells for three).
 */
export function sealWord(it: OcrItem, row: readonly OcrItem[]): boolean {
  if (it.inkless !== true || it.cell < 0 || /[0-9０-９]/.test(it.text) || Math.max(...it.conf) < SURE_WORD) return false;
  return row.some((o) => o !== it && o.cell === it.cell && NUMBER.test(o.text.trim()) && o.glyphs !== 0);
}

/** A page's items in lines, top to bottom, each left to right; `textHeight` is the page's usual box height. */
export function textLines(items: readonly OcrItem[], textHeight: number): OcrItem[][] {
  const sorted = [...items].sort((a, b) => centre(a) - centre(b) || a.box[0] - b.box[0]);
  const lines: OcrItem[][] = [];
  for (const it of sorted) {
    const line = lines[lines.length - 1];
    const ref = line?.[line.length - 1];
    if (line && ref && Math.abs(centre(ref) - centre(it)) <= SAME_LINE * lineHeight(ref, it, textHeight)) line.push(it);
    else lines.push([it]);
  }
  for (const line of lines) line.sort((a, b) => a.box[0] - b.box[0]);
  return lines;
}

/** The recognised document as text; doubtful digit runs as `?`, except those in `confirmed` (by doubtId). */
export function layoutText(doc: OcrDocument, threshold: number, confirmed: ReadonlyMap<string, Confirmation> = new Map()): LaidOut {
  const placed: PlacedItem[] = [];
  const lines: string[] = [];
  const indexOf = new Map(doc.items.map((it, i) => [it, i]));
  let offset = 0;
  for (let p = 1; p <= doc.pages.length; p++) {
    const items = doc.items.filter((i) => i.page === p && i.text.trim() !== '');
    const heights = items.map(height).sort((a, b) => a - b);
    const textHeight = heights[Math.floor(heights.length / 2)] ?? 0;
    const fragmentBelow = FRAGMENT * textHeight;
    const { rows, wrapped, lost } = tableRows(textLines(items, textHeight), textHeight);
    const cuts = wrapCuts(rows);
    for (const row of rows) {
      let line = '';
      let prev: OcrItem | null = null;
      for (const it of row) {
        if (lost.has(it)) {
          line += (prev ? CELL_SEPARATOR : '') + '?';
          prev = it;
          continue;
        }
        const index = indexOf.get(it)!;
        // Digits read where the box holds no dark ink are a seal's stroke: beside a number in its cell, left out.
        if (it.glyphs === 0 && it.cell >= 0 && row.some((o) => o !== it && o.cell === it.cell && /[0-9０-９]/.test(o.text))) continue;
        if (sealWord(it, row)) continue;
        const held = strayGlyph(it, row)
          ? 'glyph'
          : height(it) < fragmentBelow
            ? 'fragment'
            : it.glyphs === 0
              ? 'faint'
              : specked(it, row)
                ? 'speck'
                : roomForDigit(it, row)
                  ? 'span'
                  : undefined;
        if (markInWordCell(it, row, threshold, held, (o) => confirmed.has(doubtId(index, o)))) continue;
        if (prev && wrapped.has(it)) {
          // A wrapped label's next line: its words continue the line above.
        } else if (prev && lost.has(prev)) line += CELL_SEPARATOR;
        else if (prev) {
          const gap = (it.box[0] - prev.box[2]) * doc.pages[p - 1]!.width;
          const h = Math.min(height(prev), height(it)) * doc.pages[p - 1]!.height;
          line += (it.cell !== prev.cell && (it.cell >= 0 || prev.cell >= 0)) || gap >= CELL_GAP * h ? CELL_SEPARATOR : ' ';
        }
        const guarded = guardDigits(it, threshold, (o) => confirmed.get(doubtId(index, o)), held, cuts.get(it));
        const start = offset + line.length;
        line += guarded.text;
        placed.push({
          item: it,
          start,
          end: start + guarded.text.length,
          doubts: guarded.doubts.map(({ offset, itemOffset, ...d }) => ({ ...d, id: doubtId(index, itemOffset), at: start + offset })),
        });
        prev = it;
      }
      lines.push(line);
      offset += line.length + 1;
    }
  }
  return { text: lines.join('\n'), placed };
}

const centre = (i: OcrItem) => (i.box[1] + i.box[3]) / 2;
const height = (i: OcrItem) => i.box[3] - i.box[1];
/**
 * The height two items' centres are compared by: the smaller box's; between a number and a word
 * (two characters or more), no less than the page's usual text height when the word is as tall: a
 * lone digit's box is its ink, half a line's height, and a label's centre beside it stands further
 * off than that allows.
 */
function lineHeight(a: OcrItem, b: OcrItem, textHeight: number): number {
  const low = Math.min(height(a), height(b));
  const [n, w] = NUMBER.test(a.text.trim()) ? [a, b] : [b, a];
  // A speck beside a number (a seal's trace read as `y`) is no word: compared as before.
  if (!NUMBER.test(n.text.trim()) || NUMBER.test(w.text.trim()) || w.text.trim().length < 2) return low;
  return Math.max(low, Math.min(textHeight, height(w)));
}
