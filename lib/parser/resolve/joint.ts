// The table's sums choosing among the readings of run-together rows (issue #9): every relation of
// the format (勾稽关系: each column's balance and outcome total, 2021's (六) of its sub-rows) is an
// equation over the rows' cells. Rows read as printed are fixed; each open row takes one of its
// readings; a reading is kept when some choice for the other open rows makes every relation
// whose cells are all known hold. A blank cell or a mark in a reading adds nothing to a sum.
// The search is bounded: past its limit nothing is decided (null).

import type { SumRelation } from '../../figures/checks';
import type { Candidate, Pending } from './index';
import type { Store } from './store';

const MAX_NODES = 200_000;

interface Term {
  sign: 1 | -1;
  /** An open row's column, or a fixed number (row -1). */
  row: number;
  col: number;
  value: number;
}

/** A relation's terms once its group sums are written out; null when a cell it needs is not known. */
function termsOf(r: SumRelation, owner: Map<string, [number, number]>, store: Store): Term[] | null {
  const out: Term[] = [];
  const add = (key: string, sign: 1 | -1, depth: number): boolean => {
    const own = owner.get(key);
    if (own) return out.push({ sign, row: own[0], col: own[1], value: 0 }) > 0;
    const e = store.get(key);
    if (!e) return false;
    if (e.value !== null) return out.push({ sign, row: -1, col: -1, value: e.value }) > 0;
    if (e.parts && depth < 2) return e.parts.every((k) => add(k, sign, depth + 1));
    return e.state === 'placeholder' && out.push({ sign, row: -1, col: -1, value: 0 }) > 0;
  };
  for (const k of r.left) if (!add(k, 1, 0)) return null;
  for (const k of r.right) if (!add(k, -1, 0)) return null;
  return out;
}

/**
 * For each open row, the readings that some solution of the table's relations uses (empty when
 * no choice makes them all hold); null when the search was cut short.
 */
export function keptReadings(open: readonly Pending[], store: Store, relations: readonly SumRelation[]): Candidate[][] | null {
  const owner = new Map<string, [number, number]>();
  open.forEach((p, i) => p.cols.forEach((c, j) => owner.set(c.key, [i, j])));
  const rels = relations.map((r) => termsOf(r, owner, store)).filter((t): t is Term[] => t !== null && t.some((x) => x.row >= 0));
  if (rels.length === 0) return open.map((p) => [...p.candidates]);
  // fewest readings first; each relation is checked once its last open row is chosen
  const order = open.map((_, i) => i).sort((a, b) => open[a]!.candidates.length - open[b]!.candidates.length);
  const rank = new Map(order.map((row, i) => [row, i]));
  const due: Term[][][] = order.map(() => []);
  for (const t of rels) due[Math.max(...t.filter((x) => x.row >= 0).map((x) => rank.get(x.row)!))]!.push(t);
  const chosen: (Candidate | null)[] = open.map(() => null);
  const alive = open.map(() => new Set<Candidate>());
  let nodes = 0;
  const holds = (t: Term[]) => t.reduce((s, x) => s + x.sign * (x.row < 0 ? x.value : (chosen[x.row]!.values[x.col] ?? 0)), 0) === 0;
  const walk = (depth: number): boolean => {
    if (++nodes > MAX_NODES) return false;
    if (depth === order.length) {
      open.forEach((_, i) => alive[i]!.add(chosen[i]!));
      return true;
    }
    const row = order[depth]!;
    for (const c of open[row]!.candidates) {
      chosen[row] = c;
      if (due[depth]!.every(holds) && !walk(depth + 1)) return false;
    }
    chosen[row] = null;
    return true;
  };
  if (!walk(0)) return null;
  return open.map((p, i) => p.candidates.filter((c) => alive[i]!.has(c)));
}
