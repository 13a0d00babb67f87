// Reading a table's region into rows of cells: labels → tokens → groups → placement on the
// format's fixed rows → each row's cells fitted to its column count.

import type { NormalText } from '../normalize';
import type { Span } from '../types';
import { alignRows, type RowSlot } from './align';
import { groupCells, type Group } from './groups';
import { mayJoin, SPACED_DIGITS } from './spaced';
import { isRun } from './split';
import { tokenize, type Cell, type LabelHit } from './tokens';

export type Fit =
  | { kind: 'ok'; cells: Cell[] }
  /** Fewer digit strings than cells, holding enough digits for all: separators lost. */
  | { kind: 'run'; cells: Cell[] }
  /** Fewer cells than columns: which one is missing is not printed. */
  | { kind: 'short'; cells: Cell[] }
  | { kind: 'long'; cells: Cell[] };

export interface RowRead {
  slot: RowSlot;
  /** Null when no group of cells could be placed on the row. */
  fit: Fit | null;
  labelled: boolean;
  /** Whether the row's label was seen anywhere in the region. */
  labelSeen: boolean;
}

/**
 * Fits a group to k columns, dropping layout blanks (spanned cells, separator lines) first; with
 * `merged`, also a last cell printed again in the columns it spans (Markdown and Word-to-text
 * converters repeat a merged cell's text in every column it covers: 10 | -8 | -8 for 10 | -8).
 */
export function fitCells(g: Group, k: number, merged = false): Fit {
  const cells = [...g.cells];
  while (cells.length > k && cells[0]?.soft) cells.shift();
  while (cells.length > k && cells[cells.length - 1]?.soft) cells.pop();
  while (merged && cells.length > k && cells[cells.length - 1]!.raw === cells[k - 1]!.raw) cells.pop();
  if (cells.length === k) return { kind: 'ok', cells };
  if (cells.length < k && isRun(cells, k)) return { kind: 'run', cells };
  // a trailing layout blank is not a cell the row is short of
  while (cells.length < k && cells.length > 0 && cells[cells.length - 1]!.soft) cells.pop();
  return cells.length < k ? { kind: 'short', cells } : { kind: 'long', cells };
}

/**
 * Whether a table's digits look letter-spaced (PDFs with character spacing print 17 as "1 7"):
 * a cell between separators holding digits a space apart ("| 2 3 7 |"); or a row read as more
 * cells than it has columns, every one a single digit (or a mark); or several rows read as more
 * or fewer cells than columns (fewer only in text run together from the label, where a space is
 * no separator) where a one-digit cell stands a single space before the next: one such row is a
 * damaged separator, several a spacing. Which gaps split numbers is not printed then: the rows
 * are read by their readings (tables/spaced.ts).
 */
export function letterSpaced(t: NormalText, rows: readonly RowRead[]): boolean {
  if (rows.some((r) => r.fit?.cells.some((c) => c.kind === 'unreadable' && SPACED_DIGITS.test(c.raw)))) return true;
  const spaced = rows.filter((r) => {
    if (!r.fit || r.fit.kind === 'ok') return false;
    const cells = r.fit.cells;
    if (r.fit.kind === 'short' && !cells[0]?.touching) return false;
    // marks for zeros may stand among the digits (7 9 — 3 — 8 2)
    if (!cells.every((c) => c.kind === 'number' || c.kind === 'placeholder')) return false;
    if (r.fit.kind === 'long' && cells.every((c) => c.kind !== 'number' || ONE_DIGIT.test(c.raw))) return true;
    return cells.some((c, i) => {
      const next = cells[i + 1];
      return next !== undefined && ONE_DIGIT.test(c.raw) && t.norm.slice(c.span[1], next.span[0]) === ' ';
    });
  });
  return spaced.some((r) => r.fit!.cells.every((c) => c.kind === 'number' && ONE_DIGIT.test(c.raw))) || spaced.length >= SPACED_ROWS;
}

const ONE_DIGIT = /^\d$/;
const SPACED_ROWS = 5;

export interface TableRead {
  rows: RowRead[];
  hits: LabelHit[];
}

/**
 * `spaced`: the table's digits may be letter-spaced (tables/spaced.ts): digits a single space
 * apart on a line count as one cell when cells are grouped, and no group is cut into whole rows.
 */
export function readLabelledTable(
  t: NormalText,
  region: Span,
  hits: LabelHit[],
  slots: readonly RowSlot[],
  merged = false,
  spaced = false,
): TableRead {
  const tokens = tokenize(t, hits, region[0], region[1]);
  const groups = dropCopies(spaced ? groupCells(tokens, (a, b) => mayJoin(t, a, b)) : splitMerged(groupCells(tokens), slots));
  const placed = alignRows(slots, groups);
  const seen = new Set(hits.map((h) => h.row));
  const rows = slots.map((slot, i) => {
    const p = placed[i]!;
    return { slot, fit: p.group ? fitCells(p.group, slot.cells, merged) : null, labelled: p.labelled, labelSeen: seen.has(slot.id) };
  });
  return { rows, hits };
}

