// Places groups of cells on the rows of a table. The row order is fixed by the format, so this is
// a monotone alignment (dynamic programming over rows × groups): a group goes to a row when its
// cell count fits and a label printed beside it (same line, just before, or just after, as PDFs
// print wrapped labels) names that row. A damaged or missing label does not lose its row; a label
// inside prose does not create one, since only the format's rows can be filled.

import type { Group } from './groups';
import { isRun } from './split';

export interface RowSlot {
  id: string;
  /** Number of cells the row prints. */
  cells: number;
  /** A row only some reports print (2021's (六) above its sub-rows): filled only beside its label. */
  optional?: boolean;
  /** The row's printed ordinal digit (1.属于国家秘密 → '1'), when it has one. */
  ordinal?: string;
}

export interface Placement {
  group: Group | null;
  /** Whether a label beside the group names the row (false: placed by position alone). */
  labelled: boolean;
}

function fitScore(g: Group, hard: number, k: number): number {
  if (hard - (g.joins ?? 0) <= k && k <= g.cells.length) return 1;
  if (hard === g.cells.length && isRun(g.cells, k)) return 0.6; // run-together digits
  if (hard === k - 1) return 0.5; // one cell missing
  return -Infinity;
}

function labelScore(g: Group, row: string): number {
  // a label on the group's own line, before it, names the group's row: one naming another row
  // rules this row out, whatever label follows (a row printed twice would otherwise push every
  // later group onto the row below, each "labelled" by the next row's name)
  if (g.prev && g.prev.line === g.firstLine && g.prev.row !== row) return -2;
  let s = 0;
  if (g.prev?.row === row) s = Math.max(s, g.prev.line === g.firstLine ? 3 : 2);
  // A label after the group (PDFs print wrapped labels below their numbers) counts less than one
  // before it: a group between two labels belongs to the first unless the order says otherwise
  // (a row printed twice must not push its copy onto the next row).
  // Not when words that name no row precede the group on its own line: its own label, unread (a
  // total row read `(t)总计` took the place of 结转下年度 printed below it).
  if (g.next?.row === row && !(g.ownText && !g.prev)) s = Math.max(s, g.next.line === g.firstLine ? 1 : 1.5);
  return s;
}

/** A group printed after a row ordinal (`3.`) is only that numbered row's. */
const ordinalFits = (g: Group, slot: RowSlot) => g.ordinal === undefined || g.ordinal === slot.ordinal;

function score(g: Group, hard: number, slot: RowSlot): number {
  if (!ordinalFits(g, slot)) return -Infinity;
  const label = labelScore(g, slot.id);
  // never by position alone: the group would be another row's (a copy, a row whose label is lost)
  if (slot.optional && label <= 0) return -Infinity;
  const fit = fitScore(g, hard, slot.cells);
  // A row printed short of several cells (a PDF cannot show blank cells) is placed only on the
  // word of a label right beside it.
  if (fit === -Infinity) return label >= 2 ? 0.1 + label : -Infinity;
  return fit + label;
}

export function alignRows(slots: readonly RowSlot[], groups: readonly Group[]): Placement[] {
  const hard = groups.map((g) => g.cells.reduce((n, c) => n + (c.soft ? 0 : 1), 0));
  // The common case: one group per row, each fitting and labelled as its row.
  if (
    groups.length === slots.length &&
    groups.every((g, i) => fitScore(g, hard[i]!, slots[i]!.cells) === 1 && labelScore(g, slots[i]!.id) > 0 && ordinalFits(g, slots[i]!))
  ) {
    return groups.map((group) => ({ group, labelled: true }));
  }
  const n = slots.length;
  const m = groups.length;
  const w = m + 1;
  const best = new Float64Array((n + 1) * w).fill(-Infinity);
  const move = new Uint8Array((n + 1) * w); // 1 skip row, 2 skip group, 3 match
  best[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = best[i * w + j]!;
      if (here === -Infinity) continue;
      if (i < n && here > best[(i + 1) * w + j]!) {
        best[(i + 1) * w + j] = here;
        move[(i + 1) * w + j] = 1;
      }
      if (j < m && here > best[i * w + j + 1]!) {
        best[i * w + j + 1] = here;
        move[i * w + j + 1] = 2;
      }
      if (i < n && j < m) {
        const s = score(groups[j]!, hard[j]!, slots[i]!);
        if (s > 0 && here + s >= best[(i + 1) * w + j + 1]!) {
          best[(i + 1) * w + j + 1] = here + s;
          move[(i + 1) * w + j + 1] = 3;
        }
      }
    }
  }
  const out: Placement[] = slots.map(() => ({ group: null, labelled: false }));
  for (let i = n, j = m; i > 0 || j > 0;) {
    const mv = move[i * w + j];
    if (mv === 3) {
      const g = groups[j - 1]!;
      out[i - 1] = { group: g, labelled: labelScore(g, slots[i - 1]!.id) > 0 };
      i--;
      j--;
    } else if (mv === 1) i--;
    else j--;
  }
  // A group printed after words that name no row (its own label, unread) and placed by position
  // alone stands only inside an unbroken run of filled rows between two rows placed by their labels:
  // elsewhere its place is a guess (a total row read `(t)总计` took the place of 3.其他 above it,
  // whose numbers were lost, and the total was then inferred from it).
  const bounded = (i: number, step: number): boolean => {
    for (let k = i + step; k >= 0 && k < n; k += step) {
      if (out[k]!.group === null && slots[k]!.optional) continue;
      if (out[k]!.group === null) return false;
      if (out[k]!.labelled) return true;
    }
    return false;
  };
  const guessed = out.map((o, i) => !!o.group?.ownText && !o.group.prev && !o.labelled && !(bounded(i, -1) && bounded(i, 1)));
  guessed.forEach((g, i) => {
    if (g) out[i] = { group: null, labelled: false };
  });
  return out;
}
