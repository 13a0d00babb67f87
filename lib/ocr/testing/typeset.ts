// Typesets a report read from text as a printed page would show it: title, the opening paragraphs,
// and the three statistics tables of its format (2019 or 2021) drawn as ruled tables with the
// figures the text version prints. The pages are what a scanner is then given (damage.ts).
// Test data only: the eval and the tests make their scans with it; no image is committed.

import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { APPLICANT_COLUMNS, TABLE2_COLUMNS, TABLE2_ITEMS, TABLE3_ROWS, TABLE4_COLUMNS, TABLE4_GROUPS } from '../../figures/keys';
import type { ParseResult } from '../../parser/types';

const FONT_FILE = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';
const FONT = 'NotoSerifCJK-typeset';
let fontReady = false;

/** A page in PDF points (A4), drawn at `dpi`. */
const PAGE_W = 595;
const PAGE_H = 842;
const MARGIN = 64;

export interface TypesetPage {
  width: number;
  height: number;
  /** RGBA pixels. */
  rgba: Uint8ClampedArray;
  /** Where tables were drawn (page pixels), for the seal. */
  tables: { x: number; y: number; w: number; h: number }[];
}

type Cell = { text: string; span?: number };
type Row = { cells: Cell[]; height?: number };

export interface Block {
  kind: 'text' | 'heading' | 'table';
  text?: string;
  /** Column widths as fractions of the text width. */
  cols?: number[];
  rows?: Row[];
}

/** The printed form of a figure: its raw cell text when the parser kept it, else the number; blank when absent. */
function shown(result: ParseResult, key: string): string {
  const v = result.figures[key];
  if (v === undefined) return '';
  const raw = result.provenance[key]?.raw;
  if (raw !== undefined && result.provenance[key]?.via === 'table') return raw;
  return v === null ? '' : String(v);
}

function table2(result: ParseResult, format: '2019' | '2021'): Block[] {
  const blocks: Block[] = [];
  const articles = [...new Set(TABLE2_ITEMS.map((i) => i.article))];
  for (const article of articles) {
    const items = TABLE2_ITEMS.filter((i) => i.article === article && TABLE2_COLUMNS[format][i.id]);
    if (!items.length) continue;
    const cols = TABLE2_COLUMNS[format][items[0]!.id]!;
    const widths = [0.34, ...cols.map(() => 0.66 / cols.length)];
    const rows: Row[] = [
      { cells: [{ text: `第二十条第${article}项`, span: cols.length + 1 }] },
      {
        cells: [{ text: '信息内容' }, ...cols.map((c) => ({ text: c.zh + (c.unit === 'yuan' && format === '2021' ? '(单位:万元)' : '') }))],
      },
      ...items.map((i) => ({
        cells: [
          { text: format === '2021' && i.id === 'active.normativeDocs' ? '行政规范性文件' : i.zh },
          ...cols.map((c) => ({ text: shown(result, `${i.id}.${c.id}`) })),
        ],
      })),
    ];
    blocks.push({ kind: 'table', cols: widths, rows });
  }
  return blocks;
}

const GROUP_LABEL: Record<string, string> = {
  'results.denied': '(三)不予公开',
  'results.unable': '(四)无法提供',
  'results.rejected': '(五)不予处理',
  'results.other': '(六)其他处理',
};

function table3(result: ParseResult, format: '2019' | '2021'): Block {
  const cols = [0.1, 0.26, ...APPLICANT_COLUMNS.map(() => 0.64 / APPLICANT_COLUMNS.length)];
  const rows: Row[] = [
    { cells: [{ text: '申请人情况', span: 2 }, { text: '自然人' }, { text: '法人或其他组织', span: 5 }, { text: '总计' }] },
    { cells: [{ text: '', span: 2 }, { text: '' }, ...APPLICANT_COLUMNS.slice(1, 6).map((c) => ({ text: c.zh })), { text: '' }] },
  ];
  const seen = new Set<string>();
  for (const row of TABLE3_ROWS.filter((r) => r.formats.includes(format))) {
    const numbers = APPLICANT_COLUMNS.map((c) => ({ text: shown(result, `${row.id}.${c.id}`) }));
    const group = row.parent && GROUP_LABEL[row.parent] && !(row.id === 'results.other') ? row.parent : null;
    if (group) {
      rows.push({ cells: [{ text: seen.has(group) ? '' : GROUP_LABEL[group]! }, { text: row.zh }, ...numbers] });
      seen.add(group);
    } else rows.push({ cells: [{ text: row.zh, span: 2 }, ...numbers] });
  }
  return { kind: 'table', cols, rows };
}

function table4(result: ParseResult): Block {
  const cols = TABLE4_GROUPS.flatMap(() => TABLE4_COLUMNS.map(() => 1 / 15));
  return {
    kind: 'table',
    cols,
    rows: [
      {
        cells: [
          { text: '行政复议', span: 5 },
          { text: '行政诉讼', span: 10 },
        ],
      },
      {
        cells: [
          { text: '', span: 5 },
          { text: '未经复议直接起诉', span: 5 },
          { text: '复议后起诉', span: 5 },
        ],
      },
      { cells: TABLE4_GROUPS.flatMap(() => TABLE4_COLUMNS.map((c) => ({ text: c.zh }))) },
      { cells: TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => ({ text: shown(result, `${g.id}.${c.id}`) }))) },
    ],
  };
}

