// What recognition read from a scan, as stored with the source (report_source.ocr): enough to lay
// the text out again and re-apply the guard on a reparse, without recognising the images again.

/** [x0, y0, x1, y1] as fractions of the page's width and height (0 … 1). */
export type PageBox = [number, number, number, number];

export interface OcrItem {
  /** 1-based page number. */
  page: number;
  box: PageBox;
  /** As recognised, nothing replaced. */
  text: string;
  /** Probability of each character of `text` (UTF-16 units; the dictionary's characters are all BMP). */
  conf: number[];
  /** Index of the table cell (between vertical rules) the item sits in; -1 outside any. */
  cell: number;
  /** For an item of digits only: the glyphs counted in its box's ink, within its cell (ink.ts).
   * Absent in recognitions stored before it was counted. */
  glyphs?: number;
}

export interface OcrPage {
  /** Pixels of the straightened page the boxes refer to. */
  width: number;
  height: number;
  /** Degrees the scan was turned (and straightened by). */
  skew: number;
  seconds: number;
}

export interface OcrDocument {
  engine: string;
  pages: OcrPage[];
  items: OcrItem[];
}
