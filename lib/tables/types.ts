// The grid models the drill-down tables render: rows (grouped as the report format prints them),
// columns, and one cell per row × column with its status. Pure data, serialisable to client components.

import type { Label, Unit } from '@/lib/figures/keys';
import type { Span } from '@/lib/domain';
import type { NoNumber } from '@/lib/i18n/notation';

/**
 * How a cell came to hold (or lack) its value:
 * - `table`: read from a table cell;
 * - `narrative`: read from a sentence (the table lacks it);
 * - `inferred`: the cell is blank and the table's sums determine it;
 * - `notNumber`: the cell prints "/", "—", "无" or other text (value null, never 0);
 * - `blank`: the cell is empty (value null);
 * - `sum`: a group total the table does not print, added up here from its sub-rows
 *   (value null when a sub-row is missing);
 * - `absent`: the report's format has the figure but it was not read (lib/i18n/notation: not read);
 * - `notInFormat`: the report's format has no such figure (reports before the 2019 format).
 */
export type CellStatus = 'table' | 'narrative' | 'inferred' | 'notNumber' | 'blank' | 'sum' | 'absent' | 'notInFormat';

/** The cell status of each figure without a number (lib/i18n/notation.ts). */
export const NO_NUMBER_STATUS = {
  notRead: 'absent',
  blank: 'blank',
  slash: 'notNumber',
  notInFormat: 'notInFormat',
} as const satisfies Record<NoNumber, CellStatus>;

export interface GridCell {
  key: string;
  value: number | null;
  status: CellStatus;
  /** As printed, when the parser kept it. */
  raw: string | null;
  /** Sum relation an inferred figure follows from. */
  basis: string | null;
  span: Span | null;
  /** Messages of the parser's issues that name this figure. */
  notes: Label[];
  /** Value in the previous year's report; undefined when there is none to compare with. */
  prev?: number | null;
  /** value − prev, when both are numbers. */
  delta?: number | null;
}

export interface GridColumn {
  id: string;
  label: Label;
  /** Header spanning several columns (法人或其他组织). */
  group?: Label;
}

export interface GridRow {
  id: string;
  label: Label;
  cells: Record<string, GridCell>;
  subRows?: GridRow[];
  /** A heading row (三、本年度办理结果): no figures of its own. */
  heading?: boolean;
  /** Open when the table first renders. */
  expanded?: boolean;
  unit?: Unit;
}

export interface GridModel {
  columns: GridColumn[];
  rows: GridRow[];
  /** No cell of the grid holds a figure of the report. */
  empty: boolean;
}
