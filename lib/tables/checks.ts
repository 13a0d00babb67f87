// The checks a report failed, explained in plain words: which sum relation (lib/figures/checks.ts),
// the figures on each side with their values, and both sums.

import { SUM_RELATIONS, type SumRelation } from '@/lib/figures/checks';
import type { Label } from '@/lib/figures/keys';
import { noNumberOf } from '@/lib/figures/no-number';
import type { NoNumber } from '@/lib/i18n/notation';
import type { IssueView, Span } from '@/lib/domain';
import type { ReportFigures } from './cells';

/** A figure of a checked relation: its number, or printed as its kind of no number. */
export interface CheckTerm {
  key: string;
  value: number | null;
  /** Why value is null, in the one notation. */
  none: NoNumber | null;
}

export interface FailedCheck {
  issueId: number;
  code: string;
  /** The relation in plain words, or the parser's message when no relation matches. */
  title: Label;
  message: Label;
  left: CheckTerm[];
  right: CheckTerm[];
  /** Sums of each side; null when a term is not a number. */
  leftSum: number | null;
  rightSum: number | null;
  keys: string[];
  span: Span | null;
}

function sum(terms: readonly CheckTerm[]): number | null {
  return terms.every((t) => t.value !== null) ? terms.reduce((s, t) => s + (t.value as number), 0) : null;
}

/** The relation whose figures the issue names: the one sharing the most keys with it, all of its left side included. */
export function relationOf(keys: readonly string[]): SumRelation | undefined {
  const named = new Set(keys);
  let best: SumRelation | undefined;
  let bestScore = 0;
  for (const r of SUM_RELATIONS) {
    if (!r.left.every((k) => named.has(k))) continue;
    const score = [...r.left, ...r.right].filter((k) => named.has(k)).length;
    if (score > bestScore) [best, bestScore] = [r, score];
  }
  return best;
}

/** The figures of a report's failed sum checks: a rate reading one of them is not ranked (lib/figures/rates.ts). */
export function failedSumKeys(issues: readonly Pick<IssueView, 'code' | 'keys'>[]): Set<string> {
  return new Set(issues.filter((i) => i.code === 'SUM_MISMATCH').flatMap((i) => i.keys));
}

/** The relations (勾稽关系) of a report's failed sum checks that hold one of `keys`, in words, each once. */
export function failedRelationsOf(issues: readonly Pick<IssueView, 'code' | 'keys' | 'message'>[], keys: readonly string[]): Label[] {
  const wanted = new Set(keys);
  const out: Label[] = [];
  for (const issue of issues) {
    if (issue.code !== 'SUM_MISMATCH' || !issue.keys.some((k) => wanted.has(k))) continue;
    const label = relationOf(issue.keys)?.label ?? issue.message;
    if (!out.some((l) => l.zh === label.zh)) out.push(label);
  }
  return out;
}

export function isFailedCheck(issue: IssueView): boolean {
  return issue.code === 'SUM_MISMATCH' || issue.severity === 'error';
}

export function explainFailedChecks(issues: readonly IssueView[], report: ReportFigures, format: string): FailedCheck[] {
  return issues.filter(isFailedCheck).map((issue) => {
    const relation = issue.code === 'SUM_MISMATCH' ? relationOf(issue.keys) : undefined;
    const term = (key: string): CheckTerm => {
      const stored = report.figures.get(key);
      return { key, value: stored?.value ?? null, none: noNumberOf(key, stored, format) };
    };
    const left = relation ? relation.left.map(term) : [];
    const right = relation ? relation.right.map(term) : [];
    return {
      issueId: issue.id,
      code: issue.code,
      title: relation ? relation.label : issue.message,
      message: issue.message,
      left,
      right,
      leftSum: relation ? sum(left) : null,
      rightSum: relation ? sum(right) : null,
      keys: issue.keys,
      span: issue.span,
    };
  });
}
