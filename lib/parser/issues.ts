// Builders for the parser's issues, so each code always carries the same severity and wording.
// Every code is explained in ISSUES.md.

import { figureLabel } from '../figures/keys';
import type { IssueCode, ParseIssue, Severity, Span } from './types';

const SEVERITY: Record<IssueCode, Severity> = {
  NOT_A_REPORT: 'error',
  EMPTY_INPUT: 'error',
  SUM_MISMATCH: 'error',
  CELL_BLANK: 'warning',
  CELL_MISSING: 'warning',
  CELL_NOT_NUMBER: 'info',
  CELL_UNREADABLE: 'warning',
  ROW_MISSING: 'warning',
  TABLE_MISSING: 'warning',
  LABEL_DAMAGED: 'info',
  INFERRED: 'info',
  SPLIT_AMBIGUOUS: 'warning',
  SPLIT_INFERRED: 'info',
  NARRATIVE_CONTRADICTS_TABLE: 'warning',
  TABLE_COPIES_DIFFER: 'warning',
  NARRATIVE_ONLY: 'info',
  PARTIAL_SCOPE: 'info',
  FORMAT_UNCERTAIN: 'warning',
  UNIT_ASSUMED: 'warning',
  META_MISSING: 'warning',
  OCR_LOW_CONFIDENCE: 'warning',
  OCR_CONFIRMED: 'info',
  OCR_DOUBT: 'warning',
  IMAGES_UNREAD: 'warning',
};

export function makeIssue(
  code: IssueCode,
  zh: string,
  en: string,
  keys: string[] = [],
  extra: { numbers?: Record<string, number | null>; span?: Span | null } = {},
): ParseIssue {
  const issue: ParseIssue = { code, severity: SEVERITY[code], message: { zh, en }, keys };
  if (extra.numbers) issue.numbers = extra.numbers;
  if (extra.span) issue.span = extra.span;
  return issue;
}

/** An issue's `numbers`: names[i] → values[i], in order (a loop: Object.fromEntries costs more). */
export function numbersOf(names: readonly string[], values: readonly (number | null)[]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (let i = 0; i < names.length; i++) out[names[i]!] = values[i]!;
  return out;
}

export const zhLabel = (key: string) => figureLabel(key, 'zh');
export const enLabel = (key: string) => figureLabel(key, 'en');
