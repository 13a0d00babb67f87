// GET /api/compare/preview.png?<compare params> → a 1200×630 PNG of the view's chart for link
// previews (Open Graph, Twitter): the site, title and definition around the body its chart kind
// draws (components/charts/chart-kinds.tsx: bars or stacks of the top rows, or the trend over the
// view's years), and the warnings the page shows (components/charts/preview-card.tsx).

import { ImageResponse } from 'next/og';
import type { NextRequest } from 'next/server';
import { loadCompareView } from '@/app/compare/load-compare-view';
import { ChartPreview } from '@/components/charts/chart-kinds';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, PreviewCard } from '@/components/charts/preview-card';
import { viewSubtitle, viewTitle } from '@/lib/compare/describe-view';
import { viewWarnings } from '@/lib/compare/notice-text';
import { previewFonts, withDrawableText } from '@/components/charts/preview-fonts';
import { commonMessages } from '@/lib/i18n';

export async function GET(request: NextRequest) {
  const [{ data }, fonts] = await Promise.all([loadCompareView(request.nextUrl.searchParams), previewFonts()]);
  const lang = data.view.lang;
  const card = await withDrawableText(
    <PreviewCard
      site={commonMessages[lang].siteName}
      title={viewTitle(data, lang)}
      subtitle={viewSubtitle(data, lang)}
      warnings={viewWarnings(data, lang)}
      lang={lang}
      body={(room) => <ChartPreview data={data} lang={lang} room={room} />}
    />,
  );
  return new ImageResponse(card, {
    width: PREVIEW_WIDTH,
    height: PREVIEW_HEIGHT,
    fonts,
    headers: { 'Cache-Control': 'public, max-age=300' },
  });
}
