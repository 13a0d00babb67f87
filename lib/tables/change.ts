// Change against the previous year: the same grid built from the previous report's figures,
// laid over the current one cell by cell.

import type { GridModel, GridRow } from './types';

function overlay(rows: readonly GridRow[], prevRows: ReadonlyMap<string, GridRow>): GridRow[] {
  return rows.map((row) => {
    const prev = prevRows.get(row.id);
    const cells = { ...row.cells };
    for (const [col, cell] of Object.entries(cells)) {
      const before = prev?.cells[col];
      if (!before || before.status === 'absent') continue;
      const delta = cell.value !== null && before.value !== null ? cell.value - before.value : null;
      cells[col] = { ...cell, prev: before.value, delta };
    }
    const subRows = row.subRows && overlay(row.subRows, new Map((prev?.subRows ?? []).map((r) => [r.id, r])));
    return { ...row, cells, ...(subRows ? { subRows } : {}) };
  });
}

/** `current` with prev/delta set on every cell the previous grid also has a figure for. */
export function withChange(current: GridModel, previous: GridModel | null): GridModel {
  if (!previous) return current;
  return { ...current, rows: overlay(current.rows, new Map(previous.rows.map((r) => [r.id, r]))) };
}
