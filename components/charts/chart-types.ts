// Plain props shared by the chart components (all serialisable, built on the server).

import type { MeasureUnit } from '@/lib/compare/types';

export interface BarDatum {
  /** Stable id (report id). */
  id: string;
  label: string;
  value: number | null;
  highlighted: boolean;
  agency: boolean;
  /** Short marks after the label (e.g. "†"), explained in the legend and the data table. */
  marks: string;
}

export interface StackDatum {
  id: string;
  label: string;
  /** Shares of each part (0..1), null where the part is missing. */
  shares: (number | null)[];
  /** Raw counts, for tooltips. */
  counts: (number | null)[];
  /** Every part is missing (no bar, the word "missing"). */
  missing: boolean;
  marks: string;
}

export interface LineSeries {
  id: string;
  label: string;
  highlighted: boolean;
  /** One point per year of the range; null: missing (a gap in the line). */
  points: { year: number; value: number | null }[];
}

export interface ChartCommon {
  unit: MeasureUnit;
  lang: 'zh' | 'en';
  /** Accessible name of the chart. */
  title: string;
  missingLabel: string;
  /**
   * Drawing for a download: this fixed size, no HTML legend or tooltip (the download draws its own
   * legend as SVG). Absent: the chart fills its container's width.
   */
  frame?: ChartFrame;
}

export interface ChartFrame {
  width: number;
  height: number;
}

/** Size props of a recharts chart: fixed for a download frame, else responsive at `height`. */
export function chartSizing(frame: ChartFrame | undefined, height: number, font: string) {
  return frame
    ? { width: frame.width, height: frame.height, style: { fontFamily: font } }
    : { responsive: true, style: { fontFamily: font, width: '100%', height } };
}
