// The national format's three tables as grids of merged cells (rowspan/colspan, as the template
// and the HTML pages copied from it draw them), filled from a model. The renderings (render.ts)
// print the same grid as each source prints tables.

import { APPLICANT_PARTS, TABLE2_COLUMNS, TABLE3_ROWS, TABLE4_COLUMNS } from '../../figures/keys';
import type { LayoutModel } from './model';

export interface GridCell {
  text: string;
  rs?: number;
  cs?: number;
  /** A header cell (th); labels and values are td. */
  head?: boolean;
  /** A figure's cell: its key (value cells only). */
  key?: string;
}

/** Rows of cells in HTML's sense: a position covered by a span from above or the left has no cell. */
export type Grid = GridCell[][];

export interface ValueStyle {
  /** Full-width digits (０１２) as some pages print them. */
  fullWidth?: boolean;
  /** Counts printed with their unit (5件). */
  unit?: boolean;
  /** Thousands separated (1,234). */
  thousands?: boolean;
}

const FULL = (s: string) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

export function numberText(v: number, style: ValueStyle, decimals = 0): string {
  let s = decimals ? v.toFixed(decimals) : String(v);
  if (style.thousands) s = s.replace(/^(-?\d+)/, (m) => m.replace(/\B(?=(\d{3})+$)/g, ','));
  if (style.fullWidth) s = FULL(s);
  return s;
}

const fw = (s: string) => s.replace(/\(/g, '（').replace(/\)/g, '）');

/** Row labels as the template prints them (full-width brackets; (二)'s note). */
function label3(id: string): string {
  const row = TABLE3_ROWS.find((r) => r.id === id)!;
  const text = fw(row.zh);
  return id === 'results.partial' ? `${text}（区分处理的，只计这一情形，不计其他情形）` : text;
}

const LEGEND = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

export function table3Grid(model: LayoutModel, style: ValueStyle): Grid {
  const value = (row: string, i: number): GridCell => {
    const key = `${row}.${i < 6 ? APPLICANT_PARTS[i] : 'total'}`;
    const v = model.table3[row]![i]!;
    const form = model.zeroForms[key];
    return { text: form !== undefined && form !== '0' ? form : numberText(v, style) + (style.unit ? '件' : ''), key };
  };
  const values = (row: string) => model.table3[row]!.map((_, i) => value(row, i));
  const grid: Grid = [
    [
      { text: LEGEND, rs: 3, cs: 3, head: true },
      { text: '申请人情况', cs: 7, head: true },
    ],
    [
      { text: '自然人', rs: 2, head: true },
      { text: '法人或其他组织', cs: 5, head: true },
      { text: '总计', rs: 2, head: true },
    ],
    ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((text) => ({ text, head: true })),
    [{ text: label3('applications.new'), cs: 3 }, ...values('applications.new')],
    [{ text: label3('applications.carriedOver'), cs: 3 }, ...values('applications.carriedOver')],
  ];
  const groups: [string, string[]][] = [
    ['（三）不予公开', TABLE3_ROWS.filter((r) => r.parent === 'results.denied').map((r) => r.id)],
    ['（四）无法提供', TABLE3_ROWS.filter((r) => r.parent === 'results.unable').map((r) => r.id)],
    ['（五）不予处理', TABLE3_ROWS.filter((r) => r.parent === 'results.rejected').map((r) => r.id)],
  ];
  if (model.format === '2021')
    groups.push(['（六）其他处理', ['results.otherNoCorrection', 'results.otherUnpaidFee', 'results.otherMisc']]);
  const results: Grid = [
    [{ text: label3('results.granted'), cs: 2 }, ...values('results.granted')],
    [{ text: label3('results.partial'), cs: 2 }, ...values('results.partial')],
  ];
  for (const [name, rows] of groups) {
    rows.forEach((id, k) => results.push([...(k === 0 ? [{ text: name, rs: rows.length }] : []), { text: label3(id) }, ...values(id)]));
  }
  if (model.format === '2019') results.push([{ text: label3('results.other'), cs: 2 }, ...values('results.other')]);
  results.push([{ text: label3('results.total'), cs: 2 }, ...values('results.total')]);
  results[0]!.unshift({ text: '三、本年度办理结果', rs: results.length });
  grid.push(...results, [{ text: label3('carriedForward'), cs: 3 }, ...values('carriedForward')]);
  return grid;
}

/** Table 4 as the template draws it, as three rows of five, or with its groups as columns. */
export type Table4Shape = 'national' | 'rows' | 'columns';

const GROUP_NAMES = ['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'];
const GROUP_KEYS = ['review', 'litigationDirect', 'litigationAfterReview'];

