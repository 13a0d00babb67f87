// A chart's downloadable SVG: the chart as recharts drew it at the fixed export size, with the
// title and definition above, its legend drawn as SVG text (recharts draws legends as HTML, which
// an SVG file would lose) and the source below. Pure string work, shared by the SVG and PNG
// downloads (the PNG is this SVG rasterised).

import { INK, INK_MUTE } from './palette';

/** One legend entry: a swatch in the series' or part's colour and its label. */
export interface LegendItem {
  label: string;
  color: string;
}

export interface ExportParts {
  /** The chart's own <svg> element, serialised. */
  chart: string;
  /** Its size: the export frame of the kind (chart-size.ts). */
  chartWidth: number;
  chartHeight: number;
  title: string;
  subtitle: string;
  legend: readonly LegendItem[];
  /** Lines under the chart: the source (reports and years), the page's address, the date, the marks, the single-office note. */
  footer: readonly string[];
  /** The faces of the page's language (palette.chartFont). */
  font: string;
}

const PAD = 16;
const HEAD = 64;
const FOOT_PAD = 8;
const FOOT_LINE = 16;
const LEGEND_FONT = 12;
const LEGEND_LINE = 20;
const SWATCH = 10;
const SWATCH_GAP = 6;
const ITEM_GAP = 18;

/** Width of a text in the legend font: CJK and full-width characters 1 em, others about 0.6 em. */
export function textWidth(text: string, fontSize = LEGEND_FONT): number {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 1 : 0.6;
  return em * fontSize;
}

export interface PlacedLegendItem extends LegendItem {
  x: number;
  /** Baseline row, 0-based. */
  row: number;
}

/** Legend entries flowed into rows no wider than `width`; an entry wider than a row gets a row of its own. */
export function layoutLegend(items: readonly LegendItem[], width: number): { placed: PlacedLegendItem[]; rows: number } {
  const placed: PlacedLegendItem[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const w = SWATCH + SWATCH_GAP + textWidth(item.label);
    if (x > 0 && x + w > width) {
      row += 1;
      x = 0;
    }
    placed.push({ ...item, x, row });
    x += w + ITEM_GAP;
  }
  return { placed, rows: items.length === 0 ? 0 : row + 1 };
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A line cut into lines no wider than `width` at the footer's size (at spaces where it has them, else anywhere). */
export function wrapText(text: string, width: number, fontSize = 11): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/(?<= )/)) {
    for (const piece of textWidth(word, fontSize) > width ? [...word] : [word]) {
      if (line && textWidth(line + piece, fontSize) > width) {
        lines.push(line.trimEnd());
        line = '';
      }
      line += piece;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** The whole downloadable SVG and its size (the PNG is drawn at this size times the export scale). */
export function composeExportSvg(parts: ExportParts): { svg: string; width: number; height: number } {
  const width = parts.chartWidth;
  const legend = layoutLegend(parts.legend, width - 2 * PAD);
  const legendHeight = legend.rows * LEGEND_LINE + (legend.rows ? 8 : 0);
  const chartTop = HEAD + legendHeight;
  const footer = parts.footer.flatMap((line) => wrapText(line, width - 2 * PAD));
  const height = Math.ceil(chartTop + parts.chartHeight + 2 * FOOT_PAD + FOOT_LINE * footer.length);
  const footTop = chartTop + parts.chartHeight + FOOT_PAD;
  const legendSvg = legend.placed
    .map((item) => {
      const y = HEAD + item.row * LEGEND_LINE;
      const x = PAD + item.x;
      return `<rect x="${x}" y="${y + 2}" width="${SWATCH}" height="${SWATCH}" fill="${escapeXml(item.color)}"/><text x="${x + SWATCH + SWATCH_GAP}" y="${y + SWATCH + 1}" font-size="${LEGEND_FONT}" fill="${INK}" data-legend="">${escapeXml(item.label)}</text>`;
    })
    .join('\n');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(parts.font)}">
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="${PAD}" y="28" font-size="17" font-weight="600" fill="${INK}" data-title="">${escapeXml(parts.title)}</text>
<text x="${PAD}" y="50" font-size="12" fill="${INK_MUTE}">${escapeXml(parts.subtitle)}</text>
${legendSvg}
<g transform="translate(0 ${chartTop})">${parts.chart}</g>
${footer
  .map(
    (line, i) =>
      `<text x="${PAD}" y="${Math.ceil(footTop + FOOT_LINE * (i + 1) - 4)}" font-size="11" fill="${INK_MUTE}" data-footer="">${escapeXml(line)}</text>`,
  )
  .join('\n')}
</svg>`;
  return { svg, width, height };
}