/**
 * A row printed twice (a page break repeating it, a copy-paste): the second copy — the same label
 * before it and the same cells as the group just before — is dropped, so it cannot be placed on
 * the next row by that row's label after it.
 */
function dropCopies(groups: Group[]): Group[] {
  return groups.filter((g, i) => {
    const before = groups[i - 1];
    return !(
      before &&
      g.prev &&
      before.prev?.row === g.prev.row &&
      before.cells.length === g.cells.length &&
      before.cells.every((c, k) => c.raw === g.cells[k]!.raw)
    );
  });
}

/**
 * A group holding exactly two or more whole rows (one-cell-per-line pages whose label line was
 * lost) is cut into rows, when every row of the table prints the same number of cells.
 */
function splitMerged(groups: Group[], slots: readonly RowSlot[]): Group[] {
  const k = slots[0]?.cells ?? 0;
  if (k < 2 || slots.some((s) => s.cells !== k)) return groups;
  // Most groups are kept as they are: a loop, where flatMap would wrap each in an array.
  const out: Group[] = [];
  for (const g of groups) {
    const hard = g.cells.length < 2 * k ? null : g.cells.filter((c) => !c.soft);
    if (!hard || hard.length < 2 * k || hard.length % k !== 0 || hard.length !== g.cells.length) {
      out.push(g);
      continue;
    }
    for (let i = 0; i < hard.length; i += k) {
      out.push({
        cells: hard.slice(i, i + k),
        firstLine: g.firstLine,
        prev: i === 0 ? g.prev : undefined,
        next: i + k === hard.length ? g.next : undefined,
      });
    }
  }
  return out;
}

/**
 * Table 4 printed in pieces, each group under its own name (行政复议 …; 未经复议直接起诉 …;
 * 复议后起诉 …): the cells each name heads, in the groups' order, when every group's name heads
 * exactly `size` cells (or a run of them, cells run together); otherwise null (the names are a
 * header, and the cells follow together).
 * A piece printed twice is read when both copies print the same cells; copies that differ are a
 * 'conflict': which copy is the report's cannot be told, and reading the cells in print order
 * instead would put one group's figures under another's name.
 */
export function readPieces(
  t: NormalText,
  region: Span,
  hits: readonly LabelHit[],
  groups: readonly string[],
  size: number,
): Cell[][] | 'conflict' | null {
  const pieces: { row: string; cells: Cell[] }[] = [];
  for (const tok of tokenize(t, hits, region[0], region[1])) {
    if (tok.kind === 'label') pieces.push({ row: tok.row, cells: [] });
    else if (tok.kind === 'cell' && !(tok.cell.kind === 'blank' && tok.cell.soft)) pieces[pieces.length - 1]?.cells.push(tok.cell);
  }
  const byGroup = new Map<string, Cell[]>();
  let repeated = false;
  let differ = false;
  for (const piece of pieces) {
    const seen = byGroup.get(piece.row);
    if (!seen) byGroup.set(piece.row, piece.cells);
    else {
      repeated = true;
      differ ||= seen.length !== piece.cells.length || seen.some((c, i) => c.raw !== piece.cells[i]!.raw);
    }
  }
  // A name printed twice beside a piece that heads other than `size` cells: a header, not pieces.
  const fits = (cells: Cell[] | undefined) => cells !== undefined && (cells.length === size || isRun(cells, size));
  if (repeated && pieces.some((p) => !fits(p.cells))) return null;
  if (!groups.every((g) => fits(byGroup.get(g)))) return null;
  if (differ) return 'conflict';
  return groups.map((g) => byGroup.get(g)!);
}

/**
 * Table 4 prints one row of 15 cells (or three rows of five): its cells in reading order. The
 * first run of groups holding exactly `count` cells is taken, so a number in a sentence before
 * the table ("行政复议32件") does not shift the cells; without one, every cell: a row of more cells
 * than the table has is never cut at a guessed place (a stray mark read as a cell shifts the rest).
 * `all`: the cells are every cell of the region (else some were left out, and the caller checks
 * the cells taken against the table's sums). `widths`: how many cells each group taken holds
 * (a line of them, or a run of one-cell lines).
 */
export function readCellRow(t: NormalText, region: Span, count: number): { cells: Cell[]; all: boolean; widths: number[] } {
  const rows = cellRows(t, region);
  const taken = (from: Cell[][], all: boolean) => ({ cells: from.flat(), all, widths: from.map((r) => r.length) });
  for (let i = 0; i < rows.length; i++) {
    let n = 0;
    for (let j = i; j < rows.length && n < count; j++) {
      n += rows[j]!.length;
      if (n === count) return taken(rows.slice(i, j + 1), i === 0 && j === rows.length - 1);
    }
  }
  // the cells run together on one line (a note's dates and counts below it are not the table's)
  const run = rows.find((r) => isRun(r, count));
  return run ? taken([run], rows.length === 1) : taken(rows, true);
}

