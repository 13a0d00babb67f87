// The line view's data as a table (its accessible alternative): one row per jurisdiction (or
// office), a column per year; each value links to its report and carries its marks. A province over
// ten years stays a table of its jurisdictions rather than one row per report. An office's row says
// once, beside its name, that it is an office (not in every year's cell).

import { toYearSeries } from '@/lib/compare/chart-props';
import { formatValue } from '@/lib/compare/format-value';
import type { MeasureUnit, SeriesRow, ValueFlag } from '@/lib/compare/types';
import type { CompareData } from '@/lib/db/queries/compare/get-compare-data';
import { withLang, type Lang } from '@/lib/i18n';
import { compareMessages } from '@/lib/i18n/messages/compare';
import { FlagMarks } from './flag-marks';

/** A series is one office or the whole jurisdiction: its reports share the office flag. */
function officeFlag(cells: readonly (SeriesRow | null)[]): ValueFlag[] {
  const flag = cells.find((c) => c !== null)?.flags.find((f) => f.kind === 'agency');
  return flag ? [flag] : [];
}

function firstReport(cells: readonly (SeriesRow | null)[]): number {
  return cells.find((c) => c !== null)!.reportId;
}

export function CompareYearTable({ data, years, unit, lang, caption }: { data: CompareData; years: number[]; unit: MeasureUnit; lang: Lang; caption: string }) {
  const m = compareMessages[lang];
  const series = toYearSeries(data.rows, years, lang);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid="compare-table">
        <caption className="sr-only">{`${caption} · ${m.table.yearLinkHint}`}</caption>
        <thead>
          <tr className="border-b border-ink text-left align-bottom text-xs text-ink-mute">
            <th scope="col" className="py-2 pr-4 font-medium">{m.table.jurisdiction}</th>
            {years.map((y) => (
              <th key={y} scope="col" className="py-2 pr-4 text-right font-medium tabular">{y}</th>
            ))}
          </tr>
        </thead>
        {/* Cell styles set once for the body, and plain links: a province has hundreds of rows, and
            thousands of links should not each be prefetched or hydrated. */}
        <tbody className="[&_a]:text-ink [&_a]:no-underline [&_a:hover]:text-accent [&_a:hover]:underline [&_td]:whitespace-nowrap [&_td]:py-2 [&_td]:pr-4 [&_td]:text-right [&_td]:tabular">
          {series.map((s) => (
            <tr key={s.id} className={`border-b border-rule ${s.highlighted ? 'bg-accent-soft/60' : ''}`} data-testid="compare-row">
              <th scope="row" className="whitespace-nowrap py-2 pr-4 text-left font-normal">
                <a href={withLang(`/j/${s.slug}`, lang)}>{s.label}</a>
                <FlagMarks flags={officeFlag(s.cells)} lang={lang} labels={m.marks} idPrefix={`s${firstReport(s.cells)}`} />
              </th>
              {s.cells.map((r, i) =>
                r === null ? (
                  <td key={years[i]} className="text-ink-mute" aria-label={m.table.noReport}>·</td>
                ) : (
                  <td key={years[i]} data-value={r.value ?? 'missing'}>
                    <a href={withLang(`/reports/${r.reportId}`, lang)} {...(r.value === null ? { className: 'italic text-ink-mute!' } : {})}>
                      {r.value === null ? m.missing : formatValue(r.value, unit, lang)}
                    </a>
                    <FlagMarks flags={r.flags.filter((f) => f.kind !== 'agency')} lang={lang} labels={m.marks} idPrefix={`r${r.reportId}`} />
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
