// The chart's data as a table (its accessible alternative): one row per report, the value drawn,
// each input figure, marks with reasons, a link to the source report.

import { formatValue } from '@/lib/compare/format-value';
import type { CompareData } from '@/lib/db/queries/compare/get-compare-data';
import { figureTitle, keysForView } from '@/lib/compare/measures';
import { formatNumber, withLang, type Lang } from '@/lib/i18n';
import { compareMessages } from '@/lib/i18n/messages/compare';
import { FlagMarks } from './flag-marks';

export function CompareTable({ data, lang, caption }: { data: CompareData; lang: Lang; caption: string }) {
  const m = compareMessages[lang];
  const keys = keysForView(data.view);
  const showInputs = keys.length > 1 || data.measure.unit !== 'count';
  const inputKeys = data.composition ? data.composition.parts.map((p) => p.key) : keys;
  const inputLabel = (k: string) => data.composition?.parts.find((p) => p.key === k)?.[lang] ?? figureTitle(k)[lang];
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid="compare-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-ink text-left align-bottom text-xs text-ink-mute">
            <th scope="col" className="py-2 pr-4 font-medium">{m.table.jurisdiction}</th>
            <th scope="col" className="py-2 pr-4 font-medium">{m.table.year}</th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">{data.composition ? m.table.total : m.table.value}</th>
            {showInputs || data.composition
              ? inputKeys.map((k) => (
                  <th key={k} scope="col" className="max-w-32 py-2 pr-4 text-right font-medium">{inputLabel(k)}</th>
                ))
              : null}
            <th scope="col" className="py-2 font-medium">{m.table.report}</th>
          </tr>
        </thead>
        {/* Cell styles set once for the body, and plain links: a province's table has hundreds of
            rows whose links should not each be prefetched or hydrated. */}
        <tbody className="[&_td]:py-2 [&_td]:pr-4 [&_td]:tabular [&_th_a]:text-ink [&_th_a]:no-underline [&_th_a:hover]:text-accent [&_th_a:hover]:underline">
          {data.rows.map((r) => (
            <tr key={r.reportId} className={`border-b border-rule ${r.highlighted ? 'bg-accent-soft/60' : ''}`} data-testid="compare-row">
              <th scope="row" className="py-2 pr-4 text-left font-normal">
                <a href={withLang(`/j/${r.slug}`, lang)}>{r.label[lang]}</a>
              </th>
              <td>{r.year}</td>
              <td className="whitespace-nowrap text-right font-semibold" data-value={r.value ?? 'missing'}>
                {r.value === null ? <span className="font-normal italic text-ink-mute">{m.missing}</span> : formatValue(r.value, data.composition ? 'count' : data.measure.unit, lang)}
                <FlagMarks flags={r.flags} lang={lang} labels={m.marks} idPrefix={`r${r.reportId}`} />
              </td>
              {showInputs || data.composition
                ? inputKeys.map((k, i) => {
                    const value = data.composition ? (r.parts?.[i] ?? null) : (r.inputs[k] ?? null);
                    return (
                      <td key={k} className="text-right text-ink-soft">
                        {value === null ? <span className="italic text-ink-mute">{m.missing}</span> : formatNumber(value, lang)}
                      </td>
                    );
                  })
                : null}
              <td>
                <a href={withLang(`/reports/${r.reportId}`, lang)}>{m.table.open}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
