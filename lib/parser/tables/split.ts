// Run-together cells: a row printed as digit strings with some or all separators lost
// ("640020470" = 64|0|0|2|0|4|70; "15 0 00 0 217" = 15|0|0|0|0|2|17), marks for zeros among them
// ("778——0——778"). Every reading of the printed strings as the row's cells is enumerated (readRun):
// a printed separator is always a cut, no cell but 0 starts with 0, at most 7 digits a cell, and
// the row's own rule (a total equal to the sum of the others) where it has one. Which reading is
// the report's is decided in resolve/ (the single reading, or the table's sums). The searches are
// bounded: past their limit they say they did not finish, so a long digit string never hangs.

import type { Cell } from './tokens';

const MAX_CELL_DIGITS = 7;
const MAX_NODES = 20_000;
/** Two splits are enough to know a row is ambiguous; a few more are counted for the message. */
const MAX_SPLITS = 64;

export interface Splits {
  /** Each split: the cells' values, in column order. */
  splits: number[][];
  /** Offsets (within the joined digit string) where each cell starts, per split. */
  starts: number[][];
  /** False when the search was cut short: more splits may exist. */
  complete: boolean;
}

/**
 * The splits of `digits` into `parts` cells that `accept` allows. `cuts` are offsets inside
 * `digits` where a separator was printed: every split cuts there, and no cell spans one.
 */
export function splitDigits(digits: string, parts: number, accept: (values: number[]) => boolean, cuts: readonly number[] = []): Splits {
  const out: Splits = { splits: [], starts: [], complete: true };
  const n = digits.length;
  if (parts < 1 || n < parts || n > parts * MAX_CELL_DIGITS || cuts.length > parts - 1) return out;
  // next[i]: the first printed cut after offset i (or n): a cell starting at i ends by it.
  const next = new Int32Array(n + 1).fill(n);
  for (let i = n - 1, c = n; i >= 0; i--) {
    if (cuts.includes(i + 1)) c = i + 1;
    next[i] = c;
  }
  let nodes = 0;
  const values: number[] = [];
  const starts: number[] = [];
  const walk = (pos: number): boolean => {
    if (++nodes > MAX_NODES || out.splits.length >= MAX_SPLITS) {
      out.complete = false;
      return false;
    }
    const left = parts - values.length;
    if (left === 1) {
      const len = n - pos;
      if (next[pos] !== n || len > MAX_CELL_DIGITS || (len > 1 && digits[pos] === '0')) return true;
      values.push(Number(digits.slice(pos)));
      starts.push(pos);
      if (accept(values)) {
        out.splits.push([...values]);
        out.starts.push([...starts]);
      }
      values.pop();
      starts.pop();
      return true;
    }
    const maxLen = digits[pos] === '0' ? 1 : Math.min(MAX_CELL_DIGITS, next[pos]! - pos);
    for (let len = 1; len <= maxLen; len++) {
      const rest = n - pos - len;
      if (rest < left - 1) break;
      if (rest > (left - 1) * MAX_CELL_DIGITS) continue;
      // a cell that stops short of a printed cut leaves the cut's digits to the next cell
      values.push(Number(digits.slice(pos, pos + len)));
      starts.push(pos);
      const go = walk(pos + len);
      values.pop();
      starts.pop();
      if (!go) return false;
    }
    return true;
  };
  walk(0);
  return out;
}

/** Rows with a total in the last cell (table 3's 总计): it is the sum of the others (a mark adds nothing). */
export function totalIsSum(values: readonly (number | null)[]): boolean {
  let sum = 0;
  for (let i = 0; i < values.length - 1; i++) sum += values[i] ?? 0;
  return sum === (values[values.length - 1] ?? 0);
}

/** Table 4's fifteen cells: each group of five ends in its total (维持 + 纠正 + 其他 + 尚未审结 = 总计). */
export function groupTotalsAreSums(size: number): (values: readonly (number | null)[]) => boolean {
  return (values) => {
    for (let g = 0; g + size <= values.length; g += size) if (!totalIsSum(values.slice(g, g + size))) return false;
    return true;
  };
}

/**
 * Cells run together: plain digit strings and placeholder marks ("—", "/": a zero printed as a
 * mark), fewer than k of them. It must show that cells ran together — one string alone, two
 * printed with nothing between them (778——0), or a string that cannot be one cell (00, 023) —
 * otherwise the row is one cell short (0 0 0 1 0 12 is not 0|0|0|1|0|1|2); and hold at least k
 * digits and marks, or, fewer (cells printed blank leave none), run on from its label with
 * nothing between (…部分公开2002: 2|0|0|2 and blanks).
 */
export function isRun(cells: readonly Cell[], k: number): boolean {
  if (k < 2 || cells.length === 0 || cells.length >= k) return false;
  let width = 0;
  let joined = cells.length === 1;
  let digits = false;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (c.kind === 'placeholder' && isMarkRun(c.raw)) width += c.raw.length;
    else if (c.kind === 'number' && c.num?.plainDigits && c.num.sign === '') {
      const d = c.num.intDigits;
      width += d.length;
      digits = true;
      if (d.length > 1 && d[0] === '0') joined = true;
    } else return false;
    if (i > 0 && cells[i - 1]!.span[1] === c.span[0]) joined = true;
  }
  return digits && joined && (width >= k || cells.some((c) => c.touching));
}

