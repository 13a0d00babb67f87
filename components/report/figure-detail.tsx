// The selected figure: label, value, provenance badge, how it was read (in words, never the
// parser's rule names) and the passage it was read from, with a little text each side.
'use client';

import { useEffect, useRef, useState } from 'react';
import { basisLabel } from '@/lib/figures/checks';
import { figureLabel, type Lang } from '@/lib/figures/keys';
import type { FigureView } from '@/lib/domain';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';
import { formatValue } from '@/lib/i18n/format';
import { ProvenanceBadge } from '@/components/tables/provenance-badge';

/** The scan's page with the figure's box drawn over it (figures read by text recognition). */
function ScanBox({ figure, contentHash, lang }: { figure: FigureView; contentHash: string; lang: Lang }) {
  const mark = figure.ocr!;
  const [x0, y0, x1, y1] = mark.box;
  // The page's height : width, A4 until the image says (a tall image's pages, a scan's own margins).
  const [ratio, setRatio] = useState(Math.SQRT2);
  const image = useRef<HTMLImageElement>(null);
  const measure = (img: HTMLImageElement | null) => {
    if (img?.complete && img.naturalWidth) setRatio(img.naturalHeight / img.naturalWidth);
  };
  // An image loaded before the page came alive fired its load event unheard.
  useEffect(() => measure(image.current), []);
  // The box's neighbourhood: its rows above and below, the page's width.
  const top = Math.max(0, y0 - 0.04);
  const bottom = Math.min(1, y1 + 0.04);
  // A collected page's picture (its tables as an image) is named as such, with its address.
  const where = mark.source
    ? lang === 'zh'
      ? `网页第 ${mark.page} 张图片`
      : `Image ${mark.page} of the page`
    : lang === 'zh'
      ? `扫描件第 ${mark.page} 页`
      : `Scan page ${mark.page}`;
  const caption = `${where} · ${lang === 'zh' ? '文字识别置信度' : 'recognition confidence'} ${mark.confidence.toFixed(3)}`;
  return (
    <figure className="mt-2" data-testid="scan-box">
      <div className="relative w-full overflow-hidden rounded border border-line" style={{ aspectRatio: `1 / ${(bottom - top) * ratio}` }}>
        {/* eslint-disable-next-line @next/next/no-img-element -- a stored page image, sized by its box */}
        <img
          src={`/api/ocr-pages/${contentHash}/${mark.page}`}
          alt={caption}
          className="absolute left-0 w-full"
          style={{ top: `${(-top / (bottom - top)) * 100}%` }}
          ref={image}
          onLoad={(e) => measure(e.currentTarget)}
        />
        <div
          data-testid="scan-box-mark"
          className="absolute border-2 border-red-600"
          style={{
            left: `${x0 * 100}%`,
            width: `${(x1 - x0) * 100}%`,
            top: `${((y0 - top) / (bottom - top)) * 100}%`,
            height: `${((y1 - y0) / (bottom - top)) * 100}%`,
          }}
        />
      </div>
      <figcaption className="mt-1 text-xs text-ink-mute">
        {caption}
        {mark.source && /^https?:\/\//.test(mark.source) ? (
          <>
            {' · '}
            <a href={mark.source} className="underline" rel="noopener noreferrer nofollow" target="_blank">
              {lang === 'zh' ? '图片原址' : 'image address'}
            </a>
          </>
        ) : null}
      </figcaption>
    </figure>
  );
}

/** Characters of text shown each side of a figure's passage. */
const EXCERPT_CONTEXT = 36;

/** The passage a figure was read from with a little text each side, on one line. */
export function excerptOf(text: string, span: readonly [number, number]): { before: string; passage: string; after: string } {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const from = Math.max(0, span[0] - EXCERPT_CONTEXT);
  const to = Math.min(text.length, span[1] + EXCERPT_CONTEXT);
  return {
    before: `${from > 0 ? '…' : ''}${flat(text.slice(from, span[0])).trimStart()}`,
    passage: flat(text.slice(span[0], span[1])),
    after: `${flat(text.slice(span[1], to)).trimEnd()}${to < text.length ? '…' : ''}`,
  };
}

export function FigureDetail({
  figure,
  lang,
  onClear,
  onShowInText,
  text,
  contentHash,
}: {
  figure: FigureView;
  lang: Lang;
  onClear: () => void;
  /** Bring the text pane to the passage (offered where the pane is not beside the tables). */
  onShowInText?: () => void;
  /** The report text, for the passage's excerpt. */
  text?: string;
  /** The shown source's hash: the page images of a scan are stored by it. */
  contentHash?: string;
}) {
  const m = drilldownMessages[lang];
  const explain = figure.provenance === 'table' ? m.cell.table : m.cell[figure.provenance];
  const basis = figure.basis ? basisLabel(figure.basis) : null;
  const excerpt = text && figure.span ? excerptOf(text, figure.span) : null;
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
      {basis ? <p className="mt-1 text-xs text-ink-soft">{m.cell.basis(basis[lang])}</p> : null}
      {excerpt ? (
        <p className="mt-1 text-xs text-ink-soft" data-testid="figure-excerpt">
          {excerpt.before}
          <mark className="rounded bg-oi-yellow/60 px-0.5 text-ink">{excerpt.passage}</mark>
          {excerpt.after}
        </p>
      ) : (
        <p className="mt-1 text-xs text-ink-mute">{m.report.noSpan}</p>
      )}
      {excerpt && onShowInText ? (
        <button
          type="button"
          onClick={onShowInText}
          className="mt-1 text-xs text-accent hover:underline xl:hidden"
          data-testid="show-in-text"
        >
          {m.report.showInText} ↓
        </button>
      ) : null}
      {figure.ocr && contentHash ? <ScanBox figure={figure} contentHash={contentHash} lang={lang} /> : null}
    </div>
  );
}
