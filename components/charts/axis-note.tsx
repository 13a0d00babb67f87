// What a bar chart prints where a row's bar would start when it draws no bar: the few words saying
// why there is no value, in the one notation (the whole reason on hover, as the SVG's <title>), or
// a 0, which has no bar for its label to sit on. Shared by the ranked and the stacked bars.

import type { NoValueText } from '@/lib/compare/chart-data';
import { INK, INK_MUTE } from './palette';

export function AxisNote({ x, y, none, zero }: { x: number; y: number; none: NoValueText | undefined; zero: string | null }) {
  if (none) {
    return (
      <g data-notation={none.kind}>
        <title>{none.long}</title>
        <text x={x + 8} y={y} dominantBaseline="central" fontSize={12} fontStyle="italic" fill={INK_MUTE} data-value="missing">
          {none.short}
        </text>
      </g>
    );
  }
  if (zero === null) return null;
  return (
    <text x={x + 8} y={y} dominantBaseline="central" fontSize={13} fontWeight={600} fill={INK} data-value="0">
      {zero}
    </text>
  );
}
