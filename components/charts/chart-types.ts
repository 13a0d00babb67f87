// Props every chart component takes beside its kind's data (lib/compare/chart-data.ts).

import type { MeasureUnit } from '@/lib/compare/types';
import type { Lang } from '@/lib/i18n/lang';

export interface ChartCommon {
  unit: MeasureUnit;
  lang: Lang;
  /** Accessible name of the chart. */
  title: string;
  /**
   * Drawing for a download: this fixed size, no HTML legend or tooltip (the download draws its own
   * legend as SVG). Absent: the chart fills its container's width.
   */
  frame?: ChartFrame;
}

export interface ChartFrame {
  width: number;
  height: number;
  /** Bars' label column (chart-size.ts exportLabels): labels drawn whole, wrapped to it. */
  labelWidth?: number;
}

/** Size props of a recharts chart: fixed for a download frame, else responsive at `height`. */
export function chartSizing(frame: ChartFrame | undefined, height: number, font: string) {
  return frame
    ? { width: frame.width, height: frame.height, style: { fontFamily: font } }
    : { responsive: true, style: { fontFamily: font, width: '100%', height } };
}
