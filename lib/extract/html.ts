// HTML to text: block elements become lines, tables become one line per row with cells joined by
// " | " after expanding rowspan/colspan on a grid (see README.md). Scripts and styles are dropped.

import type { AnyNode, Document, Element } from 'domhandler';
import { DomHandler, Parser } from 'htmlparser2';

export const CELL_SEPARATOR = ' | ';
/** An image's place in the text (U+FFFC, the object replacement character), on a line of its own:
 * written only when asked (`markImages`), for text recognition to lay the image's text there. */
export const IMAGE_MARK = '\uFFFC';

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'iframe',
  'object',
  'svg',
  'canvas',
  'select',
  'button',
]);
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'ul',
  'caption',
  'tr',
  'td',
  'th',
  'tbody',
  'thead',
  'tfoot',
]);
/** Collapsible HTML whitespace, with &nbsp; (U+00A0) treated as a blank. U+3000 is kept as printed. */
const SPACES = /[ \t\n\r\f\u00a0]+/g;
/** A table whose cells hold this much text is page layout, not data: its cells are read as blocks. */
const LAYOUT_CELL_CHARS = 300;
/** Spans beyond this are page-layout accidents (colspan=1000); they are clamped. */
const MAX_SPAN = 64;

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

class LineWriter {
  readonly lines: string[] = [];
  /** The `src` of each image met, in order. */
  readonly images: string[] = [];
  private current = '';

  constructor(readonly markImages = false) {}

  text(s: string): void {
    const t = s.replace(SPACES, ' ');
    if (t === ' ' && (this.current === '' || this.current.endsWith(' '))) return;
    this.current += this.current === '' ? t.trimStart() : t;
  }

  break(): void {
    const line = this.current.trim();
    if (line) this.lines.push(line);
    this.current = '';
  }

  blank(): void {
    this.break();
    if (this.lines.length && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }
}

function childElements(node: Element, names: ReadonlySet<string>): Element[] {
  return node.children.filter((c): c is Element => isElement(c) && names.has(c.name));
}

const SECTIONS = new Set(['thead', 'tbody', 'tfoot']);
const ROW = new Set(['tr']);
const CELLS = new Set(['td', 'th']);

function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (!isElement(child)) continue;
    if (child.name === 'tr') rows.push(child);
    else if (SECTIONS.has(child.name)) rows.push(...childElements(child, ROW));
  }
  return rows;
}

/** A cell's text on one line: blocks and line breaks inside it become single spaces. */
function cellText(cell: Element, outer: LineWriter): string {
  const w = new LineWriter(outer.markImages);
  walk(cell, w);
  w.break();
  outer.images.push(...w.images);
  return w.lines.join(' ').replace(SPACES, ' ').trim();
}

function span(cell: Element, attr: 'rowspan' | 'colspan'): number {
  const n = Number.parseInt(cell.attribs[attr] ?? '1', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, MAX_SPAN) : 1;
}

function hasDescendant(node: Element, name: string): boolean {
  for (const c of node.children) if (isElement(c) && (c.name === name || hasDescendant(c, name))) return true;
  return false;
}

/** Writes the table's cells as blocks: used for layout tables. */
function writeBlocks(table: Element, w: LineWriter): void {
  w.break();
  for (const child of table.children) walk(child, w);
  w.break();
}

function writeTable(table: Element, w: LineWriter): void {
  const rows = tableRows(table);
  const cells = rows.map((row) => childElements(row, CELLS));
  if (cells.some((row) => row.some((cell) => hasDescendant(cell, 'table')))) return writeBlocks(table, w);
  const texts = cells.map((row) => row.map((cell) => cellText(cell, w)));
  if (texts.some((row) => row.some((t) => t.length > LAYOUT_CELL_CHARS))) return writeBlocks(table, w);
  w.blank();
  // occupied[r] holds the columns of row r already taken by a span from a cell above or to the left.
  const occupied: Set<number>[] = rows.map(() => new Set());
  texts.forEach((rowTexts, r) => {
    const out: string[] = [];
    let col = 0;
    rowTexts.forEach((text, i) => {
      while (occupied[r]!.has(col)) col++;
      while (out.length < col) out.push('');
      out[col] = text;
      const cell = cells[r]![i]!;
      const rs = span(cell, 'rowspan');
      const cs = span(cell, 'colspan');
      for (let dr = 0; dr < rs && r + dr < rows.length; dr++) {
        for (let dc = 0; dc < cs; dc++) if (dr > 0 || dc > 0) occupied[r + dr]!.add(col + dc);
      }
      col += cs;
    });
    // Positions spanned from above (or by this row's colspans) beyond the last cell stay as empty cells.
    let width = out.length;
    for (const c of occupied[r]!) width = Math.max(width, c + 1);
    while (out.length < width) out.push('');
    if (out.some((c) => c !== '')) w.lines.push(out.join(CELL_SEPARATOR));
  });
  w.blank();
}

