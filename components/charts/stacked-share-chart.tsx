// 100%-stacked horizontal bars: each row's parts as shares of their sum, shares of 8% or more
// printed inside, the legend in stacking order (left to right). A row whose parts are all missing
// has no bar, and the few words saying why where it would start (./axis-note.tsx).
'use client';

import { Bar, BarChart, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '@/lib/i18n/format';
import type { StackChartData } from '@/lib/compare/chart-data';
import { chartSizing, type ChartCommon } from './chart-types';
import { barLabel, LABEL_WIDTH, stackedChartHeight } from './chart-size';
import { AxisLabel } from './axis-label';
import { AxisNote } from './axis-note';
import { chartFont, DARK_TEXT_ON, INK, INK_MUTE, seriesColor } from './palette';

export function StackedShareChart({ rows, parts, lang, title, frame }: ChartCommon & StackChartData) {
  const data = rows.map((r) => {
    const d: Record<string, string | number | null> = { name: barLabel(r) };
    r.shares.forEach((s, i) => (d[`p${i}`] = s));
    r.counts.forEach((c, i) => (d[`c${i}`] = c));
    return d;
  });
  return (
    <BarChart
      {...chartSizing(frame, stackedChartHeight(rows.length), chartFont(lang))}
      data={data}
      layout="vertical"
      stackOffset="expand"
      margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
      accessibilityLayer
      title={title}
    >
      <XAxis type="number" hide domain={[0, 1]} />
      <YAxis
        type="category"
        dataKey="name"
        width={frame?.labelWidth ?? LABEL_WIDTH}
        tickLine={false}
        axisLine={{ stroke: INK_MUTE }}
        interval={0}
        tick={(tickProps: unknown) => {
          const props = tickProps as { x: number; y: number; payload: { value: string; index: number } };
          const row = rows[props.payload.index];
          // No bar to draw: every part missing (why, beside the axis), or parts that add up to 0 (printed as 0, not missing).
          const zero = row && !row.none && row.shares.every((x) => x === null) ? formatNumber(0, lang) : null;
          return (
            <g>
              <AxisLabel x={props.x} y={props.y} text={props.payload.value} labelWidth={frame?.labelWidth} />
              <AxisNote x={props.x} y={props.y} none={row?.none} zero={zero} />
            </g>
          );
        }}
      />
      {frame ? null : (
        <Tooltip
          formatter={(value, name, item) => {
            const i = Number(String(item.dataKey).slice(1));
            const count = (item.payload as Record<string, number | null>)[`c${i}`];
            return [
              `${((Number(value) || 0) * 100).toFixed(1)}%${count !== undefined && count !== null ? ` (${formatNumber(count, lang)})` : ''}`,
              name,
            ];
          }}
        />
      )}
      {frame ? null : (
        <Legend
          verticalAlign="top"
          align="left"
          iconType="square"
          wrapperStyle={{ fontSize: 12, paddingBottom: 8 }}
          itemSorter={(item) => Number(String(item.dataKey).slice(1))}
        />
      )}
      {parts.map((part, i) => {
        const color = seriesColor(i);
        return (
          <Bar
            key={part}
            dataKey={`p${i}`}
            name={part}
            stackId="s"
            fill={color}
            isAnimationActive={false}
            barSize={20}
            shape={(props: unknown) => {
              // One mark per part with a share (data-mark), a part of 0 included.
              const { x, y, width: w, height: h, index } = props as { x: number; y: number; width: number; height: number; index: number };
              const row = rows[index];
              if (!row || row.shares[i] === null || row.shares[i] === undefined) return <g />;
              return <rect x={x} y={y} width={Math.max(Number(w) || 0, 0)} height={h} fill={color} data-mark={`${row.id}:${i}`} />;
            }}
          >
            <LabelList
              dataKey={`p${i}`}
              content={(props) => {
                const {
                  x,
                  y,
                  width: w,
                  height: h,
                  value,
                } = props as { x: number; y: number; width: number; height: number; value: number | null };
                if (value === null || value === undefined || value < 0.08) return null;
                return (
                  <text
                    x={Number(x) + Number(w) / 2}
                    y={Number(y) + Number(h) / 2}
                    textAnchor="middle"
                    dominantBaseline="central"
                    fontSize={11}
                    fill={DARK_TEXT_ON.has(color) ? INK : '#ffffff'}
                  >
                    {`${Math.round(value * 100)}%`}
                  </text>
                );
              }}
            />
          </Bar>
        );
      })}
    </BarChart>
  );
}
