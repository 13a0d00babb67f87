// Table 4 read with one cell fewer than it prints (a cell lost by recognition): where the lost cell
// stood, told by the groups' totals.

import { totalIsSum } from './split';

/**
 * `values`: the cells read, one fewer than the table's `size`-cell groups hold, in order (null: a
 * cell holding its place whose number is unread). The lost cell may have stood at any of the
 * table's places; a place fits when every group not holding it, read whole, holds its total
 * (总计 = the sum of the others; a group with an unread cell cannot refute a place). A group is
 * printed only when no fitting place lies within it, every fitting place puts its cells at the
 * same places (all before it, or all after), and its cells then hold its total: the group holding
 * the lost cell is never printed (its sum cannot be checked: a cell merged with its neighbour
 * would be read as one; and since nothing checks it, every place within it fits). For each of the
 * table's cells, the index of the read value that is its figure, or null; null when no group is
 * certain.
 */
export function placeLostCell(values: readonly (number | null)[], size: number): (number | null)[] | null {
  const count = values.length + 1;
  if (count % size !== 0) return null;
  // the value at table cell k when the lost cell stood at `lost` (undefined: the lost cell itself)
  const valueAt = (k: number, lost: number) => (k === lost ? undefined : values[k < lost ? k : k - 1]);
  const state = (g: number, lost: number): 'holds' | 'fails' | 'open' => {
    const group = Array.from({ length: size }, (_, i) => valueAt(g * size + i, lost));
    if (group.some((v) => v === null || v === undefined)) return 'open';
    return totalIsSum(group as number[]) ? 'holds' : 'fails';
  };
  const groups = count / size;
  // the group holding the lost cell is open: it refutes no place
  const fitting = Array.from({ length: count }, (_, lost) => lost).filter((lost) =>
    Array.from({ length: groups }, (_, g) => state(g, lost)).every((s) => s !== 'fails'),
  );
  if (fitting.length === 0) return null;
  const at: (number | null)[] = Array.from({ length: count }, () => null);
  let printed = false;
  for (let g = 0; g < groups; g++) {
    const start = g * size;
    const end = start + size;
    const before = fitting.every((lost) => lost >= end);
    const after = fitting.every((lost) => lost < start);
    if (!(before || after) || state(g, fitting[0]!) !== 'holds') continue;
    for (let k = start; k < end; k++) at[k] = before ? k : k - 1;
    printed = true;
  }
  return printed ? at : null;
}