export function table4Grid(model: LayoutModel, shape: Table4Shape, style: ValueStyle): Grid {
  const cell = (g: number, c: number): GridCell => ({
    text: numberText(model.table4[g * 5 + c]!, style),
    key: `${GROUP_KEYS[g]}.${TABLE4_COLUMNS[c]!.id}`,
  });
  const heads = (rs?: number) => TABLE4_COLUMNS.map((c) => ({ text: c.zh, head: true, ...(rs ? { rs } : {}) }));
  if (shape === 'rows')
    return [
      [{ text: '', head: true }, ...heads()],
      ...GROUP_NAMES.map((name, g) => [{ text: name }, ...[0, 1, 2, 3, 4].map((c) => cell(g, c))]),
    ];
  if (shape === 'columns')
    return [
      [{ text: '', head: true }, ...GROUP_NAMES.map((text) => ({ text, head: true }))],
      ...TABLE4_COLUMNS.map((c, k) => [{ text: c.zh }, ...[0, 1, 2].map((g) => cell(g, k))]),
    ];
  return [
    [
      { text: '行政复议', cs: 5, head: true },
      { text: '行政诉讼', cs: 10, head: true },
    ],
    [...heads(2), { text: '未经复议直接起诉', cs: 5, head: true }, { text: '复议后起诉', cs: 5, head: true }],
    [...heads(), ...heads()],
    [0, 1, 2].flatMap((g) => [0, 1, 2, 3, 4].map((c) => cell(g, c))),
  ];
}

const SECTIONS_2019: [string, string[]][] = [
  ['（一）', ['active.rules', 'active.normativeDocs']],
  ['（五）', ['active.licensing', 'active.otherServices']],
  ['（六）', ['active.penalty', 'active.enforcement']],
  ['（八）', ['active.fees']],
  ['（九）', ['active.procurement']],
];
const SECTIONS_2021: [string, string[]][] = [
  ['（一）', ['active.rules', 'active.normativeDocs']],
  ['（五）', ['active.licensing']],
  ['（六）', ['active.penalty', 'active.enforcement']],
  ['（八）', ['active.fees']],
];
const ITEM_NAMES: Record<string, string> = {
  'active.rules': '规章',
  'active.normativeDocs': '规范性文件',
  'active.licensing': '行政许可',
  'active.otherServices': '其他对外管理服务事项',
  'active.penalty': '行政处罚',
  'active.enforcement': '行政强制',
  'active.fees': '行政事业性收费',
  'active.procurement': '政府集中采购',
};

export function table2Grid(model: LayoutModel, style: ValueStyle): Grid {
  const columns = TABLE2_COLUMNS[model.format];
  const grid: Grid = [];
  for (const [article, items] of model.format === '2021' ? SECTIONS_2021 : SECTIONS_2019) {
    grid.push([{ text: `第二十条第${article}项`, cs: 4, head: true }]);
    const cols = columns[items[0] as keyof typeof columns]!;
    const span = (k: number) => (k === cols.length - 1 && cols.length < 3 ? { cs: 4 - cols.length } : {});
    const head = (c: (typeof cols)[number]) =>
      c.unit === 'yuan' ? (model.format === '2021' ? `${c.zh}（单位：万元）` : `${c.zh}（万元）`) : c.zh;
    grid.push([{ text: '信息内容', head: true }, ...cols.map((c, k) => ({ text: head(c), head: true, ...span(k) }))]);
    for (const item of items) {
      const row = model.table2.find((r) => r.item === item)!;
      const name = model.format === '2021' && item === 'active.normativeDocs' ? '行政规范性文件' : ITEM_NAMES[item]!;
      grid.push([
        { text: name },
        ...cols.map((c, k) => ({
          text: c.unit === 'yuan' ? numberText(row.values[k]! / 10000, style, 2) : numberText(row.values[k]!, style),
          key: `${item}.${c.id}`,
          ...span(k),
        })),
      ]);
    }
  }
  return grid;
}

/** A grid position: the cell drawn there and whether this is its top-left corner. */
export interface Placed {
  cell: GridCell;
  r0: number;
  c0: number;
  origin: boolean;
}

/** The grid with spans expanded: every row as wide as the table, each position naming its cell. */
export function expand(grid: Grid): Placed[][] {
  const out: Placed[][] = grid.map(() => []);
  grid.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (out[r]![c]) c++;
      for (let dr = 0; dr < (cell.rs ?? 1) && r + dr < grid.length; dr++)
        for (let dc = 0; dc < (cell.cs ?? 1); dc++) out[r + dr]![c + dc] = { cell, r0: r, c0: c, origin: dr === 0 && dc === 0 };
      c += cell.cs ?? 1;
    }
  });
  return out;
}
