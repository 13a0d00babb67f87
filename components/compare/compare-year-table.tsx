// The line view's data as a table (its accessible alternative): one row per jurisdiction (or
// office), a column per year; each value links to its report and carries its marks. A province over
// ten years stays a table of its jurisdictions rather than one row per report. An office's row says
// once, beside its name, that it is an office (not in every year's cell). A client component fed
// compact series, for the same reason as CompareTable.
'use client';

import { formatDerived } from '@/lib/i18n/format';
import type { AbsentRow, YearTableSeries } from '@/lib/compare/table-rows';
import type { MeasureUnit } from '@/lib/compare/types';
import { withLang, type Lang } from '@/lib/i18n/lang';
import type { TableLabels } from './compare-table';
import { FlagMarks } from './flag-marks';

export function CompareYearTable({
  series,
  absent,
  years,
  unit,
  lang,
  caption,
  labels,
}: {
  series: YearTableSeries[];
  /** Picked places without a report in the range: a row each, after the series. */
  absent: AbsentRow[];
  years: number[];
  unit: MeasureUnit;
  lang: Lang;
  caption: string;
  labels: TableLabels;
}) {
  const t = labels.table;
  return (
    // Scrolls inside its card on a phone, the place names kept in view.
    <div className="relative overflow-x-auto" data-testid="table-scroll">
      <table className="w-full border-collapse text-sm" data-testid="compare-table">
        <caption className="sr-only">{`${caption} · ${t.yearLinkHint}`}</caption>
        <thead>
          <tr className="border-b border-ink text-left align-bottom text-xs text-ink-mute">
            <th scope="col" className="sticky left-0 z-10 bg-white py-2 pr-4 font-medium">
              {t.jurisdiction}
            </th>
            {years.map((y) => (
              <th key={y} scope="col" className="py-2 pr-4 text-right font-medium tabular">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        {/* Cell styles set once for the body, and plain links: a province has hundreds of rows, and
            thousands of links should not each be prefetched or hydrated. */}
        <tbody className="[&_a]:text-ink [&_a]:no-underline [&_a:hover]:text-accent [&_a:hover]:underline [&_td]:whitespace-nowrap [&_td]:py-2 [&_td]:pr-4 [&_td]:text-right [&_td]:tabular">
          {series.map((s) => (
            <tr key={s.id} className={`border-b border-rule ${s.highlighted ? 'bg-accent-soft/60' : ''}`} data-testid="compare-row">
              <th
                scope="row"
                className={`sticky left-0 z-10 min-w-28 max-w-44 py-2 pr-4 text-left font-normal ${s.highlighted ? 'bg-accent-soft' : 'bg-white'}`}
              >
                <a href={withLang(`/j/${s.slug}`, lang)}>{s.label}</a>
                {s.office ? <FlagMarks flags={[s.office]} lang={lang} labels={labels.marks} idPrefix={`s${s.firstReportId}`} /> : null}
              </th>
              {s.cells.map((r, i) =>
                r === null ? (
                  <td key={years[i]} className="text-xs text-ink-mute" data-value="no-report">
                    {t.noReport}
                  </td>
                ) : (
                  <td key={years[i]} data-value={r.value ?? 'missing'}>
                    <a
                      href={withLang(`/reports/${r.reportId}`, lang)}
                      {...(r.why ? { className: 'text-xs italic text-ink-mute!', title: r.why.long, 'data-notation': r.why.kind } : {})}
                    >
                      {r.why ? r.why.short : formatDerived(r.value, unit, lang)}
                    </a>
                    {r.flags ? <FlagMarks flags={r.flags} lang={lang} labels={labels.marks} idPrefix={`r${r.reportId}`} /> : null}
                  </td>
                ),
              )}
            </tr>
          ))}
          {absent.map((a) => (
            <tr key={`absent-${a.slug}`} className="border-b border-rule" data-testid="compare-row" data-absent={a.slug}>
              <th scope="row" className="sticky left-0 z-10 min-w-28 max-w-44 bg-white py-2 pr-4 text-left font-normal">
                <a href={withLang(`/j/${a.slug}`, lang)}>{a.label}</a>
              </th>
              <td colSpan={years.length} className="text-left! italic text-ink-mute">
                {a.note}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
