// Letter-spaced digits: PDFs and Word pages with character spacing print 17 as "1 7", so a single
// space between two digits may part two cells or join one number's digits, and the text alone
// cannot tell which (pingtan 2022's table 4 prints its cells a single space apart: 0 1 1 0 2).
// Every reading of a row's printed cells is enumerated here, each such space either way; which
// reading is the report's is left to the row's total and the table's sums (resolve/joint.ts),
// as for run-together cells. In a spaced table a number's digits are all spaced, so digits printed
// together are cells run together (a scraped page's 5 7122246 8: 57|1|2|2|2|4|68).

import type { NormalText } from '../normalize';
import { parseNumber } from '../normalize/numbers';
import type { Cell } from './tokens';

/** One digit or one printed cell of a row, with whether a single space joins it to the one before. */
interface Atom {
  cell: Cell;
  /** The digit, when the atom is one digit that may join its neighbours into a number. */
  digit?: string;
  /** One mark of a run of marks (———): a cell, or one with the marks beside it. */
  mark?: boolean;
  /** Spacing between this digit and the digit before (one number's digits, or two cells), or a mark after a mark. */
  joinable: boolean;
}

/** A placeholder printed as one mark repeated (as split.ts reads run-together marks). */
const MARK_RUN = /^(?:\/+|—+|–+)$/;
/** Digits spaced apart inside one cell (a '|' cell "2 3 7"): the tokenizer keeps them unread. */
export const SPACED_DIGITS = /^\d(?: \d)+$/;
const MAX_CELL_DIGITS = 7;

/**
 * A gap that may stand inside a spaced number: one space, or two where a number wrapped in its
 * cell is joined to its rest by one (pdf.js text items: "2 6" + " 1"), or a line break beside its
 * one space (a number wrapped in a one-cell-a-line text: 1 0 / ␣6 for 106).
 */
const isSpacing = (t: NormalText, a: number, b: number) => SPACING.test(t.norm.slice(a, b));
const SPACING = /^(?: {1,2}|\n | \n)$/;
/** Readings of one row past which it is left unread: more splits than the sums can tell apart. */
const MAX_READINGS = 512;
const MAX_NODES = 50_000;

const digitCell = (at: number, d: string): Cell => ({
  kind: 'number',
  raw: d,
  span: [at, at + 1],
  num: parseNumber(d)!,
});

/** Whether the cell is plain digits (no sign, unit, decimals): its digits may be another number's. */
const isDigits = (c: Cell) => c.num?.plainDigits === true;

/** A row's atoms: its cells, plain digit strings taken digit by digit (layout blanks at its ends dropped). */
function atomsOf(t: NormalText, cells: readonly Cell[]): Atom[] {
  let from = 0;
  let to = cells.length;
  while (from < to && cells[from]!.soft) from++;
  while (to > from && cells[to - 1]!.soft) to--;
  const out: Atom[] = [];
  let prevEnd = -1;
  for (const c of cells.slice(from, to)) {
    const spaced = c.kind === 'unreadable' && SPACED_DIGITS.test(c.raw);
    if (c.kind === 'placeholder' && MARK_RUN.test(c.raw)) {
      // marks run together (cells of "—" printed with nothing between): each mark a cell, or several one
      for (let i = 0; i < c.raw.length; i++)
        out.push({ cell: { kind: 'placeholder', raw: c.raw[i]!, span: [c.span[0] + i, c.span[0] + i + 1] }, mark: true, joinable: i > 0 });
      prevEnd = -1;
      continue;
    }
    if (!spaced && !isDigits(c)) {
      // a count printed with its counter (4件) may still end a spaced number (1 4件)
      const lead = oneDigitCount(c);
      out.push({ cell: c, joinable: lead && prevEnd >= 0 && isSpacing(t, prevEnd, c.span[0]) });
      prevEnd = -1;
      continue;
    }
    for (let i = 0; i < c.raw.length; i++) {
      const d = c.raw[i]!;
      if (d === ' ') continue;
      const at = c.span[0] + i;
      // within a digit string printed together the digits are cells run together (a cut); a single
      // space before a digit, in the text or inside a cell, may join it to the digit before
      out.push({ cell: digitCell(at, d), digit: d, joinable: prevEnd >= 0 && isSpacing(t, prevEnd, at) });
      prevEnd = at + 1;
    }
  }
  return out;
}

