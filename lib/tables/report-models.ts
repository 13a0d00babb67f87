// All grids of one report, changes against the previous report laid over them, and the figures no
// grid shows (sentence-only keys), so the page loses none.

import type { ReportFormat } from '@/lib/figures/keys';
import type { FigureView } from '@/lib/domain';
import type { ReportFigures } from './cells';
import { withChange } from './change';
import { buildTable2 } from './table2';
import { buildTable3 } from './table3';
import { buildTable4 } from './table4';
import type { GridModel, GridRow } from './types';

export interface ReportModels {
  table3: GridModel;
  table4: GridModel;
  table2: GridModel;
  /** Figures none of the grids shows. */
  others: FigureView[];
}

function gridKeys(rows: readonly GridRow[], out: Set<string>): Set<string> {
  for (const r of rows) {
    for (const c of Object.values(r.cells)) out.add(c.key);
    gridKeys(r.subRows ?? [], out);
  }
  return out;
}

export interface ReportInput {
  figures: ReportFigures;
  format: ReportFormat;
}

/** A report of the format before 2019 has none of these tables: its blanks are "not in this format", not "not read". */
function markNotInFormat(rows: readonly GridRow[]): GridRow[] {
  return rows.map((r) => ({
    ...r,
    cells: Object.fromEntries(
      Object.entries(r.cells).map(([id, c]) => [id, c.status === 'absent' ? { ...c, status: 'notInFormat' as const } : c]),
    ),
    ...(r.subRows ? { subRows: markNotInFormat(r.subRows) } : {}),
  }));
}

export function buildReportModels(current: ReportInput, previous: ReportInput | null): ReportModels {
  const build = (r: ReportInput, format: ReportFormat) => ({
    table3: buildTable3(r.figures, format),
    table4: buildTable4(r.figures),
    table2: buildTable2(r.figures, format),
  });
  const built = build(current, current.format);
  const now =
    current.format === 'legacy'
      ? {
          table3: { ...built.table3, rows: markNotInFormat(built.table3.rows) },
          table4: { ...built.table4, rows: markNotInFormat(built.table4.rows) },
          table2: { ...built.table2, rows: markNotInFormat(built.table2.rows) },
        }
      : built;
  // the previous report is laid out as the current one so that rows line up
  const before = previous ? build(previous, current.format) : null;
  const shown = new Set<string>();
  for (const grid of Object.values(now)) gridKeys(grid.rows, shown);
  return {
    table3: withChange(now.table3, before?.table3 ?? null),
    table4: withChange(now.table4, before?.table4 ?? null),
    table2: withChange(now.table2, before?.table2 ?? null),
    others: [...current.figures.figures.values()].filter((f) => !shown.has(f.key)).sort((a, b) => a.key.localeCompare(b.key)),
  };
}
