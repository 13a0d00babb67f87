// The chart kinds, one entry each (owid-grapher's ChartTypeMap): how a view's rows become the
// kind's data (its datum type), how tall it draws, its client component, its link-preview body,
// and what its download needs (size, legend, marks). A new kind is its id and URL traits in
// lib/view-state/chart-kinds.ts plus one entry here; the compiler refuses a kind without one.
// Server-side: pages and the preview route read it, and hand the client component plain data.

import type { ComponentType, ReactElement } from 'react';
import {
  toBarData,
  toLineData,
  toStackData,
  yearsOf,
  type BarChartData,
  type LineChartData,
  type StackChartData,
} from '@/lib/compare/chart-data';
import type { CompareData } from '@/lib/compare/types';
import type { Lang } from '@/lib/i18n/lang';
import type { ChartKind } from '@/lib/view-state';
import { barChartHeight, barLabel, EXPORT_WIDTH, exportLabels, LINE_HEIGHT, stackedChartHeight } from './chart-size';
import { BarPreview, StackPreview } from './chart-previews';
import { LinePreview } from './line-preview';
import type { ChartCommon, ChartFrame } from './chart-types';
import type { LegendItem } from './export-svg';
import { LazyRankedBarChart, LazyStackedShareChart, LazyYearLineChart } from './lazy-charts';
import { seriesColor } from './palette';

export interface ChartKindEntry<D> {
  /** The view's rows (in drawing order) as the component's data, on the server. */
  build(data: CompareData, lang: Lang): D;
  /** Height on the page, from the data; the placeholder shown while the code loads takes the same. */
  height(data: D): number;
  /** Size of the plot in a download (fixed width, the height its data needs). */
  exportFrame(data: D): ChartFrame;
  /** A download's legend, drawn as SVG text (the page's is the component's own). */
  legend(data: D): LegendItem[];
  /** Marks the chart draws, one per datum with a value (a download waits for all of them). */
  marks(data: D): number;
  Component: ComponentType<ChartCommon & D>;
  /** The body of the 1200×630 link preview (next/og), in the height the card leaves it. */
  Preview(props: { built: D; data: CompareData; lang: Lang; room: number }): ReactElement;
  /** Every name the chart draws, whole and in its order (the preview's alt text lists the first ones). */
  names(data: D): string[];
}

const entry = <D,>(kind: ChartKindEntry<D>) => kind;

/** Plot height of a download: the legend is drawn apart, above it. */
const STACK_EXPORT_LEGEND = 62;
const LINE_EXPORT_LEGEND = 40;

export const CHART_KIND_ENTRIES = {
  bar: entry<BarChartData>({
    build: (data, lang) => toBarData(data.rows, lang, data.absent),
    height: (d) => barChartHeight(d.rows.length),
    exportFrame: (d) => {
      const labels = exportLabels(d.rows.map(barLabel));
      return { width: EXPORT_WIDTH, height: barChartHeight(d.rows.length, labels.lines), labelWidth: labels.width };
    },
    legend: () => [],
    marks: (d) => d.rows.filter((r) => r.value !== null).length,
    Component: LazyRankedBarChart,
    Preview: ({ built, data, lang, room }) => <BarPreview rows={built.rows} unit={data.measure.unit} lang={lang} room={room} />,
    names: (d) => d.rows.map((r) => r.label),
  }),
  line: entry<LineChartData>({
    build: (data, lang) =>
      toLineData(data.rows, data.range ? yearsOf(data.range.from, data.range.to) : [], lang, data.absent, data.markedYear),
    height: () => LINE_HEIGHT,
    exportFrame: () => ({ width: EXPORT_WIDTH, height: LINE_HEIGHT - LINE_EXPORT_LEGEND }),
    legend: (d) => d.series.map((s, i) => ({ label: s.label, color: seriesColor(i) })),
    marks: (d) => d.series.reduce((n, s) => n + s.points.filter((p) => p.value !== null).length, 0),
    Component: LazyYearLineChart,
    // The trend itself: its years (the chosen one marked) and a line per place.
    Preview: ({ built, data, lang, room }) => <LinePreview data={built} unit={data.measure.unit} lang={lang} room={room} />,
    names: (d) => d.series.map((s) => s.label),
  }),
  stacked: entry<StackChartData>({
    build: (data, lang) => toStackData(data.rows, data.composition?.parts.map((p) => p[lang]) ?? [], lang, data.absent),
    height: (d) => stackedChartHeight(d.rows.length),
    exportFrame: (d) => {
      const labels = exportLabels(d.rows.map(barLabel));
      return {
        width: EXPORT_WIDTH,
        height: stackedChartHeight(d.rows.length, labels.lines) - STACK_EXPORT_LEGEND,
        labelWidth: labels.width,
      };
    },
    legend: (d) => d.parts.map((label, i) => ({ label, color: seriesColor(i) })),
    marks: (d) => d.rows.reduce((n, r) => n + r.shares.filter((s) => s !== null).length, 0),
    Component: LazyStackedShareChart,
    Preview: ({ built, lang, room }) => <StackPreview rows={built.rows} parts={built.parts} lang={lang} room={room} />,
    names: (d) => d.rows.map((r) => r.label),
  }),
} satisfies Record<ChartKind, object>;

/** What the page hands the chart frame: the drawing's data and what a download of it needs. */
export interface DrawnChart {
  kind: ChartKind;
  height: number;
  download: { frame: ChartFrame; legend: LegendItem[]; marks: number };
  element: ReactElement<{ frame?: ChartFrame }>;
}

/** A view drawn as its kind: the client component with its data, and the download's facts. */
export function drawChart(data: CompareData, common: ChartCommon): DrawnChart {
  const kind = data.view.chart;
  // Each entry is checked against its own datum type above; here any kind's entry is used alike.
  const chart = CHART_KIND_ENTRIES[kind] as unknown as ChartKindEntry<object>;
  const built = chart.build(data, common.lang);
  const { Component } = chart;
  return {
    kind,
    height: chart.height(built),
    download: { frame: chart.exportFrame(built), legend: chart.legend(built), marks: chart.marks(built) },
    element: <Component {...common} {...built} />,
  };
}

/** The view's chart as the link preview draws it, in `room` px of height. */
export function ChartPreview({ data, lang, room }: { data: CompareData; lang: Lang; room: number }) {
  const chart = CHART_KIND_ENTRIES[data.view.chart] as unknown as ChartKindEntry<object>;
  return <chart.Preview built={chart.build(data, lang)} data={data} lang={lang} room={room} />;
}

/** Every name the view's chart draws, whole, in its order. */
export function chartNames(data: CompareData, lang: Lang): string[] {
  const chart = CHART_KIND_ENTRIES[data.view.chart] as unknown as ChartKindEntry<object>;
  return chart.names(chart.build(data, lang));
}
