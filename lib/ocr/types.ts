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
  /** For an item of digits only (or a decimal): the glyphs counted in its box's ink, within its cell (ink.ts).
   * Absent in recognitions stored before it was counted. */
  glyphs?: number;
  /** Each of those glyphs' ink width over its height (ink.ts): two digits that touch are one glyph
   * about twice a digit's width. With `glyphs`; absent in recognitions stored before it was measured. */
  glyphWidths?: number[];
  /** For an item with no digit in a table cell: its box holds no dark ink — a red seal's characters,
   * light once grey, read as words (政, 室). Absent otherwise, and in recognitions stored before. */
  inkless?: true;
  /** For a lone `0` in a table cell: whether its ink is one glyph around one centred counter (ring.ts),
   * a witness apart from the recogniser's confidence. Absent otherwise, and in recognitions stored before. */
  ring?: boolean;
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
  /** A document whose images were recognised rather than its pages (a DOCX, a web page): its text,
   * into which each image's text is laid at the image's place. */
  host?: OcrHost;
}

/** A document's text with its images' places; page n of the recognition is the image `images[n - 1]`. */
export interface OcrHost {
  /** As lib/extract reads the document, with IMAGE_MARK (lib/extract/html.ts) on a line of its own where each image stands. */
  text: string;
  images: OcrImage[];
}

/** An image of a web page as collection gives it: fetched (`bytes`), or why not (`unread`). */
export interface PageImage {
  /** The `src` as the page writes it (how it is matched to its place). */
  src: string;
  /** The address it was fetched from (resolved, after redirects). */
  url: string;
  bytes?: Uint8Array;
  contentType?: string | null;
  unread?: OcrImage['unread'];
}

export interface OcrImage {
  /** The address the image was fetched from (a web page's); null for an image inside a DOCX. */
  source: string | null;
  contentType: string | null;
  /** Why it was not recognised (its page has no items): named in an IMAGES_UNREAD issue, except a decoration. */
  unread?: { code: string; message: { zh: string; en: string } };
}
