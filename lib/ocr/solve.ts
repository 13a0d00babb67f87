// The tables' relations (勾稽关系) solved together over what a scan left unknown: a cell lost in the
// layout, a `?` or a seal's mark, a row not found. One relation at a time (the parser's inference)
// settles a cell only when it is its relation's one unknown; two cells lost in one row, each also in
// its column's relations, are settled only by the row and the columns together. Exact arithmetic;
// figures cannot be negative (a sum of unknowns that must be 0 makes each 0).

import { figureDef } from '../figures/keys';
import type { SumRelation } from '../figures/checks';

/** A determined unknown: its value, and the relations of its system (the ones it was solved from). */
export interface Solved {
  value: number;
  relations: SumRelation[];
}

interface Equation {
  /** unknown → coefficient (integers, exact while rows are scaled by integers). */
  co: Map<string, bigint>;
  /** The known members' side: Σ co·unknown = rhs. */
  rhs: bigint;
  relation: SumRelation;
}

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));

/** Divides an equation by the gcd of its numbers (kept small; exact). */
function reduce(e: Equation): void {
  let g = e.rhs < 0n ? -e.rhs : e.rhs;
  for (const v of e.co.values()) g = gcd(g, v);
  if (g > 1n) {
    for (const [k, v] of e.co) e.co.set(k, v / g);
    e.rhs /= g;
  }
}

/**
 * The unknowns the relations determine, each with the relations it was solved from. `known` gives
 * the figures taken as read (others are unknown; a group sum not known stands for its parts).
 * Relations are solved by connected system: a system whose relations cannot all hold (no
 * non-negative integer solution for what it determines, or an equation 0 = n) determines nothing.
 */
export function solveRelations(relations: readonly SumRelation[], known: (key: string) => number | null): Map<string, Solved> {
  const expand = (k: string, depth = 0): string[] => {
    const parts = figureDef(k)?.sumOf;
    return known(k) === null && parts && depth < 3 ? parts.flatMap((p) => expand(p, depth + 1)) : [k];
  };
  const equations: Equation[] = [];
  for (const r of relations) {
    const co = new Map<string, bigint>();
    let rhs = 0n;
    for (const [side, sign] of [
      [r.left, 1n],
      [r.right, -1n],
    ] as const) {
      for (const k of side.flatMap((m) => expand(m))) {
        const v = known(k);
        if (v === null) co.set(k, (co.get(k) ?? 0n) + sign);
        else rhs -= sign * BigInt(v);
      }
    }
    for (const [k, v] of co) if (v === 0n) co.delete(k);
    if (co.size) equations.push({ co, rhs, relation: r });
  }
  const out = new Map<string, Solved>();
  for (const system of components(equations)) {
    const solved = solveSystem(system);
    if (!solved) continue;
    const rels = system.map((e) => e.relation);
    for (const [k, value] of solved) out.set(k, { value, relations: rels });
  }
  return out;
}

/** Equations grouped by shared unknowns. */
function components(equations: Equation[]): Equation[][] {
  const parent = equations.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const firstOf = new Map<string, number>();
  equations.forEach((e, i) => {
    for (const k of e.co.keys()) {
      const j = firstOf.get(k);
      if (j === undefined) firstOf.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Equation[]>();
  equations.forEach((e, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), e]));
  return [...groups.values()];
}

/** The determined unknowns of one connected system; null when it cannot hold. */
function solveSystem(system: readonly Equation[]): Map<string, number> | null {
  let rows = system.map((e) => ({ ...e, co: new Map(e.co) }));
  const fixed = new Map<string, bigint>();
  for (let round = 0; round < 64; round++) {
    // substitute what is fixed
    for (const e of rows) {
      for (const [k, v] of e.co) {
        const f = fixed.get(k);
        if (f === undefined) continue;
        e.rhs -= v * f;
        e.co.delete(k);
      }
    }
    const reduced = eliminate(rows);
    if (!reduced) return null;
    rows = reduced;
    let more = false;
    for (const e of rows) {
      if (!e.co.size) {
        if (e.rhs !== 0n) return null;
        continue;
      }
      const coefs = [...e.co.values()];
      if (e.co.size === 1) {
        const [k, c] = [...e.co][0]!;
        if (e.rhs % c !== 0n) return null;
        const v = e.rhs / c;
        if (v < 0n) return null;
        fixed.set(k, v);
        more = true;
      } else if (coefs.every((c) => c > 0n) || coefs.every((c) => c < 0n)) {
        // one sign: non-negative unknowns summing to rhs (or -rhs)
        const total = coefs[0]! > 0n ? e.rhs : -e.rhs;
        if (total < 0n) return null;
        if (total === 0n) {
          for (const k of e.co.keys()) fixed.set(k, 0n);
          more = true;
        }
      }
    }
    if (!more) break;
  }
  return new Map([...fixed].map(([k, v]) => [k, Number(v)]));
}

/** Gauss–Jordan elimination with integer row operations; null when an equation reads 0 = n (n ≠ 0). */
function eliminate(input: Equation[]): Equation[] | null {
  const rows = input.filter((e) => e.co.size || e.rhs !== 0n);
  if (rows.some((e) => !e.co.size)) return null;
  const done: Equation[] = [];
  let rest = rows;
  while (rest.length) {
    const pivot = rest[0]!;
    if (!pivot.co.size) {
      if (pivot.rhs !== 0n) return null;
      rest = rest.slice(1);
      continue;
    }
    const [k, p] = [...pivot.co].sort((a, b) => a[0].localeCompare(b[0]))[0]!;
    const apply = (e: Equation) => {
      const c = e.co.get(k);
      if (c === undefined) return;
      // e := p·e − c·pivot, which removes k
      const co = new Map<string, bigint>();
      for (const [key, v] of e.co) co.set(key, p * v);
      for (const [key, v] of pivot.co) co.set(key, (co.get(key) ?? 0n) - c * v);
      for (const [key, v] of co) if (v === 0n) co.delete(key);
      e.co = co;
      e.rhs = p * e.rhs - c * pivot.rhs;
      reduce(e);
    };
    rest = rest.slice(1);
    for (const e of rest) apply(e);
    for (const e of done) apply(e);
    done.push(pivot);
    if (rest.some((e) => !e.co.size && e.rhs !== 0n)) return null;
    rest = rest.filter((e) => e.co.size);
  }
  return done;
}
