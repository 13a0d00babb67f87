// The chart's data as a table (its accessible alternative): one row per report, the value drawn,
// each input figure, marks with reasons, a link to the source report. A client component fed compact
// rows: a province's table is sent once as data, not again as a server-rendered element tree in the
// RSC payload; its HTML is still rendered on the server (readable without script).
'use client';

import { formatValue } from '@/lib/i18n/format';
import type { AbsentRow, TableRow } from '@/lib/compare/table-rows';
import type { MeasureUnit, ValueFlag } from '@/lib/compare/types';
import { formatNumber } from '@/lib/i18n/format';
import { NOTATION } from '@/lib/i18n/notation';
import { withLang, type Lang } from '@/lib/i18n/lang';
import type { compareMessages } from '@/lib/i18n/messages/compare';
import { FlagMarks } from './flag-marks';

export interface TableLabels {
  table: (typeof compareMessages)['zh']['table'];
  marks: Record<ValueFlag['kind'], string>;
}

export function CompareTable({
  rows,
  absent,
  inputLabels,
  valueHeading,
  unit,
  lang,
  caption,
  labels,
}: {
  rows: TableRow[];
  /** Picked places without a report in the year: a row each, after the reports. */
  absent: AbsentRow[];
  /** Headings of the input columns (none: the value alone). */
  inputLabels: string[];
  valueHeading: string;
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
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-ink text-left align-bottom text-xs text-ink-mute">
            <th scope="col" className="sticky left-0 z-10 bg-white py-2 pr-4 font-medium">
              {t.jurisdiction}
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t.year}
            </th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">
              {valueHeading}
            </th>
            {inputLabels.map((label, i) => (
              <th key={i} scope="col" className="max-w-32 py-2 pr-4 text-right font-medium">
                {label}
              </th>
            ))}
            <th scope="col" className="py-2 font-medium">
              {t.report}
            </th>
          </tr>
        </thead>
        {/* Cell styles set once for the body, and plain links: a province's table has hundreds of
            rows whose links should not each be prefetched or hydrated. */}
        <tbody className="[&_td]:py-2 [&_td]:pr-4 [&_td]:tabular [&_th_a]:text-ink [&_th_a]:no-underline [&_th_a:hover]:text-accent [&_th_a:hover]:underline">
          {rows.map((r) => (
            <tr key={r.reportId} className={`border-b border-rule ${r.highlighted ? 'bg-accent-soft/60' : ''}`} data-testid="compare-row">
              <th
                scope="row"
                className={`sticky left-0 z-10 min-w-28 max-w-44 py-2 pr-4 text-left font-normal ${r.highlighted ? 'bg-accent-soft' : 'bg-white'}`}
              >
                <a href={withLang(`/j/${r.slug}`, lang)}>{r.label}</a>
              </th>
              <td>{r.year}</td>
              <td className="whitespace-nowrap text-right font-semibold" data-value={r.value ?? 'missing'}>
                {r.value === null ? (
                  <span
                    className="inline-block w-44 whitespace-normal text-left text-xs font-normal leading-snug text-ink-mute"
                    data-why={r.why?.long}
                  >
                    {r.why?.long}
                  </span>
                ) : (
                  formatValue(r.value, unit, lang)
                )}
                {r.flags ? <FlagMarks flags={r.flags} lang={lang} labels={labels.marks} idPrefix={`r${r.reportId}`} /> : null}
              </td>
              {(r.cells ?? []).map((value, i) => (
                <td key={i} className="text-right text-ink-soft">
                  {typeof value === 'number' ? (
                    formatNumber(value, lang)
                  ) : (
                    <span className="text-ink-mute" title={NOTATION[value][lang]} data-notation={value}>
                      {NOTATION[value].mark}
                      <span className="sr-only"> ({NOTATION[value][lang]})</span>
                    </span>
                  )}
                </td>
              ))}
              <td>
                <a href={withLang(`/reports/${r.reportId}`, lang)}>{t.open}</a>
              </td>
            </tr>
          ))}
          {absent.map((a) => (
            <tr key={`absent-${a.slug}`} className="border-b border-rule" data-testid="compare-row" data-absent={a.slug}>
              <th scope="row" className="sticky left-0 z-10 min-w-28 max-w-44 bg-white py-2 pr-4 text-left font-normal">
                <a href={withLang(`/j/${a.slug}`, lang)}>{a.label}</a>
              </th>
              <td colSpan={3 + inputLabels.length} className="italic text-ink-mute">
                {a.note}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
