// Run-together cells: a row printed as digit strings with some or all separators lost
// ("640020470" = 64|0|0|2|0|4|70; "15 0 00 0 217" = 15|0|0|0|0|2|17). Every way of cutting the
// printed strings into the row's cells is enumerated: a printed separator is always a cut, no cell
// but 0 starts with 0, at most 7 digits a cell, and the row's own rule (a total equal to the sum
// of the others) where it has one. The row is read only when exactly one cut fits (issue #9): the
// other rows' sums never choose between cuts. The search is bounded: past MAX_NODES it stops and
// says it did not finish, so a long digit string never hangs the parser.

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

/** Rows with a total in the last cell (table 3's 总计): it is the sum of the others. */
export function totalIsSum(values: number[]): boolean {
  let sum = 0;
  for (let i = 0; i < values.length - 1; i++) sum += values[i]!;
  return sum === values[values.length - 1];
}

/** Table 4's fifteen cells: each group of five ends in its total (维持 + 纠正 + 其他 + 尚未审结 = 总计). */
export function groupTotalsAreSums(size: number): (values: number[]) => boolean {
  return (values) => {
    for (let g = 0; g + size <= values.length; g += size) if (!totalIsSum(values.slice(g, g + size))) return false;
    return true;
  };
}

/**
 * Plain digit strings, fewer than k of them, holding at least k digits: cells run together. When
 * some separators are printed, a string that cannot be one cell (00, 023) must show that cells ran
 * together: otherwise the row is one cell short (0 0 0 1 0 12 is not 0|0|0|1|0|1|2).
 */
export function isRun(cells: readonly Cell[], k: number): boolean {
  if (k < 2 || cells.length === 0 || cells.length >= k) return false;
  let digits = 0;
  let joined = cells.length === 1;
  for (const c of cells) {
    if (!c.num?.plainDigits || c.num.sign !== '') return false;
    const d = c.num.intDigits;
    digits += d.length;
    if (d.length > 1 && d[0] === '0') joined = true;
  }
  return joined && digits >= k;
}
