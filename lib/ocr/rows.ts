// A table's rows assembled from its recognised lines. A row's label may wrap on two or three lines
// inside its cell while its numbers stand on one line, level with the middle of the label: laid out
// line by line, the label's first line stands alone above and the numbers take whatever sits on
// their line (a group label: `(四) 无 | 746 | …`). Here every line of a table holding words only in
// its label columns joins the row of numbers nearest it, its words after the same cell's words
// above them; and a row of numbers short of the table's columns gets an unreadable cell (`?`) where
// the columns of the table's full rows show one was lost, so its other cells keep their columns.

import type { OcrItem } from './types';

export interface TableRows {
  /** The page's lines, a table's label lines joined to their rows; items in reading order. */
  rows: OcrItem[][];
  /** Items continuing the item before them in its cell on a line below (a wrapped label): joined without separator. */
  wrapped: Set<OcrItem>;
  /** Cells the table's columns show lost (no item where the full rows print a number): laid out as `?`. */
  lost: Set<OcrItem>;
}

/**
 * How far a label's line may stand from its row's numbers, in text heights: a three-line label's
 * first line stands a line pitch (some 1.8 text heights) above its numbers.
 */
export const LABEL_REACH = 2.5;

/** Full rows (as many value cells as the table's most rows, all numbers) needed to know its columns. */
const MIN_FULL_ROWS = 3;

/** A label line's characters read at least this surely count as its words. */
const SURE = 0.8;

/** A number's centre within this share of the columns' spacing from a column's centre stands in it. */
const IN_COLUMN = 0.3;

export const NUMBER = /^[0-9０-９]+$/;
/** Text whose glyphs are counted in its ink (recognize.ts): digits, or a decimal (its point too small to count as a glyph). */
export const COUNTED_NUMBER = /^[0-9０-９]+(?:[.．][0-9０-９]+)?$/;

/**
 * A box less high than this share of the page's median box is a fragment, not a whole character: a
 * speck of a seal or a broken glyph the detector boxed alone, which the recogniser, blowing it up to
 * a line's height, reads as a digit it may be sure of (the bottom of a `28` read as `8` at 0.857).
 */
export const FRAGMENT = 1 / 3;

/** Digits that may be a cell's number: not read from a fragment nor where the box holds no dark ink (layout.ts holds both). */
const isNumber = (it: OcrItem, textHeight: number) =>
  NUMBER.test(it.text.trim()) && it.box[3] - it.box[1] >= FRAGMENT * textHeight && it.glyphs !== 0;
/** A row label's start: 1. / 2、 / (一) / 一、 — a wrapped label's continuation begins otherwise. */
const ENUMERATOR = /^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+\s*[.．、,，])/;

/** Cells of one table share the band (cell / 1000: the top of the rules around them). */
const band = (it: OcrItem) => Math.floor(it.cell / 1000);
const centreY = (i: OcrItem) => (i.box[1] + i.box[3]) / 2;
const centreX = (i: OcrItem) => (i.box[0] + i.box[2]) / 2;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Bands of one table differ by a pixel or two where the rules' tops were measured apart: the
 * band of each line, tops within BAND_SLACK pixels taken as one; null for a line not all in one table.
 */
const BAND_SLACK = 3;

function lineBands(lines: readonly OcrItem[][]): (number | null)[] {
  const tops = [
    ...new Set(
      lines
        .flat()
        .filter((i) => i.cell >= 0)
        .map(band),
    ),
  ].sort((a, b) => a - b);
  const canonical = new Map<number, number>();
  for (const t of tops) {
    // a canonical top is one of the lower ones already seen
    const near = tops.find((u) => t - u <= BAND_SLACK && canonical.get(u) === u);
    canonical.set(t, near ?? t);
  }
  return lines.map((line) => {
    if (line.some((i) => i.cell < 0)) return null;
    const bands = new Set(line.map((i) => canonical.get(band(i))!));
    return bands.size === 1 ? [...bands][0]! : null;
  });
}

/** A table's value columns: their centres, and the left edge of the first (label cells stand left of it). */
interface Columns {
  centres: number[];
  left: number;
}

const numbers = (line: readonly OcrItem[], textHeight: number) => line.filter((i) => isNumber(i, textHeight));

/**
 * The table's value columns, from its full rows: as many numbers as most of its lines holding two
 * or more print; the k-th column's centre is the median of their k-th numbers'. Null when fewer
 * than MIN_FULL_ROWS rows tell them. By position, not by the items' cell index: a row whose label
 * spans two columns has a rule fewer left of its numbers.
 */
