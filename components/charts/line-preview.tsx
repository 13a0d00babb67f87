// The trend's link-preview body (1200×630, next/og's satori: flexbox inline styles; the lines are
// an inline SVG): one line per place over the view's years, the years under them (the chosen year
// marked), the largest value and 0 beside them, and a legend of the places, each name whole or cut
// with … (the image's alt text names them in full). Server-only.

import type { LineChartData } from '@/lib/compare/chart-data';
import type { CompareData } from '@/lib/compare/types';
import { formatValue, type Lang } from '@/lib/i18n';
import { compareMessages } from '@/lib/i18n/messages/compare';
import { seriesColor } from './palette';
import { fitText } from './preview-text';

/** Lines a preview draws: more would be a tangle at this size. */
export const PREVIEW_SERIES = 8;
const PLOT_W = 620;
/** The years' row under the plot, and a legend line. */
const YEARS_H = 30;
const LEGEND_LINE = 30;
const AXIS_W = 96;
const LEGEND_W = 330;
const LEGEND_FONT = 19;
const MUTED = '#6b7178';
const MARK = '#D55E00';

/** Runs of consecutive points with values: a missing year is a gap, not a drop to 0. */
function runs(points: readonly { x: number; y: number | null }[]): { x: number; y: number }[][] {
  const out: { x: number; y: number }[][] = [];
  let run: { x: number; y: number }[] = [];
  for (const p of points) {
    if (p.y === null) {
      if (run.length) out.push(run);
      run = [];
    } else run.push({ x: p.x, y: p.y });
  }
  if (run.length) out.push(run);
  return out;
}

export function LinePreview({
  data,
  unit,
  lang,
  room,
}: {
  data: LineChartData;
  unit: CompareData['measure']['unit'];
  lang: Lang;
  room: number;
}) {
  const m = compareMessages[lang];
  const PLOT_H = Math.max(60, room - YEARS_H);
  // Legend lines for names: what the room holds less the chosen year's line and, when names are left out, the "n more" line.
  let fits = Math.min(PREVIEW_SERIES, Math.floor(room / LEGEND_LINE) - (data.marked ? 1 : 0));
  if (data.series.length > fits) fits -= 1;
  const shown = data.series.slice(0, Math.max(1, fits));
  const hidden = data.series.length - shown.length;
  const years = data.years;
  if (shown.length === 0 || years.length === 0) return <div style={{ fontSize: 28, color: MUTED }}>{m.empty}</div>;
  const values = shown.flatMap((s) => s.points.map((p) => p.value ?? 0));
  const max = Math.max(...values, 0);
  const x = (i: number) => (years.length === 1 ? PLOT_W / 2 : 12 + (i * (PLOT_W - 24)) / (years.length - 1));
  const y = (v: number) => PLOT_H - 6 - (max > 0 ? (v / max) * (PLOT_H - 18) : 0);
  // At most about eight year labels fit under the plot.
  const step = Math.ceil(years.length / 8);
  const markedAt = data.marked ? years.indexOf(data.marked.year) : -1;
  return (
    <div style={{ display: 'flex', flexGrow: 1 }} data-kind="line">
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          width: AXIS_W,
          height: PLOT_H,
          justifyContent: 'space-between',
          alignItems: 'flex-end',
          paddingRight: 10,
          fontSize: 18,
          color: MUTED,
        }}
      >
        <div>{formatValue(max, unit, lang)}</div>
        <div>{formatValue(0, unit, lang)}</div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', width: PLOT_W }}>
        <svg width={PLOT_W} height={PLOT_H} viewBox={`0 0 ${PLOT_W} ${PLOT_H}`}>
          <line x1={0} y1={PLOT_H - 6} x2={PLOT_W} y2={PLOT_H - 6} stroke="#c9c9c4" strokeWidth={2} />
          {markedAt >= 0 ? (
            <line x1={x(markedAt)} y1={0} x2={x(markedAt)} y2={PLOT_H - 6} stroke={MARK} strokeWidth={2} strokeDasharray="6 5" />
          ) : null}
          {shown.map((s, si) =>
            runs(s.points.map((p, i) => ({ x: x(i), y: p.value === null ? null : y(p.value) }))).map((run, ri) =>
              run.length === 1 ? (
                <circle key={`${s.id}-${ri}`} cx={run[0]!.x} cy={run[0]!.y} r={6} fill={seriesColor(si)} />
              ) : (
                <polyline
                  key={`${s.id}-${ri}`}
                  points={run.map((p) => `${p.x},${p.y}`).join(' ')}
                  fill="none"
                  stroke={seriesColor(si)}
                  strokeWidth={s.highlighted ? 5 : 3}
                  strokeLinejoin="round"
                />
              ),
            ),
          )}
        </svg>
        <div style={{ display: 'flex', position: 'relative', height: 30, width: PLOT_W }}>
          {years.map((year, i) =>
            i % step === 0 || i === markedAt || i === years.length - 1 ? (
              <div
                key={year}
                data-year={year}
                style={{
                  position: 'absolute',
                  left: x(i) - 40,
                  width: 80,
                  top: 4,
                  display: 'flex',
                  justifyContent: 'center',
                  fontSize: 18,
                  color: i === markedAt ? MARK : MUTED,
                  fontWeight: i === markedAt ? 700 : 400,
                }}
              >
                {String(year)}
              </div>
            ) : null,
          )}
        </div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', width: LEGEND_W, marginLeft: 26 }}>
        {shown.map((s, i) => (
          <div key={s.id} style={{ display: 'flex', alignItems: 'center', height: LEGEND_LINE, fontSize: LEGEND_FONT, color: '#41464d' }}>
            <div style={{ width: 16, height: 16, background: seriesColor(i), marginRight: 8, flexShrink: 0 }} />
            {fitText(s.label, LEGEND_W - 26, LEGEND_FONT)}
          </div>
        ))}
        {hidden > 0 ? (
          <div style={{ display: 'flex', height: LEGEND_LINE, alignItems: 'center', fontSize: 18, color: MUTED }}>
            {m.previewMore(hidden)}
          </div>
        ) : null}
        {data.marked ? (
          <div style={{ display: 'flex', height: LEGEND_LINE, alignItems: 'center', fontSize: 18, color: MARK }}>{data.marked.label}</div>
        ) : null}
      </div>
    </div>
  );
}
