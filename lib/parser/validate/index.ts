// The table's sums (勾稽关系, lib/figures/checks.ts): blank or missing cells that a relation
// determines uniquely are inferred, every relation whose figures are all present is checked, and
// the group sums no table prints (results.denied/unable/rejected, litigation.*) are added.

import { relationsFor, type SumRelation } from '../../figures/checks';
import {
  APPLICANT_COLUMNS,
  LITIGATION_GROUP,
  TABLE3_GROUPS,
  TABLE4_COLUMNS,
  table3Key,
  table4Key,
  type ReportFormat,
} from '../../figures/keys';
import { enLabel, makeIssue, zhLabel } from '../issues';
import { isInferable, type Entry, type Store } from '../resolve/store';
import { unionSpan } from '../tables/groups';
import type { ParseIssue } from '../types';

/** Group-sum entries for keys defined as sums (group sums and the 2021 (六) row). */
function deriveSums(store: Store, sums: readonly string[]): boolean {
  let changed = false;
  for (const key of sums) {
    const e = store.get(key)!;
    if (!e.parts || e.value !== null) continue;
    const parts = e.parts.map((k) => store.get(k));
    if (parts.some((p) => !p || p.value === null)) continue;
    store.set(key, {
      value: parts.reduce((s, p) => s + p!.value!, 0),
      state: 'derived',
      parts: e.parts,
      prov: { via: 'inferred', span: unionSpan(parts.map((p) => p!.prov.span)), rule: 'group-sum', basis: 'group-sum' },
    });
    changed = true;
  }
  return changed;
}

const SIDES = ['left', 'right'] as const;

/** One pass of inference: a relation with exactly one unknown, inferable figure determines it. */
function inferOnce(relations: readonly SumRelation[], store: Store, issues: ParseIssue[]): boolean {
  let changed = false;
  for (const r of relations) {
    let unknown: { key: string; side: 'left' | 'right' } | null = null;
    let count = 0;
    let left = 0;
    let right = 0;
    let usable = true;
    const spans = [];
    for (const side of SIDES) {
      for (const k of r[side]) {
        const e = store.get(k);
        if (!e) {
          usable = false;
          break;
        }
        if (e.value === null) {
          if (!isInferable(e)) {
            usable = false;
            break;
          }
          unknown = { key: k, side };
          count++;
        } else {
          if (side === 'left') left += e.value;
          else right += e.value;
          spans.push(e.prov.span);
        }
      }
      if (!usable) break;
    }
    if (!usable || count !== 1 || !unknown) continue;
    const value = unknown.side === 'left' ? right - left : left - right;
    if (value < 0 || !Number.isInteger(value)) continue; // the sums fail: reported as they stand
    const was = store.get(unknown.key)!;
    store.set(unknown.key, {
      value,
      state: 'inferred',
      ...(was.parts ? { parts: was.parts } : {}),
      prov: { via: 'inferred', span: unionSpan(spans), rule: 'validate.infer', basis: r.id },
    });
    issues.push(
      makeIssue(
        'INFERRED',
        `${zhLabel(unknown.key)}未印数字,由“${r.label.zh}”推定为${value}。`,
        `${enLabel(unknown.key)} is not printed; "${r.label.en}" determines it as ${value}.`,
        [unknown.key],
        { numbers: { value }, span: was.prov.span ?? unionSpan(spans) },
      ),
    );
    changed = true;
  }
  return changed;
}

/** Sum of the keys' values; null when one is absent or null. */
function total(store: Store, keys: readonly string[]): number | null {
  let s = 0;
  for (const k of keys) {
    const v = store.get(k)?.value;
    if (v === null || v === undefined) return null;
    s += v;
  }
  return s;
}

function check(relations: readonly SumRelation[], store: Store, issues: ParseIssue[]): void {
  for (const r of relations) {
    const left = total(store, r.left);
    const right = left === null ? null : total(store, r.right);
    if (left === null || right === null || left === right) continue;
    const terms = [...r.left, ...r.right].map((k) => store.get(k));
    issues.push(
      makeIssue(
        'SUM_MISMATCH',
        `勾稽关系不符:${r.label.zh}(左边${left},右边${right})。`,
        `Sums do not agree: ${r.label.en} (left ${left}, right ${right}).`,
        [...r.left, ...r.right],
        { numbers: { left, right }, span: unionSpan(terms.map((e) => (e as Entry).prov.span)) },
      ),
    );
  }
}

/** Group sums the tables do not print, each defined by its parts. */
const GROUP_SUMS: readonly { key: string; parts: readonly string[] }[] = [
  ...TABLE3_GROUPS.flatMap((g) =>
    APPLICANT_COLUMNS.map((c) => ({ key: table3Key(g.id, c.id), parts: g.parts.map((p) => table3Key(p, c.id)) })),
  ),
  ...TABLE4_COLUMNS.map((c) => ({
    key: table4Key(LITIGATION_GROUP.id, c.id),
    parts: [table4Key('litigationDirect', c.id), table4Key('litigationAfterReview', c.id)],
  })),
];

function declareGroupSums(store: Store): void {
  for (const { key, parts } of GROUP_SUMS) {
    if (!store.has(key) && parts.some((p) => store.has(p)))
      store.set(key, {
        value: null,
        state: 'missing',
        parts,
        prov: { via: 'inferred', span: null, rule: 'group-sum', basis: 'group-sum' },
      });
  }
}

function inferable(store: Store, key: string): boolean {
  const e = store.get(key);
  return e !== undefined && isInferable(e);
}

/** Each format's relations, selected once. */
const RELATIONS = new Map((['2019', '2021'] as const).map((f) => [f, relationsFor(f)]));

export function validate(store: Store, format: ReportFormat, issues: ParseIssue[]): void {
  if (format === 'legacy') return;
  const relations = RELATIONS.get(format)!;
  declareGroupSums(store);
  // Inference and sums feed each other: (六) as the sum of inferred sub-rows, and back. Only
  // relations holding a blank or missing cell can infer anything.
  const sums: string[] = [];
  let anyInferable = false;
  for (const [k, e] of store) {
    if (e.parts) sums.push(k);
    else if (!anyInferable && isInferable(e)) anyInferable = true;
  }
  let open = anyInferable
    ? relations.filter((r) => r.left.some((k) => inferable(store, k)) || r.right.some((k) => inferable(store, k)))
    : [];
  for (let pass = 0; pass < 64; pass++) {
    const derived = deriveSums(store, sums);
    const inferred = open.length > 0 && inferOnce(open, store, issues);
    if (!derived && !inferred) break;
    open = open.filter((r) => r.left.some((k) => inferable(store, k)) || r.right.some((k) => inferable(store, k)));
  }
  check(relations, store, issues);
}
