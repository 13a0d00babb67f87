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
  const groups = Array.from({ length: count / size }, (_, g) => g);
  // Every place within the group holding the lost cell fits alike (the others read the same), so
  // places are told apart by group: the groups after it are read one value on.
  const first = (g: number, lost: number) => (g < lost ? g * size : g * size - 1);
  const holds = (g: number, lost: number): boolean | null => {
    const cells = values.slice(first(g, lost), first(g, lost) + size);
    return cells.every((v) => v !== null) ? totalIsSum(cells) : null;
  };
  const fitting = groups.filter((lost) => groups.every((g) => g === lost || holds(g, lost) !== false));
  const at: (number | null)[] = Array.from({ length: count }, () => null);
  let printed = false;
  for (const g of groups) {
    const lost = fitting.every((l) => l > g) || fitting.every((l) => l < g) ? fitting[0] : undefined;
    if (lost === undefined || holds(g, lost) !== true) continue;
    for (let k = 0; k < size; k++) at[g * size + k] = first(g, lost) + k;
    printed = true;
  }
  return printed ? at : null;
}
