// The result column of /compare: notices, the office-vs-aggregate warning, the chart card (title,
// definition, chart, marks legend, share bar) and the data table.

import { drawChart } from '@/components/charts/chart-kinds';
import { ChartView } from '@/components/compare/chart-view';
import { yearsOf } from '@/lib/compare/chart-data';
import { notDrawnReasons, viewFileBase, viewSubtitle, viewTitle } from '@/lib/compare/describe-view';
import { figureTitle } from '@/lib/compare/measures';
import { toAbsentRows, toTableRows, toYearTableSeries } from '@/lib/compare/table-rows';
import type { CompareData, SeriesRow } from '@/lib/compare/types';
import { commonMessages, type Lang } from '@/lib/i18n';
import { compareMessages } from '@/lib/i18n/messages/compare';
import type { DataStamp } from '@/lib/domain';
import { chartTraits, compareHref, compareQueryString, withDataVersion, type CompareNotice } from '@/lib/view-state';
import { CompareNotices } from './compare-notices';
import { CompareTable } from './compare-table';
import { CompareYearTable } from './compare-year-table';
import { CiteThis } from './cite-this';
import { FLAG_MARKS } from '@/lib/compare/flag-marks';
import { MarksLegend } from './marks-legend';
import { NOTATION, type NoNumber } from '@/lib/i18n/notation';

/** The years of a view drawn over a range (null: a single-year kind). */
function rangeYears(data: CompareData): number[] | null {
  return chartTraits(data.view.chart).years === 'range' && data.range ? yearsOf(data.range.from, data.range.to) : null;
}

/** A figure of a row: its value, or which kind of no number it is (lib/i18n/notation.ts). */
function cellOf(r: SeriesRow, key: string, value: number | null | undefined): number | NoNumber {
  if (value !== null && value !== undefined) return value;
  const kind = r.provenance[key];
  return kind && kind in NOTATION ? (kind as NoNumber) : 'notRead';
}

/** The per-report table's input columns: the composition's parts, or the inputs of a rate or group. */
function inputColumns(data: CompareData, lang: Lang): { labels: string[]; cellsOf: ((r: SeriesRow) => (number | NoNumber)[]) | null } {
  if (data.composition) {
    const parts = data.composition.parts;
    return { labels: parts.map((p) => p[lang]), cellsOf: (r) => parts.map((p, i) => cellOf(r, p.key, r.parts?.[i])) };
  }
  const keys = data.keys;
  if (keys.length <= 1 && data.measure.unit === 'count') return { labels: [], cellsOf: null };
  return { labels: keys.map((k) => figureTitle(k)[lang]), cellsOf: (r) => keys.map((k) => cellOf(r, k, r.inputs[k])) };
}

function DataTable({ data, lang, caption }: { data: CompareData; lang: Lang; caption: string }) {
  const m = compareMessages[lang];
  const labels = { table: m.table, marks: m.marks };
  const years = rangeYears(data);
  if (years) {
    return (
      <CompareYearTable
        series={toYearTableSeries(data.rows, years, lang)}
        absent={toAbsentRows(data.absent, lang)}
        years={years}
        unit={data.measure.unit}
        lang={lang}
        caption={caption}
        labels={labels}
      />
    );
  }
  const columns = inputColumns(data, lang);
  return (
    <CompareTable
      rows={toTableRows(data.rows, lang, columns.cellsOf)}
      absent={toAbsentRows(data.absent, lang)}
      inputLabels={columns.labels}
      valueHeading={data.composition ? m.table.total : m.table.value}
      unit={data.composition ? 'count' : data.measure.unit}
      lang={lang}
      caption={caption}
      labels={labels}
    />
  );
}

/** What a download says under its chart: where the figures come from, the marks drawn, why values are not drawn, the office note. */
function exportFooter(data: CompareData, lang: Lang): { source: string; notes: string[] } {
  const m = compareMessages[lang];
  const years = [...new Set(data.rows.map((r) => r.year))].sort((a, b) => a - b);
  const kinds = new Set(data.rows.flatMap((r) => r.flags.map((f) => f.kind)));
  const notDrawn = notDrawnReasons(data, lang);
  const marks = (['narrative', 'inferred', 'checks-failed'] as const)
    .filter((k) => kinds.has(k))
    .map((k) => `${FLAG_MARKS[k]} ${m.marks[k]}`);
  return {
    source: m.exportSource(commonMessages[lang].siteName, data.rows.length, years.join(lang === 'zh' ? '、' : ', ')),
    notes: [
      ...(marks.length ? [marks.join('   ')] : []),
      ...(notDrawn.length ? [m.notDrawn(notDrawn)] : []),
      ...(data.mixedScope ? [m.agencyWarning] : []),
    ],
  };
}

export function CompareResult({
  data,
  notices,
  stamp,
  lang,
}: {
  data: CompareData;
  notices: CompareNotice[];
  /** The data's version and date: shared and cited links carry it. */
  stamp: DataStamp;
  lang: Lang;
}) {
  const m = compareMessages[lang];
  const title = viewTitle(data, lang);
  const subtitle = viewSubtitle(data, lang);
  const query = compareQueryString(data.view);
  const sharePath = withDataVersion(compareHref(data.view), stamp.version);
  const chart = drawChart(data, { unit: data.composition ? 'ratio' : data.measure.unit, lang, title });
  return (
    <section aria-labelledby="compare-chart-title" className="min-w-0">
      <CompareNotices params={notices} data={data.notices} view={data.view} lang={lang} />
      {data.mixedScope ? (
        <p
          role="note"
          className="mb-5 rounded-sm border-l-4 border-oi-orange bg-white px-4 py-3 text-sm text-ink-soft"
          data-testid="agency-warning"
        >
          {m.agencyWarning}
        </p>
      ) : null}
      {data.rows.length === 0 && data.absent.length === 0 ? (
        <p className="rounded-sm border border-dashed border-rule bg-white px-5 py-10 text-center text-ink-mute">{m.empty}</p>
      ) : (
        <div className="rounded-sm border border-rule bg-white">
          <div className="border-b border-rule px-5 py-4">
            <h2 id="compare-chart-title" className="text-lg font-semibold tracking-tight">
              {title}
            </h2>
            <p className="mt-1 text-xs leading-relaxed text-ink-mute" data-testid="chart-subtitle">
              {subtitle}
            </p>
          </div>
          <ChartView
            kind={chart.kind}
            height={chart.height}
            download={chart.download}
            title={title}
            sharePath={sharePath}
            embedPath={compareHref(data.view)}
            query={query}
            fileBase={viewFileBase(data)}
            subtitle={subtitle}
            footer={exportFooter(data, lang)}
            labels={{ ...m.share, embed: m.embed.button, snippetLabel: m.embed.snippetLabel }}
          >
            {chart.element}
          </ChartView>
          <CiteThis
            site={commonMessages[lang].siteName}
            title={title}
            sharePath={sharePath}
            stamp={stamp}
            lang={lang}
            labels={commonMessages[lang].cite}
          />
          <div className="border-t border-rule pt-3">
            <MarksLegend lang={lang} highlight={data.rows.some((r) => r.highlighted)} notDrawn={notDrawnReasons(data, lang)} />
          </div>
          <div className="border-t border-rule px-5 py-4">
            <h3 className="mb-2 text-sm font-semibold">{m.table.caption}</h3>
            <DataTable data={data} lang={lang} caption={title} />
          </div>
        </div>
      )}
    </section>
  );
}
