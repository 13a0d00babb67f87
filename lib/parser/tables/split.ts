// Run-together cells: a row printed as one digit string ("640020470" = 64|0|0|2|0|4|70). Every way
// of cutting the string into the row's cells (no leading zeros, at most 7 digits a cell) is
// enumerated, keeping those the row's own rule allows. The search is bounded: past MAX_NODES it
// stops and reports that it did not finish, so a long digit string never hangs the parser.

const MAX_CELL_DIGITS = 7;
const MAX_NODES = 20_000;
const MAX_SPLITS = 64;

export interface Splits {
  /** Each split: the cut positions' values, in column order. */
  splits: number[][];
  /** Offsets (within the digit string) where each cell starts, per split. */
  starts: number[][];
  /** False when the search was cut short: more splits may exist. */
  complete: boolean;
}

export function splitDigits(digits: string, parts: number, accept: (values: number[]) => boolean): Splits {
  const out: Splits = { splits: [], starts: [], complete: true };
  const n = digits.length;
  if (parts < 1 || n < parts || n > parts * MAX_CELL_DIGITS) return out;
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
      if (len > MAX_CELL_DIGITS || (len > 1 && digits[pos] === '0')) return true;
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
    const maxLen = digits[pos] === '0' ? 1 : MAX_CELL_DIGITS;
    for (let len = 1; len <= maxLen; len++) {
      const rest = n - pos - len;
      if (rest < left - 1) break;
      if (rest > (left - 1) * MAX_CELL_DIGITS) continue;
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

/** Table 3 rows: the last cell (总计) is the sum of the six applicant cells. */
export function totalIsSum(values: number[]): boolean {
  let sum = 0;
  for (let i = 0; i < values.length - 1; i++) sum += values[i]!;
  return sum === values[values.length - 1];
}