/** Whether cell b may continue the number of cell a: one digit, a single space, a count of one digit. */
export function mayJoin(t: NormalText, a: Cell, b: Cell): boolean {
  return isDigits(a) && a.raw.length === 1 && oneDigitCount(b) && isSpacing(t, a.span[1], b.span[0]);
}

/** Whether a space between two digit strings may stand inside a number (cells run together: 000000001 11 100011). */
export function spacedRun(t: NormalText, cells: readonly Cell[]): boolean {
  return cells.some((c, i) => i > 0 && isDigits(cells[i - 1]!) && isDigits(c) && isSpacing(t, cells[i - 1]!.span[1], c.span[0]));
}

/** A count of one digit, plain or with its counter (4件). */
const oneDigitCount = (c: Cell) => c.num?.sign === '' && c.num.intDigits.length === 1 && c.num.fracDigits === '' && !c.num.hasUnit;

/**
 * Every reading of a row whose digits may be letter-spaced, as `least` to `k` cells: each single
 * space between two digits either parts two cells or joins one number (no number but 0 starting
 * with 0, at most 7 digits); every other gap parts cells. A joined number is a cell of its own,
 * spanning its digits and the spaces between. Null when the row has no such space; `complete`
 * false when the readings were cut short (too many).
 */
export function spacedReadings(
  t: NormalText,
  cells: readonly Cell[],
  k: number,
  least = 1,
): { readings: Cell[][]; complete: boolean } | null {
  const atoms = atomsOf(t, cells);
  if (!atoms.some((a) => a.joinable)) return null;
  const out = { readings: [] as Cell[][], complete: true };
  const row: Cell[] = [];
  let nodes = 0;
  const walk = (i: number): boolean => {
    if (++nodes > MAX_NODES || out.readings.length > MAX_READINGS) return (out.complete = false);
    if (i === atoms.length) {
      if (row.length >= least) out.readings.push([...row]);
      return true;
    }
    // each atom makes a cell at most: too few left to reach `least`, or too many cells already
    if (row.length === k || row.length + atoms.length - i < least) return true;
    const first = atoms[i]!;
    // the longest number starting here (joinable digits after it), or run of marks
    let end = i + 1;
    if (first.mark) while (end < atoms.length && atoms[end]!.mark && atoms[end]!.joinable) end++;
    else if (first.digit !== undefined && first.digit !== '0')
      while (end < atoms.length && end - i < MAX_CELL_DIGITS && !atoms[end]!.mark && atoms[end]!.joinable) end++;
    for (let j = i + 1; j <= end; j++) {
      row.push(j === i + 1 ? first.cell : joined(t, atoms.slice(i, j)));
      const go = walk(j);
      row.pop();
      if (!go) return false;
    }
    return true;
  };
  walk(0);
  return out;
}

/** Spaced digits read as one number (its digits, with the spaces between them in its span), or marks as one mark. */
function joined(t: NormalText, atoms: readonly Atom[]): Cell {
  const span: [number, number] = [atoms[0]!.cell.span[0], atoms[atoms.length - 1]!.cell.span[1]];
  if (atoms[0]!.mark) return { kind: 'placeholder', raw: t.norm.slice(span[0], span[1]), span };
  const digits = atoms.map((a) => a.digit ?? a.cell.num!.intDigits).join('');
  return { kind: 'number', raw: t.norm.slice(span[0], span[1]), span, num: parseNumber(digits)! };
}
