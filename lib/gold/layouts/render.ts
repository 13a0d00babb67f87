// Renderings of a model (model.ts) in the layouts real sources produce — none of them copied from
// a file we hold, each built from how the source prints a table of merged cells (grid.ts):
// government CMS pages and Word-exported HTML, PDF text as pdftotext (-layout and raw) and pdf.js
// give it, PDF-to-Markdown (pipe tables, or HTML tables inside the Markdown), Word converted to
// text (tab-separated cells). `at` varies what a source varies (table 4's shape, page breaks, how
// zeros and numbers are printed, the title's wording), deterministically.

import { expand, table2Grid, table3Grid, table4Grid, type Grid, type GridCell, type Table4Shape, type ValueStyle } from './grid';
import type { LayoutModel } from './model';

export const LAYOUTS = [
  'html-cms',
  'html-word',
  'md-pipes',
  'md-html',
  'docx-tabs',
  'pdf-layout',
  'pdf-raw',
  'pdfjs-items',
  'page-text',
] as const;
export type LayoutKind = (typeof LAYOUTS)[number];

export const LAYOUT_NOTES: Record<LayoutKind, string> = {
  'html-cms': 'a CMS page: two-level header, rowspan/colspan labels, th, page chrome',
  'html-word': 'Word-exported HTML: MsoNormal spans, &nbsp;, <o:p>, labels split across spans, <b>/<font>, layout table',
  'md-pipes': 'PDF-to-Markdown pipe tables: merged cells repeated or blank, header rows split',
  'md-html': 'PDF-to-Markdown with the tables as HTML inside the Markdown (MinerU-style), read as text',
  'docx-tabs': 'DOCX converted to text: a row per line, cells by tabs, merged cells repeated',
  'pdf-layout': 'pdftotext -layout: columns by spaces, labels wrapped, spanned labels mid-span, page breaks',
  'pdf-raw': 'pdftotext raw: one cell (or wrapped piece of one) per line',
  'pdfjs-items': "pdf.js text items: a row's pieces joined by spaces, labels in pieces",
  'page-text': "a page's text as scraped (textContent): a table's cells run together, no separators",
};

export interface Rendering {
  /** The text handed to the parser, or the page's HTML (read as lib/extract reads HTML). */
  content: string;
  html: boolean;
}

interface Variant {
  style: ValueStyle;
  table4: Table4Shape;
  /** Row of table 3 (after its header) before which a page break falls, or -1. */
  pageBreak: number;
  title: number;
  /** How the six section headings are printed: as the template, 一.…, the tables' headings as their
   * first row (a caption cell), or the tables' headings lost. */
  headings: 'template' | 'dot' | 'caption' | 'lost';
  /** A note with numbers of its own printed right under table 4. */
  note: boolean;
}

function variant(at: number): Variant {
  const a = Math.abs(at);
  return {
    style: { fullWidth: a % 7 === 3, unit: a % 5 === 4, thousands: a % 3 === 1 },
    table4: (['national', 'national', 'rows', 'columns'] as const)[a % 4]!,
    pageBreak: a % 2 === 1 ? 3 + (a % 17) : -1,
    title: a % 4,
    headings: (['template', 'dot', 'caption', 'lost'] as const)[Math.floor(a / 4) % 4]!,
    note: a % 6 === 5,
  };
}

// ---------------------------------------------------------------------------------------------
// the report around the tables

function title(model: LayoutModel, form: number): string {
  const b = model.body.name;
  const y = model.year;
  return [
    `${b}${y}年政府信息公开工作年度报告`,
    `${b}${y}年度政府信息公开工作年度报告`,
    `${b}关于${y}年度政府信息公开工作的年度报告`,
    `${y}年${b}政府信息公开工作年度报告`,
  ][form]!;
}

const heading = (text: string, v: Variant) => (v.headings === 'dot' ? text.replace('、', '.') : text);

/** A table under its section's heading, as the variant prints the heading. */
function tableSection(section: 2 | 3 | 4, name: string, grid: Grid, v: Variant): Block[] {
  if (v.headings === 'lost') return [{ kind: 'table', grid, section }];
  if (v.headings !== 'caption')
    return [
      { kind: 'h', text: heading(name, v), section },
      { kind: 'table', grid, section },
    ];
  const width = expand(grid)[0]!.reduce((n, p) => n + (p.origin ? (p.cell.cs ?? 1) : 0), 0);
  return [{ kind: 'table', grid: [[{ text: name, cs: width, head: true }], ...grid], section, caption: true }];
}

