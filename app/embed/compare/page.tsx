// /embed/compare?<compare params>: the chart of a compare view alone, for other sites to frame
// (frame-ancestors * on /embed/* only, proxy.ts): title, definition, chart, marks, what the page's
// notices say, and a source line linking to the full view. No header, footer or settings.

import type { Metadata } from 'next';
import { drawChart } from '@/components/charts/chart-kinds';
import { EmbedResize } from '@/components/compare/embed-resize';
import { MarksLegend } from '@/components/compare/marks-legend';
import { notDrawnReasons, viewSubtitle, viewTitle } from '@/lib/compare/describe-view';
import { viewWarnings } from '@/lib/compare/notice-text';
import { commonMessages } from '@/lib/i18n';
import { compareMessages } from '@/lib/i18n/messages/compare';
import { compareHref, type SearchInput } from '@/lib/view-state';
import { loadCompareView } from '../../compare/load-compare-view';
import { comparePreview, previewMetadata } from '../../preview-metadata';

type Props = { searchParams: Promise<Exclude<SearchInput, URLSearchParams>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { data } = await loadCompareView(await searchParams);
  return { ...(await previewMetadata(comparePreview(data, '/embed/compare'))), robots: { index: false } };
}

export default async function EmbedComparePage({ searchParams }: Props) {
  const { data } = await loadCompareView(await searchParams);
  const lang = data.view.lang;
  const m = compareMessages[lang];
  const title = viewTitle(data, lang);
  const warnings = viewWarnings(data, lang);
  const chart = drawChart(data, { unit: data.composition ? 'ratio' : data.measure.unit, lang, title });
  return (
    <main className="p-3" data-testid="embed">
      <EmbedResize />
      <h1 className="text-base font-semibold leading-snug">{title}</h1>
      <p className="mt-0.5 text-xs text-ink-mute">{viewSubtitle(data, lang)}</p>
      {warnings.length ? (
        <ul className="mt-2 text-xs text-warn" data-testid="embed-notices">
          {warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      ) : null}
      <div className="mt-2" style={{ height: chart.height }} data-testid="compare-chart" data-chart-kind={chart.kind}>
        {chart.element}
      </div>
      <div className="-mx-3 mt-1">
        <MarksLegend lang={lang} highlight={data.rows.some((r) => r.highlighted)} notDrawn={notDrawnReasons(data, lang)} />
      </div>
      <p className="border-t border-rule pt-2 text-xs text-ink-mute">
        {m.embed.source(commonMessages[lang].siteName)}{' '}
        <a href={compareHref(data.view)} target="_blank" rel="noopener" data-testid="embed-full-view">
          {m.embed.fullView}
        </a>
      </p>
    </main>
  );
}
