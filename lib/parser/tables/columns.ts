// Blank cells of a table laid out by spaces (pdftotext -layout): a PDF cannot print an empty cell,
// but its text keeps where each number stands on its line. Where the table's whole rows (every
// cell printed, on one line) agree on where each column stands, a row printed short on one line is
// read by those places: each number in the column it stands in, the columns no number stands in
// blank, when the row's total then holds. A number standing between two columns, two numbers in one
// column, whole rows that do not agree, or a total that fails leave the row as it was (short).

import type { NormalText } from '../normalize';
import type { Fit, RowRead } from './read';
import type { Cell } from './tokens';

/** Whole rows needed to learn the columns from. */
const MIN_WHOLE_ROWS = 3;
/** How far (in characters) a column's numbers may stand from its place: centred numbers of 1–4 digits. */
const TOLERANCE = 2;

const lineStart = (s: string, at: number) => s.lastIndexOf('\n', at - 1) + 1;

/** Where a cell stands on its line: the middle of its characters. */
const placeOf = (s: string, c: Cell) => (c.span[0] + c.span[1]) / 2 - lineStart(s, c.span[0]);

/** Whether the cells are on one line of the text, laid out by spaces (no '|' between them). */
function oneSpacedLine(s: string, cells: readonly Cell[]): boolean {
  if (cells.length === 0) return false;
  const a = cells[0]!.span[0];
  const b = cells[cells.length - 1]!.span[1];
  const line = s.slice(lineStart(s, a), b);
  return !line.includes('\n') && !line.includes('|') && cells.every((c) => c.kind !== 'blank');
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

/** The columns' places, when the table's whole rows agree on them. */
function columnPlaces(s: string, rows: readonly RowRead[], k: number): number[] | null {
  const whole = rows.filter((r) => r.fit?.kind === 'ok' && r.fit.cells.length === k && oneSpacedLine(s, r.fit.cells));
  if (whole.length < MIN_WHOLE_ROWS) return null;
  const places = whole.map((r) => r.fit!.cells.map((c) => placeOf(s, c)));
  const columns = Array.from({ length: k }, (_, i) => median(places.map((p) => p[i]!)));
  if (places.some((p) => p.some((x, i) => Math.abs(x - columns[i]!) > TOLERANCE))) return null;
  // columns must stand well apart, or a number between two could belong to either
  if (columns.some((x, i) => i > 0 && x - columns[i - 1]! <= 3 * TOLERANCE)) return null;
  return columns;
}

/** The row's cells put in the columns they stand in, blanks between; null when any does not fit. */
function byPlace(s: string, cells: readonly Cell[], columns: readonly number[]): Cell[] | null {
  const out: (Cell | null)[] = columns.map(() => null);
  for (const c of cells) {
    const x = placeOf(s, c);
    const i = columns.findIndex((col) => Math.abs(x - col) <= TOLERANCE);
    if (i === -1 || out[i]) return null;
    out[i] = c;
  }
  const start = lineStart(s, cells[0]!.span[0]);
  return out.map((c, i) => {
    if (c) return c;
    const at = Math.round(start + columns[i]!);
    return { kind: 'blank', raw: '', span: [at, at + 1] };
  });
}

/**
 * The row's own check of a reading by position: its total printed, in the last column, and equal
 * to the sum of the numbers before it (a line shifted on the page, as a copy or a broken line is,
 * puts its numbers in other columns; the total then stands elsewhere or the sum fails).
 */
function totalHolds(cells: readonly Cell[]): boolean {
  const total = cells[cells.length - 1]!;
  if (total.kind !== 'number' || !total.num) return false;
  let sum = 0;
  for (const c of cells.slice(0, -1)) {
    if (c.kind === 'number' && c.num) sum += c.num.value;
    else if (c.kind !== 'blank') return false;
  }
  return sum === total.num.value;
}

/** Rows printed short on a line laid out by spaces, read by the columns' places (see above). */
export function placeShortRowsByColumns(t: NormalText, rows: RowRead[], k: number): void {
  const s = t.norm;
  const short = rows.filter((r) => r.fit?.kind === 'short' && oneSpacedLine(s, r.fit.cells));
  if (short.length === 0) return;
  const columns = columnPlaces(s, rows, k);
  if (!columns) return;
  for (const r of short) {
    const cells = byPlace(s, r.fit!.cells, columns);
    if (cells && totalHolds(cells)) r.fit = { kind: 'ok', cells } satisfies Fit;
  }
}
