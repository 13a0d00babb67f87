// Damaged variants of real report text: the ways real pages damage the national tables (issue #9),
// applied to a gold report's own text, so the hand-read values still hold. Pure and deterministic:
// `at` chooses the place (row, cell) among those the text offers. A damage that does not apply to
// a text (no table 3, no table 4) gives null.

import { TABLE4_COLUMNS, TABLE4_GROUPS, table4Key } from '../figures/keys';
import { TABLE3_SIGNATURES } from '../parser/tables/labels';

export const DAMAGE_KINDS = [
  'cell-dropped',
  'row-duplicated',
  'table-split',
  'header-repeated',
  'label-split',
  'page-footer',
  'ocr-headers',
  'table4-pieces',
  'table4-short-header',
  'html-label-split',
  'title-lost',
  'page-chrome',
] as const;
export type DamageKind = (typeof DAMAGE_KINDS)[number];

export const DAMAGE_NOTES: Record<DamageKind, string> = {
  'cell-dropped': 'one number of table 3 deleted',
  'row-duplicated': 'one row of table 3 printed twice',
  'table-split': 'table 3 split in two by a line of text (续表)',
  'header-repeated': "table 3's header printed again between two rows",
  'label-split': 'a row label broken in two (line break or cell separator inside it)',
  'page-footer': 'a page footer (— 3 —, 第3页, 3/9) between two rows',
  'ocr-headers': 'applicant columns headed 数据1 … 数据6 (OCR output)',
  'table4-pieces': 'table 4 printed as three small tables (行政复议; 未经复议直接起诉; 复议后起诉)',
  'table4-short-header': 'table 4 as one row of 15 numbers under a 6- or 12-cell header',
  'html-label-split': 'HTML: a label split across tags (一</span><span>、本年新收…) or cells',
  'title-lost': "meta: the report's title line lost",
  'page-chrome': "meta: a site's navigation and other dates and places before the report",
};

const FIRST_ROW = '本年新收政府信息公开申请';
const LAST_ROW = '结转下年度';
const ORDINAL_BEFORE = /(?:[(（][一二三四五六七][)）]|[一二三四五六七]、|\d[.、．])$/;

interface Table3 {
  /** Where the header starts (申请人情况), or the first row when there is no header. */
  header: number;
  /** Start of each row (its label, ordinal included), in order; the last entry is the table's end. */
  rows: number[];
}

function table3(text: string): Table3 | null {
  const first = text.indexOf(FIRST_ROW);
  const last = text.indexOf(LAST_ROW, first);
  if (first === -1 || last === -1) return null;
  const headerAt = text.lastIndexOf('申请人情况', first);
  const starts = new Set<number>();
  for (const sig of TABLE3_SIGNATURES) {
    for (const frag of sig.fragments) {
      const i = text.indexOf(frag, first);
      if (i !== -1 && i <= last) starts.add(i);
    }
  }
  const rows = [...starts]
    .sort((a, b) => a - b)
    .map((i) => {
      // back up over the row's ordinal (一、 (三) 2.) and over the rest of its label's word
      let a = i;
      while (a > 0 && /[\u4e00-\u9fa5“”]/.test(text[a - 1]!) && i - a < 12 && !ORDINAL_BEFORE.test(text.slice(0, a))) a--;
      const m = ORDINAL_BEFORE.exec(text.slice(Math.max(0, a - 3), a));
      return m ? a - m[0].length : a;
    });
  // rows whose labels overlap (two fragments of one label) are one row
  const distinct = rows.filter((r, k) => k === 0 || r > rows[k - 1]! + 1);
  const endLine = text.indexOf('\n', last);
  const end = Math.min(endLine === -1 ? text.length : endLine, findAfter(text, last, ['四、', '五、']) ?? text.length);
  // one-cell-per-line and pdf layouts: the last row's cells follow on the next lines
  const end2 = findAfter(text, last, ['四、政府', '四、因政府', '行政复议']) ?? end;
  return { header: headerAt !== -1 && first - headerAt < 400 ? headerAt : distinct[0]!, rows: [...distinct, Math.max(end, end2)] };
}

function findAfter(text: string, from: number, words: readonly string[]): number | null {
  let best: number | null = null;
  for (const w of words) {
    const i = text.indexOf(w, from + 1);
    if (i !== -1 && (best === null || i < best)) best = i;
  }
  return best;
}

const pick = <T>(xs: readonly T[], at: number): T => xs[Math.abs(at) % xs.length]!;
const insertAt = (text: string, i: number, s: string) => text.slice(0, i) + s + text.slice(i);

/** A boundary between two rows of table 3 (never before the first). */
function innerBoundary(t: Table3, at: number): number {
  return pick(t.rows.slice(1, -1), at);
}

/** The separator the report prints between cells: ' | ', a line break, or a space. */
function separatorOf(text: string, t: Table3): string {
  const body = text.slice(t.rows[0]!, t.rows[t.rows.length - 1]!);
  if (body.includes(' |')) return ' | ';
  if (/\d\n\n?\d/.test(body)) return '\n';
  return ' ';
}

/** Table 4 as the report prints it: from after its heading to section 五. */
function table4Region(text: string): [number, number] | null {
  const t3 = table3(text);
  const review = text.indexOf('行政复议', t3 ? t3.rows[t3.rows.length - 2]! : 0);
  if (review === -1) return null;
  const heading = text.indexOf('情况', review);
  const start = heading !== -1 && heading - review < 30 ? heading + 2 : review;
  const end = text.indexOf('五、', start);
  return end === -1 ? null : [start, end];
}

