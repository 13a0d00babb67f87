// Table 4 (行政复议、行政诉讼情况) as a grid: 行政复议, and 行政诉讼 with its two kinds as sub-rows.

import { LITIGATION_GROUP, TABLE4_COLUMNS, TABLE4_GROUPS, table4Key, type Table4Group } from '@/lib/figures/keys';
import { figureCell, sumCell, type ReportFigures } from './cells';
import { isEmpty } from './table3';
import type { GridCell, GridColumn, GridModel, GridRow } from './types';

const COLUMNS: GridColumn[] = TABLE4_COLUMNS.map((c) => ({ id: c.id, label: { zh: c.zh, en: c.en } }));
const LITIGATION_PARTS: Table4Group[] = ['litigationDirect', 'litigationAfterReview'];

function groupLeaf(report: ReportFigures, id: Table4Group): GridRow {
  const def = TABLE4_GROUPS.find((g) => g.id === id)!;
  const cells: Record<string, GridCell> = {};
  for (const col of TABLE4_COLUMNS) cells[col.id] = figureCell(report, table4Key(id, col.id));
  return { id, label: { zh: def.zh, en: def.en }, cells };
}

export function buildTable4(report: ReportFigures): GridModel {
  const litigationCells: Record<string, GridCell> = {};
  for (const col of TABLE4_COLUMNS) {
    litigationCells[col.id] = sumCell(
      report,
      table4Key(LITIGATION_GROUP.id, col.id),
      LITIGATION_PARTS.map((g) => table4Key(g, col.id)),
    );
  }
  const rows: GridRow[] = [
    groupLeaf(report, 'review'),
    {
      id: LITIGATION_GROUP.id,
      label: { zh: LITIGATION_GROUP.zh, en: LITIGATION_GROUP.en },
      cells: litigationCells,
      subRows: LITIGATION_PARTS.map((g) => groupLeaf(report, g)),
      expanded: true,
    },
  ];
  return { columns: COLUMNS, rows, empty: isEmpty(rows) };
}