/** A piece of the report: a paragraph, a heading or a table, with the section (1–6) it heads or holds. */
export interface Block {
  kind: 'p' | 'h' | 'table';
  text?: string;
  grid?: Grid;
  section?: number;
  /** The table's first row is its section's heading (a caption cell). */
  caption?: boolean;
  /** Figure keys a paragraph prints as numbers. */
  keys?: readonly string[];
}

function blocks(model: LayoutModel, v: Variant): Block[] {
  const y = model.year;
  const place = model.body.place;
  const notice = model.format === '2021' ? '国办公开办函〔2021〕30号' : '国办公开办函〔2019〕60号';
  const p = (text: string, keys?: readonly string[]): Block => ({ kind: 'p', text, ...(keys ? { keys } : {}) });
  const h = (text: string): Block => ({ kind: 'h', text });
  const newTotal = model.table3['applications.new']![6]!;
  return [
    h(title(model, v.title)),
    p(
      `本报告依据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（${notice}）要求编制。本报告中所列数据的统计期限自${y}年1月1日起至${y}年12月31日止。`,
    ),
    { kind: 'h', text: heading('一、总体情况', v), section: 1 },
    p(
      `${y}年，${place}深入贯彻落实《条例》，全年主动公开政府信息${model.activeItems}条，收到政府信息公开申请${newTotal}件。与2019年相比，依申请公开办理质量进一步提高；较上年新增公开专栏3个。`,
      ['narrative.activeItems', 'applications.new.total'],
    ),
    ...tableSection(2, '二、主动公开政府信息情况', table2Grid(model, v.style), v),
    ...tableSection(3, '三、收到和处理政府信息公开申请情况', table3Grid(model, v.style), v),
    ...tableSection(4, '四、政府信息公开行政复议、行政诉讼情况', table4Grid(model, v.table4, v.style), v),
    // a note under the tables, with dates and counts of its own (some reports print one)
    ...(v.note ? [p(`注：本表数据统计时间为${y}年1月1日至${y}年12月31日，共涉及3个部门、12个乡镇（街道）。`)] : []),
    { kind: 'h', text: heading('五、存在的主要问题及改进情况', v), section: 5 },
    p(`${y}年工作仍存在不足：公开内容的规范性有待提高。${y + 1}年将加强培训，完善制度。`),
    { kind: 'h', text: heading('六、其他需要报告的事项', v), section: 6 },
    p(`本年度未收取信息处理费。`),
    p(model.body.name),
    p(`${y + 1}年1月${15 + (model.seed % 10)}日`),
  ];
}

// ---------------------------------------------------------------------------------------------
// HTML

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function spans(cell: GridCell): string {
  return `${cell.rs && cell.rs > 1 ? ` rowspan="${cell.rs}"` : ''}${cell.cs && cell.cs > 1 ? ` colspan="${cell.cs}"` : ''}`;
}

