// A report table (3, 4 or 2) as an interactive grid: grouped rows that expand, sortable columns,
// optionally only the 总计 column, each cell a FigureCell. Rendered from a plain GridModel.
'use client';

import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  getExpandedRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type ExpandedState,
  type SortingState,
} from '@tanstack/react-table';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Lang, Unit } from '@/lib/figures/keys';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';
import { sharedRowReasons } from '@/lib/tables/describe';
import type { GridCell, GridModel, GridRow } from '@/lib/tables/types';
import { cellTitle, FigureCell } from './figure-cell';
import styles from './figure-grid.module.css';

export interface FigureGridProps {
  model: GridModel;
  lang: Lang;
  caption: string;
  /** Year of the report the changes are measured against. */
  prevYear?: number | null;
  /** Offer the "total column only" toggle (table 3). */
  totalToggle?: boolean;
  showBadges?: boolean;
  /** Open every group at first (the report viewer), instead of the model's defaults. */
  expandAll?: boolean;
  selectedKey?: string | null;
  onSelect?: (key: string) => void;
}

const TOTAL = 'total';
const helper = createColumnHelper<GridRow>();
/** Every column of the grid reads one of these; one type lets label and value columns share an array. */
type GridValue = string | number | undefined;

/** Every cell of the grid by its figure key, with its row's unit (sub-rows' too). */
function cellsByKey(rows: readonly GridRow[], out = new Map<string, { cell: GridCell; unit?: Unit }>()) {
  for (const r of rows) {
    for (const cell of Object.values(r.cells)) out.set(cell.key, { cell, unit: r.unit });
    cellsByKey(r.subRows ?? [], out);
  }
  return out;
}

/** Per row (sub-rows too), the reasons its cells share, each with the id of the one element describing it. */
function rowReasonIds(rows: readonly GridRow[], lang: Lang, idBase: string, out = new Map<string, Map<string, string>>()) {
  for (const r of rows) {
    const shared = sharedRowReasons(Object.values(r.cells), lang);
    if (shared.length) out.set(r.id, new Map(shared.map((reason, i) => [reason, `${idBase}${r.id}-why${i}`])));
    rowReasonIds(r.subRows ?? [], lang, idBase, out);
  }
  return out;
}

function initialExpanded(rows: readonly GridRow[], out: Record<string, boolean> = {}): Record<string, boolean> {
  for (const r of rows) {
    if (r.expanded) out[r.id] = true;
    initialExpanded(r.subRows ?? [], out);
  }
  return out;
}

