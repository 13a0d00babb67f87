// Settling pending rows (digits run together, a cell short) by the table's own sums. A candidate
// reading survives when no sum relation it completes fails. Rows are narrowed one at a time until
// nothing changes, then jointly (bounded) when several rows are still open. A row is settled only
// when every surviving reading gives the same numbers; otherwise its cells stay null and the
// doubt is reported: never a silent guess.

import { relationsFor, type SumRelation } from '../../figures/checks';
import type { ReportFormat } from '../../figures/keys';
import { enLabel, makeIssue, numbersOf, zhLabel } from '../issues';
import { unionSpan } from '../tables/groups';
import type { ParseIssue } from '../types';
import type { Candidate, Pending } from './index';
import { nullEntry, type Store } from './store';

const MAX_COMBINATIONS = 4096;

/** Per format, each key's relations (in the relations' order): the same for every report. */
const RELATIONS_BY_KEY = new Map<ReportFormat, Map<string, SumRelation[]>>(
  (['2019', '2021', 'legacy'] as const).map((format) => {
    const byKey = new Map<string, SumRelation[]>();
    for (const r of relationsFor(format)) for (const k of [...r.left, ...r.right]) byKey.set(k, [...(byKey.get(k) ?? []), r]);
    return [format, byKey];
  }),
);

type Lookup = (key: string) => number | null | undefined;

/** False when a relation whose figures are all known fails. */
function consistent(relations: readonly SumRelation[], lookup: Lookup): boolean {
  for (const r of relations) {
    let left = 0;
    let right = 0;
    let complete = true;
    for (const k of r.left) {
      const v = lookup(k);
      if (v === null || v === undefined) complete = false;
      else left += v;
    }
    for (const k of r.right) {
      const v = lookup(k);
      if (v === null || v === undefined) complete = false;
      else right += v;
    }
    if (complete && left !== right) return false;
  }
  return true;
}

export function settlePending(pending: Pending[], store: Store, format: ReportFormat, issues: ParseIssue[]): void {
  if (pending.length === 0) return;
  // A row whose own rule leaves one reading is settled by it (a failing column sum is then
  // reported by the checks, not hidden by choosing another reading).
  for (const p of pending) if (p.candidates.length === 1 && p.complete) commit(p, store, undefined, issues);
  pending = pending.filter((p) => !(p.candidates.length === 1 && p.complete));
  if (pending.length === 0) return;
  const byKey = RELATIONS_BY_KEY.get(format)!;
  const open = new Set(pending.filter((p) => p.candidates.length > 0));
  const decidedBy = new Map<Pending, string>();
  const base: Lookup = (k) => {
    const e = store.get(k);
    return e ? e.value : undefined;
  };
  const touchingOf = new Map(pending.map((p) => [p, [...new Set(p.cols.flatMap((c) => byKey.get(c.key) ?? []))]]));
  const touching = (p: Pending) => touchingOf.get(p)!;
  const indexOf = new Map(pending.map((p) => [p, new Map(p.cols.map((c, i) => [c.key, i]))]));
  const withRow = (p: Pending, cand: Candidate, next: Lookup): Lookup => {
    const idx = indexOf.get(p)!;
    return (k) => {
      const i = idx.get(k);
      return i === undefined ? next(k) : cand.values[i];
    };
  };

  let changed = true;
  while (changed) {
    changed = false;
    for (const p of [...open]) {
      const rels = touching(p);
      const survivors = p.candidates.filter((c) => consistent(rels, withRow(p, c, base)));
      if (survivors.length < p.candidates.length) {
        const failed = p.candidates.find((c) => !survivors.includes(c));
        const rel = failed ? rels.find((r) => !consistent([r], withRow(p, failed, base))) : undefined;
        if (rel && !decidedBy.has(p)) decidedBy.set(p, rel.id);
        p.candidates = survivors;
        changed = true;
      }
      if (p.candidates.length === 0 || (p.complete && sameValues(p.candidates))) {
        commit(p, store, decidedBy.get(p), issues);
        open.delete(p);
        changed = true;
      }
    }
  }

  // Several rows still open: try their readings together, when few enough.
  const rest = [...open];
  const combos = rest.reduce((n, p) => n * p.candidates.length, 1);
  if (rest.length > 1 && combos <= MAX_COMBINATIONS) {
    const allRels = [...new Set(rest.flatMap(touching))];
    const fits: Candidate[][] = [];
    const choice: Candidate[] = [];
    const walk = (i: number) => {
      if (i === rest.length) {
        let lookup: Lookup = base;
        rest.forEach((p, j) => (lookup = withRow(p, choice[j]!, lookup)));
        if (consistent(allRels, lookup)) fits.push([...choice]);
        return;
      }
      for (const c of rest[i]!.candidates) {
        choice[i] = c;
        walk(i + 1);
      }
    };
    walk(0);
    rest.forEach((p, j) => {
      const mine = [...new Set(fits.map((f) => f[j]!))];
      const rejected = p.candidates.find((c) => !mine.includes(c));
      if (rejected && fits[0] && !decidedBy.has(p)) {
        // name a relation the rejected reading fails, the other rows read as finally settled
        let others: Lookup = base;
        rest.forEach((q, k) => k !== j && (others = withRow(q, fits[0]![k]!, others)));
        const rel = touching(p).find((r) => !consistent([r], withRow(p, rejected, others)));
        if (rel) decidedBy.set(p, rel.id);
      }
      p.candidates = mine;
    });
  }
  for (const p of rest) {
    if (p.complete && p.candidates.length > 0 && sameValues(p.candidates)) commit(p, store, decidedBy.get(p), issues);
    else unresolved(p, store);
  }
  for (const p of pending) if (p.candidates.length === 0 && !open.has(p) && !store.has(p.cols[0]!.key)) unresolved(p, store);
}

