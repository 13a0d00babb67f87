// A bar's label left of the axis, shared by the ranked and the stacked bars. On the page, one line
// cut with … to LABEL_WIDTH (the whole label is its <title>, and the data table holds it); in a
// download (`labelWidth` set), the whole label on as many lines as it needs.

import { fitLabel, labelLines } from './chart-size';
import { INK } from './palette';

const LINE = 15;

export function AxisLabel({ x, y, text, labelWidth }: { x: number; y: number; text: string; labelWidth: number | undefined }) {
  const lines = labelWidth === undefined ? [fitLabel(text, 13)] : labelLines(text, labelWidth);
  return (
    <>
      <title>{text}</title>
      <text x={x - 6} y={y} textAnchor="end" dominantBaseline="central" fill={INK} fontSize={13} data-label>
        {lines.length === 1
          ? lines[0]
          : lines.map((line, i) => (
              <tspan key={i} x={x - 6} dy={i === 0 ? (-(lines.length - 1) * LINE) / 2 : LINE}>
                {line}
              </tspan>
            ))}
      </text>
    </>
  );
}
