// Heights of the chart kinds, from their data alone: the charts draw at these heights and the
// placeholder shown while a chart's code loads takes the same room, so nothing moves. No recharts
// here. Downloads draw at a fixed export frame, whatever the screen: EXPORT_WIDTH wide, the plot as
// tall as its data needs (chart-kinds.tsx), the PNG at EXPORT_SCALE, every label whole.

import { textWidth, wrapText } from './export-svg';

/** Ranked bars: one row per bar. */
const BAR_ROW = 30;
/** 100%-stacked bars: one row per bar, plus the legend above. */
const STACK_ROW = 32;
const STACK_LEGEND = 70;
export const LINE_HEIGHT = 380;

/** A bar's label of `lines` lines needs this much of its row (a download's labels may wrap). */
const LABEL_LINE = 16;
const rowFor = (row: number, lines: number) => Math.max(row, lines * LABEL_LINE + 8);

export function barChartHeight(rows: number, labelLines = 1): number {
  return Math.max(rows, 1) * rowFor(BAR_ROW, labelLines) + 16;
}

export function stackedChartHeight(rows: number, labelLines = 1): number {
  return Math.max(rows, 1) * rowFor(STACK_ROW, labelLines) + STACK_LEGEND;
}

/** Width of every downloaded chart (CSS pixels; the PNG has EXPORT_SCALE times as many). */
export const EXPORT_WIDTH = 960;
export const EXPORT_SCALE = 2;

/** Room for a bar's label left of the axis (ranked and 100%-stacked bars). */
export const LABEL_WIDTH = 190;
/** A download's labels take up to this much of EXPORT_WIDTH; longer ones wrap onto more lines. */
export const EXPORT_LABEL_MAX = 400;
const LABEL_FONT = 13;
/** Between a label and the axis. */
const LABEL_GAP = 8;

/** The label of a bar as drawn: its name, then its marks. */
export function barLabel(row: { label: string; marks: string }): string {
  return `${row.label}${row.marks ? ` ${row.marks}` : ''}`;
}

/**
 * How a download draws its bars' labels: whole, never cut (a label cut is data lost in a file that
 * leaves the page). As wide as the longest (at least LABEL_WIDTH, at most EXPORT_LABEL_MAX), and
 * on as many lines as the longest then needs.
 */
export function exportLabels(labels: readonly string[]): { width: number; lines: number } {
  const widest = Math.max(0, ...labels.map((l) => textWidth(l, LABEL_FONT)));
  const width = Math.min(Math.max(LABEL_WIDTH, Math.ceil(widest) + LABEL_GAP + 2), EXPORT_LABEL_MAX);
  return { width, lines: Math.max(1, ...labels.map((l) => labelLines(l, width).length)) };
}

/** A label's lines in a download's label column of `width`. */
export function labelLines(text: string, width: number): string[] {
  return wrapText(text, width - LABEL_GAP, LABEL_FONT);
}

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
export function fitLabel(text: string, fontSize: number, room = LABEL_WIDTH - LABEL_GAP): string {
  if (approxWidth(text, fontSize) <= room) return text;
  const chars = [...text];
  while (chars.length > 1 && approxWidth(`${chars.join('')}…`, fontSize) > room) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}