function sameValues(cands: readonly Candidate[]): boolean {
  const first = cands[0]!.values.join(',');
  return cands.every((c) => c.values.join(',') === first);
}

/** Writes a settled row: every surviving reading gives these numbers. */
function commit(p: Pending, store: Store, decidedBy: string | undefined, issues: ParseIssue[]): void {
  if (p.candidates.length === 0) return unresolved(p, store);
  const keys = p.cols.map((c) => c.key);
  const basis = decidedBy ?? (p.rowRule ? `rowTotal.${p.row}` : undefined);
  const rowSpan = unionSpan(p.printed.map((c) => c.span));
  const first = p.candidates[0]!;
  const inferredKeys: string[] = [];
  p.cols.forEach((col, i) => {
    const value = first.values[i]!;
    const part = first.parts?.[i];
    if (part) {
      store.set(col.key, {
        value,
        state: 'inferred',
        prov: { via: 'inferred', span: part.span, rule: p.rule, raw: part.raw, ...(basis ? { basis } : {}) },
      });
      return;
    }
    const cell = first.cells[i];
    const sameCell = cell && p.candidates.every((c) => c.cells[i] === cell);
    if (sameCell) {
      store.set(col.key, { value, state: 'read', prov: { via: 'table', span: cell.span, rule: p.rule, raw: cell.raw } });
      return;
    }
    inferredKeys.push(col.key);
    store.set(col.key, { value, state: 'inferred', prov: { via: 'inferred', span: rowSpan, rule: p.rule, ...(basis ? { basis } : {}) } });
  });
  if (p.kind === 'run') {
    const raw = p.printed.map((c) => c.raw).join(' ');
    issues.push(
      makeIssue(
        'SPLIT_INFERRED',
        `“${raw}”为连写的数字,只有一种拆分符合该行的单元格数与合计:${first.values.join(' | ')}。`,
        `"${raw}" is digits run together; one split alone fits the row's cells and total: ${first.values.join(' | ')}.`,
        keys,
        { numbers: numbersOf(keys, first.values), span: rowSpan },
      ),
    );
  } else if (inferredKeys.length > 0) {
    issues.push(
      makeIssue(
        'INFERRED',
        `${zhLabel(inferredKeys[0]!)}等${inferredKeys.length}格由表格勾稽关系推定(该行缺一格)。`,
        `${enLabel(inferredKeys[0]!)} and the row's other unplaced cells (${inferredKeys.length}) follow from the table's sums (the row lacks a cell).`,
        inferredKeys,
        {
          numbers: numbersOf(
            inferredKeys,
            inferredKeys.map((k) => first.values[keys.indexOf(k)]!),
          ),
          span: rowSpan,
        },
      ),
    );
  }
}

/** A row one cell short whose cells no single placement fits: printed digits, none placed. */
function unresolved(p: Pending, store: Store): void {
  const rowSpan = unionSpan(p.printed.map((c) => c.span));
  const raw = p.printed.map((c) => c.raw).join(' ');
  for (const c of p.cols) store.set(c.key, nullEntry('unplaced', p.rule, rowSpan, raw));
}