function cmsTable(grid: Grid): string {
  const rows = grid.map(
    (row) => `<tr>${row.map((c) => (c.head ? `<th${spans(c)}>${esc(c.text)}</th>` : `<td${spans(c)}>${esc(c.text)}</td>`)).join('')}</tr>`,
  );
  return `<table class="xxgk-table" border="1" cellspacing="0"><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

/** A piece of text as Word writes it: runs split where the spell checker or a style change fell. */
function wordRuns(text: string, at: number): string {
  if (text === '' || text === '/' || text === '—') return text === '' ? '&nbsp;' : `<span lang="EN-US">${esc(text)}</span>`;
  if (/^[\d,.，０-９-]+件?$/.test(text))
    return at % 3 === 0
      ? `<b><span lang="EN-US">${esc(text)}</span></b>`
      : `<font face="宋体"><span lang="EN-US">${esc(text)}</span></font>`;
  // split after the ordinal and once in the middle, as Word's runs break labels
  const m = /^([（(][一二三四五六七][)）]|[一二三四]、|\d\.)/.exec(text);
  const head = m ? m[0] : '';
  const rest = text.slice(head.length);
  const mid = Math.max(1, Math.floor(rest.length / 2) + ((at % 3) - 1));
  const parts = [head, rest.slice(0, mid), rest.slice(mid)].filter(Boolean);
  return parts.map((s, i) => `<span style="font-family:宋体${i % 2 ? ';mso-bidi-font-family:宋体' : ''}">${esc(s)}</span>`).join('');
}

function wordTable(grid: Grid, at: number): string {
  const rows = grid.map(
    (row, r) =>
      `<tr style="height:14.25pt">${row
        .map(
          (c, k) =>
            `<td width="${c.cs ? 60 * c.cs : 60}" valign="center"${spans(c)} style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" align="center" style="text-align:center"><span style="font-size:10.0pt">${wordRuns(c.text, at + r + k)}<o:p></o:p></span></p></td>`,
        )
        .join('')}</tr>`,
  );
  return `<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n${rows.join('\n')}\n</table>`;
}

function htmlPage(model: LayoutModel, v: Variant, word: boolean, at: number, report: Block[]): string {
  const body = report
    .map((b) => {
      if (b.kind === 'table') return word ? wordTable(b.grid!, at) : cmsTable(b.grid!);
      if (word)
        return `<p class="MsoNormal" style="text-indent:32.0pt"><span style="font-family:仿宋_GB2312">${wordRuns(b.text!, at)}</span><o:p></o:p></p>`;
      return b.kind === 'h' ? `<p style="text-align:center"><strong>${esc(b.text!)}</strong></p>` : `<p>${esc(b.text!)}</p>`;
    })
    .join('\n');
  const chrome = `<div class="nav"><a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; 政府信息公开年报</div>`;
  // Word's pages sit in a layout table; CMS pages in their navigation
  return word
    ? `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"><title>${esc(title(model, v.title))}</title></head><body><table width="100%"><tr><td>${body}</td></tr></table></body></html>`
    : `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title(model, v.title))}</title></head><body>${chrome}<div class="article">\n${body}\n</div><div class="footer">主办单位：${esc(model.body.name)}办公室</div></body></html>`;
}

// ---------------------------------------------------------------------------------------------
// text renderings of a grid

/** Wraps a cell's text into lines of at most `width` characters. */
function wrap(text: string, width: number, ordinalApart = false): string[] {
  // the ordinal of a numbered label drawn as a text run of its own (1. / 属于国家秘密)
  const ordinal = ordinalApart ? /^\d\.(?=\D)/.exec(text) : null;
  if (ordinal) return [ordinal[0], ...wrap(text.slice(ordinal[0].length), width)];
  if (text.length <= width) return [text];
  // numbers stay whole (a PDF's column is drawn wide enough for its figures); a unit may wrap
  const number = /^([-+]?[\d,.０-９]+)(件?)$/.exec(text);
  if (number) return number[2] ? [number[1]!, number[2]] : [text];
  const out: string[] = [];
  for (let i = 0; i < text.length; i += width) out.push(text.slice(i, i + width));
  return out;
}

/** Display width: CJK and full-width characters take two columns. */
const cols = (s: string) => [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);

/** Characters per line a column holds in a PDF's table: narrow label columns, header cells. */
function columnWidths(grid: Grid): number[] {
  const width = Math.max(...expand(grid).map((r) => r.length));
  if (width === 10) return [4, 4, 12, 3, 3, 3, 3, 3, 3, 3]; // table 3: three label columns, seven numbers
  if (width === 4) return [8, 6, 6, 6];
  return Array.from({ length: width }, (_, i) => (i === 0 && width <= 6 ? 9 : 4));
}

function lineCount(cell: GridCell, chars: number, ordinalApart: boolean): number {
  return wrap(cell.text, chars, ordinalApart).length;
}

/**
 * pdftotext -layout: every physical line of the page, each cell's wrapped lines at its column's
 * position and vertically centred on the rows it spans (so a spanned label stands beside a row in
 * the middle of its span), columns apart by runs of spaces.
 */
