// A grid model in the few bytes a page sends it in: /j/<slug> hands its three grids to a client
// component, so they travel in the page's RSC payload. Packed, the labels and notes are in the page's
// language only, notes and sum relations are said once in a list the cells point into (a note on a
// row's run-together cells names each of them), a cell's key is left out when it is its row's and
// column's ids joined, empty fields (null, no notes) are left out, and a cell with nothing but its
// status (no number, nothing to say: a legacy report's cells not in its format) is that status
// alone; unpacked, it is the model again, in that language.

import type { Span } from '@/lib/domain';
import type { Label, Lang, Unit } from '@/lib/figures/keys';
import type { CellStatus, GridCell, GridColumn, GridModel, GridRow } from './types';

export interface PackedCell {
  /** The figure key, when it is not `${row id}.${column id}`. */
  k?: string;
  v: number | null;
  s: CellStatus;
  r?: string;
  /** Index of the sum relation in PackedGrid.texts. */
  b?: number;
  sp?: Span;
  /** Indices of the notes in PackedGrid.texts. */
  n?: number[];
  /** Previous year's value: absent when there is nothing to compare with (GridCell.prev undefined). */
  p?: number | null;
  d?: number | null;
}

export interface PackedRow {
  id: string;
  l: string;
  /** A cell, or its status alone when that is all it has (no value, no other field). */
  c: Record<string, PackedCell | CellStatus>;
  sub?: PackedRow[];
  h?: true;
  e?: true;
  u?: Unit;
}

export interface PackedGrid {
  columns: { id: string; l: string; g?: string }[];
  rows: PackedRow[];
  empty: boolean;
  /** Notes and sum relations, each once. */
  texts: string[];
}

/** Each text's index in one list, the list growing as texts come. */
function textIndex(texts: string[]): (text: string) => number {
  const index = new Map<string, number>();
  return (text) => {
    let i = index.get(text);
    if (i === undefined) index.set(text, (i = texts.push(text) - 1));
    return i;
  };
}

function packCell(cell: GridCell, key: string, lang: Lang, text: (t: string) => number): PackedCell | CellStatus {
  const packed: PackedCell = {
    ...(cell.key !== key ? { k: cell.key } : {}),
    v: cell.value,
    s: cell.status,
    ...(cell.raw !== null ? { r: cell.raw } : {}),
    ...(cell.basis !== null ? { b: text(cell.basis) } : {}),
    ...(cell.span !== null ? { sp: cell.span } : {}),
    ...(cell.notes.length ? { n: cell.notes.map((note) => text(note[lang])) } : {}),
    ...(cell.prev !== undefined ? { p: cell.prev } : {}),
    ...(cell.delta !== undefined ? { d: cell.delta } : {}),
  };
  return packed.v === null && Object.keys(packed).length === 2 ? packed.s : packed;
}

function packRow(row: GridRow, lang: Lang, text: (t: string) => number): PackedRow {
  return {
    id: row.id,
    l: row.label[lang],
    c: Object.fromEntries(Object.entries(row.cells).map(([column, cell]) => [column, packCell(cell, `${row.id}.${column}`, lang, text)])),
    ...(row.subRows ? { sub: row.subRows.map((r) => packRow(r, lang, text)) } : {}),
    ...(row.heading ? { h: true as const } : {}),
    ...(row.expanded ? { e: true as const } : {}),
    ...(row.unit ? { u: row.unit } : {}),
  };
}

export function packGrid(model: GridModel, lang: Lang): PackedGrid {
  const texts: string[] = [];
  const text = textIndex(texts);
  return {
    columns: model.columns.map((c) => ({ id: c.id, l: c.label[lang], ...(c.group ? { g: c.group[lang] } : {}) })),
    rows: model.rows.map((r) => packRow(r, lang, text)),
    empty: model.empty,
    texts,
  };
}

/** A label in the one language the grid was packed in (the grid reads no other). */
const label = (text: string): Label => ({ zh: text, en: text });

function unpackRow(row: PackedRow, texts: readonly string[]): GridRow {
  const cells: Record<string, GridCell> = {};
  for (const [column, packed] of Object.entries(row.c)) {
    const c: PackedCell = typeof packed === 'string' ? { v: null, s: packed } : packed;
    cells[column] = {
      key: c.k ?? `${row.id}.${column}`,
      value: c.v,
      status: c.s,
      raw: c.r ?? null,
      basis: c.b === undefined ? null : texts[c.b]!,
      span: c.sp ?? null,
      notes: (c.n ?? []).map((i) => label(texts[i]!)),
      ...('p' in c ? { prev: c.p } : {}),
      ...('d' in c ? { delta: c.d } : {}),
    };
  }
  return {
    id: row.id,
    label: label(row.l),
    cells,
    ...(row.sub ? { subRows: row.sub.map((r) => unpackRow(r, texts)) } : {}),
    ...(row.h ? { heading: true } : {}),
    ...(row.e ? { expanded: true } : {}),
    ...(row.u ? { unit: row.u } : {}),
  };
}

export function unpackGrid(packed: PackedGrid): GridModel {
  const columns: GridColumn[] = packed.columns.map((c) => ({ id: c.id, label: label(c.l), ...(c.g ? { group: label(c.g) } : {}) }));
  return { columns, rows: packed.rows.map((r) => unpackRow(r, packed.texts)), empty: packed.empty };
}
