// 100%-stacked horizontal bars: each row's parts as shares of their sum, shares of 8% or more
// printed inside. A row whose parts are all missing shows "missing" and no bar.
'use client';

import { Bar, BarChart, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '@/lib/i18n/format';
import type { ChartCommon, StackDatum } from './chart-types';
import { stackedChartHeight } from './chart-size';
import { CHART_FONT, INK, INK_MUTE, OKABE_ITO } from './palette';

const LABEL_WIDTH = 190;
/** Dark text reads on the light Okabe–Ito colours, white on the others. */
const DARK_TEXT = new Set(['#E69F00', '#56B4E9', '#F0E442', '#CC79A7']);

export function StackedShareChart({ rows, parts, lang, title, missingLabel }: ChartCommon & { rows: StackDatum[]; parts: string[] }) {
  const data = rows.map((r) => {
    const d: Record<string, string | number | null> = { name: `${r.label}${r.marks ? ` ${r.marks}` : ''}`, missing: r.missing ? missingLabel : null };
    r.shares.forEach((s, i) => (d[`p${i}`] = s));
    r.counts.forEach((c, i) => (d[`c${i}`] = c));
    return d;
  });
  const height = stackedChartHeight(rows.length);
  return (
    <BarChart responsive data={data} layout="vertical" stackOffset="expand" margin={{ top: 4, right: 16, bottom: 4, left: 4 }} style={{ fontFamily: CHART_FONT, width: '100%', height }} accessibilityLayer title={title}>
      <XAxis type="number" hide domain={[0, 1]} />
      <YAxis type="category" dataKey="name" width={LABEL_WIDTH} tickLine={false} axisLine={{ stroke: INK_MUTE }} tick={{ fill: INK, fontSize: 13 }} interval={0} />
      <Tooltip
        formatter={(value, name, item) => {
          const i = Number(String(item.dataKey).slice(1));
          const count = (item.payload as Record<string, number | null>)[`c${i}`];
          return [`${((Number(value) || 0) * 100).toFixed(1)}%${count !== undefined && count !== null ? ` (${formatNumber(count, lang)})` : ''}`, name];
        }}
      />
      <Legend verticalAlign="top" align="left" iconType="square" wrapperStyle={{ fontSize: 12, paddingBottom: 8 }} />
      {parts.map((part, i) => {
        const color = OKABE_ITO[i % OKABE_ITO.length]!;
        return (
          <Bar key={part} dataKey={`p${i}`} name={part} stackId="s" fill={color} isAnimationActive={false} barSize={20}>
            <LabelList
              dataKey={`p${i}`}
              content={(props) => {
                const { x, y, width: w, height: h, value } = props as { x: number; y: number; width: number; height: number; value: number | null };
                if (value === null || value === undefined || value < 0.08) return null;
                return (
                  <text x={Number(x) + Number(w) / 2} y={Number(y) + Number(h) / 2} textAnchor="middle" dominantBaseline="central" fontSize={11} fill={DARK_TEXT.has(color) ? INK : '#ffffff'}>
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
