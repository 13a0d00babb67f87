// What the /table grid's client rows receive (lib/tables/big-table-rows.ts makes them on the
// server): plain, compact, in one language. No imports beyond types, so a client component may
// import this module.

import type { CellStatus } from './types';

/** A figure's cell: its status gives its style and, but for a "/" cell, its reason (BigTableReasons). */
export interface FigureCellView {
  status: CellStatus;
  /** The number, or the notation's mark (… □ / —). */
  text: string;
  /** A cell printed as "/" or other text: what it printed, in words. */
  reason?: string;
}

/** A ratio's cell: its value (or why it has none, printed in its place), and why it is not ranked. */
export interface RateCellView {
  status: 'rate';
  text: string;
  /** Why it is not computed or not ranked; printed in the cell when there is no value. */
  note?: string;
  /** Its figures fail a sum check (marked !). */
  failed?: true;
  /** No value: the note stands in the cell. */
  noValue?: true;
}

export type BigTableCellView = FigureCellView | RateCellView;

export interface BigTableRowView {
  reportId: number;
  /** The place as the page's language names it ("Hongze District 洪泽区"), and its page at this report. */
  place: string;
  placeHref: string;
  /** The report's page. */
  reportHref: string;
  province: string | null;
  body: string;
  /** A single office's report. */
  agency?: true;
  cells: BigTableCellView[];
  /** The checks: "3/4", the failed ones named, linked to the report's checks; null: not checked yet. */
  quality: { text: string; title: string; failed: boolean; counts: string; href: string } | null;
}

/** The id of the one element describing a status's cells (aria-describedby). */
export function reasonId(status: string): string {
  return `why-${status}`;
}

/** The reason of each status that has one shared by every cell (a "/" cell carries its own). */
export type BigTableReasons = Partial<Record<CellStatus, string>>;
