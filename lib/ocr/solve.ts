// The tables' relations (勾稽关系) solved together over what a scan left unknown: a cell lost in the
// layout, a `?` or a seal's mark, a row not found. One relation at a time (the parser's inference)
// settles a cell only when it is its relation's one unknown; two cells lost in one row, each also in
// its column's relations, are settled only by the row and the columns together. Exact arithmetic;
// figures cannot be negative (a sum of unknowns that must be 0 makes each 0).

import { FIGURES } from '../figures/keys';
import type { SumRelation } from '../figures/checks';
import type { ParseResult } from '../parser/types';

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
  /** The relation it states; null for a group sum's definition (results.denied = its parts). */
  relation: SumRelation | null;
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

/** `left` − `right` = 0 over the keys, the known ones moved to the right-hand side. */
function equation(
  left: readonly string[],
  right: readonly string[],
  known: (key: string) => number | null,
  relation: SumRelation | null,
): Equation | null {
  const co = new Map<string, bigint>();
  let rhs = 0n;
  for (const [side, sign] of [
    [left, 1n],
    [right, -1n],
  ] as const) {
    for (const k of side) {
      const v = known(k);
      if (v === null) co.set(k, (co.get(k) ?? 0n) + sign);
      else if (!Number.isSafeInteger(v) || v < 0)
        return null; // no count: the relation says nothing here
      else rhs -= sign * BigInt(v);
    }
  }
  for (const [k, v] of co) if (v === 0n) co.delete(k);
  return co.size ? { co, rhs, relation } : null;
}

/**
 * The unknowns the relations determine, each with the relations it was solved from. `known` gives
 * the figures taken as read (others are unknown). A group sum no table prints (results.denied, a
 * column's 被申请行政诉讼) is an unknown of its own, defined as the sum of its parts: the column's
 * total may determine it where no part of it is known. Relations are solved by connected system:
 * a system whose relations cannot all hold (no non-negative integer solution for what it
 * determines, or an equation 0 = n) determines nothing. Unknowns `apart` are left out with every
 * equation holding them.
 */
export function solveRelations(
  relations: readonly SumRelation[],
  known: (key: string) => number | null,
  apart: ReadonlySet<string> = new Set(),
): Map<string, Solved> {
  const equations: Equation[] = [];
  const add = (e: Equation | null) => e && ![...e.co.keys()].some((k) => apart.has(k)) && equations.push(e);
  for (const r of relations) add(equation(r.left, r.right, known, r));
  const members = new Set(relations.flatMap((r) => [...r.left, ...r.right]));
  for (const f of FIGURES) if (f.sumOf?.some((p) => members.has(p))) add(equation([f.key], f.sumOf, known, null));
  const out = new Map<string, Solved>();
  for (const system of components(equations)) {
    const solved = solveSystem(system);
    if (!solved) continue;
    const rels = system.flatMap((e) => (e.relation ? [e.relation] : []));
    for (const [k, value] of solved) out.set(k, { value, relations: rels });
  }
  return out;
}

/** A result's figures as read (printed in a cell or a sentence): an inferred one is no known. */
export function readFigures(result: ParseResult): (key: string) => number | null {
  return (k) => {
    const v = result.figures[k];
    return v != null && result.provenance[k]?.via !== 'inferred' ? v : null;
  };
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
    // eliminate gives no row without unknowns (0 = 0 dropped, 0 = n refused)
    for (const e of rows) {
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
    if (!more) {
      // the bounds non-negative counts put on each other (x + y = 3 with x ≥ 3 elsewhere: y = 0)
      const bounded = bounds([...rows, ...substituted(system, fixed)]);
      if (!bounded) return null;
      // none of them fixed yet: the fixed ones are substituted in both lists
      for (const [k, v] of bounded) {
        fixed.set(k, v);
        more = true;
      }
    }
    if (!more) break;
  }
  return new Map([...fixed].map(([k, v]) => [k, Number(v)]));
}

/** The equations with the fixed unknowns' values moved to the right-hand side. */
function substituted(system: readonly Equation[], fixed: ReadonlyMap<string, bigint>): Equation[] {
  return system.map((e) => {
    const co = new Map<string, bigint>();
    let rhs = e.rhs;
    for (const [k, c] of e.co) {
      const f = fixed.get(k);
      if (f === undefined) co.set(k, c);
      else rhs -= c * f;
    }
    return { co, rhs, relation: e.relation };
  });
}

const floorDiv = (a: bigint, b: bigint) => (a % b !== 0n && a < 0n !== b < 0n ? a / b - 1n : a / b);
const ceilDiv = (a: bigint, b: bigint) => (a % b !== 0n && a < 0n === b < 0n ? a / b + 1n : a / b);

/**
 * Bounds of non-negative integer unknowns tightened equation by equation until nothing changes:
 * the unknowns whose lower and upper bounds meet; null when some bounds cross (no solution).
 */
function bounds(equations: readonly Equation[]): Map<string, bigint> | null {
  const lo = new Map<string, bigint>();
  const hi = new Map<string, bigint>(); // absent: no upper bound
  const low = (k: string) => lo.get(k) ?? 0n;
  for (let round = 0, changed = true; changed && round < 50; round++) {
    changed = false;
    for (const e of equations) {
      // the range of each term c·x, and of their sum (null: unbounded that way)
      const terms = [...e.co].map(([k, c]) => {
        const a = c * low(k);
        const h = hi.get(k);
        const b = h === undefined ? null : c * h;
        return { k, c, min: c > 0n ? a : b, max: c > 0n ? b : a };
      });
      for (const t of terms) {
        // the other terms' range (null: unbounded that way)
        const rest = (pick: 'min' | 'max') =>
          terms.reduce<bigint | null>((sum, u) => (u === t ? sum : sum === null || u[pick] === null ? null : sum + u[pick]!), 0n);
        const minRest = rest('min');
        const maxRest = rest('max');
        // c·x = rhs − rest
        const upper = t.c > 0n ? minRest : maxRest;
        const lower = t.c > 0n ? maxRest : minRest;
        if (upper !== null) {
          const v = floorDiv(e.rhs - upper, t.c);
          const h = hi.get(t.k);
          if (h === undefined || v < h) {
            hi.set(t.k, v);
            changed = true;
          }
        }
        if (lower !== null) {
          const v = ceilDiv(e.rhs - lower, t.c);
          if (v > low(t.k)) {
            lo.set(t.k, v);
            changed = true;
          }
        }
        const h = hi.get(t.k);
        if (h !== undefined && h < low(t.k)) return null;
      }
    }
  }
  const out = new Map<string, bigint>();
  for (const [k, h] of hi) if (h === low(k)) out.set(k, h);
  return out;
}

/** Gauss–Jordan elimination with integer row operations; null when an equation reads 0 = n (n ≠ 0). */
function eliminate(input: Equation[]): Equation[] | null {
  const rows = input.filter((e) => e.co.size || e.rhs !== 0n);
  if (rows.some((e) => !e.co.size)) return null;
  const done: Equation[] = [];
  let rest = rows;
  while (rest.length) {
    const pivot = rest[0]!; // never without unknowns: such rows are refused or dropped
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
