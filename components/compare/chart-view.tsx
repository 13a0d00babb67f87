// The compare chart with its share bar: copy link, PNG and SVG of the chart as drawn (built in the
// browser from the chart's SVG, with the title and source), CSV and JSON from the server.
'use client';

import dynamic from 'next/dynamic';
import { useEffect, useRef, useState } from 'react';
import { barChartHeight, EXPORT_SCALE, exportFrame, LINE_HEIGHT, stackedChartHeight } from '@/components/charts/chart-size';
import type { BarDatum, ChartCommon, LineSeries, StackDatum } from '@/components/charts/chart-types';
import { composeExportSvg, type LegendItem } from '@/components/charts/export-svg';
import { seriesColor } from '@/components/charts/palette';

// Recharts draws in the browser only, so each kind's code (recharts with it) loads on its own after
// the page: only the kind shown is fetched, and the page is interactive before it arrives. The
// frame around keeps the chart's height meanwhile (no layout shift).
const ChartLoading = () => <div className="h-full animate-pulse rounded-sm bg-wash" data-chart-loading />;
const RankedBarChart = dynamic(() => import('@/components/charts/ranked-bar-chart').then((m) => m.RankedBarChart), {
  ssr: false,
  loading: ChartLoading,
});
const StackedShareChart = dynamic(() => import('@/components/charts/stacked-share-chart').then((m) => m.StackedShareChart), {
  ssr: false,
  loading: ChartLoading,
});
const YearLineChart = dynamic(() => import('@/components/charts/year-line-chart').then((m) => m.YearLineChart), {
  ssr: false,
  loading: ChartLoading,
});

export type ChartSpec =
  | { kind: 'bar'; rows: BarDatum[] }
  | { kind: 'stacked'; rows: StackDatum[]; parts: string[] }
  | { kind: 'line'; series: LineSeries[]; years: number[] };

export interface ShareLabels {
  copy: string;
  copied: string;
  copyFailed: string;
  exportFailed: string;
  png: string;
  svg: string;
  csv: string;
  json: string;
  downloads: string;
}

export interface ChartViewProps {
  spec: ChartSpec;
  common: ChartCommon;
  /** Path and query of this view (/compare?…). */
  sharePath: string;
  /** Query of this view for the data routes (?…). */
  query: string;
  fileBase: string;
  subtitle: string;
  source: string;
  labels: ShareLabels;
}

/** What a download shows beside the plot: the series' or parts' colours and labels (none for bars). */
function legendOf(spec: ChartSpec): LegendItem[] {
  if (spec.kind === 'line') return spec.series.map((s, i) => ({ label: s.label, color: seriesColor(i) }));
  if (spec.kind === 'stacked') return spec.parts.map((label, i) => ({ label, color: seriesColor(i) }));
  return [];
}

/** Marks the chart draws, one per datum with a value: bars, parts with a share, points. */
function markCount(spec: ChartSpec): number {
  if (spec.kind === 'bar') return spec.rows.filter((r) => r.value !== null).length;
  if (spec.kind === 'stacked') return spec.rows.reduce((n, r) => n + r.shares.filter((s) => s !== null).length, 0);
  return spec.series.reduce((n, s) => n + s.points.filter((p) => p.value !== null).length, 0);
}

function chartHeight(spec: ChartSpec): number {
  if (spec.kind === 'bar') return barChartHeight(spec.rows.length);
  if (spec.kind === 'stacked') return stackedChartHeight(spec.rows.length);
  return LINE_HEIGHT;
}

function exportFrameOf(spec: ChartSpec) {
  return exportFrame(spec.kind, spec.kind === 'line' ? spec.series.length : spec.rows.length);
}

function Chart({ spec, common }: { spec: ChartSpec; common: ChartCommon }) {
  if (spec.kind === 'bar') return <RankedBarChart {...common} rows={spec.rows} />;
  if (spec.kind === 'stacked') return <StackedShareChart {...common} rows={spec.rows} parts={spec.parts} />;
  return <YearLineChart {...common} series={spec.series} years={spec.years} />;
}

/**
 * The chart's own <svg> in `host` once recharts has finished drawing it: every mark present and
 * nothing changed for a few frames (recharts lays axes and labels out over several renders).
 */
