// Table 3 (收到和处理政府信息公开申请情况) as a grid: rows grouped as the format prints them
// (三、本年度办理结果 → (三)不予公开 → its eight reasons ...), one column per applicant type.

import { APPLICANT_COLUMNS, OTHER_SUBROWS, TABLE3_GROUPS, TABLE3_ROWS, table3Key, type Label, type ReportFormat } from '@/lib/figures/keys';
import { figureCell, sumCell, type ReportFigures } from './cells';
import type { GridCell, GridColumn, GridModel, GridRow } from './types';

const RESULTS_HEADING: Label = { zh: '三、本年度办理结果', en: 'Outcomes this year' };
const LEGAL_PERSONS: Label = { zh: '法人或其他组织', en: 'Legal persons and other organisations' };

export const TABLE3_COLUMNS: GridColumn[] = APPLICANT_COLUMNS.map((c) => ({
  id: c.id,
  label: { zh: c.zh, en: c.en },
  group: c.id === 'natural' || c.id === 'total' ? undefined : LEGAL_PERSONS,
}));

function cellsOf(report: ReportFigures, row: string, parts?: readonly string[]): Record<string, GridCell> {
  const cells: Record<string, GridCell> = {};
  for (const col of APPLICANT_COLUMNS) {
    const key = table3Key(row, col.id);
    cells[col.id] = parts
      ? sumCell(
          report,
          key,
          parts.map((p) => table3Key(p, col.id)),
        )
      : figureCell(report, key);
  }
  return cells;
}

function leaf(report: ReportFigures, id: string): GridRow {
  const def = TABLE3_ROWS.find((r) => r.id === id);
  return { id, label: def ? { zh: def.zh, en: def.en } : { zh: id, en: id }, cells: cellsOf(report, id) };
}

function groupRow(report: ReportFigures, id: string, label: Label, parts: readonly string[]): GridRow {
  return { id, label, cells: cellsOf(report, id, parts), subRows: parts.map((p) => leaf(report, p)) };
}

/** The grid of one report's table 3; legacy reports are laid out as the 2019 format. */
export function buildTable3(report: ReportFigures, format: ReportFormat): GridModel {
  const groups = new Map<string, (typeof TABLE3_GROUPS)[number]>(TABLE3_GROUPS.map((g) => [g.id, g]));
  const outcomes: GridRow[] = [
    'results.granted',
    'results.partial',
    'results.denied',
    'results.unable',
    'results.rejected',
    'results.other',
    'results.total',
  ].map((id) => {
    const group = groups.get(id);
    if (group) return groupRow(report, id, { zh: group.zh, en: group.en }, group.parts);
    if (id === 'results.other' && format === '2021') {
      const printed = leaf(report, id);
      return groupRow(report, id, printed.label, OTHER_SUBROWS);
    }
    return leaf(report, id);
  });
  const rows: GridRow[] = [
    leaf(report, 'applications.new'),
    leaf(report, 'applications.carriedOver'),
    { id: 'results', label: RESULTS_HEADING, cells: {}, subRows: outcomes, heading: true, expanded: true },
    leaf(report, 'carriedForward'),
  ];
  return { columns: TABLE3_COLUMNS, rows, empty: isEmpty(rows) };
}

export function isEmpty(rows: readonly GridRow[]): boolean {
  return rows.every((r) => Object.values(r.cells).every((c) => c.status === 'absent') && isEmpty(r.subRows ?? []));
}