function table4Values(figures: Record<string, number | null>): number[] | null {
  const values = TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => figures[table4Key(g.id, c.id)]));
  return values.every((v) => typeof v === 'number') ? (values as number[]) : null;
}

const OUTCOMES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

/**
 * The text with one damage applied, or null when the damage does not apply to it. Table 4 damages
 * rebuild the table from the report's own (gold) fifteen cells.
 */
export function damage(text: string, kind: DamageKind, at: number, figures: Record<string, number | null> = {}): string | null {
  if (kind === 'html-label-split') {
    const i = text.indexOf(`<td>一、${FIRST_ROW.slice(0, 4)}`);
    if (i === -1) return null;
    const split = at % 2 === 0 ? '<td><span>一</span><span>、' : '<td>一</td><td>、';
    return text.slice(0, i) + split + text.slice(i + '<td>一、'.length);
  }
  if (/<td/i.test(text)) return null; // the other damages are of text
  if (kind === 'title-lost') {
    const title = /^.*(?:年度报告|工作报告|年报).*$/m.exec(text.slice(0, 2000));
    return title ? text.slice(0, title.index) + text.slice(title.index + title[0].length + 1) : null;
  }
  if (kind === 'page-chrome') {
    const chrome = [
      '首页 > 政务公开 > 政府信息公开年报 | 北京市 上海市 广州市 | 2025年12月31日 星期三 | 浏览次数：2021',
      '索引号：000014349/2024-00123 发布日期：2024-01-15 | 字号：大 中 小 | 打印本页 关闭窗口',
      '相关链接：2018年政府信息公开工作年度报告 2019年度政务公开工作要点',
    ];
    return `${chrome.slice(0, 1 + (Math.abs(at) % 3)).join('\n')}\n${text}`;
  }
  if (kind === 'table4-pieces' || kind === 'table4-short-header') {
    const region = table4Region(text);
    const values = table4Values(figures);
    if (!region || !values) return null;
    const sep = at % 2 === 0 ? ' ' : ' | ';
    let table: string;
    if (kind === 'table4-pieces') {
      const names = ['行政复议', '行政诉讼(未经复议直接起诉)', '行政诉讼(复议后起诉)'];
      // in print order, or with the lawsuits first; each name above its header, or beside its cells
      const order = at % 3 === 2 ? [1, 2, 0] : [0, 1, 2];
      const piece = (g: number) =>
        at % 4 === 3
          ? `${OUTCOMES.join(sep)}\n${names[g]}${sep}${values.slice(g * 5, g * 5 + 5).join(sep)}`
          : `${names[g]}\n${OUTCOMES.join(sep)}\n${values.slice(g * 5, g * 5 + 5).join(sep)}`;
      table = order.map(piece).join('\n');
    } else {
      const header =
        at % 4 < 2 ? [...OUTCOMES, '行政诉讼'] : [...OUTCOMES, '未经复议直接起诉', ...OUTCOMES.slice(0, 4), '复议后起诉', '总计'];
      table = `行政复议${sep}行政诉讼\n${header.join(sep)}\n${values.join(sep)}`;
    }
    return `${text.slice(0, region[0])}\n${table}\n${text.slice(region[1])}`;
  }
  const t = table3(text);
  if (!t || t.rows.length < 4) return null;
  const sep = separatorOf(text, t);
  switch (kind) {
    case 'cell-dropped': {
      const body = text.slice(t.rows[0]!, t.rows[t.rows.length - 1]!);
      // numbers, not the ordinals of labels (1. 2、)
      const cells = [...body.matchAll(/(?<![\d.])\d+(?![\d.、．])/g)];
      if (cells.length === 0) return null;
      const m = pick(cells, at);
      const i = t.rows[0]! + m.index;
      return text.slice(0, i) + text.slice(i + m[0].length);
    }
    case 'row-duplicated': {
      const k = Math.abs(at) % (t.rows.length - 1);
      const row = text.slice(t.rows[k]!, t.rows[k + 1]!);
      return insertAt(text, t.rows[k + 1]!, row.endsWith('\n') ? row : `${row}\n`);
    }
    case 'table-split':
      return insertAt(text, innerBoundary(t, at), pick(['\n续表\n', '\n(续上表)\n', '\n表3 收到和处理政府信息公开申请情况(续)\n'], at));
    case 'header-repeated': {
      if (t.header === t.rows[0]) return null;
      return insertAt(text, innerBoundary(t, at), `\n${text.slice(t.header, t.rows[0]).trim()}\n`);
    }
    case 'label-split': {
      const b = innerBoundary(t, at);
      const label = /^(\d[.、．])?([^\d\s|]{4,})/.exec(text.slice(b));
      if (!label) return null;
      const mid = b + (label[1]?.length ?? 0) + Math.floor(label[2]!.length / 2);
      return insertAt(text, mid, at % 2 === 0 ? '\n' : sep === ' | ' ? ' | ' : ' ');
    }
    case 'page-footer':
      return insertAt(text, innerBoundary(t, at), pick(['\n— 3 —\n', '\n第 3 页 共 9 页\n', '\n3/9\n', '\n- 12 -\n'], at));
    case 'ocr-headers': {
      if (t.header === t.rows[0]) return null;
      let header = text.slice(t.header, t.rows[0]);
      const names = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
      if (!names.every((n) => header.includes(n))) return null;
      header = header.replace('法人或其他组织', '');
      names.forEach((n, i) => (header = header.replace(n, `数据${i + 1}`)));
      return text.slice(0, t.header) + header + text.slice(t.rows[0]);
    }
  }
  return null;
}
