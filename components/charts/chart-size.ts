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

/** Room for a bar's label left of the axis (ranked and 100%-stacked bars). */
export const LABEL_WIDTH = 190;

/** Roughly how wide `text` draws at `fontSize`: CJK and full-width characters one em, others ~0.56 em. */
function approxWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 1 : 0.56;
  return em * fontSize;
}

/**
 * A bar label that fits its room: whole when it does, otherwise cut with "…" (the whole label goes
 * in the label's <title>, and the table and downloads carry it in full). English names with their
 * Chinese beside ("Ulanqab · 乌兰察布市政府办公室") outgrow the room on phones.
 */
export function fitLabel(text: string, fontSize: number, room = LABEL_WIDTH - 8): string {
  if (approxWidth(text, fontSize) <= room) return text;
  const chars = [...text];
  while (chars.length > 1 && approxWidth(`${chars.join('')}…`, fontSize) > room) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}
