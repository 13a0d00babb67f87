// From cells to figure entries: units and counters converted, blank / "/" / unreadable cells kept
// apart from 0 (null plus an issue).

import type { Unit } from '../../figures/keys';
import { makeIssue, enLabel, zhLabel } from '../issues';
import { scaled } from '../normalize/numbers';
import type { Cell } from '../tables/tokens';
import type { ParseIssue } from '../types';
import { nullEntry, type Entry } from './store';

export interface Column {
  key: string;
  unit: Unit;
  /** For money columns: power of ten a unitless cell is printed in (万元 → 4). */
  moneyExp?: number;
}

export function cellValue(cell: Cell, col: Column): number | null {
  const n = cell.num;
  if (cell.kind !== 'number' || !n) return null;
  if (col.unit === 'yuan') return scaled(n, n.hasUnit ? n.exp : (col.moneyExp ?? 0));
  return scaled(n, n.exp);
}

export function cellEntry(cell: Cell, col: Column, rule: string, issues: ParseIssue[]): Entry {
  const value = cellValue(cell, col);
  if (value !== null) return { value, state: 'read', prov: { via: 'table', span: cell.span, rule, raw: cell.raw } };
  const zh = zhLabel(col.key);
  const en = enLabel(col.key);
  switch (cell.kind) {
    case 'blank':
      issues.push(makeIssue('CELL_BLANK', `${zh}:单元格为空。`, `${en}: the cell is empty.`, [col.key], { span: cell.span }));
      return nullEntry('blank', rule, cell.span);
    case 'placeholder':
      issues.push(
        makeIssue(
          'CELL_NOT_NUMBER',
          `${zh}:单元格为“${cell.raw}”,不是数字(不同于0)。`,
          `${en}: the cell holds "${cell.raw}", not a number (kept apart from 0).`,
          [col.key],
          { span: cell.span },
        ),
      );
      return nullEntry('placeholder', rule, cell.span, cell.raw);
    default:
      issues.push(
        makeIssue('CELL_UNREADABLE', `${zh}:无法从“${cell.raw}”读出数字。`, `${en}: no number can be read from "${cell.raw}".`, [col.key], {
          span: cell.span,
        }),
      );
      return nullEntry('unreadable', rule, cell.span, cell.raw);
  }
}