async function drawnChart(host: HTMLElement, marks: number): Promise<SVGSVGElement | null> {
  let last = '';
  let stable = 0;
  for (let frame = 0; frame < 300; frame++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    // The plot, never a legend icon (recharts draws those as small svgs of the same class).
    const svg = host.querySelector<SVGSVGElement>('.recharts-wrapper > svg.recharts-surface');
    if (!svg || svg.querySelectorAll('[data-mark]').length < marks) continue;
    const now = svg.innerHTML;
    stable = now === last ? stable + 1 : 0;
    last = now;
    if (stable >= 3) return svg;
  }
  return null;
}

function pngOf(svg: string, width: number, height: number): Promise<Blob | null> {
  return new Promise((resolve) => {
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = width * EXPORT_SCALE;
      canvas.height = height * EXPORT_SCALE;
      const ctx = canvas.getContext('2d')!;
      ctx.scale(EXPORT_SCALE, EXPORT_SCALE);
      ctx.drawImage(img, 0, 0, width, height);
      URL.revokeObjectURL(url);
      canvas.toBlob(resolve, 'image/png');
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      resolve(null);
    };
    img.src = url;
  });
}

function download(href: string, name: string) {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export function ChartView({ spec, common, sharePath, query, fileBase, subtitle, source, labels }: ChartViewProps) {
  const frameHost = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('');
  // A download draws the chart again, off screen, at the fixed export size of its kind.
  const [exporting, setExporting] = useState<'png' | 'svg' | null>(null);
  const frame = exportFrameOf(spec);

  useEffect(() => {
    if (!exporting || !frameHost.current) return;
    let cancelled = false;
    void (async () => {
      const chart = await drawnChart(frameHost.current!, markCount(spec));
      if (cancelled) return;
      const composed =
        chart &&
        composeExportSvg({
          chart: new XMLSerializer().serializeToString(chart),
          chartWidth: frame.width,
          chartHeight: frame.height,
          title: common.title,
          subtitle,
          legend: legendOf(spec),
          source,
        });
      setExporting(null);
      if (!composed) return setStatus(labels.exportFailed);
      const blob =
        exporting === 'svg'
          ? new Blob([composed.svg], { type: 'image/svg+xml;charset=utf-8' })
          : await pngOf(composed.svg, composed.width, composed.height);
      if (!blob) return setStatus(labels.exportFailed);
      const url = URL.createObjectURL(blob);
      download(url, `${fileBase}.${exporting}`);
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    })();
    return () => {
      cancelled = true;
    };
  }, [exporting, spec, frame.width, frame.height, common.title, subtitle, source, fileBase, labels.exportFailed]);

  async function copy() {
    const url = `${window.location.origin}${sharePath}`;
    try {
      await navigator.clipboard.writeText(url);
      setStatus(labels.copied);
    } catch {
      setStatus(labels.copyFailed);
    }
  }

  const button = 'rounded-sm border border-rule bg-white px-2.5 py-1 text-xs font-medium text-ink-soft hover:border-ink hover:text-ink';
  return (
    <div>
      <div className="px-2 pt-3" data-chart-root data-testid="compare-chart" data-chart-kind={spec.kind}>
        <div style={{ height: chartHeight(spec) }}>
          <Chart spec={spec} common={common} />
        </div>
      </div>
      {exporting ? (
        <div ref={frameHost} aria-hidden style={{ position: 'fixed', left: -20000, top: 0, width: frame.width }} data-export-frame>
          <Chart spec={spec} common={{ ...common, frame }} />
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-2 border-t border-rule px-5 py-3">
        <button
          type="button"
          onClick={copy}
          className="rounded-sm bg-ink px-3 py-1 text-xs font-medium text-white hover:bg-ink-soft"
          data-testid="copy-link"
          data-share-path={sharePath}
        >
          {labels.copy}
        </button>
        <span className="ml-2 text-xs text-ink-mute">{labels.downloads}</span>
        <button
          type="button"
          onClick={() => setExporting('png')}
          disabled={exporting !== null}
          className={button}
          data-testid="download-png"
        >
          {labels.png}
        </button>
        <button
          type="button"
          onClick={() => setExporting('svg')}
          disabled={exporting !== null}
          className={button}
          data-testid="download-svg"
        >
          {labels.svg}
        </button>
        <a href={`/api/compare/data.csv${query}`} download className={`${button} no-underline`} data-testid="download-csv">
          {labels.csv}
        </a>
        <a href={`/api/compare/data.json${query}`} download className={`${button} no-underline`} data-testid="download-json">
          {labels.json}
        </a>
        <span role="status" aria-live="polite" className="text-xs text-accent" data-testid="share-status">
          {status}
        </span>
      </div>
    </div>
  );
}
