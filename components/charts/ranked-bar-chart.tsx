// Sorted horizontal bars with the value printed at each bar's end; a missing value gets no bar and
// the few words saying why (./axis-note.tsx). Client-only (recharts draws in the browser); the data table beside it is the
// accessible and server-rendered alternative.
'use client';

import { useId } from 'react';
import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';
import { formatValue } from '@/lib/i18n/format';
import type { BarChartData } from '@/lib/compare/chart-data';
import { chartSizing, type ChartCommon } from './chart-types';
import { barChartHeight, barLabel, LABEL_WIDTH } from './chart-size';
import { AxisLabel } from './axis-label';
import { AxisNote } from './axis-note';
import { BAR_COLOR, BAR_MUTED, chartFont, INK, INK_MUTE } from './palette';

export function RankedBarChart({ rows, unit, lang, title, frame }: ChartCommon & BarChartData) {
  const anyHighlight = rows.some((r) => r.highlighted);
  const data = rows.map((r) => ({ ...r, name: barLabel(r) }));
  // Unique per chart: a download draws a second copy of the chart in the same page.
  const hatch = `agency-hatch-${useId().replace(/:/g, '')}`;
  return (
    <BarChart
      {...chartSizing(frame, barChartHeight(rows.length), chartFont(lang))}
      data={data}
      layout="vertical"
      margin={{ top: 4, right: 72, bottom: 4, left: 4 }}
      accessibilityLayer
      title={title}
    >
      <defs>
        <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#ffffff" />
          <rect width="3" height="6" fill={BAR_COLOR} />
        </pattern>
      </defs>
      <XAxis type="number" hide domain={[0, 'dataMax']} />
      <YAxis
        type="category"
        dataKey="name"
        width={frame?.labelWidth ?? LABEL_WIDTH}
        tickLine={false}
        axisLine={{ stroke: INK_MUTE }}
        interval={0}
        tick={(tickProps: unknown) => {
          const props = tickProps as { x: number; y: number; payload: { value: string; index: number } };
          // The label; beside the axis, why a value is missing, or a 0.
          const datum = data[props.payload.index];
          return (
            <g>
              <AxisLabel x={props.x} y={props.y} text={props.payload.value} labelWidth={frame?.labelWidth} />
              <AxisNote x={props.x} y={props.y} none={datum?.none} zero={datum?.value === 0 ? formatValue(0, unit, lang) : null} />
            </g>
          );
        }}
      />
      <Bar
        dataKey="value"
        isAnimationActive={false}
        barSize={18}
        shape={(props: unknown) => {
          // One mark per datum (data-mark), also for a 0, whose bar has no width.
          const { x, y, width: w, height: h, index } = props as { x: number; y: number; width: number; height: number; index: number };
          const r = data[index];
          if (!r) return <g />;
          return (
            <rect
              x={x}
              y={y}
              width={Math.max(Number(w) || 0, 0)}
              height={h}
              fill={r.agency ? `url(#${hatch})` : anyHighlight && !r.highlighted ? BAR_MUTED : BAR_COLOR}
              stroke={r.agency ? BAR_COLOR : undefined}
              data-mark={r.id}
            />
          );
        }}
      >
        <LabelList
          dataKey="value"
          content={(props) => {
            const { x, y, width: w, height: h, index } = props as { x: number; y: number; width: number; height: number; index: number };
            const datum = data[index];
            if (!datum || datum.value === null || datum.value === 0) return null;
            return (
              <text
                x={Number(x) + Number(w || 0) + 6}
                y={Number(y) + Number(h) / 2}
                dominantBaseline="central"
                fontSize={13}
                fontWeight={600}
                fill={INK}
                data-value={String(datum.value)}
              >
                {formatValue(datum.value, unit, lang)}
              </text>
            );
          }}
        />
      </Bar>
    </BarChart>
  );
}