function layoutText(grid: Grid, at: number): string[] {
  const apart = at % 5 === 2;
  const placed = expand(grid);
  const chars = columnWidths(grid);
  const spanChars = (c0: number, cs: number) => chars.slice(c0, c0 + cs).reduce((a, b) => a + b, 0) + cs - 1;
  // physical lines per row: the tallest unspanned cell
  const heights = placed.map((row) =>
    Math.max(
      1,
      ...row.filter((p) => p.origin && (p.cell.rs ?? 1) === 1).map((p) => lineCount(p.cell, spanChars(p.c0, p.cell.cs ?? 1), apart)),
    ),
  );
  // a spanned cell taller than its rows makes its last row taller
  for (const row of placed)
    for (const p of row) {
      const rs = p.cell.rs ?? 1;
      if (!p.origin || rs === 1) continue;
      const need = lineCount(p.cell, spanChars(p.c0, p.cell.cs ?? 1), apart) - heights.slice(p.r0, p.r0 + rs).reduce((a, b) => a + b, 0);
      if (need > 0) heights[Math.min(heights.length, p.r0 + rs) - 1]! += need;
    }
  const top = heights.map((_, r) => heights.slice(0, r).reduce((a, b) => a + b, 0));
  const total = heights.reduce((a, b) => a + b, 0);
  const x: number[] = [];
  let pos = 0;
  chars.forEach((w, c) => {
    x[c] = pos;
    pos += w * 2 + 2 + ((at + c) % 3); // variable gaps, as positions on the page give them
  });
  const canvas: string[][] = Array.from({ length: total }, () => []);
  placed.forEach((row) =>
    row.forEach((p) => {
      if (!p.origin) return;
      const cs = p.cell.cs ?? 1;
      const rs = p.cell.rs ?? 1;
      const lines = wrap(p.cell.text, spanChars(p.c0, cs), apart);
      const last = Math.min(placed.length, p.r0 + rs) - 1;
      const h = top[last]! + heights[last]! - top[p.r0]!;
      const y0 = top[p.r0]! + Math.floor((h - lines.length) / 2);
      const boxWidth = (x[p.c0 + cs - 1] ?? pos) + chars[p.c0 + cs - 1]! * 2 - x[p.c0]!;
      lines.forEach((text, k) => {
        const indent = Math.max(0, Math.floor((boxWidth - cols(text)) / 2));
        put(canvas[y0 + k]!, x[p.c0]! + indent, text);
      });
    }),
  );
  return canvas.map((line) => line.join('').replace(/\s+$/, '')).filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''));
}

/**
 * Writes text at a position of the page's character grid, as pdftotext -layout does: the position
 * comes from the page (x over the mean character width), each character takes one place, so a
 * wide character leaves the rest of its width to the padding before the next column.
 */
function put(line: string[], x: number, text: string): void {
  while (line.length < x) line.push(' ');
  [...text].forEach((ch, i) => (line[x + i] = ch));
}

/** pdftotext raw: cells in drawing order, each wrapped piece on its own line. */
function rawText(grid: Grid): string[] {
  const chars = columnWidths(grid);
  return expand(grid).flatMap((row) =>
    row
      .filter((p) => p.origin && p.cell.text !== '')
      .flatMap((p) =>
        wrap(
          p.cell.text,
          chars.slice(p.c0, p.c0 + (p.cell.cs ?? 1)).reduce((a, b) => a + b, 0),
        ),
      ),
  );
}

/** pdf.js: a row's items (wrapped pieces) joined by a space. */
/** A page's textContent: every cell's text straight after the one before, each row on a line. */
function runText(grid: Grid): string[] {
  return expand(grid).map((row) =>
    row
      .filter((p) => p.origin)
      .map((p) => p.cell.text)
      .join(''),
  );
}

function itemsText(grid: Grid): string[] {
  const chars = columnWidths(grid);
  return expand(grid).map((row) =>
    row
      .filter((p) => p.origin && p.cell.text !== '')
      .flatMap((p) => wrap(p.cell.text, chars[p.c0]!))
      .join(' '),
  );
}