/** The region's groups of cells in reading order, layout blanks at their ends dropped. */
function cellRows(t: NormalText, region: Span): Cell[][] {
  return groupCells(tokenize(t, [], region[0], region[1])).map((g) => {
    const trimmed = [...g.cells];
    while (trimmed[0]?.soft) trimmed.shift();
    while (trimmed[trimmed.length - 1]?.soft) trimmed.pop();
    return trimmed;
  });
}

/** Every cell of the region in reading order (layout blanks at a group's ends dropped). */
export const regionCells = (t: NormalText, region: Span): Cell[] => cellRows(t, region).flat();

/**
 * Table 4 printed with its groups across and its outcomes down (结果维持 | 行政复议's | 直接起诉's |
 * 复议后起诉's, five rows): each outcome's cells across the groups, when every outcome heads
 * exactly as many cells as there are groups (or a run of them) and the group names that can be read stand in the
 * template's order. 'unreadable' when outcomes head cells in some other pattern (reading the
 * cells in print order would put one group's numbers under another's name); null when no outcome
 * heads cells (the one-row layouts).
 */
export function readTransposed(
  t: NormalText,
  region: Span,
  hits: readonly LabelHit[],
  groups: readonly string[],
  outcomes: readonly string[],
): Cell[][] | 'unreadable' | null {
  const rows = new Map<string, Cell[]>();
  const groupAt = new Map<string, number>();
  let current: Cell[] | null = null;
  let headed = 0;
  for (const tok of tokenize(t, hits, region[0], region[1])) {
    if (tok.kind === 'label') {
      if (groups.includes(tok.row)) {
        if (!groupAt.has(tok.row)) groupAt.set(tok.row, tok.span[0]);
        current = null;
      } else if (rows.has(tok.row))
        current = null; // printed again (a repeated header): its cells are not this row's
      else rows.set(tok.row, (current = []));
    } else if (tok.kind === 'text')
      current = null; // a note under the table: its numbers are no row's
    else if (tok.kind === 'cell' && current && !(tok.cell.kind === 'blank' && tok.cell.soft)) {
      if (current.length === 0) headed++;
      current.push(tok.cell);
    }
  }
  if (headed === 0) return null;
  // one row of fifteen under the header: the cells follow the last outcome name, the rest head none
  if (headed === 1 && outcomes.slice(0, -1).every((o) => rows.get(o)?.length === 0)) return null;
  const across = groups.length;
  const order = groups.map((g) => groupAt.get(g)).filter((a) => a !== undefined);
  const inOrder = order.length >= across - 1 && order.every((a, i) => i === 0 || a > order[i - 1]!);
  const fits = (cells: Cell[] | undefined) => cells !== undefined && (cells.length === across || isRun(cells, across));
  if (!inOrder || !outcomes.every((o) => fits(rows.get(o)))) return 'unreadable';
  return outcomes.map((o) => rows.get(o)!);
}

/** Text that reads as a sentence: more words than a wrapped label leaves over (marks not counted). */
const isSentence = (s: string) => s.replace(/[\s\p{P}]+/gu, '').length >= 6;

/**
 * Table 4 printed as a list, a line per outcome under its group (行政复议 | 结果维持 | 3, the
 * group's name printed once or on every line): each group's five cells in the outcomes' order,
 * when every outcome name of every group heads exactly one cell; otherwise null (a header over
 * rows of numbers, groups across or down: its names head none, or several, cells).
 */
export function readList(
  t: NormalText,
  region: Span,
  hits: readonly LabelHit[],
  groups: readonly string[],
  outcomes: readonly string[],
): Cell[][] | null {
  const cells = new Map<string, Cell[]>();
  let group: string | null = null;
  let current: Cell[] | null = null;
  for (const tok of tokenize(t, hits, region[0], region[1])) {
    if (tok.kind === 'label') {
      if (groups.includes(tok.row)) {
        group = tok.row;
        current = null;
      } else if (group === null) return null;
      else {
        const key = `${group}.${tok.row}`;
        if (cells.has(key)) return null; // an outcome named twice in a group: no list
        cells.set(key, (current = []));
      }
    } else if (tok.kind === 'text') {
      // a note under the list (a sentence, not a wrapped name's last characters): its dates and counts are not the table's
      if (cells.size > 0 && isSentence(t.norm.slice(tok.span[0], tok.span[1]))) break;
      current = null;
    } else if (tok.kind === 'cell' && !(tok.cell.kind === 'blank' && tok.cell.soft)) {
      if (!current) return null; // a number no outcome heads
      current.push(tok.cell);
    }
  }
  const out = groups.map((g) => outcomes.map((o) => cells.get(`${g}.${o}`)));
  if (!out.every((row) => row.every((c) => c?.length === 1))) return null;
  return out.map((row) => row.map((c) => c![0]!));
}
