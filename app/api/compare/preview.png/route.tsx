// GET /api/compare/preview.png?<compare params> → a 1200×630 PNG of the view's chart for link
// previews (Open Graph, Twitter): title, definition, the top bars with values (a composition: the
// top rows as 100% stacks of shares, as on the page) and their marks (†, ‡, !, explained below the
// bars), the source.

import { ImageResponse } from 'next/og';
import type { NextRequest } from 'next/server';
import { DARK_TEXT_ON, seriesColor } from '@/components/charts/palette';
import type { StackDatum } from '@/components/charts/chart-types';
import { FLAG_MARKS, toBarData, toStackData } from '@/lib/compare/chart-props';
import { viewSubtitle, viewTitle } from '@/lib/compare/describe-view';
import { formatValue } from '@/lib/compare/format-value';
import { previewFonts } from '@/lib/compare/preview-font';
import { loadCompareView } from '@/lib/db/queries/compare/load-compare-view';
import { commonMessages } from '@/lib/i18n';
import { compareMessages } from '@/lib/i18n/messages/compare';

const MAX_BARS = 10;
/** Width of a stack: the card (1200) less its padding (2 × 64), the label column (280) and a margin. */
const STACK_WIDTH = 780;
const LABEL_STYLE = {
  width: 280,
  flexShrink: 0,
  fontSize: 24,
  textAlign: 'right',
  paddingRight: 16,
  display: 'flex',
  justifyContent: 'flex-end',
  overflow: 'hidden',
  whiteSpace: 'nowrap',
} as const;

/** One 100% stack: each part's share of the row's total, shares of 8% or more printed inside. */
function StackRow({ row, missingLabel }: { row: StackDatum; missingLabel: string }) {
  if (row.missing) return <div style={{ fontSize: 22, color: '#6b7178', fontStyle: 'italic' }}>{missingLabel}</div>;
  return (
    <div style={{ display: 'flex', width: STACK_WIDTH, height: 28 }}>
      {row.shares.map((share, i) => {
        const color = seriesColor(i);
        return share ? (
          <div
            key={i}
            style={{
              width: share * STACK_WIDTH,
              flexShrink: 0,
              background: color,
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
              fontSize: 16,
              color: DARK_TEXT_ON.has(color) ? '#1a1d21' : '#ffffff',
            }}
          >
            {share >= 0.08 ? `${Math.round(share * 100)}%` : ''}
          </div>
        ) : null;
      })}
    </div>
  );
}

export async function GET(request: NextRequest) {
  const [{ data }, fonts] = await Promise.all([loadCompareView(request.nextUrl.searchParams), previewFonts()]);
  const lang = data.view.lang;
  const m = compareMessages[lang];
  const unit = data.measure.unit;
  // Lines preview as bars of their latest year: one picture reads at a glance.
  const latest = data.range?.to;
  const stacks = data.composition ? toStackData(data.rows, lang).slice(0, MAX_BARS) : null;
  const bars = stacks
    ? []
    : toBarData(data.view.chart === 'line' ? data.rows.filter((r) => r.year === latest) : data.rows, lang).slice(0, MAX_BARS);
  const rows: readonly { marks: string }[] = stacks ?? bars;
  const max = Math.max(...bars.map((r) => r.value ?? 0), 0);
  const anyHighlight = bars.some((r) => r.highlighted);
  const marksShown = (Object.keys(FLAG_MARKS) as (keyof typeof FLAG_MARKS)[]).filter(
    (k) => FLAG_MARKS[k] && rows.some((r) => r.marks.includes(FLAG_MARKS[k])),
  );
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        background: '#f7f7f5',
        padding: '48px 64px',
        fontFamily: 'Noto Sans SC',
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
        {rows.length === 0 ? <div style={{ fontSize: 28, color: '#6b7178' }}>{m.empty}</div> : null}
        {stacks && data.composition ? (
          <div style={{ display: 'flex', flexWrap: 'wrap', fontSize: 18, color: '#41464d', marginBottom: 10, marginLeft: 296 }}>
            {data.composition.parts.map((p, i) => (
              <div key={p.key} style={{ display: 'flex', alignItems: 'center', marginRight: 18 }}>
                <div style={{ width: 14, height: 14, background: seriesColor(i), marginRight: 6 }} />
                {p[lang]}
              </div>
            ))}
          </div>
        ) : null}
        {stacks?.map((r) => (
          <div key={r.id} style={{ display: 'flex', alignItems: 'center', height: Math.min(40, 300 / Math.max(stacks.length, 1)) }}>
            <div style={LABEL_STYLE}>{r.marks ? `${r.label} ${r.marks}` : r.label}</div>
            <StackRow row={r} missingLabel={m.missing} />
          </div>
        ))}
        {bars.map((r) => (
          <div key={r.id} style={{ display: 'flex', alignItems: 'center', height: Math.min(44, 330 / Math.max(bars.length, 1)) }}>
            <div style={LABEL_STYLE}>{r.marks ? `${r.label} ${r.marks}` : r.label}</div>
            {r.value === null ? (
              <div style={{ fontSize: 22, color: '#6b7178', fontStyle: 'italic' }}>{m.missing}</div>
            ) : (
              <div style={{ display: 'flex', alignItems: 'center', flexGrow: 1 }}>
                <div
                  style={{
                    height: 24,
                    width: `${max > 0 ? Math.max((r.value / max) * 78, 0.4) : 0.4}%`,
                    background: anyHighlight && !r.highlighted ? '#a6c8de' : '#0072b2',
                  }}
                />
                <div style={{ fontSize: 24, fontWeight: 700, marginLeft: 12 }}>{formatValue(r.value, unit, lang)}</div>
              </div>
            )}
          </div>
        ))}
      </div>
      {marksShown.length ? (
        <div style={{ display: 'flex', fontSize: 18, color: '#6b7178' }}>
          {marksShown.map((k) => `${FLAG_MARKS[k]} ${m.marks[k]}`).join('   ·   ')}
        </div>
      ) : null}
    </div>,
    { width: 1200, height: 630, fonts, headers: { 'Cache-Control': 'public, max-age=300' } },
  );
}