/** The blocks of a report: title, opening paragraphs (at most `paragraphs`), the three tables. */
export function reportBlocks(result: ParseResult, text: string, paragraphs = 4): Block[] {
  const format = result.meta.format === '2021' ? '2021' : '2019';
  const title = result.meta.title ?? `${result.meta.body ?? ''}${result.meta.year ?? ''}年政府信息公开工作年度报告`;
  const opening = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 30 && !l.includes('|'))
    .slice(0, paragraphs);
  return [
    { kind: 'heading', text: title },
    ...opening.map((t) => ({ kind: 'text' as const, text: t })),
    { kind: 'heading', text: '二、主动公开政府信息情况' },
    ...table2(result, format),
    { kind: 'heading', text: '三、收到和处理政府信息公开申请情况' },
    table3(result, format),
    { kind: 'heading', text: '四、政府信息公开行政复议、行政诉讼情况' },
    table4(result),
  ];
}

/** Characters of `text` broken into lines no wider than `width` at the context's font. */
function wrap(ctx: SKRSContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line && ctx.measureText(line + ch).width > width) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** Draws the blocks onto A4 pages at `dpi`. */
export function typeset(blocks: Block[], dpi: number): TypesetPage[] {
  if (!fontReady) {
    GlobalFonts.registerFromPath(FONT_FILE, FONT);
    fontReady = true;
  }
  const k = dpi / 72;
  const width = Math.round(PAGE_W * k);
  const height = Math.round(PAGE_H * k);
  const textW = (PAGE_W - 2 * MARGIN) * k;
  const pages: TypesetPage[] = [];
  let canvas = createCanvas(width, height);
  let ctx = canvas.getContext('2d');
  let y = MARGIN * k;
  let tables: TypesetPage['tables'] = [];
  const start = () => {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.fillStyle = '#000000';
    ctx.strokeStyle = '#000000';
    ctx.textBaseline = 'middle';
  };
  const flush = () => {
    pages.push({ width, height, rgba: ctx.getImageData(0, 0, width, height).data, tables });
    canvas = createCanvas(width, height);
    ctx = canvas.getContext('2d');
    start();
    y = MARGIN * k;
    tables = [];
  };
  start();
  const bottom = (PAGE_H - MARGIN) * k;
  for (const block of blocks) {
    if (block.kind !== 'table') {
      const size = (block.kind === 'heading' ? 13 : 11) * k;
      ctx.font = `${size}px ${FONT}`;
      ctx.textAlign = 'left';
      const lines = wrap(ctx, block.kind === 'text' ? '\u3000\u3000' + block.text! : block.text!, textW);
      for (const line of lines) {
        if (y + size * 1.8 > bottom) {
          flush();
          ctx.font = `${size}px ${FONT}`;
          ctx.textAlign = 'left';
        }
        ctx.fillText(line, MARGIN * k, y + size * 0.9);
        y += size * 1.8;
      }
      y += size * 0.4;
      continue;
    }
    const size = 9 * k;
    ctx.font = `${size}px ${FONT}`;
    const colX: number[] = [MARGIN * k];
    for (const f of block.cols!) colX.push(colX[colX.length - 1]! + f * textW);
    let top = y;
    for (const row of block.rows!) {
      let c = 0;
      const laid = row.cells.map((cell) => {
        const x0 = colX[c]!;
        c += cell.span ?? 1;
        const x1 = colX[c]!;
        return { cell, x0, x1, lines: wrap(ctx, cell.text, x1 - x0 - size * 0.6) };
      });
      const h = Math.max(...laid.map((l) => l.lines.length)) * size * 1.35 + size * 0.9;
      if (y + h > bottom) {
        tables.push({ x: colX[0]!, y: top, w: textW, h: y - top });
        flush();
        top = y;
      }
      // A new page's context starts with its own font.
      ctx.font = `${size}px ${FONT}`;
      ctx.lineWidth = Math.max(1, k * 0.6);
      for (const l of laid) {
        ctx.strokeRect(l.x0, y, l.x1 - l.x0, h);
        const numeric = /^[\d./+-]*$/.test(l.cell.text);
        ctx.textAlign = numeric ? 'center' : 'left';
        const tx = numeric ? (l.x0 + l.x1) / 2 : l.x0 + size * 0.3;
        l.lines.forEach((line, i) => ctx.fillText(line, tx, y + h / 2 + (i - (l.lines.length - 1) / 2) * size * 1.35));
      }
      y += h;
    }
    tables.push({ x: colX[0]!, y: top, w: textW, h: y - top });
    y += size;
  }
  pages.push({ width, height, rgba: ctx.getImageData(0, 0, width, height).data, tables });
  return pages;
}
