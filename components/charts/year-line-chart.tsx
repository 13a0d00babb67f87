// Lines over the years, one per report series; missing years are gaps, never drops to 0.
'use client';

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatValue } from '@/lib/compare/format-value';
import type { ChartCommon, LineSeries } from './chart-types';
import { LINE_HEIGHT } from './chart-size';
import { CHART_FONT, GRID, INK, INK_MUTE, OKABE_ITO } from './palette';

export function YearLineChart({ series, years, unit, lang, title }: ChartCommon & { series: LineSeries[]; years: number[] }) {
  const data = years.map((year) => {
    const d: Record<string, number | null> = { year };
    series.forEach((s, i) => (d[`s${i}`] = s.points.find((p) => p.year === year)?.value ?? null));
    return d;
  });
  const anyHighlight = series.some((s) => s.highlighted);
  return (
    <LineChart
      responsive
      data={data}
      margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
      style={{ fontFamily: CHART_FONT, width: '100%', height: LINE_HEIGHT }}
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
      <Tooltip formatter={(v) => formatValue(typeof v === 'number' ? v : null, unit, lang)} />
      <Legend verticalAlign="top" align="left" wrapperStyle={{ fontSize: 12, paddingBottom: 8 }} />
      {series.map((s, i) => (
        <Line
          key={s.id}
          dataKey={`s${i}`}
          name={s.label}
          stroke={OKABE_ITO[i % OKABE_ITO.length]}
          strokeWidth={anyHighlight && !s.highlighted ? 1.5 : 2.5}
          strokeOpacity={anyHighlight && !s.highlighted ? 0.55 : 1}
          dot={{ r: 3 }}
          connectNulls={false}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}
