// The table's sums choosing among the readings of run-together rows (issue #9): every relation of
// the format (勾稽关系: each column's balance and outcome total, 2021's (六) of its sub-rows) is an
// equation over the rows' cells. Rows read as printed are fixed; each open row takes one of its
// readings. A reading is dropped when some relation cannot hold with it, whatever the other open
// rows take; what is left holds every reading a full solution uses, so a cell all kept readings
// give alike is the same in every solution. A blank cell or a mark adds nothing to a sum.

import type { SumRelation } from '../../figures/checks';
import type { Candidate, Pending } from './index';
import type { Store } from './store';

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

/** Sums a relation's other rows can make, past which a relation is left unused this round. */
const MAX_SUMS = 4096;

/**
 * For each open row, the readings the table's relations leave it: a reading stays while, in every
 * relation it enters, some choice of the other open rows' remaining readings makes the relation
 * hold (checked relation by relation until nothing changes: every reading a full solution uses
 * stays). Empty lists when some row has none left: no choice makes the relations hold.
 */
export function keptReadings(open: readonly Pending[], store: Store, relations: readonly SumRelation[]): Candidate[][] {
  const owner = new Map<string, [number, number]>();
  open.forEach((p, i) => p.cols.forEach((c, j) => owner.set(c.key, [i, j])));
  const rels = relations.map((r) => termsOf(r, owner, store)).filter((t): t is Term[] => t !== null && t.some((x) => x.row >= 0));
  const alive = open.map((p) => [...p.candidates]);
  // a reading's part of a relation: its cells there, with their signs (a blank or mark adds nothing)
  const part = (t: Term[], row: number, c: Candidate) => t.reduce((s, x) => s + (x.row === row ? x.sign * (c.values[x.col] ?? 0) : 0), 0);
  for (let changed = true; changed;) {
    changed = false;
    for (const t of rels) {
      const fixed = t.reduce((s, x) => s + (x.row < 0 ? x.sign * x.value : 0), 0);
      const rows = [...new Set(t.filter((x) => x.row >= 0).map((x) => x.row))];
      const parts = rows.map((row) => new Set(alive[row]!.map((c) => part(t, row, c))));
      for (let k = 0; k < rows.length; k++) {
        const others = sumsOf(parts.filter((_, j) => j !== k));
        if (!others) continue;
        const row = rows[k]!;
        const kept = alive[row]!.filter((c) => others.has(-fixed - part(t, row, c)));
        if (kept.length === alive[row]!.length) continue;
        if (kept.length === 0) return open.map(() => []);
        alive[row] = kept;
        parts[k] = new Set(kept.map((c) => part(t, row, c)));
        changed = true;
      }
    }
  }
  return alive;
}

/** Every sum of one value from each set; null past MAX_SUMS. */
function sumsOf(sets: readonly Set<number>[]): Set<number> | null {
  let sums = new Set([0]);
  for (const set of sets) {
    const next = new Set<number>();
    for (const a of sums) for (const b of set) next.add(a + b);
    if (next.size > MAX_SUMS) return null;
    sums = next;
  }
  return sums;
}
