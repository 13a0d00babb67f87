// The compare chart with its share bar: copy link, PNG and SVG of the chart as drawn (built in the
// browser from the chart's SVG, with the title and source), CSV and JSON from the server.
'use client';

import dynamic from 'next/dynamic';
import { useRef, useState } from 'react';
import { barChartHeight, LINE_HEIGHT, stackedChartHeight } from '@/components/charts/chart-size';
import type { BarDatum, ChartCommon, LineSeries, StackDatum } from '@/components/charts/chart-types';
import { CHART_FONT } from '@/components/charts/palette';

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

function exportSvg(root: HTMLElement, title: string, subtitle: string, source: string): string | null {
  const chart = root.querySelector('svg.recharts-surface');
  if (!chart) return null;
  const { width, height } = chart.getBoundingClientRect();
  const head = 64;
  const foot = 32;
  const inner = new XMLSerializer().serializeToString(chart);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const total = Math.ceil(height + head + foot);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(width)}" height="${total}" viewBox="0 0 ${Math.ceil(width)} ${total}" font-family="${esc(CHART_FONT).replace(/"/g, "'")}">
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="16" y="28" font-size="17" font-weight="600" fill="#1a1d21">${esc(title)}</text>
<text x="16" y="50" font-size="12" fill="#6b7178">${esc(subtitle)}</text>
<g transform="translate(0 ${head})">${inner}</g>
<text x="16" y="${total - 12}" font-size="11" fill="#6b7178">${esc(source)}</text>
</svg>`;
}

function chartHeight(spec: ChartSpec): number {
  if (spec.kind === 'bar') return barChartHeight(spec.rows.length);
  if (spec.kind === 'stacked') return stackedChartHeight(spec.rows.length);
  return LINE_HEIGHT;
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
  const root = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('');

  async function copy() {
    const url = `${window.location.origin}${sharePath}`;
    try {
      await navigator.clipboard.writeText(url);
      setStatus(labels.copied);
    } catch {
      setStatus(labels.copyFailed);
    }
  }

  function svgBlob(): Blob | null {
    const svg = root.current && exportSvg(root.current, common.title, subtitle, source);
    return svg ? new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }) : null;
  }

  function downloadSvg() {
    const blob = svgBlob();
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    download(url, `${fileBase}.svg`);
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  function downloadPng() {
    const blob = svgBlob();
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    const img = new Image();
    img.onload = () => {
      const scale = 2;
      const canvas = document.createElement('canvas');
      canvas.width = img.width * scale;
      canvas.height = img.height * scale;
      const ctx = canvas.getContext('2d')!;
      ctx.scale(scale, scale);
      ctx.drawImage(img, 0, 0);
      URL.revokeObjectURL(url);
      canvas.toBlob((png) => {
        if (!png) return;
        const pngUrl = URL.createObjectURL(png);
        download(pngUrl, `${fileBase}.png`);
        setTimeout(() => URL.revokeObjectURL(pngUrl), 1000);
      }, 'image/png');
    };
    img.src = url;
  }

  const button = 'rounded-sm border border-rule bg-white px-2.5 py-1 text-xs font-medium text-ink-soft hover:border-ink hover:text-ink';
  return (
    <div>
      <div ref={root} className="px-2 pt-3" data-chart-root data-testid="compare-chart" data-chart-kind={spec.kind}>
        <div style={{ height: chartHeight(spec) }}>
          {spec.kind === 'bar' ? <RankedBarChart {...common} rows={spec.rows} /> : null}
          {spec.kind === 'stacked' ? <StackedShareChart {...common} rows={spec.rows} parts={spec.parts} /> : null}
          {spec.kind === 'line' ? <YearLineChart {...common} series={spec.series} years={spec.years} /> : null}
        </div>
      </div>
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
        <button type="button" onClick={downloadPng} className={button} data-testid="download-png">
          {labels.png}
        </button>
        <button type="button" onClick={downloadSvg} className={button} data-testid="download-svg">
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