function valueColumns(lines: readonly OcrItem[][], textHeight: number): Columns | null {
  const counts = new Map<number, number>();
  for (const l of lines) {
    const n = numbers(l, textHeight).length;
    if (n >= 2) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  const [size] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0];
  const full = lines.map((l) => numbers(l, textHeight)).filter((n) => n.length === size);
  if (full.length < MIN_FULL_ROWS) return null;
  const centres = Array.from({ length: size }, (_, k) => median(full.map((n) => centreX(n[k]!))));
  if (!centres.every((c, k) => k === 0 || c > centres[k - 1]!)) return null;
  return { centres, left: centres[0]! - (centres[1]! - centres[0]!) / 2 };
}

/** Marks the parser reads as a cell's placeholder (blank, "/" and 0 differ): never held as a glyph nor taken for a mark. */
export const PLACEHOLDER = /^[/\\\-—–－无空]+$/;

/**
 * Whether `it`, in the value columns, is a mark, not a reading: no digit, a character or two, read
 * unsurely (a seal's trace read as `T`, `高`, noise as `A`), or digits read from a fragment or
 * where no dark ink is.
 */
function isMark(it: OcrItem, columns: Columns, textHeight: number): boolean {
  const text = it.text.trim();
  if (centreX(it) < columns.left) return false;
  if (NUMBER.test(text)) return !isNumber(it, textHeight);
  return !/[0-9０-９?？]/.test(text) && text.length <= 2 && !PLACEHOLDER.test(text) && Math.min(...it.conf) < SURE;
}

/**
 * Whether `it` is a mark standing where it holds no cell of the row: in a column holding a number
 * of the row, or between columns. A mark alone in a column is kept: the cell's reading (a `0` read as
 * `o`), laid out as unreadable.
 */
function strayMark(it: OcrItem, row: readonly OcrItem[], columns: Columns, textHeight: number): boolean {
  if (!isMark(it, columns, textHeight)) return false;
  const k = columnOf(centreX(it), columns);
  return k < 0 || row.some((o) => isNumber(o, textHeight) && columnOf(centreX(o), columns) === k);
}

/** The index of the value column whose centre `x` stands near, or -1. */
function columnOf(x: number, { centres }: Columns): number {
  const spacing = Math.min(...centres.slice(1).map((c, k) => c - centres[k]!));
  return centres.findIndex((c) => Math.abs(c - x) <= IN_COLUMN * spacing);
}

/**
 * The unreadable cells a row of numbers lost: each of its value items stands in one column of the
 * table's (two may stand in one: a number read in pieces), and the columns holding none are the
 * lost cells. None when a value item stands between columns, or fewer than half the columns hold one.
 */
function lostCells(row: readonly OcrItem[], columns: Columns): OcrItem[] {
  const values = row.filter((i) => centreX(i) >= columns.left);
  const taken = new Set<number>();
  for (const it of values) {
    const k = columnOf(centreX(it), columns);
    if (k < 0) return [];
    taken.add(k);
  }
  // Two items may stand in one column (a number read in two pieces): the columns holding none count.
  if (2 * taken.size < columns.centres.length) return [];
  const ref = values[0]!;
  const half = 0.5 * Math.min(...values.map((i) => i.box[2] - i.box[0]));
  return columns.centres.flatMap((c, k) =>
    taken.has(k)
      ? []
      : [{ page: ref.page, box: [c - half, ref.box[1], c + half, ref.box[3]], text: '?', conf: [], cell: -1 } satisfies OcrItem],
  );
}

/**
 * The page's lines (each sorted left to right, top to bottom) with each table's label lines joined
 * to their rows and its rows' lost cells marked; `textHeight` is the page's usual box height.
 */
