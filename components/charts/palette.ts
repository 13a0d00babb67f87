// Okabe–Ito colours: distinguishable with every common colour-vision deficiency.

export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;

/** Okabe–Ito colours light enough for dark text on them (white reads on the others). */
export const DARK_TEXT_ON = new Set<string>(['#E69F00', '#56B4E9', '#F0E442', '#CC79A7']);

export const BAR_COLOR = '#0072B2';
/** Bars that are not the user's when some are highlighted. */
export const BAR_MUTED = '#A6C8DE';
export const INK = '#1a1d21';
export const INK_MUTE = '#6b7178';
export const GRID = '#e5e5e0';

export const CHART_FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif";

/** The charts' faces in a language: English takes Latin glyphs (quotes, apostrophes) from a Latin face first, as its pages do (app/globals.css). */
export function chartFont(lang: 'zh' | 'en'): string {
  return lang === 'en' ? `'Inter', 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', ${CHART_FONT}` : CHART_FONT;
}

/** The colour of the i-th series or part (lines, stacks and their legends alike). */
export function seriesColor(i: number): string {
  return OKABE_ITO[i % OKABE_ITO.length]!;
}
