// The /table grid: one row per report, sortable headers as links (sorting happens in SQL), cells
// marked by provenance, figures without a number in the one notation (… □ / —) with the reason, and
// ratios that are not computed or not ranked saying why. The headers are rendered here; the rows
// by a client leaf from compact rows (./big-table-body.tsx), so the page carries them once.

import Link from 'next/link';
import type { TableRow } from '@/lib/domain';
import { commonMessages } from '@/lib/i18n';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';
import { qualityMessages } from '@/lib/i18n/messages/quality';
import { bigTableReasons, toBigTableRows } from '@/lib/tables/big-table-rows';
import { reasonId } from '@/lib/tables/big-table-view';
import { columnLabel } from '@/lib/tables/column-labels';
import { rateDef } from '@/lib/figures/rates';
import { defaultDir, tableHref, type TableView } from '@/lib/view-state/table-params';
import { BigTableBody } from './big-table-body';

function SortHeader({
  view,
  sort,
  label,
  title,
  numeric,
  sticky,
}: {
  view: TableView;
  sort: string;
  label: string;
  title?: string;
  numeric?: boolean;
  sticky?: boolean;
}) {
  const m = drilldownMessages[view.lang];
  const active = view.sort === sort;
  const dir = active ? (view.dir === 'asc' ? 'desc' : 'asc') : defaultDir(sort);
  return (
    <th
      scope="col"
      aria-sort={active ? (view.dir === 'asc' ? 'ascending' : 'descending') : undefined}
      className={`whitespace-nowrap border-b border-rule px-2 py-2 align-bottom font-medium ${numeric ? 'text-right' : 'text-left'} ${sticky ? 'sticky left-0 z-10 bg-wash' : ''}`}
    >
      <Link
        href={tableHref({ ...view, sort, dir, page: 1 })}
        title={title ?? m.grid.sortBy(label)}
        className={`inline-flex items-end gap-1 no-underline ${active ? 'text-ink' : 'text-ink-soft hover:text-accent'}`}
        data-sort={sort}
      >
        <span>{label}</span>
        <span aria-hidden className={active ? 'text-accent' : 'text-ink-mute/70'}>
          {active ? (view.dir === 'asc' ? '↑' : '↓') : '↕'}
        </span>
        {active ? <span className="sr-only">({view.dir === 'asc' ? m.table.sortAsc : m.table.sortDesc})</span> : null}
      </Link>
    </th>
  );
}

export function BigTable({ view, rows }: { view: TableView; rows: readonly TableRow[] }) {
  const { lang } = view;
  const m = drilldownMessages[lang].table;
  const c = commonMessages[lang];
  const reasons = bigTableReasons(lang);
  const labels = { agency: c.scope.agency, agencyHint: c.scopeHint.agency, notChecked: qualityMessages[lang].notChecked };
  return (
    <div className="relative overflow-x-auto rounded-md border border-rule bg-white" data-testid="table-scroll">
      <table className="w-full border-collapse text-sm">
        <thead className="bg-wash text-xs">
          <tr>
            <SortHeader view={view} sort="name" label={m.jurisdiction} sticky />
            <th scope="col" className="border-b border-rule px-2 py-2 text-left align-bottom font-medium text-ink-soft">
              {m.body}
            </th>
            {view.columns.map((id) => (
              <SortHeader key={id} view={view} sort={id} label={columnLabel(id, lang)} title={rateDef(id)?.definition[lang]} numeric />
            ))}
            <SortHeader view={view} sort="checks" label={m.checks} numeric />
          </tr>
        </thead>
        <BigTableBody columns={view.columns} rows={toBigTableRows(rows, view.columns, lang)} reasons={reasons} labels={labels} />
      </table>
      {/* One description per status, named by the cells that have it. */}
      <div hidden>
        {Object.entries(reasons).map(([status, text]) => (
          <span key={status} id={reasonId(status)}>
            {text}
          </span>
        ))}
      </div>
    </div>
  );
}
