// The selected figure: label, value, provenance badge, the text it was read from, the rule.
'use client';

import { figureLabel, type Lang } from '@/lib/figures/keys';
import type { FigureView } from '@/lib/domain';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';
import { formatValue } from '@/lib/i18n/format';
import { ProvenanceBadge } from '@/components/tables/provenance-badge';

/** The scan's page with the figure's box drawn over it (figures read by text recognition). */
function ScanBox({ figure, contentHash, lang }: { figure: FigureView; contentHash: string; lang: Lang }) {
  const mark = figure.ocr!;
  const [x0, y0, x1, y1] = mark.box;
  // The box's neighbourhood: its rows above and below, the page's width.
  const top = Math.max(0, y0 - 0.04);
  const bottom = Math.min(1, y1 + 0.04);
  const caption =
    lang === 'zh'
      ? `扫描件第 ${mark.page} 页 · 文字识别置信度 ${mark.confidence.toFixed(3)}`
      : `Scan page ${mark.page} · recognition confidence ${mark.confidence.toFixed(3)}`;
  return (
    <figure className="mt-2" data-testid="scan-box">
      <div className="relative w-full overflow-hidden rounded border border-line" style={{ aspectRatio: `1 / ${(bottom - top) * 1.414}` }}>
        {/* eslint-disable-next-line @next/next/no-img-element -- a stored page image, sized by its box */}
        <img
          src={`/api/ocr-pages/${contentHash}/${mark.page}`}
          alt={caption}
          className="absolute left-0 w-full"
          style={{ top: `${(-top / (bottom - top)) * 100}%` }}
        />
        <div
          className="absolute border-2 border-red-600"
          style={{
            left: `${x0 * 100}%`,
            width: `${(x1 - x0) * 100}%`,
            top: `${((y0 - top) / (bottom - top)) * 100}%`,
            height: `${((y1 - y0) / (bottom - top)) * 100}%`,
          }}
        />
      </div>
      <figcaption className="mt-1 text-xs text-ink-mute">{caption}</figcaption>
    </figure>
  );
}

export function FigureDetail({
  figure,
  lang,
  onClear,
  contentHash,
}: {
  figure: FigureView;
  lang: Lang;
  onClear: () => void;
  /** The shown source's hash: the page images of a scan are stored by it. */
  contentHash?: string;
}) {
  const m = drilldownMessages[lang];
  const explain = figure.provenance === 'table' ? m.cell.table : m.cell[figure.provenance];
  return (
    <div className="rounded-md border border-accent bg-accent-soft p-3 text-sm" data-testid="figure-detail" aria-live="polite">
      <div className="flex items-start justify-between gap-2">
        <p className="font-medium text-ink">{figureLabel(figure.key, lang)}</p>
        <button type="button" onClick={onClear} className="text-xs text-accent hover:underline">
          {m.report.clear}
        </button>
      </div>
      <p className="tabular mt-1 text-2xl font-semibold text-ink">
        {figure.value === null ? figure.raw?.trim() || m.cell.blankMark : formatValue(figure.value, 'count', lang)}
        <ProvenanceBadge kind={figure.provenance} lang={lang} />
      </p>
      <p className="mt-1 text-xs text-ink-soft">{explain}</p>
      {figure.raw ? <p className="mt-1 text-xs text-ink-soft">{m.cell.raw(figure.raw)}</p> : null}
      {figure.basis ? <p className="mt-1 text-xs text-ink-soft">{m.cell.basis(figure.basis)}</p> : null}
      <p className="mt-1 font-mono text-[0.7rem] text-ink-mute">
        {figure.key} · {figure.rule}
        {figure.span ? ` · [${figure.span[0]}, ${figure.span[1]})` : ` · ${m.report.noSpan}`}
      </p>
      {figure.ocr && contentHash ? <ScanBox figure={figure} contentHash={contentHash} lang={lang} /> : null}
    </div>
  );
}
