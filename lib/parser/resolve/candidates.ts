// Writing the rows resolve/index.ts could read only by splitting run-together digits (the single
// split the row's cells and total allow) or with a cell missing whose place does not matter. The
// other rows' sums never choose a reading (issue #9): a row with several readings is left null.

import { enLabel, makeIssue, numbersOf, zhLabel } from '../issues';
import { unionSpan } from '../tables/groups';
import type { ParseIssue } from '../types';
import type { Pending } from './index';
import type { Store } from './store';

/**
 * Writes the rows read by the single-split rule or with a missing cell whose place does not
 * matter: every candidate of a row gives the same numbers (resolve/index.ts admits no other).
 */
export function settlePending(pending: readonly Pending[], store: Store, issues: ParseIssue[]): void {
  for (const p of pending) commit(p, store, issues);
}

/** Writes a settled row: every surviving reading gives these numbers. */
function commit(p: Pending, store: Store, issues: ParseIssue[]): void {
  const keys = p.cols.map((c) => c.key);
  const basis = p.rowRule ? `rowTotal.${p.row}` : undefined;
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
