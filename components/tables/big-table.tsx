// The /table grid: one row per report, sortable headers as links (sorting happens in SQL), cells
// marked by provenance, figures without a number in the one notation (… □ / —) with the reason, and
// ratios that are not computed or not ranked saying why.

import Link from 'next/link';
import { figureDef, type Lang } from '@/lib/figures/keys';
import type { TableCell, TableRow } from '@/lib/domain';
import { commonMessages, formatDerived, formatNumber, withLang } from '@/lib/i18n';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';
import { NOTATION } from '@/lib/i18n/notation';
import { placeLabel, provinceLabel } from '@/lib/places/english';
import { columnLabel } from '@/lib/tables/column-labels';
import { noNumberOf } from '@/lib/figures/no-number';
import { rateNote } from '@/lib/tables/table-cell-status';
import { rateDef } from '@/lib/figures/rates';
import { defaultDir, tableHref, type TableView } from '@/lib/view-state/table-params';
import { jurisdictionHref } from '@/lib/view-state/jurisdiction-params';
import { QualityCell } from '@/components/quality/quality-cell';
import { NO_NUMBER_STATUS, STATUS_CLASS } from './cell-styles';

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

function Cell({ id, cell, format, lang }: { id: string; cell: TableCell | undefined; format: string; lang: Lang }) {
  const m = drilldownMessages[lang].cell;
  const rate = rateDef(id);
  if (rate) {
    // A ratio without a value says why; one not ranked carries its mark and the reason.
    const note = rateNote(rate, cell)?.[lang] ?? null;
    const failed = Boolean(cell?.failedRelations);
    const shown = formatDerived(cell?.value, rate.unit, lang);
    return (
      <td className="tabular px-2 py-1.5 text-right" data-rate={id}>
        {cell?.value === null || cell?.value === undefined ? (
          note ? (
            <span className="inline-block max-w-72 text-left text-xs leading-snug text-ink-mute" data-rate-note={note}>
              {note}
            </span>
          ) : (
            shown
          )
        ) : (
          <span title={note ?? undefined} tabIndex={note ? 0 : undefined} data-rate-note={note ?? undefined}>
            {shown}
            {failed ? <span className="ml-0.5 font-semibold text-warn">!</span> : null}
            {note ? <span className="sr-only">({note})</span> : null}
          </span>
        )}
      </td>
    );
  }
  const none = noNumberOf(id, cell, format);
  const groupSum = cell?.provenance === 'inferred' && figureDef(id)?.sumOf !== undefined;
  const status = none ? NO_NUMBER_STATUS[none] : groupSum ? 'sum' : cell!.provenance!;
  const reason = none
    ? none === 'slash'
      ? m.notNumber(cell?.raw ?? '/')
      : NOTATION[none][lang]
    : status === 'table'
      ? null
      : m[status as 'narrative' | 'inferred' | 'sum'];
  return (
    <td className="tabular px-2 py-1.5 text-right">
      <span className={`rounded px-1 ${STATUS_CLASS[status]}`} title={reason ?? undefined} data-status={status}>
        {status === 'sum' ? (
          <span aria-hidden className="mr-0.5 text-[0.7em] text-ink-mute">
            Σ
          </span>
        ) : null}
        {none ? NOTATION[none].mark : formatNumber(cell!.value!, lang)}
      </span>
      {reason ? <span className="sr-only">({reason})</span> : null}
    </td>
  );
}

export function BigTable({ view, rows }: { view: TableView; rows: readonly TableRow[] }) {
  const { lang } = view;
  const m = drilldownMessages[lang].table;
  const c = commonMessages[lang];
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
        <tbody>
          {rows.map((r) => (
            <tr key={r.reportId} className="border-b border-rule/60 last:border-0 hover:bg-paper" data-report={r.reportId}>
              <th
                scope="row"
                className="sticky left-0 z-10 max-w-40 bg-white px-2 py-1.5 sm:max-w-none sm:whitespace-nowrap text-left font-normal"
              >
                <Link href={jurisdictionHref(r.slug, { reportId: r.reportId, lang })} className="font-medium">
                  {placeLabel(r, lang)}
                </Link>
                <span className="block text-xs text-ink-mute">{r.province ? provinceLabel(r.province, lang) : null}</span>
              </th>
              <td className="whitespace-nowrap px-2 py-1.5 text-ink-soft">
                <Link href={withLang(`/reports/${r.reportId}`, lang)} className="text-ink-soft">
                  {r.body}
                </Link>
                {r.scope === 'agency' ? (
                  <span className="ml-1.5 rounded bg-warn-soft px-1 text-xs text-warn" title={c.scopeHint.agency}>
                    {c.scope.agency}
                  </span>
                ) : null}
              </td>
              {view.columns.map((id) => (
                <Cell key={id} id={id} cell={r.cells[id]} format={r.format} lang={lang} />
              ))}
              <td className="px-2 py-1.5 text-right text-xs">
                <QualityCell reportId={r.reportId} quality={r.quality} lang={lang} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