/** A placeholder printed as one mark repeated (—, ——, /): each mark may be a cell of its own. */
const isMarkRun = (raw: string) => /^(?:\/+|—+|–+)$/.test(raw);

/** One cell of a reading: `len` characters of printed cell `cell` from `offset`; null for a mark. */
export interface Part {
  cell: number;
  offset: number;
  len: number;
  value: number | null;
}

export interface Readings {
  /** Each reading: its cells in order; fewer than k when the row may hold blank cells. */
  readings: Part[][];
  /** False when the search was cut short: more readings may exist. */
  complete: boolean;
}

const MAX_READINGS = 256;
const MAX_READING_NODES = 200_000;

/**
 * Every reading of a row's run-together cells (isRun) as k cells: each digit string cut into
 * cells (no cell but 0 starting with 0, at most 7 digits), each mark run one mark a cell or fewer
 * (—— may be one cell or two), a printed separator always a cut. With `total` the last cell is the
 * row's total, equal to the sum of the others (a mark adds nothing); with `blanks` a reading of
 * fewer cells whose total holds is one too (cells printed blank leave no trace in run-together
 * text). Without `total`, `accept` judges each reading of exactly k cells.
 */
export function readRun(
  cells: readonly Cell[],
  k: number,
  opts: {
    total: boolean;
    blanks?: boolean;
    accept?: (values: (number | null)[]) => boolean;
    /** A test the cells read so far must pass (each whole group's total): cuts the search short. */
    prefix?: (values: (number | null)[]) => boolean;
  },
): Readings {
  const out: Readings = { readings: [], complete: true };
  const items = cells.map((c) => (c.kind === 'number' ? { digits: c.num!.intDigits, marks: 0 } : { digits: '', marks: c.raw.length }));
  let nodes = 0;
  /** Where the last string's cells end: before the total's digits, or its end. */
  let lastCut = items[items.length - 1]!.digits.length;
  const parts: Part[] = [];
  const push = (): boolean => {
    if (out.readings.length >= MAX_READINGS) return (out.complete = false);
    out.readings.push([...parts]);
    return true;
  };
  // cells still needed at least by items[i..end) from offset `at` of item i
  const least = (i: number, at: number, end: number) => {
    let n = 0;
    for (let j = i; j < end; j++) {
      const len = j === items.length - 1 ? lastCut : items[j]!.digits.length;
      if (items[j]!.marks > 0 || (j > i ? 0 : at) < len) n++;
    }
    return n;
  };
  /** Walks items[i] from offset `at` (digits) or with `left` marks still to place; `room` cells at most. */
  const walk = (i: number, at: number, room: number, sum: number, cap: number, end: number, done: () => boolean): boolean => {
    if (++nodes > MAX_READING_NODES) return (out.complete = false);
    if (sum > cap) return true;
    if (i === end) return done();
    const it = items[i]!;
    const itemEnd = i === items.length - 1 ? lastCut : it.digits.length;
    if (it.marks > 0) {
      // a run of n marks: 1..n cells
      for (let m = 1; m <= it.marks && m <= room - least(i + 1, 0, end); m++) {
        for (let x = 0; x < m; x++) parts.push({ cell: i, offset: x, len: 1, value: null });
        const go = walk(i + 1, 0, room - m, sum, cap, end, done);
        parts.length -= m;
        if (!go) return false;
      }
      return true;
    }
    if (at === itemEnd) return walk(i + 1, 0, room, sum, cap, end, done);
    if (room <= 0) return true;
    const maxLen = it.digits[at] === '0' ? 1 : Math.min(MAX_CELL_DIGITS, itemEnd - at);
    for (let len = 1; len <= maxLen; len++) {
      const value = Number(it.digits.slice(at, at + len));
      if (sum + value > cap) break;
      if (least(i, at + len, end) > room - 1) continue; // too few cells left for what follows
      parts.push({ cell: i, offset: at, len, value });
      const fits = !opts.prefix || opts.prefix(parts.map((p) => p.value));
      const go = !fits || walk(i, at + len, room - 1, sum + value, cap, end, done);
      parts.pop();
      if (!go) return false;
    }
    return true;
  };
  if (!opts.total) {
    walk(0, 0, k, 0, Infinity, items.length, () => {
      if (parts.length !== k || (opts.accept && !opts.accept(parts.map((p) => p.value)))) return true;
      return push();
    });
    return out;
  }
  // the total first: a suffix of the last string; then the cells before it, summing to it
  const last = items.length - 1;
  const tail = items[last]!;
  if (tail.marks > 0 || tail.digits.length === 0) return out;
  for (let len = 1; len <= Math.min(MAX_CELL_DIGITS, tail.digits.length); len++) {
    const from = tail.digits.length - len;
    if (len > 1 && tail.digits[from] === '0') continue;
    const total = Number(tail.digits.slice(from));
    lastCut = from;
    const end = from === 0 ? last : last + 1;
    const go = walk(0, 0, k - 1, 0, total, end, () => {
      const sum = parts.reduce((a, p) => a + (p.value ?? 0), 0);
      if (sum !== total || parts.length === 0) return true;
      if (parts.length !== k - 1 && !opts.blanks) return true;
      parts.push({ cell: last, offset: from, len, value: total });
      const ok = push();
      parts.pop();
      return ok;
    });
    if (!go) break;
  }
  return out;
}
