// Heights of the chart kinds, from their data alone: the charts draw at these heights and the
// placeholder shown while a chart's code loads takes the same room, so nothing moves. No recharts
// here. Downloads draw at a fixed export frame, whatever the screen: EXPORT_WIDTH wide, the plot as
// tall as its data needs (chart-kinds.tsx), the PNG at EXPORT_SCALE.

/** Ranked bars: one row per bar. */
const BAR_ROW = 30;
/** 100%-stacked bars: one row per bar, plus the legend above. */
const STACK_ROW = 32;
const STACK_LEGEND = 70;
export const LINE_HEIGHT = 380;

export function barChartHeight(rows: number): number {
  return Math.max(rows, 1) * BAR_ROW + 16;
}

export function stackedChartHeight(rows: number): number {
  return Math.max(rows, 1) * STACK_ROW + STACK_LEGEND;
}

/** Width of every downloaded chart (CSS pixels; the PNG has EXPORT_SCALE times as many). */
export const EXPORT_WIDTH = 960;
export const EXPORT_SCALE = 2;
