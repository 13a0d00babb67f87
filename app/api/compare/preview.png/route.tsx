// GET /api/compare/preview.png?<compare params> → a 1200×630 PNG of the view's chart for link
// previews (Open Graph, Twitter): the site, title and definition around the body its chart kind
// draws (components/charts/chart-kinds.tsx: the top rows with their values or shares, and their
// marks explained).

import { ImageResponse } from 'next/og';
import type { NextRequest } from 'next/server';
import { loadCompareView } from '@/app/compare/load-compare-view';
import { ChartPreview } from '@/components/charts/chart-kinds';
import { viewSubtitle, viewTitle } from '@/lib/compare/describe-view';
import { previewFonts } from '@/components/charts/preview-fonts';
import { commonMessages } from '@/lib/i18n';

export async function GET(request: NextRequest) {
  const [{ data }, fonts] = await Promise.all([loadCompareView(request.nextUrl.searchParams), previewFonts()]);
  const lang = data.view.lang;
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        background: '#f7f7f5',
        padding: '48px 64px',
        color: '#1a1d21',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', fontSize: 22, color: '#0072b2', fontWeight: 700 }}>
        <div style={{ width: 16, height: 16, background: '#0072b2', marginRight: 12 }} />
        {commonMessages[lang].siteName}
      </div>
      <div style={{ fontSize: 46, fontWeight: 700, marginTop: 18, lineHeight: 1.2 }}>{viewTitle(data, lang)}</div>
      <div style={{ fontSize: 22, color: '#6b7178', marginTop: 8 }}>{viewSubtitle(data, lang)}</div>
      <div style={{ display: 'flex', flexDirection: 'column', marginTop: 28, flexGrow: 1 }}>
        <ChartPreview data={data} lang={lang} />
      </div>
    </div>,
    { width: 1200, height: 630, fonts, headers: { 'Cache-Control': 'public, max-age=300' } },
  );
}
