// Lines over the years, one per report series; missing years are gaps, never drops to 0.
'use client';

import { CartesianGrid, Label, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatValue } from '@/lib/i18n/format';
import type { LineChartData } from '@/lib/compare/chart-data';
import { chartSizing, type ChartCommon } from './chart-types';
import { LINE_HEIGHT } from './chart-size';
import { chartFont, GRID, INK, INK_MUTE, seriesColor } from './palette';

export function YearLineChart({ series, years, marked, unit, lang, title, frame }: ChartCommon & LineChartData) {
  const data = years.map((year) => {
    const d: Record<string, number | null> = { year };
    series.forEach((s, i) => (d[`s${i}`] = s.points.find((p) => p.year === year)?.value ?? null));
    return d;
  });
  const anyHighlight = series.some((s) => s.highlighted);
  return (
    <LineChart
      {...chartSizing(frame, LINE_HEIGHT, chartFont(lang))}
      data={data}
      margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
      accessibilityLayer
      title={title}
    >
      <CartesianGrid stroke={GRID} vertical={false} />
      <XAxis dataKey="year" type="category" tick={{ fill: INK, fontSize: 12 }} tickLine={false} axisLine={{ stroke: INK_MUTE }} />
      <YAxis
        tick={{ fill: INK_MUTE, fontSize: 12 }}
        tickLine={false}
        axisLine={false}
        width={64}
        tickFormatter={(v: number) => formatValue(v, unit, lang)}
      />
      {marked ? (
        // The year the view was on as bars: kept and marked, so going back to bars returns to it.
        <ReferenceLine x={marked.year} stroke={INK_MUTE} strokeDasharray="4 3" className="marked-year">
          <Label
            value={marked.label}
            position={marked.year === years[0] ? 'insideTopLeft' : 'insideTopRight'}
            fill={INK_MUTE}
            fontSize={11}
          />
        </ReferenceLine>
      ) : null}
      {/* A gap has no value to print; why it is missing is in the data table beside the chart. */}
      {frame ? null : <Tooltip formatter={(v) => (typeof v === 'number' ? formatValue(v, unit, lang) : '')} />}
      {frame ? null : <Legend verticalAlign="top" align="left" wrapperStyle={{ fontSize: 12, paddingBottom: 8 }} />}
      {series.map((s, i) => {
        const color = seriesColor(i);
        return (
          <Line
            key={s.id}
            dataKey={`s${i}`}
            name={s.label}
            stroke={color}
            strokeWidth={anyHighlight && !s.highlighted ? 1.5 : 2.5}
            strokeOpacity={anyHighlight && !s.highlighted ? 0.55 : 1}
            dot={(props: { cx?: number; cy?: number; index: number; value?: unknown }) => {
              // One mark per point with a value (data-mark); a missing year draws nothing.
              const point = s.points[props.index];
              if (!point || point.value === null || props.cx === undefined || props.cy === undefined) return <g key={props.index} />;
              return (
                <circle
                  key={props.index}
                  cx={props.cx}
                  cy={props.cy}
                  r={3}
                  fill="#ffffff"
                  stroke={color}
                  strokeWidth={1.5}
                  data-mark={`${s.id}:${point.year}`}
                />
              );
            }}
            connectNulls={false}
            isAnimationActive={false}
          />
        );
      })}
    </LineChart>
  );
}
