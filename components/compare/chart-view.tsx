// The compare chart with its share bar: copy link, PNG and SVG of the chart as drawn (built in the
// browser from the chart's SVG, with the title and source), CSV and JSON from the server.
'use client';

import { cloneElement, useEffect, useRef, useState, type ReactElement } from 'react';
import { EXPORT_SCALE } from '@/components/charts/chart-size';
import type { ChartFrame } from '@/components/charts/chart-types';
import { composeExportSvg, type LegendItem } from '@/components/charts/export-svg';
import { chartFont } from '@/components/charts/palette';
import type { ChartKind } from '@/lib/view-state/chart-kinds';
import { EMBED_MESSAGE } from './embed-resize';

export interface ShareLabels {
  copy: string;
  copied: string;
  copyFailed: string;
  exportFailed: string;
  png: string;
  svg: string;
  csv: string;
  json: string;
  zip: string;
  zipTitle: string;
  downloads: string;
  embed: string;
  snippetLabel: string;
}

/** The copy-paste code of an embedded view: the frame, and a listener that sizes it to its content. */
export function embedSnippet(src: string, title: string, height: number): string {
  const escaped = title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return [
    `<iframe src="${src}" title="${escaped}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`,
    `<script>addEventListener("message",function(e){var d=e.data;if(!d||d.type!=="${EMBED_MESSAGE}")return;` +
      `document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+"px"})});</script>`,
  ].join('\n');
}

export interface ChartViewProps {
  kind: ChartKind;
  /** The chart component with its data (components/charts/chart-kinds.tsx), drawn at `height`. */
  children: ReactElement<{ frame?: ChartFrame }>;
  height: number;
  /** What a download needs: the export frame, the legend and how many marks to wait for. */
  download: { frame: ChartFrame; legend: LegendItem[]; marks: number };
  title: string;
  /** Path and query of this view with the data version (/compare?…&v=12): copied, cited and in downloads' footers. */
  sharePath: string;
  /** Path and query of the live view for the embed snippet (/compare?…). */
  embedPath: string;
  /** Query of this view for the data routes (?…). */
  query: string;
  fileBase: string;
  subtitle: string;
  /** Footer lines of a download known on the server: the source (reports and years), the marks, the office note. */
  footer: { source: string; notes: string[] };
  labels: ShareLabels;
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

export function ChartView({
  kind,
  children,
  height,
  download: exported,
  title,
  sharePath,
  embedPath,
  query,
  fileBase,
  subtitle,
  footer,
  labels,
}: ChartViewProps) {
  const frameHost = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('');
  // A download draws the chart again, off screen, at the fixed export frame of its kind.
  const [exporting, setExporting] = useState<'png' | 'svg' | null>(null);
  const [snippet, setSnippet] = useState<string | null>(null);

  useEffect(() => {
    if (!exporting || !frameHost.current) return;
    let cancelled = false;
    void (async () => {
      const chart = await drawnChart(frameHost.current!, exported.marks);
      if (cancelled) return;
      const composed =
        chart &&
        composeExportSvg({
          chart: new XMLSerializer().serializeToString(chart),
          chartWidth: exported.frame.width,
          chartHeight: exported.frame.height,
          title,
          subtitle,
          legend: exported.legend,
          // The address the reader used and today's date, added here (never baked into a cached page).
          footer: [footer.source, `${window.location.origin}${sharePath} · ${new Date().toISOString().slice(0, 10)}`, ...footer.notes],
          font: chartFont(document.documentElement.lang.startsWith('en') ? 'en' : 'zh'),
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
  }, [exporting, exported, title, subtitle, footer, sharePath, fileBase, labels.exportFailed]);

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
      <div className="px-2 pt-3" data-chart-root data-testid="compare-chart" data-chart-kind={kind}>
        <div style={{ height }}>{children}</div>
      </div>
      {exporting ? (
        <div ref={frameHost} aria-hidden style={{ position: 'fixed', left: -20000, top: 0, width: exported.frame.width }} data-export-frame>
          {cloneElement(children, { frame: exported.frame })}
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
        <a
          href={`/api/compare/data.zip${query}`}
          download
          title={labels.zipTitle}
          className={`${button} no-underline`}
          data-testid="download-zip"
        >
          {labels.zip}
        </a>
        <button
          type="button"
          onClick={() =>
            setSnippet(snippet === null ? embedSnippet(`${window.location.origin}/embed${embedPath}`, title, height + 160) : null)
          }
          aria-expanded={snippet !== null}
          className={button}
          data-testid="embed-button"
        >
          {labels.embed}
        </button>
        <span role="status" aria-live="polite" className="text-xs text-accent" data-testid="share-status">
          {status}
        </span>
      </div>
      {snippet !== null ? (
        <label className="block border-t border-rule px-5 py-3 text-xs text-ink-soft">
          {labels.snippetLabel}
          <textarea
            readOnly
            value={snippet}
            rows={4}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-1 block w-full rounded-sm border border-rule bg-paper p-2 font-mono text-xs"
            data-testid="embed-snippet"
          />
        </label>
      ) : null}
    </div>
  );
}
