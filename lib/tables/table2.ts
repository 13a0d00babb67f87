// Table 2 (主动公开政府信息情况) as a grid: one heading row per item (规章, 行政处罚 ...), its
// printed columns as sub-rows, one value column. Items print different columns, so a long form
// keeps every figure in one sortable column.

import { TABLE2_COLUMNS, TABLE2_ITEMS, type ReportFormat } from '@/lib/figures/keys';
import { figureCell, type ReportFigures } from './cells';
import { isEmpty } from './table3';
import type { GridColumn, GridModel, GridRow } from './types';

export const VALUE_COLUMN = 'value';
const COLUMNS: GridColumn[] = [{ id: VALUE_COLUMN, label: { zh: '数量', en: 'Figure' } }];

export function buildTable2(report: ReportFigures, format: ReportFormat): GridModel {
  const layout = TABLE2_COLUMNS[format === '2021' ? '2021' : '2019'];
  const rows: GridRow[] = [];
  for (const item of TABLE2_ITEMS) {
    const columns = layout[item.id];
    if (!columns) continue;
    rows.push({
      id: item.id,
      label: { zh: item.zh, en: item.en },
      cells: {},
      heading: true,
      expanded: true,
      subRows: columns.map((col) => ({
        id: `${item.id}.${col.id}`,
        label: { zh: col.zh, en: col.en },
        cells: { [VALUE_COLUMN]: figureCell(report, `${item.id}.${col.id}`) },
        unit: col.unit,
      })),
    });
  }
  return { columns: COLUMNS, rows, empty: isEmpty(rows) };
}