/** An image declared smaller than this (width or height attribute, pixels) is an icon, a bullet or a
 * spacer, never a table. */
const MIN_IMAGE_SIDE = 64;

function isDecoration(img: Element): boolean {
  return ['width', 'height'].some((a) => {
    const n = Number.parseInt(img.attribs[a] ?? '', 10);
    return Number.isFinite(n) && n < MIN_IMAGE_SIDE && !/%/.test(img.attribs[a]!);
  });
}

function walk(node: AnyNode, w: LineWriter): void {
  if (node.type === 'text') {
    w.text((node as unknown as { data: string }).data);
    return;
  }
  if (node.type === 'root') {
    for (const c of (node as unknown as { children: AnyNode[] }).children) walk(c, w);
    return;
  }
  if (!isElement(node) || SKIPPED.has(node.name)) return;
  if (node.name === 'br') {
    w.break();
    return;
  }
  if (node.name === 'img') {
    const src = node.attribs.src?.trim();
    if (!src || isDecoration(node)) return;
    w.images.push(src);
    if (w.markImages) {
      w.break();
      w.lines.push(IMAGE_MARK);
    }
    return;
  }
  if (node.name === 'table') {
    writeTable(node, w);
    return;
  }
  const block = BLOCKS.has(node.name);
  if (block) w.break();
  for (const c of node.children) walk(c, w);
  if (block) w.break();
}

/** htmlparser2's DOM builder, counting how deep the open elements go. */
class DepthHandler extends DomHandler {
  depth = 0;
  deepest = 0;

  override onopentag(name: string, attribs: Record<string, string>): void {
    super.onopentag(name, attribs);
    this.deepest = Math.max(this.deepest, ++this.depth);
  }

  override onclosetag(): void {
    super.onclosetag();
    this.depth--;
  }
}

/** Small enough that the parser's own cost per open element (it grows with the depth) stays low
 * before the depth is checked again. */
const CHUNK = 8192;

/** The page's DOM, or null as soon as its elements nest deeper than `maxDepth`. */
function parse(html: string, maxDepth: number): Document | null {
  // htmlparser2 (not parse5): twice as fast on multi-megabyte pages, and it closes the implied
  // </td>, </tr>, </p> of hand-written pages. Fed in chunks: deep nesting costs it quadratic time.
  const handler = new DepthHandler();
  const parser = new Parser(handler);
  for (let at = 0; at < html.length; at += CHUNK) {
    parser.write(html.slice(at, at + CHUNK));
    if (handler.deepest > maxDepth) return null;
  }
  parser.end();
  return handler.deepest > maxDepth ? null : handler.root;
}

/** The page as lines (README.md), with the `src` of its images in order (each on a line of its own,
 * IMAGE_MARK, when `markImages`), or a refusal when its elements nest deeper than `maxDepth`
 * (walk() recurses once per level: the limit also keeps it far from the stack's end). */
export function htmlToText(
  html: string,
  maxDepth: number,
  options: { markImages?: boolean } = {},
): { ok: true; text: string; images: string[] } | { ok: false; tooDeep: true } {
  const root = parse(html, maxDepth);
  if (!root) return { ok: false, tooDeep: true };
  const w = new LineWriter(options.markImages);
  walk(root, w);
  w.break();
  while (w.lines[w.lines.length - 1] === '') w.lines.pop();
  while (w.lines[0] === '') w.lines.shift();
  return { ok: true, text: w.lines.join('\n'), images: w.images };
}

/** Charset a page declares in its first bytes (<meta charset> or http-equiv), if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/** Whether decoded text is an HTML document (or fragment) rather than plain text mentioning tags. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (/^<(!doctype html|html|head|body|meta|title|table|div|p|section|article|!--)[\s>]/.test(head)) return true;
  return /<html[\s>]/.test(head) || /<body[\s>]/.test(head);
}