/** Markdown pipe table: merged cells repeated in every position, or left blank. */
function pipesText(grid: Grid, repeat: boolean, splitHeader: boolean): string[] {
  const rows = expand(grid).map((row) => row.map((p) => (p.origin || repeat ? p.cell.text.replace(/\|/g, '\\|') : '')));
  const width = Math.max(...rows.map((r) => r.length));
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const out = rows.map((r) => line([...r, ...Array<string>(width - r.length).fill('')]));
  // converters make the first row the header; some split a two-level header with the rule between
  out.splice(splitHeader ? 2 : 1, 0, line(Array<string>(width).fill('---')));
  return out;
}

function tabsText(grid: Grid): string[] {
  return expand(grid).map((row) => row.map((p) => p.cell.text).join('\t'));
}

/** Page furniture between two rows of a table continued on the next page. */
function pageBreak(at: number, header: string[]): string[] {
  const n = 3 + (Math.abs(at) % 5);
  const footer = [`— ${n} —`, `第${n}页 共9页`, `- ${n} -`][Math.abs(at) % 3]!;
  return [footer, '\f', `第${n + 1}页 共9页`, ...(at % 4 === 1 ? header : [])];
}

type TextOf = (grid: Grid) => string[];

function textReport(report: Block[], v: Variant, at: number, of: TextOf, headerRows = 3): string {
  const out: string[] = [];
  for (const b of report) {
    if (b.kind !== 'table') {
      out.push(b.text!);
      continue;
    }
    const grid = b.grid!;
    if (isTable3(grid) && v.pageBreak >= 0 && v.pageBreak < grid.length - headerRows) {
      const cut = headerRows + v.pageBreak;
      out.push(...of(grid.slice(0, cut)), ...pageBreak(at, of(grid.slice(0, headerRows))), ...of(rebase(grid, cut)));
    } else out.push(...of(grid));
  }
  return out.join('\n');
}

/** Table 3's grid is the one with ten columns. */
const isTable3 = (grid: Grid) => expand(grid)[0]!.length === 10;

/** The rows from `cut` on as a grid of their own: a span cut by the page starts again below it. */
function rebase(grid: Grid, cut: number): Grid {
  const placed = expand(grid);
  return placed.slice(cut).map((row, i) => {
    const r = cut + i;
    const cells: GridCell[] = [];
    row.forEach((p, c) => {
      if (p.c0 !== c) return;
      if (p.r0 === r) cells.push(p.cell);
      else if (i === 0) cells.push({ ...p.cell, rs: (p.cell.rs ?? 1) - (r - p.r0) }); // continued: printed again
    });
    return cells;
  });
}

function mdHtml(report: Block[]): string {
  return report
    .map((b) =>
      b.kind === 'table'
        ? `<table>${b.grid!.map((row) => `<tr>${row.map((c) => `<td${spans(c)}>${esc(c.text)}</td>`).join('')}</tr>`).join('')}</table>`
        : b.kind === 'h'
          ? `## ${b.text}`
          : b.text!,
    )
    .join('\n\n');
}

/** What a source changes in the report before printing it (twists.ts): its blocks, reworked. */
export type Twist = (report: Block[]) => Block[];

/** The report's blocks as a layout prints them (after a twist): what truth.ts scores against. */
export function reportBlocks(model: LayoutModel, at: number, twist?: Twist): Block[] {
  const report = blocks(model, variant(at));
  return twist ? twist(report) : report;
}

export function render(model: LayoutModel, layout: LayoutKind, at: number, twist?: Twist): Rendering {
  const v = variant(at);
  const report = reportBlocks(model, at, twist);
  switch (layout) {
    case 'html-cms':
      return { content: htmlPage(model, v, false, at, report), html: true };
    case 'html-word':
      return { content: htmlPage(model, v, true, at, report), html: true };
    case 'md-pipes':
      return { content: textReport(report, v, at, (g) => pipesText(g, at % 2 === 0, at % 3 === 2)), html: false };
    case 'md-html':
      return { content: mdHtml(report), html: false };
    case 'docx-tabs':
      return { content: textReport(report, v, at, tabsText), html: false };
    case 'pdf-layout':
      return { content: textReport(report, v, at, (g) => layoutText(g, at)), html: false };
    case 'pdf-raw':
      return { content: textReport(report, v, at, rawText), html: false };
    case 'pdfjs-items':
      return { content: textReport(report, v, at, itemsText), html: false };
    case 'page-text':
      return { content: textReport(report, v, at, runText), html: false };
  }
}
