// Said plainly when no figure of a report was read from its tables (the tables were lost in the
// source, or could not be read): how many figures came from sentences, and which, so that a grid of
// "not read" marks is never mistaken for a report whose checks all passed. A report of the format
// before 2019 has no such tables at all: that is said instead.

import { figureLabel, type Lang, type ReportFormat } from '@/lib/figures/keys';
import { formatNumber } from '@/lib/i18n/format';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';
import { NOTATION } from '@/lib/i18n/notation';
import type { ReportFigures } from '@/lib/tables/cells';

/** Figures of the report read from table cells (inferred ones follow from them). */
export function tableFigureCount(report: ReportFigures): number {
  return [...report.figures.values()].filter((f) => f.provenance === 'table').length;
}

export function TablesNotRead({ figures, format, lang }: { figures: ReportFigures; format: ReportFormat; lang: Lang }) {
  if (tableFigureCount(figures) > 0) return null;
  const m = drilldownMessages[lang].jurisdiction;
  const read = [...figures.figures.values()].filter((f): f is typeof f & { value: number } => f.value !== null);
  return (
    <div
      role="note"
      className="mb-6 rounded-md border-l-4 border-oi-orange bg-warn-soft px-4 py-3 text-sm text-warn"
      data-testid="tables-not-read"
    >
      <p className="font-medium">
        {format === 'legacy' ? <NotInFormatMarked text={m.tablesNotInFormat(read.length)} /> : m.tablesNotRead(read.length)}
      </p>
      {read.length ? (
        <ul className="mt-1 list-disc pl-5 text-ink-soft">
          {read.map((f) => (
            <li key={f.key}>
              {figureLabel(f.key, lang)}: <span className="tabular font-medium text-ink">{formatNumber(f.value, lang)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The sentence with its "—" marked as the notation's (the one meaning the mark has on every page). */
function NotInFormatMarked({ text }: { text: string }) {
  const [before, ...after] = text.split(NOTATION.notInFormat.mark);
  return after.length ? (
    <>
      {before}
      <span data-notation="notInFormat">{NOTATION.notInFormat.mark}</span>
      {after.join(NOTATION.notInFormat.mark)}
    </>
  ) : (
    text
  );
}
