// Bodies of the link-preview image (1200×630, drawn by next/og's satori, which reads flexbox
// inline styles only): the top rows of a view as bars with values, or as 100% stacks of shares,
// with the marks they carry explained below, in the height the card leaves them (as many rows as
// fit, at most PREVIEW_ROWS). Labels are whole or cut with … (the alt text names them in full).
// Server-only: the chart-kind registry maps each kind to one of these.

import type { CompareData } from '@/lib/compare/types';
import type { BarDatum, StackDatum } from '@/lib/compare/chart-data';
import { FLAG_MARKS } from '@/lib/compare/flag-marks';
import { formatValue, type Lang } from '@/lib/i18n';
import { compareMessages } from '@/lib/i18n/messages/compare';
import { DARK_TEXT_ON, seriesColor } from './palette';
import { fitText, textWidth } from './preview-text';

/** Rows a preview shows at most: the top of the ranking. */
export const PREVIEW_ROWS = 10;
/** Height of the marks' legend line under the rows. */
const MARKS_LINE = 28;
/** A row never gets less than this: its 24 px label must fit. */
const MIN_ROW = 30;
/** Width of a stack: the card (1200) less its padding (2 × 64), the label column (280) and a margin. */
const STACK_WIDTH = 780;
const LABEL_WIDTH = 280;
const LABEL_FONT = 24;
const LABEL_STYLE = {
  width: LABEL_WIDTH,
  flexShrink: 0,
  fontSize: LABEL_FONT,
  textAlign: 'right',
  paddingRight: 16,
  display: 'flex',
  justifyContent: 'flex-end',
  overflow: 'hidden',
  whiteSpace: 'nowrap',
} as const;
const MUTED = '#6b7178';

/** The row's label with its marks, the name cut with … to leave the marks room. */
function labelOf(row: { label: string; marks: string }): string {
  const marks = row.marks ? ` ${row.marks}` : '';
  return `${fitText(row.label, LABEL_WIDTH - 16 - textWidth(marks, LABEL_FONT), LABEL_FONT)}${marks}`;
}

/** How many rows fit `room` (px), at most PREVIEW_ROWS, and each one's height. */
export function rowsThatFit(count: number, room: number, tallest: number): { shown: number; height: number } {
  const space = room - MARKS_LINE;
  const shown = Math.max(0, Math.min(count, PREVIEW_ROWS, Math.floor(space / MIN_ROW)));
  return { shown, height: Math.min(tallest, space / Math.max(shown, 1)) };
}

/** The legend of the marks the rows carry. */
function MarksLine({ rows, lang }: { rows: readonly { marks: string }[]; lang: Lang }) {
  const m = compareMessages[lang];
  const shown = (Object.keys(FLAG_MARKS) as (keyof typeof FLAG_MARKS)[]).filter(
    (k) => FLAG_MARKS[k] && rows.some((r) => r.marks.includes(FLAG_MARKS[k])),
  );
  if (shown.length === 0) return null;
  return (
    <div style={{ display: 'flex', fontSize: 18, color: MUTED }}>{shown.map((k) => `${FLAG_MARKS[k]} ${m.marks[k]}`).join('   ·   ')}</div>
  );
}

function Empty({ lang }: { lang: Lang }) {
  return <div style={{ fontSize: 28, color: MUTED }}>{compareMessages[lang].empty}</div>;
}

/** Ranked bars with their values. */
export function BarPreview({
  rows,
  unit,
  lang,
  room,
}: {
  rows: readonly BarDatum[];
  unit: CompareData['measure']['unit'];
  lang: Lang;
  room: number;
}) {
  const fit = rowsThatFit(rows.length, room, 44);
  const shown = rows.slice(0, fit.shown);
  const max = Math.max(...shown.map((r) => r.value ?? 0), 0);
  const anyHighlight = shown.some((r) => r.highlighted);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1 }}>
      <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1 }}>
        {shown.length === 0 ? <Empty lang={lang} /> : null}
        {shown.map((r) => (
          <div key={r.id} style={{ display: 'flex', alignItems: 'center', height: fit.height }}>
            <div style={LABEL_STYLE}>{labelOf(r)}</div>
            {r.value === null ? (
              <div style={{ fontSize: 22, color: MUTED, fontStyle: 'italic' }}>{r.none?.short}</div>
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
      <MarksLine rows={shown} lang={lang} />
    </div>
  );
}

/** One 100% stack: each part's share of the row's total, shares of 8% or more printed inside. */
function StackRow({ row }: { row: StackDatum }) {
  if (row.none) return <div style={{ fontSize: 22, color: MUTED, fontStyle: 'italic' }}>{row.none.short}</div>;
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

/** 100% stacks under the parts' legend. */
export function StackPreview({
  rows,
  parts,
  lang,
  room,
}: {
  rows: readonly StackDatum[];
  parts: readonly string[];
  lang: Lang;
  room: number;
}) {
  // The parts' legend takes a row's room.
  const fit = rowsThatFit(rows.length, room - 60, 40);
  const shown = rows.slice(0, fit.shown);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1 }}>
      <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1 }}>
        {shown.length === 0 ? (
          <Empty lang={lang} />
        ) : (
          <div style={{ display: 'flex', flexWrap: 'wrap', fontSize: 18, color: '#41464d', marginBottom: 10, marginLeft: 296 }}>
            {parts.map((label, i) => (
              <div key={label} style={{ display: 'flex', alignItems: 'center', marginRight: 18 }}>
                <div style={{ width: 14, height: 14, background: seriesColor(i), marginRight: 6 }} />
                {fitText(label, 200, 18)}
              </div>
            ))}
          </div>
        )}
        {shown.map((r) => (
          <div key={r.id} style={{ display: 'flex', alignItems: 'center', height: fit.height }}>
            <div style={LABEL_STYLE}>{labelOf(r)}</div>
            <StackRow row={r} />
          </div>
        ))}
      </div>
      <MarksLine rows={shown} lang={lang} />
    </div>
  );
}