export function FigureGrid({ model, lang, caption, prevYear, totalToggle, showBadges, expandAll, selectedKey, onSelect }: FigureGridProps) {
  const m = drilldownMessages[lang].grid;
  const [sorting, setSorting] = useState<SortingState>([]);
  const [expanded, setExpanded] = useState<ExpandedState>(() => (expandAll ? true : initialExpanded(model.rows)));
  const [totalOnly, setTotalOnly] = useState(false);
  const scrollRef = useRef<HTMLDivElement>(null);
  const idBase = useId();
  const reasonIds = useMemo(() => rowReasonIds(model.rows, lang, idBase), [model.rows, lang, idBase]);

  // A chosen cell is scrolled into the card's view beside its row label, never under it (the label sticks).
  useEffect(() => {
    const box = scrollRef.current;
    const cell = selectedKey ? box?.querySelector<HTMLElement>(`[data-figure="${CSS.escape(selectedKey)}"]`) : null;
    if (!box || !cell) return;
    const labelWidth = cell.closest('tr')?.querySelector('th')?.offsetWidth ?? 0;
    const view = box.getBoundingClientRect();
    const at = cell.getBoundingClientRect();
    if (at.left - view.left < labelWidth) box.scrollLeft -= labelWidth - (at.left - view.left) + 8;
    else if (at.right > view.right) box.scrollLeft += at.right - view.right + 8;
  }, [selectedKey]);

  const columns = useMemo(() => {
    const valueColumn = (id: string, label: string): ColumnDef<GridRow, GridValue> =>
      helper.accessor((row): GridValue => row.cells[id]?.value ?? undefined, {
        id,
        header: label,
        sortUndefined: 'last',
        cell: (ctx) => {
          const cell = ctx.row.original.cells[id];
          if (!cell) return null;
          return (
            <FigureCell
              cell={cell}
              lang={lang}
              unit={ctx.row.original.unit}
              prevYear={prevYear}
              showBadge={showBadges}
              selected={selectedKey === cell.key}
              onSelect={onSelect}
              rowReasons={reasonIds.get(ctx.row.original.id)}
            />
          );
        },
      });
    const label: ColumnDef<GridRow, GridValue> = helper.accessor((row): GridValue => row.label[lang], {
      id: 'label',
      header: m.row,
      enableSorting: false,
      cell: (ctx) => {
        const row = ctx.row;
        const indent = row.depth ? { paddingLeft: `${row.depth * 1.25}rem` } : undefined;
        const text = <span className={row.original.heading ? 'font-semibold text-ink' : undefined}>{row.original.label[lang]}</span>;
        if (!row.getCanExpand())
          return (
            <span style={indent} className="block">
              {text}
            </span>
          );
        return (
          <button
            type="button"
            style={indent}
            onClick={row.getToggleExpandedHandler()}
            aria-expanded={row.getIsExpanded()}
            className="flex items-start gap-1 text-left hover:text-accent"
          >
            <span
              aria-hidden
              className={`mt-0.5 inline-block w-4 text-ink-mute transition-transform ${row.getIsExpanded() ? 'rotate-90' : ''}`}
            >
              ▸
            </span>
            {text}
            <span className="sr-only">({row.getIsExpanded() ? m.collapse : m.expand})</span>
          </button>
        );
      },
    });
    const defs: ColumnDef<GridRow, GridValue>[] = [label];
    const groups = new Map<string, ColumnDef<GridRow, GridValue>[]>();
    for (const col of model.columns) {
      const def = valueColumn(col.id, col.label[lang]);
      if (!col.group) {
        defs.push(def);
        continue;
      }
      const groupKey = col.group[lang];
      let members = groups.get(groupKey);
      if (!members) {
        members = [];
        groups.set(groupKey, members);
        defs.push(helper.group({ id: `group:${groupKey}`, header: groupKey, columns: members }));
      }
      members.push(def);
    }
    return defs;
  }, [model.columns, lang, prevYear, showBadges, selectedKey, onSelect, m, reasonIds]);

  const columnVisibility = useMemo(
    () => (totalOnly ? Object.fromEntries(model.columns.filter((c) => c.id !== TOTAL).map((c) => [c.id, false])) : {}),
    [totalOnly, model.columns],
  );

  // The React Compiler (not used here) would skip this component: TanStack's table instance is mutable.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: model.rows,
    columns,
    state: { sorting, expanded, columnVisibility },
    onSortingChange: setSorting,
    onExpandedChange: setExpanded,
    getSubRows: (row) => row.subRows,
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getExpandedRowModel: getExpandedRowModel(),
  });

  const cells = useMemo(() => cellsByKey(model.rows), [model.rows]);
  /** The tooltip of the cell under the pointer, set once (FigureCell leaves it out of the HTML). */
  const showTitle = (target: EventTarget) => {
    const marked = target instanceof Element ? target.closest<HTMLElement>('[data-figure]') : null;
    const found = marked && !marked.hasAttribute('title') ? cells.get(marked.dataset.figure!) : undefined;
    const title = found && cellTitle(found.cell, lang, { unit: found.unit, prevYear });
    if (title) marked!.title = title;
  };

  const hasTotal = model.columns.some((c) => c.id === TOTAL) && model.columns.length > 1;
  return (
    <div>
      <div className="mb-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <button
          type="button"
          className="text-accent hover:underline"
          onClick={() => table.toggleAllRowsExpanded(!table.getIsAllRowsExpanded())}
        >
          {table.getIsAllRowsExpanded() ? m.collapseAll : m.expandAll}
        </button>
        {totalToggle && hasTotal ? (
          <label className="inline-flex cursor-pointer items-center gap-1.5">
            <input type="checkbox" checked={totalOnly} onChange={(e) => setTotalOnly(e.target.checked)} className="accent-accent" />
            {m.totalOnly}
          </label>
        ) : null}
        {prevYear ? <span className="text-ink-mute">{m.changeNote(prevYear)}</span> : null}
      </div>
      {/* Scrolls inside its card on a phone, the row labels kept in view. */}
      <div ref={scrollRef} className="relative overflow-x-auto rounded-md border border-rule bg-white" data-testid="table-scroll">
        <table className={`w-full border-collapse text-sm ${styles.grid}`}>
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-wash text-xs text-ink-soft">
            {table.getHeaderGroups().map((hg) => (
              <tr key={hg.id}>
                {hg.headers.map((header) => {
                  if (header.isPlaceholder) return <th key={header.id} className="border-b border-rule" />;
                  const isLabel = header.column.id === 'label';
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      colSpan={header.colSpan}
                      scope="col"
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                      className={`border-b border-rule px-2 py-2 font-medium ${isLabel ? 'sticky left-0 z-10 min-w-40 bg-wash text-left sm:min-w-52' : header.subHeaders.length ? 'text-center' : 'text-right'}`}
                    >
                      {header.column.getCanSort() ? (
                        <button
                          type="button"
                          onClick={header.column.getToggleSortingHandler()}
                          title={m.sortBy(String(header.column.columnDef.header))}
                          className="inline-flex items-center gap-1 hover:text-accent"
                        >
                          {flexRender(header.column.columnDef.header, header.getContext())}
                          <span aria-hidden className="text-ink-mute">
                            {sorted === 'asc' ? '↑' : sorted === 'desc' ? '↓' : '↕'}
                          </span>
                        </button>
                      ) : (
                        flexRender(header.column.columnDef.header, header.getContext())
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody onPointerOver={(event) => showTitle(event.target)}>
            {table.getRowModel().rows.map((row) => {
              const holdsSelected = selectedKey != null && Object.values(row.original.cells).some((c) => c?.key === selectedKey);
              return (
                <tr key={row.id} data-row={row.id} {...(row.original.heading ? { className: styles.heading } : {})}>
                  {row.getVisibleCells().map((cell) =>
                    cell.column.id === 'label' ? (
                      <th key={cell.id} scope="row" data-selected-row={holdsSelected || undefined}>
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                        {/* The reasons the row's cells share, once, named by those cells. */}
                        {[...(reasonIds.get(row.id) ?? [])].map(([reason, id]) => (
                          <span key={id} id={id} hidden>
                            {reason}
                          </span>
                        ))}
                      </th>
                    ) : (
                      <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                    ),
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
