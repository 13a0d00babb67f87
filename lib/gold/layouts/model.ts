// A report of the national format as data (issue #9, unseen layouts): a body, a year, and every
// cell of its three tables, made from a seed so that its sums hold (勾稽关系) the way a real report's
// do. The renderings (render.ts) print it in the layouts real sources produce; the truth (truth.ts)
// is this model, so every figure of every rendering is known without reading anything by hand.

import { random } from '../../db/testing/synthetic-reports';
import { APPLICANT_PARTS, OTHER_SUBROWS, TABLE2_COLUMNS, TABLE3_ROWS, type Table2Item } from '../../figures/keys';
import type { AdminLevel, ReportScope } from '../../parser/types';

export type TemplateFormat = '2019' | '2021';

/** How a cell whose value is 0 is printed: most print 0, some leave it blank, "/" or "—". */
export type ZeroForm = '0' | '' | '/' | '—';

export interface Body {
  /** The reporting body as the title names it. */
  name: string;
  /** The jurisdiction it belongs to, as the gold set names places. */
  place: string;
  divisionCode: string;
  level: AdminLevel;
  scope: ReportScope;
}

/** Real bodies of each kind (the divisions exist, so place and level can be scored). */
export const BODIES: readonly Body[] = [
  { name: '合肥市人民政府', place: '合肥市', divisionCode: '340100', level: 'prefecture', scope: 'aggregate' },
  { name: '海盐县人民政府', place: '海盐县', divisionCode: '330424', level: 'county', scope: 'aggregate' },
  { name: '南京市玄武区人民政府', place: '玄武区', divisionCode: '320102', level: 'district', scope: 'aggregate' },
  { name: '北京市海淀区人民政府', place: '海淀区', divisionCode: '110108', level: 'district', scope: 'aggregate' },
  { name: '浙江省人民政府', place: '浙江省', divisionCode: '330000', level: 'province', scope: 'aggregate' },
  { name: '青岛市财政局', place: '青岛市', divisionCode: '370200', level: 'department', scope: 'agency' },
  { name: '杭州市上城区教育局', place: '上城区', divisionCode: '330102', level: 'department', scope: 'agency' },
  { name: '广东省人力资源和社会保障厅', place: '广东省', divisionCode: '440000', level: 'department', scope: 'agency' },
  { name: '绍兴市人民政府办公室', place: '绍兴市', divisionCode: '330600', level: 'office', scope: 'agency' },
];

export interface Table2Row {
  item: Table2Item;
  /** One value per column of TABLE2_COLUMNS[format][item]; amounts in yuan (whole hundreds: printed in 万元). */
  values: number[];
}

export interface LayoutModel {
  seed: number;
  format: TemplateFormat;
  year: number;
  body: Body;
  table2: Table2Row[];
  /** Table 3 row id → the seven cells (six applicant columns, then 总计), as the format prints them. */
  table3: Record<string, number[]>;
  /** Table 4's fifteen cells: review, lawsuits filed directly, lawsuits after review (×5 each). */
  table4: number[];
  /** Items proactively disclosed, as the prose says. */
  activeItems: number;
  /** Keys of table 3 cells holding 0 that are printed in another form. */
  zeroForms: Record<string, ZeroForm>;
}

const LEAF_OUTCOMES_2019 = TABLE3_ROWS.filter(
  (r) => r.formats.includes('2019') && r.id.startsWith('results.') && r.id !== 'results.total',
).map((r) => r.id);
const LEAF_OUTCOMES_2021 = [...LEAF_OUTCOMES_2019.filter((id) => id !== 'results.other'), ...OTHER_SUBROWS];

/** Small counts, mostly 0, as most cells of real tables are; natural persons apply most. */
function count(rnd: () => number, column: number, scale: number): number {
  const p = column === 0 ? 0.75 : 0.2;
  if (rnd() > p) return 0;
  return Math.floor(rnd() * rnd() * scale * (column === 0 ? 1 : 0.2)) + (rnd() < 0.5 ? 1 : 0);
}

export function makeModel(seed: number, options: { format?: TemplateFormat; zeroForms?: boolean } = {}): LayoutModel {
  const rnd = random(seed);
  const format = options.format ?? (rnd() < 0.5 ? '2019' : '2021');
  const year = format === '2021' ? 2021 + Math.floor(rnd() * 4) : 2019 + Math.floor(rnd() * 2);
  const body = BODIES[Math.floor(rnd() * BODIES.length)]!;
  const scale = [5, 40, 300, 2000][Math.floor(rnd() * 4)]!;

  const table3: Record<string, number[]> = {};
  const leaves = format === '2021' ? LEAF_OUTCOMES_2021 : LEAF_OUTCOMES_2019;
  const totalsOf = (cells: number[]) => [...cells, cells.reduce((a, b) => a + b, 0)];
  for (const id of leaves)
    table3[id] = totalsOf(APPLICANT_PARTS.map((_, c) => count(rnd, c, id === 'results.granted' ? scale : scale / 4)));
  const handled = APPLICANT_PARTS.map((_, c) => leaves.reduce((s, id) => s + table3[id]![c]!, 0));
  const forward = APPLICANT_PARTS.map((_, c) => (rnd() < 0.3 ? Math.floor(rnd() * (handled[c]! / 5 + 2)) : 0));
  const carried = APPLICANT_PARTS.map((_, c) => Math.min(handled[c]! + forward[c]!, rnd() < 0.3 ? Math.floor(rnd() * 6) : 0));
  table3['applications.new'] = totalsOf(APPLICANT_PARTS.map((_, c) => handled[c]! + forward[c]! - carried[c]!));
  table3['applications.carriedOver'] = totalsOf(carried);
  table3['results.total'] = totalsOf(handled);
  table3.carriedForward = totalsOf(forward);

  const table4: number[] = [];
  for (let g = 0; g < 3; g++) {
    const parts = [0, 1, 2, 3].map(() => (rnd() < 0.4 ? Math.floor(rnd() * 12) : 0));
    table4.push(
      ...parts,
      parts.reduce((a, b) => a + b, 0),
    );
  }

  const table2: Table2Row[] = Object.entries(TABLE2_COLUMNS[format]).map(([item, columns]) => ({
    item: item as Table2Item,
    values: columns.map((c) => {
      if (c.unit === 'yuan') return rnd() < 0.2 ? 0 : Math.floor(rnd() * rnd() * 5_000_000) * 100;
      if (c.unit === 'change') return Math.floor(rnd() * 41) - 20;
      return rnd() < 0.25 ? 0 : Math.floor(rnd() * rnd() * (item === 'active.penalty' || item === 'active.licensing' ? 20_000 : 300));
    }),
  }));

  const zeroForms: Record<string, ZeroForm> = {};
  if (options.zeroForms) {
    const forms: ZeroForm[] = ['', '/', '—'];
    const form = forms[Math.floor(rnd() * forms.length)]!;
    // offices that print zeros another way print most of them so, but never the totals column
    for (const id of leaves)
      table3[id]!.slice(0, 6).forEach((v, c) => v === 0 && rnd() < 0.7 && (zeroForms[`${id}.${APPLICANT_PARTS[c]}`] = form));
  }
  return { seed, format, year, body, table2, table3, table4, activeItems: 100 + Math.floor(rnd() * 20_000), zeroForms };
}