export function tableRows(lines: readonly OcrItem[][], textHeight: number): TableRows {
  const wrapped = new Set<OcrItem>();
  const lost = new Set<OcrItem>();
  const bands = lineBands(lines);
  /** For each line joined to a row of numbers: that row's line index. */
  const joinedTo = new Map<number, number>();
  /** The value columns of each row of numbers' table, where they are known. */
  const columnsOf = new Map<number, Columns>();
  for (const b of new Set(bands.filter((x): x is number => x !== null))) {
    const idx = lines.map((_, i) => i).filter((i) => bands[i] === b);
    const columns = valueColumns(
      idx.map((i) => lines[i]!),
      textHeight,
    );
    if (!columns) continue;
    const isNumberRow = (i: number) => numbers(lines[i]!, textHeight).some((it) => centreX(it) >= columns.left);
    // Words left of the value columns, and at most marks in them (a seal's trace read as `T`).
    const isLabelLine = (i: number) =>
      lines[i]!.some((it) => centreX(it) < columns.left) &&
      lines[i]!.every((it) => centreX(it) < columns.left || isMark(it, columns, textHeight));
    // A seal's trace read as a word or two (政, 真): left on its line, not made part of a label.
    const isLabel = (i: number) =>
      isLabelLine(i) && lines[i]!.flatMap((it) => [...it.text].filter((ch, k) => ch.trim() && it.conf[k]! >= SURE)).length >= 2;
    for (const i of idx.filter(isNumberRow)) columnsOf.set(i, columns);
    // Label lines: each joins the nearest row of numbers with only label lines between them.
    idx.forEach((i, n) => {
      if (!isLabel(i)) return;
      const line = lines[i]!;
      const near = (step: 1 | -1): number | null => {
        for (let m = n + step; m >= 0 && m < idx.length; m += step) {
          if (isNumberRow(idx[m]!)) return idx[m]!;
          if (!isLabelLine(idx[m]!)) return null;
        }
        return null;
      };
      const cells = new Set(line.map((it) => it.cell));
      const enumerated = ENUMERATOR.test(line[0]!.text);
      // A row whose own line has words in this line's cell: this line continues its label (the
      // line not beginning a label: 1. / (二)) or, above it, begins it (the row's own words not
      // beginning one). Where both fit (an enumerator misread: 共)部分公开), the nearer row.
      const fits = (r: number | null, below: boolean): r is number => {
        if (r === null) return false;
        const own = lines[r]!.find((it) => cells.has(it.cell));
        return !own || (below ? enumerated || !ENUMERATOR.test(own.text) : !enumerated);
      };
      const y = median(line.map(centreY));
      const dist = (r: number) => Math.abs(median(lines[r]!.filter((it) => centreX(it) >= columns.left).map(centreY)) - y);
      const up = near(-1);
      const down = near(1);
      const choices = [up, down].filter((r, k) => fits(r, k === 1)) as number[];
      const best = choices.sort((a, c) => dist(a) - dist(c))[0];
      if (best !== undefined && dist(best) <= LABEL_REACH * textHeight) joinedTo.set(i, best);
    });
  }
  const rows: OcrItem[][] = [];
  lines.forEach((line, i) => {
    if (joinedTo.has(i)) return;
    const members = [i, ...[...joinedTo].filter(([, r]) => r === i).map(([l]) => l)];
    const lineOf = new Map<OcrItem, number>();
    for (const m of members) for (const it of lines[m]!) lineOf.set(it, m);
    const columns = columnsOf.get(i);
    // Marks are left out of a labelled row only: a row of numbers with no label, made clean, would
    // be taken by its position in the table for another row.
    const all = [...lineOf.keys()];
    const labelled = columns && all.some((it) => centreX(it) < columns.left);
    const items = all.filter((it) => !labelled || !strayMark(it, all, columns, textHeight));
    for (const it of columns ? lostCells(items, columns) : []) {
      lost.add(it);
      lineOf.set(it, i);
      items.push(it);
    }
    // Nothing changed only when the items are the line's own: a mark left out and a lost cell put in
    // keep the count.
    if (members.length === 1 && items.length === line.length && items.every((it, k) => it === line[k])) {
      rows.push([...line]);
      return;
    }
    // Cells left to right (by their leftmost item), a cell's lines top to bottom.
    const cellKey = (it: OcrItem) => (it.cell >= 0 ? `c${it.cell}` : `i${items.indexOf(it)}`);
    const left = new Map<string, number>();
    for (const it of items) left.set(cellKey(it), Math.min(left.get(cellKey(it)) ?? Infinity, it.box[0]));
    items.sort((a, c) => left.get(cellKey(a))! - left.get(cellKey(c))! || lineOf.get(a)! - lineOf.get(c)! || a.box[0] - c.box[0]);
    items.forEach((it, k) => {
      const prev = items[k - 1];
      if (prev && it.cell >= 0 && prev.cell === it.cell && lineOf.get(prev)! < lineOf.get(it)!) wrapped.add(it);
    });
    rows.push(items);
  });
  return { rows, wrapped, lost };
}
