// Cells → figure keys for the three tables, per format. Rows whose cells cannot be read directly
// (digits run together, one cell short) become pending rows with candidate readings, settled by
// the table's sums in candidates.ts.

import {
  APPLICANT_COLUMNS,
  OTHER_SUBROWS,
  TABLE2_COLUMNS,
  TABLE2_ITEMS,
  TABLE3_ROWS,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
  table3Key,
  table4Key,
  type ReportFormat,
} from '../../figures/keys';
import { enLabel, makeIssue, zhLabel } from '../issues';
import { readLegacyTable } from '../legacy';
import { compactAfter, compactView, findCompact, type NormalText } from '../normalize';
import { CHINESE_NUMERAL_CLASS } from '../normalize/chinese';
import type { Segments, TableName } from '../segment';
import type { RowSlot } from '../tables/align';
import {
  TABLE2_SIGNATURES,
  TABLE3_SIGNATURES,
  TABLE4_HEADER_SIGNATURES,
  TABLE4_OUTCOME_SIGNATURES,
  TABLE4_SIGNATURES,
} from '../tables/labels';
import { placeShortRowsByColumns } from '../tables/columns';
import { applicantLayout, type ApplicantLayout } from '../tables/applicants';
import {
  letterSpaced,
  readCellRow,
  readLabelledTable,
  readList,
  readPieces,
  readTransposed,
  regionCells,
  type Fit,
  type RowRead,
} from '../tables/read';
import { placeLostCell } from '../tables/lost-cell';
import { mayJoin, SPACED_DIGITS, spacedReadings, spacedRun } from '../tables/spaced';
import { groupTotalsAreSums, isRun, readRun, totalIsSum, type Part } from '../tables/split';
import { findLabels, tokenize, type Cell, type LabelHit } from '../tables/tokens';
import type { ParseIssue, Span } from '../types';
import { cellEntry, cellValue, type Column } from './cells';
import { readBestCopy, TABLE_NAMES, TABLES } from './copies';
import { nullEntry, type Store } from './store';

export interface Candidate {
  /** Null: a mark ("—", "/") or, in a reading of run-together cells, a cell printed blank. */
  values: (number | null)[];
  /** The printed cell each column was read from; null for a cell the row lacks. */
  cells: (Cell | null)[];
  /** For split digit strings: the span and characters of each part; null for a blank cell, undefined for one not printed (its value inferred). */
  parts?: ({ span: Span; raw: string } | null | undefined)[];
}

export interface Pending {
  row: string;
  cols: Column[];
  /** run: one reading of run-together cells; readings: several, for the table's sums to choose. */
  kind: 'run' | 'short' | 'readings';
  /** Readings of a row printed short of cells (blank cells not shown), not of digits run together. */
  short?: boolean;
  /** Readings of a row whose digits may be letter-spaced (1 7 for 17): each single space either way. */
  spaced?: boolean;
  printed: Cell[];
  candidates: Candidate[];
  rule: string;
  /** Whether the row's own rule (total = sum of six) applies. */
  rowRule: boolean;
}

export interface TablesRead {
  store: Store;
  pending: Pending[];
  issues: ParseIssue[];
  found: { table2: boolean; table3: boolean; table4: boolean };
}

const TABLE3_HEADER = ['申请人情况', '法人或其他组织', '自然人'];
const TABLE2_HEADER = ['第二十条', '信息内容'];
const TABLE4_HEADER = ['复议后起诉', '未经复议', '结果维持', '尚未审结'];
const MIN_TABLE3_ROWS = 3;

// Key strings built once: reports reuse the same strings, which keeps map and object keys cheap.
const TABLE3_COLUMNS_OF = new Map(
  TABLE3_ROWS.map((r) => [r.id, APPLICANT_COLUMNS.map((c): Column => ({ key: table3Key(r.id, c.id), unit: 'count' }))]),
);
const OTHER_SUMS = APPLICANT_COLUMNS.map((c) => ({
  key: table3Key('results.other', c.id),
  parts: OTHER_SUBROWS.map((r) => table3Key(r, c.id)),
}));
const TABLE4_GROUP_IDS = TABLE4_GROUPS.map((g) => g.id);
const TABLE4_OUTCOME_IDS = TABLE4_COLUMNS.map((c) => c.id);
const TABLE4_KEYS = TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => table4Key(g.id, c.id)));
const TABLE2_KEYS = new Map<string, string[]>(
  (['2019', '2021'] as const).flatMap((f) =>
    TABLE2_ITEMS.map((i) => [`${f}:${i.id}`, (TABLE2_COLUMNS[f][i.id] ?? []).map((c) => `${i.id}.${c.id}`)] as const),
  ),
);

function hasAny(t: NormalText, region: Span, words: readonly string[]): boolean {
  const { compact } = compactView(t, region[0], region[1]);
  return words.some((w) => compact.includes(w));
}

/** A word followed by its count and the clause's end (结果维持3件，): a sentence's, not a header's. */
const IN_SENTENCE = new RegExp(`^(?:的|数)?(?:[0-9０-９]+|[${CHINESE_NUMERAL_CLASS}]+)[件起宗个份][，,；;。]`);

/** Whether a table's words stand in the region other than in sentences (reports in sentences name 结果维持 in prose). */
function hasTableWord(t: NormalText, region: Span, words: readonly string[]): boolean {
  const { compact } = compactView(t, region[0], region[1]);
  return words.some((w) => {
    for (let i = compact.indexOf(w); i !== -1; i = compact.indexOf(w, i + w.length))
      if (!IN_SENTENCE.test(compact.slice(i + w.length, i + w.length + 16))) return true;
    return false;
  });
}

export function readTables(t: NormalText, seg: Segments, format: ReportFormat): TablesRead {
  const out: TablesRead = { store: new Map(), pending: [], issues: [], found: { table2: false, table3: false, table4: false } };
  if (format === 'legacy') {
    // pre-2019 reports print no national tables; some print their province's statistics table
    out.found.table3 = readLegacyTable(t, out.store, out.issues).found;
    return out;
  }
  const readers: Record<TableName, (region: Span, into: TablesRead) => void> = {
    table2: (r, into) => {
      if (hasAny(t, r, TABLE2_HEADER)) readTable2(t, r, format, into);
    },
    table3: (r, into) => readTable3(t, r, format, into),
    table4: (r, into) => {
      if (hasAny(t, r, TABLE4_HEADER)) readTable4(t, r, into, !hasTableWord(t, r, TABLE4_HEADER));
      // its header's words lost (a scan misread them, a seal over them) or never printed: its shape
      else if (table4Shaped(t, r)) readTable4(t, r, into);
    },
  };
  for (const name of TABLES) {
    const first = seg[name];
    const regions = first ? [first, ...seg.copies[name]] : seg.copies[name];
    if (regions.length === 1) readers[name](regions[0]!, out);
    else if (regions.length > 1) readBestCopy(name, regions, readers[name], format, out);
  }
  for (const k of TABLES) {
    if (!out.found[k]) {
      const { zh, en } = TABLE_NAMES[k];
      out.issues.push(makeIssue('TABLE_MISSING', `未找到“${zh}”表格。`, `The table of ${en} was not found.`));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

/**
 * Table 3's rows in printed order. In the 2021 format (六)其他处理 heads its three sub-rows; it
 * prints numbers of its own only in some reports, so there its row is optional.
 */
function table3Slots(format: ReportFormat, subrows: boolean): RowSlot[] {
  const ids = TABLE3_ROWS.filter((r) => r.formats.includes(format) && (subrows || !isSubrow(r.id))).map((r) => r.id);
  if (subrows) {
    ids.splice(ids.indexOf('results.other'), 1);
    ids.splice(ids.indexOf(OTHER_SUBROWS[0]), 0, 'results.other');
  }
  return ids.map((id) => ({
    id,
    cells: APPLICANT_COLUMNS.length,
    ordinal: TABLE3_ORDINALS.get(id),
    ...(subrows && id === 'results.other' ? { optional: true } : {}),
  }));
}

const TABLE3_ORDINALS = new Map(TABLE3_SIGNATURES.map((s) => [s.row, s.ordinal]));
const isSubrow = (id: string) => (OTHER_SUBROWS as readonly string[]).includes(id);

function readTable3(t: NormalText, region: Span, format: ReportFormat, out: TablesRead): void {
  const hits = findLabels(t, TABLE3_SIGNATURES, region[0], region[1]);
  const subrows = format === '2021' && hits.some((h) => isSubrow(h.row));
  const firstRow = hits.reduce((a, h) => Math.min(a, h.span[0]), region[1]);
  // a table whose heading was lost starts at 申请人情况 (or its first row): header cells drawn before it (总计 first, 总计 alone) are its too
  const opens = t.norm
    .slice(region[0], region[0] + HEADER_REACH)
    .replace(/\s+/g, '')
    .match(/^(?:申请人情况|(?:[一1][、.．]?)?本年新收)/);
  const headerFrom = opens ? Math.max(0, region[0] - HEADER_REACH) : region[0];
  const layout = applicantLayout(t.norm.slice(headerFrom, firstRow).replace(/\s+/g, ''));
  if (layout.kind !== 'template') return readTable3Columns(t, region, format, hits, subrows, layout, out);
  if (!hasAny(t, region, TABLE3_HEADER)) return;
  const slots = table3Slots(format, subrows);
  // letter-spaced digits (1 7 for 17): a row a space may join digits in is read by its readings;
  // a number spaced on a line of its own (one cell a line) is found once its digits group as one
  let read = readLabelledTable(t, region, hits, slots);
  let spaced = letterSpaced(t, read.rows);
  const joins = (r: RowRead) => r.fit?.cells.some((c, i, cells) => i > 0 && mayJoin(t, cells[i - 1]!, c)) === true;
  if (spaced || read.rows.some(joins)) {
    const again = readLabelledTable(t, region, hits, slots, false, true);
    if (spaced || letterSpaced(t, again.rows)) [read, spaced] = [again, true];
  }
  if (!spaced) placeShortRowsByColumns(t, read.rows, APPLICANT_COLUMNS.length);
  const placed = read.rows.filter(
    (r) => r.fit && r.fit.kind !== 'long' && !(r.fit.kind === 'short' && r.fit.cells.length < r.slot.cells - 1),
  );
  if (!spaced && placed.length < MIN_TABLE3_ROWS) return;
  out.found.table3 = true;
  const beside = spaced ? digitsBeside(t, region, hits, read.rows) : null;
  for (const r of read.rows) {
    if (subrows && r.slot.id === 'results.other' && !r.fit) {
      // not printed in this layout: the sum of its three sub-rows
      for (const { key, parts } of OTHER_SUMS) out.store.set(key, { ...nullEntry('missing', 'group-sum', null), parts });
      continue;
    }
    const cols = TABLE3_COLUMNS_OF.get(r.slot.id)!;
    if (!(beside && r.fit && settleSpaced(t, r.slot.id, r.fit.cells, cols, beside(r.fit.cells), out)))
      settleRow(r, cols, 'table3', true, out);
  }
}

/**
 * Whether digits no row takes stand on a row's lines or the lines next to them: in a letter-spaced table
 * laid out by spaces, a narrow cell wraps its number's last digits onto the next line (1 4 / 5
 * for 145), or its first ones onto the line above, and the row alone reads as another number.
 */
function digitsBeside(t: NormalText, region: Span, hits: LabelHit[], rows: readonly RowRead[]): (cells: readonly Cell[]) => boolean {
  const lineOf = new Map<number, number>();
  const taken = new Set(rows.flatMap((r) => r.fit?.cells.map((c) => c.span[0]) ?? []));
  const loose = new Set<number>();
  for (const tok of tokenize(t, hits, region[0], region[1])) {
    if (tok.kind !== 'cell') continue;
    lineOf.set(tok.cell.span[0], tok.line);
    if (tok.cell.kind === 'number' && !taken.has(tok.cell.span[0])) loose.add(tok.line);
  }
  return (cells) => {
    const lines = cells.map((c) => lineOf.get(c.span[0])).filter((l) => l !== undefined);
    if (lines.length === 0) return false;
    for (let l = Math.min(...lines) - 1; l <= Math.max(...lines) + 1; l++) if (loose.has(l)) return true;
    return false;
  };
}

/**
 * A row of a letter-spaced table (tables/spaced.ts). Its digits may wrap onto the lines above and
 * below (a narrow cell prints 1 4 / 5 for 145): with digits no row takes beside it, it is not read.
 * Otherwise a whole row without a space that may join digits, its total holding, is read as
 * printed (false: settleRow reads it); any other row by its readings whose total holds, the row as
 * printed among them (the spaces parting cells), blank cells not printed placed as for a short
 * row, for the table's sums to choose (resolve/joint.ts). A row with a cell no number is read from
 * (it would add nothing to a sum it may add to) is read as printed.
 */
function settleSpaced(t: NormalText, row: string, printed: Cell[], cols: Column[], wrapped: boolean, out: TablesRead): boolean {
  const k = cols.length;
  const cells = printed.filter((c) => !c.soft);
  const raw = cells.map((c) => c.raw).join(' ');
  if (wrapped) {
    const { zh, en } = rowLabel(row);
    for (const c of cols) out.store.set(c.key, nullEntry('unplaced', 'table3.split', spanOf(cells), raw));
    out.issues.push(
      makeIssue(
        'SPLIT_AMBIGUOUS',
        `“${zh}”行的数字“${raw}”逐位隔开印刷,该行或其上下行另有不属于任何行的数字(可能是折行的数位),各格留空。`,
        `Row "${en}": the digits "${raw}" are letter-spaced and digits no row takes stand beside them (on their lines or the next ones: a number's digits wrapped, maybe); the cells are left empty.`,
        cols.map((c) => c.key),
        { span: spanOf(cells) },
      ),
    );
    return true;
  }
  if (printed.some((c) => c.kind === 'unreadable' && !SPACED_DIGITS.test(c.raw))) return false;
  const found = spacedReadings(t, printed, k);
  const asPrinted = cells.length === k ? cells.map((c) => cellValue(c, cols[0]!)) : null;
  if (!found && asPrinted && totalIsSum(asPrinted)) return false;
  // a row printing its blank cells prints all of them: none is left to place
  const blanks = cells.some((c) => c.kind === 'blank');
  const candidates: Candidate[] = [];
  const add = (c: Candidate) => {
    if ((c.values.length === k ? totalIsSum(c.values) : true) && !candidates.some((o) => sameParts(o, c))) candidates.push(c);
  };
  const readingsOf = (reading: readonly Cell[]) => {
    const numbers = reading.map((c) => cellValue(c, cols[0]!));
    if (reading.length === k)
      add({ values: numbers, cells: [...reading], parts: reading.map((c) => (c.kind === 'blank' ? null : { span: c.span, raw: c.raw })) });
    else if (reading.length < k && !blanks) shortPlacings(reading, numbers, k).forEach(add);
  };
  for (const reading of found?.readings ?? []) readingsOf(reading);
  readingsOf(cells);
  const complete = found?.complete !== false && candidates.length <= MAX_CANDIDATES;
  if (!complete || candidates.length === 0) {
    unplaced(row, cols, cells, 'table3.split', out, { count: complete ? 0 : MAX_CANDIDATES, complete });
    return true;
  }
  out.pending.push({ row, cols, kind: 'readings', spaced: true, printed: cells, candidates, rule: 'table3.split', rowRule: true });
  return true;
}

/** Two readings of a row taking the same characters for each cell. */
const sameParts = (a: Candidate, b: Candidate) =>
  a.parts!.every((p, i) => p?.span[0] === b.parts![i]?.span[0] && p?.span[1] === b.parts![i]?.span[1]);

/** How far before 申请人情况 a table without its heading may print header cells. */
const HEADER_REACH = 40;
const TEMPLATE_INDEX = new Map<string, number>(APPLICANT_COLUMNS.map((c, i) => [c.id, i]));
const LAYOUT_NAMES = {
  'total-first': ['“总计”列在前', 'the total column first'],
  merged: ['法人或其他组织合为一列(其五类不分列,不读)', 'legal persons in one column (its five kinds not apart: not read)'],
  'total-only': ['只有“总计”列', 'the total column only'],
} as const;

const countOf = (c: Cell | undefined) => (c?.kind === 'blank' ? 0 : c?.kind === 'number' && c.num ? c.num.value : null);
const sumOf = (cells: readonly Cell[]) =>
  cells.reduce<number | null>((a, c) => (a === null || countOf(c) === null ? null : a + countOf(c)!), 0);

/**
 * Whether the rows read by a header's columns check as that header says: total-first, each row's
 * first cell the sum of the six after it; merged, 自然人 + 法人或其他组织 = 总计; total-only, the
 * table's balance (新收 + 上年结转 = 办理结果总计 + 结转下年度), all four printed. A header misread
 * (a page's cells run together under a lost header) fails these.
 */
function rowsCheck(kind: Exclude<ApplicantLayout, { kind: 'template' }>['kind'], rows: readonly RowRead[]): boolean {
  const whole = rows.filter((r) => r.fit?.kind === 'ok').map((r) => ({ id: r.slot.id, cells: r.fit!.cells }));
  // a row with a mark ("/", "—") or unreadable text in it cannot be checked, and does not fail
  const holds = (parts: readonly Cell[], total: Cell | undefined) =>
    sumOf(parts) === null || countOf(total) === null || sumOf(parts) === countOf(total);
  if (kind === 'total-first') return whole.every(({ cells }) => holds(cells.slice(1), cells[0]));
  if (kind === 'merged') return whole.every(({ cells }) => holds(cells.slice(0, 2), cells[2]));
  const total = (id: string) => countOf(whole.find((r) => r.id === id)?.cells[0]);
  const [n, c, r, f] = ['applications.new', 'applications.carriedOver', 'results.total', 'carriedForward'].map(total);
  return n != null && c != null && r != null && f != null && n + c === r + f;
}

/** Between a label and its row's first cell: no number, and no other row's ordinal (4. （三） 二、). */
const NOT_BESIDE = /[0-9]|[（(][一二三四五六七][)）]|[一二三四五六七]、|\d\s*[.．、]/;

/**
 * The row whose label starts last before `at`, when that label ends before it too and nothing but
 * the rest of the label stands between (PDFs print a narrow cell's label wrapped around its
 * numbers: 3.危及“三 2 / 安全一稳定” / 4.保护第三 0 / 方合法权益). Fewer cells than the template's
 * leave the row order little to go by (one number fits any row), so a row is read only right
 * after its own label.
 */
function labelBefore(t: NormalText, hits: readonly LabelHit[], at: number): string | undefined {
  let best: LabelHit | undefined;
  for (const h of hits) if (h.span[0] < at && (!best || h.span[0] > best.span[0])) best = h;
  return best && best.span[1] <= at && !NOT_BESIDE.test(t.norm.slice(best.span[1], at)) ? best.row : undefined;
}

/**
 * Table 3 printed with other applicant columns than the template's (applicants.ts): each row's
 * cells read by the header's columns, a column that is no figure skipped. Only whole rows beside
 * their own label are read (the row rule, total = six applicant columns, cannot place a short
 * row's cells here); a
 * table whose rows do not check as its header says (rowsCheck) is not read.
 */
function readTable3Columns(
  t: NormalText,
  region: Span,
  format: ReportFormat,
  hits: LabelHit[],
  subrows: boolean,
  layout: Exclude<ApplicantLayout, { kind: 'template' }>,
  out: TablesRead,
): void {
  const k = layout.columns.length;
  const read = readLabelledTable(
    t,
    region,
    hits,
    table3Slots(format, subrows).map((s) => ({ ...s, cells: k })),
  );
  if (read.rows.filter((r) => r.fit?.kind === 'ok').length < MIN_TABLE3_ROWS) return;
  const [zh, en] = LAYOUT_NAMES[layout.kind];
  if (!rowsCheck(layout.kind, read.rows)) {
    out.found.table3 = true;
    // printed but not read: no sentence stands in for these cells (their text holds label, number, 件)
    for (const r of read.rows)
      for (const c of TABLE3_COLUMNS_OF.get(r.slot.id)!) out.store.set(c.key, nullEntry('unplaced', 'table3.columns', region));
    out.issues.push(
      makeIssue(
        'CELL_UNREADABLE',
        `“收到和处理政府信息公开申请情况”表的表头为${zh},但各行数字与之不符,均未读取。`,
        `The applications table's header shows ${en}, but its rows do not check against it; none is read.`,
        read.rows.flatMap((r) => TABLE3_COLUMNS_OF.get(r.slot.id)!.map((c) => c.key)),
        { span: region },
      ),
    );
    return;
  }
  out.found.table3 = true;
  out.issues.push(
    makeIssue(
      'LABEL_DAMAGED',
      `“收到和处理政府信息公开申请情况”表按表头读取:${zh}。`,
      `The applications table is read by its header: ${en}.`,
    ),
  );
  for (const r of read.rows) {
    if (subrows && r.slot.id === 'results.other' && !r.fit) continue;
    const all = TABLE3_COLUMNS_OF.get(r.slot.id)!;
    const kept = layout.columns.flatMap((c, i) => (c === null ? [] : [{ col: all[TEMPLATE_INDEX.get(c)!]!, i }]));
    const fit: Fit | null =
      r.fit && r.fit.kind === 'ok' && labelBefore(t, hits, r.fit.cells[0]!.span[0]) === r.slot.id
        ? { kind: 'ok', cells: kept.map(({ i }) => r.fit!.cells[i]!) }
        : r.fit && { kind: 'short', cells: r.fit.cells };
    settleRow(
      { ...r, fit },
      kept.map(({ col }) => col),
      'table3',
      false,
      out,
    );
  }
}

function readTable2(t: NormalText, region: Span, format: ReportFormat, out: TablesRead): void {
  if (format === 'legacy') return;
  const columns = TABLE2_COLUMNS[format];
  const items = TABLE2_ITEMS.filter((i) => columns[i.id]);
  const hits = findLabels(
    t,
    TABLE2_SIGNATURES.filter((s) => columns[s.row as keyof typeof columns]),
    region[0],
    region[1],
  );
  const slots = items.map((i) => ({ id: i.id, cells: columns[i.id]!.length }));
  // table 2's rows print fewer cells than its widest (采购总金额 spans two columns): merged cells
  const read = readLabelledTable(t, region, hits, slots, true);
  if (!read.rows.some((r) => r.fit && r.labelled)) return;
  out.found.table2 = true;
  for (const r of read.rows) {
    const keys = TABLE2_KEYS.get(`${format}:${r.slot.id}`)!;
    const cols: Column[] = columns[r.slot.id as keyof typeof columns]!.map((c, i) => {
      const col: Column = { key: keys[i]!, unit: c.unit };
      if (c.unit === 'yuan')
        col.moneyExp = moneyExp(t, region, c.zh, format, col.key, r.fit?.kind === 'ok' ? r.fit.cells[i] : undefined, out);
      return col;
    });
    settleRow(r, cols, 'table2', false, out);
  }
}

/** Power of ten a unitless money cell is printed in, from its column header (采购总金额(万元)). */
function moneyExp(
  t: NormalText,
  region: Span,
  header: string,
  format: ReportFormat,
  key: string,
  cell: Cell | undefined,
  out: TablesRead,
): number {
  for (const [, end] of findCompact(t, header, region[0], region[1])) {
    const after = compactAfter(t, region[0], region[1], end, 10);
    if (after.includes('万元')) return 4;
    if (after.includes('亿元')) return 8;
    if (/^[)）]?[(（]?(?:单位[:：])?元/.test(after)) return 0;
  }
  const unitless = cell?.kind === 'number' && !cell.num?.hasUnit && cell.num?.value !== 0;
  // The 2021 template prints fees in 万元; the 2019 template names no unit for procurement.
  const assumed = format === '2021' ? 4 : 0;
  if (unitless) {
    const zh = assumed === 4 ? '万元' : '元';
    out.issues.push(
      makeIssue(
        'UNIT_ASSUMED',
        `${zhLabel(key)}:未印单位,按${zh}读取。`,
        `${enLabel(key)}: no unit printed; read as ${assumed === 4 ? '10,000 yuan' : 'yuan'}.`,
        [key],
      ),
    );
  }
  return assumed;
}

/**
 * Table 4 known by its shape where none of its header's words is left: fifteen cells in lines of
 * five or fifteen (never three: a table with its groups across, read in print order, would put
 * one group's numbers under another's name), no group's total refuting them and one group read
 * whole (groupTotalsAllow). A sentence's numbers stand between words: no such lines.
 */
function table4Shaped(t: NormalText, region: Span): boolean {
  const size = TABLE4_COLUMNS.length;
  const row = readCellRow(t, region, TABLE4_KEYS.length);
  return row.cells.length === TABLE4_KEYS.length && row.widths.every((w) => w % size === 0) && groupTotalsAllow(row.cells, size);
}

/**
 * Table 4's fifteen cells, some of them unreadable (a scan's `?`): no group refutes them — one
 * read whole holds its total, one with an unreadable cell leaves it room (the parts read within
 * the total read) — and one group at least is read whole. A mark ("—") counts as 0, as in
 * totalIsSum.
 */
function groupTotalsAllow(cells: readonly Cell[], size: number): boolean {
  let whole = false;
  for (let g = 0; g + size <= cells.length; g += size) {
    const group = cells.slice(g, g + size);
    const values = group.map((c) => countOf(c));
    if (!group.some((c) => c.kind === 'unreadable')) {
      if (!totalIsSum(values)) return false;
      whole = true;
      continue;
    }
    const parts = values.slice(0, -1).reduce<number>((a, v) => a + (v ?? 0), 0);
    if (group[size - 1]!.kind !== 'unreadable' && parts > (values[size - 1] ?? 0)) return false;
  }
  return whole;
}

/** Table 4 found but none of its cells read: which cell is which cannot be told. */
function table4Unreadable(region: Span, out: TablesRead, zh: string, en: string): void {
  out.found.table4 = true;
  out.issues.push(makeIssue('CELL_UNREADABLE', zh, en, TABLE4_KEYS, { span: region }));
}

/**
 * `prose`: the table's words stand only in sentences (结果维持3件，…): read only as a list or in
 * pieces, each group's five outcomes named (行政复议：结果维持0件，…总计0件。); else left to the
 * sentence reader (a note's dates below are no table's cells).
 */
function readTable4(t: NormalText, region: Span, out: TablesRead, prose = false): void {
  const size = TABLE4_COLUMNS.length;
  const count = TABLE4_GROUPS.length * size;
  const list = readList(
    t,
    region,
    findLabels(t, [...TABLE4_HEADER_SIGNATURES, ...TABLE4_OUTCOME_SIGNATURES], region[0], region[1]),
    TABLE4_GROUP_IDS,
    TABLE4_OUTCOME_IDS,
  );
  const pieces = list ?? readPieces(t, region, findLabels(t, TABLE4_SIGNATURES, region[0], region[1]), TABLE4_GROUP_IDS, size);
  if (prose && (pieces === null || pieces === 'conflict')) return;
  if (pieces === 'conflict') {
    return table4Unreadable(
      region,
      out,
      '行政复议、行政诉讼表的同一部分印了两次且数字不同,无法确定哪一份是报告的数字,均未读取。',
      "A part of the reviews and lawsuits table is printed twice with different numbers; which copy is the report's cannot be told, so none is read.",
    );
  }
  const transposed =
    pieces === null
      ? readTransposed(
          t,
          region,
          findLabels(t, [...TABLE4_HEADER_SIGNATURES, ...TABLE4_OUTCOME_SIGNATURES], region[0], region[1]),
          TABLE4_GROUP_IDS,
          TABLE4_OUTCOME_IDS,
        )
      : null;
  if (transposed === 'unreadable') {
    return table4Unreadable(
      region,
      out,
      '行政复议、行政诉讼表的单元格排列无法与表头对应(各结果列下的数字个数不一),均未读取。',
      "The reviews and lawsuits table's cells cannot be matched to its header (the outcomes head different numbers of cells); none is read.",
    );
  }
  const row = pieces || transposed ? null : readCellRow(t, region, count);
  if (row) {
    // more cells than fifteen, digits a space may join among them (1 0 for 10) and none printed
    // together apart from text run together (17 in 17 7 8 0 32: a number, its table not spaced)
    const cells = regionCells(t, region);
    const together = (c: Cell) => c.kind === 'number' && c.num!.intDigits.length > 1 && !c.touching;
    if (cells.length > count && !cells.some(together) && cells.some((c, i) => i > 0 && mayJoin(t, cells[i - 1]!, c)))
      return readSpacedCells(t, region, cells, row.cells, out);
  }
  // fifteen cells taken from more (letter-spaced digits, 1 0 for 10, look like cells): only when each group's total holds
  if (row && !row.all && row.cells.length === count && !groupTotalsAllow(row.cells, size)) {
    return table4Unreadable(
      region,
      out,
      '行政复议、行政诉讼表的数字多于15个,取出的15个不符合各组总计,均未读取。',
      "The reviews and lawsuits table prints more numbers than its 15 cells, and the 15 taken do not add up to each group's total; none is read.",
    );
  }
  // the table's printed rows: its groups (pieces), its outcomes (transposed), or its fifteen cells
  const rows: Table4Row[] = pieces
    ? pieces.map((cells, g) => ({ id: TABLE4_GROUP_IDS[g]!, keys: TABLE4_KEYS.slice(g * size, (g + 1) * size), cells, read: ROW_TOTAL }))
    : transposed
      ? transposed.map((cells, o) => ({
          id: TABLE4_OUTCOME_IDS[o]!,
          keys: TABLE4_GROUP_IDS.map((g) => table4Key(g, TABLE4_OUTCOME_IDS[o]!)),
          cells,
          read: { total: false },
        }))
      : [
          {
            id: 'table4',
            keys: TABLE4_KEYS,
            cells: row!.cells,
            read: { total: false, accept: groupTotalsAreSums(size), prefix: groupTotalsAreSums(size) },
          },
        ];
  if (rows.every((r) => r.cells.length === 0)) return;
  out.found.table4 = true;
  // a row showing spaced digits (1 081 1), or rows run together beside one a space parts, make the
  // table's rows a space parts spaced (1 901 0 for 19 | 0 | 10; 900 / 1 671 0 for 16 | 7 | 10)
  const spaced =
    rows.some((r) => spacedRow(t, r, false)) ||
    (rows.some((r) => isRun(r.cells, r.keys.length)) && rows.some((r) => spacedRun(t, r.cells)));
  for (const row of rows) readTable4Row(t, row, spaced, out);
}

/**
 * Table 4's cells in one row where a space may join digits (letter-spaced 1 0 for 10, or cells a
 * single space apart): its readings as fifteen cells, each spacing either way (tables/spaced.ts),
 * every group's total holding, with the fifteen taken as printed (readCellRow); the table's sums
 * choose (resolve/joint.ts). None holding: not read.
 */
function readSpacedCells(t: NormalText, region: Span, cells: Cell[], printed: Cell[], out: TablesRead): void {
  const count = TABLE4_KEYS.length;
  const accept = groupTotalsAreSums(TABLE4_COLUMNS.length);
  const found = spacedReadings(t, cells, count, count);
  const candidates: Candidate[] = [];
  const add = (c: Candidate) => {
    if (!candidates.some((o) => sameParts(o, c))) candidates.push(c);
  };
  for (const reading of [...(found?.readings ?? []), printed]) {
    const values = reading.map((c) => countOf(c));
    if (reading.length === count && accept(values))
      add({ values, cells: reading, parts: reading.map((c) => (c.kind === 'blank' ? null : { span: c.span, raw: c.raw })) });
  }
  if (found?.complete === false || candidates.length === 0 || candidates.length > MAX_CANDIDATES) {
    return table4Unreadable(
      region,
      out,
      '行政复议、行政诉讼表的数字逐位隔开印刷(如“1 0”),没有唯一一种读法符合各组总计,均未读取。',
      "The reviews and lawsuits table's digits are letter-spaced (1 0 for 10) and no single reading of them adds up to each group's total; none is read.",
    );
  }
  out.found.table4 = true;
  const cols = TABLE4_KEYS.map((key): Column => ({ key, unit: 'count' }));
  out.pending.push({
    row: 'table4',
    cols,
    kind: 'readings',
    spaced: true,
    printed: cells,
    candidates,
    rule: 'table4.split',
    rowRule: false,
  });
}

/**
 * A printed row of table 4 (a group, an outcome down the groups) whose digits a space parts, other
 * than its cells: its readings, each spacing either way (tables/spaced.ts), with its splits at the
 * spaces when its cells run together, those its rule allows (a group's total), for the table's
 * sums to choose; none, or too many to list: not read.
 */
function readTable4Spaced(t: NormalText, row: Table4Row, cols: Column[], out: TablesRead): void {
  const k = cols.length;
  const fits = (values: (number | null)[]) => (!row.read.total || totalIsSum(values)) && (!row.read.accept || row.read.accept(values));
  const found = spacedReadings(t, row.cells, k, k);
  const split = isRun(row.cells, k) ? splitRun(row.cells, k, row.read) : null;
  const candidates: Candidate[] = [];
  const add = (c: Candidate) => {
    if (!candidates.some((o) => sameParts(o, c))) candidates.push(c);
  };
  // the row as printed too, the spaces parting its cells
  for (const reading of [...(found?.readings ?? []), ...(row.cells.length === k ? [row.cells] : [])]) {
    const values = reading.map((c) => countOf(c));
    if (fits(values))
      add({ values, cells: reading, parts: reading.map((c) => (c.kind === 'blank' ? null : { span: c.span, raw: c.raw })) });
  }
  (split?.only ? [split.only] : (split?.candidates ?? [])).forEach(add);
  const complete = found?.complete !== false && split?.complete !== false && candidates.length <= MAX_CANDIDATES;
  if (!complete || candidates.length === 0)
    return unplaced(row.id, cols, row.cells, 'table4.split', out, { count: complete ? 0 : MAX_CANDIDATES, complete });
  out.pending.push({
    row: row.id,
    cols,
    kind: 'readings',
    spaced: true,
    printed: row.cells,
    candidates,
    rule: 'table4.split',
    rowRule: false,
  });
}

/** How a printed row of table 4 is split when its cells run together. */
const ROW_TOTAL = { total: true, blanks: true } as const;

interface Table4Row {
  id: string;
  keys: readonly string[];
  cells: Cell[];
  read: Parameters<typeof readRun>[2];
}

/**
 * Whether a row of table 4 is read by its letter-spaced readings: digits a space parts, and more
 * cells than its own, or cells run together (a cell no number starts as: 081), or (`table`) another
 * row of the table so printed. A space then joins a spaced number's digits or parts two cells.
 */
function spacedRow(t: NormalText, row: Table4Row, table: boolean): boolean {
  const { cells, keys } = row;
  const together = cells.length > keys.length || isRun(cells, keys.length) || cells.some((c) => /^0\d/.test(c.num?.intDigits ?? ''));
  return (table || together) && spacedRun(t, cells);
}

function readTable4Row(t: NormalText, row: Table4Row, spaced: boolean, out: TablesRead): void {
  const { cells, keys } = row;
  const cols = keys.map((key): Column => ({ key, unit: 'count' }));
  if (spacedRow(t, row, spaced)) return readTable4Spaced(t, row, cols, out);
  if (cells.length === keys.length) {
    keys.forEach((key, i) => out.store.set(key, cellEntry(cells[i]!, cols[i]!, 'table4.cells', out.issues)));
    return;
  }
  if (isRun(cells, keys.length)) {
    // cells printed with separators lost: read by the readings each group's total (or, down an
    // outcome, the groups' totals across the rows) allows
    const split = splitRun(cells, keys.length, row.read);
    if (split.only || (split.complete && split.candidates.length > 0)) {
      out.pending.push({
        row: row.id,
        cols,
        kind: split.only ? 'run' : 'readings',
        printed: cells,
        candidates: split.only ? [split.only] : split.candidates,
        rule: 'table4.split',
        rowRule: false,
      });
      return;
    }
    return unplaced(row.id, cols, cells, 'table4.split', out, split);
  }
  if (cells.length === keys.length - 1 && keys.length > TABLE4_COLUMNS.length && readLostCell(cells, cols, out)) return;
  out.issues.push(
    makeIssue(
      'CELL_MISSING',
      `行政复议、行政诉讼表只读到${cells.length}个单元格(应为${keys.length}个),无法确定各单元格所属列。`,
      `The reviews and lawsuits table has ${cells.length} cells where ${keys.length} are printed; their columns cannot be told.`,
      [...keys],
      { span: spanOf(cells) },
    ),
  );
  unplaced(row.id, cols, cells, 'table4.cells', out, null);
}

/**
 * Table 4's fifteen cells read as fourteen (one lost by recognition): the groups whose place the
 * other groups' totals make certain, their own totals holding, are read (placeLostCell); the rest
 * are null, named by one CELL_MISSING. False when no group is certain.
 */
function readLostCell(cells: Cell[], cols: Column[], out: TablesRead): boolean {
  const placed = placeLostCell(
    cells.map((c) => countOf(c)),
    TABLE4_COLUMNS.length,
  );
  if (!placed) return false;
  const unread = cols.filter((_, k) => placed[k] === null).map((c) => c.key);
  out.issues.push(
    makeIssue(
      'CELL_MISSING',
      `行政复议、行政诉讼表只读到${cells.length}个单元格(应为${cols.length}个);由各组总计能确定位置且总计相符的组已读取,其余单元格(${unread.map(zhLabel).join('、')})未读取。`,
      `The reviews and lawsuits table has ${cells.length} cells where ${cols.length} are printed; the groups the totals place, their own totals holding, are read; the rest (${unread.map(enLabel).join(', ')}) are not.`,
      unread,
      { span: spanOf(cells) },
    ),
  );
  cols.forEach((col, k) => {
    const i = placed[k] ?? null;
    out.store.set(
      col.key,
      i === null ? nullEntry('unplaced', 'table4.lost', spanOf(cells)) : cellEntry(cells[i]!, col, 'table4.lost', out.issues),
    );
  });
  return true;
}

// ---------------------------------------------------------------------------------------------

/** Writes a placed row's cells as entries, or records it as pending. */
function settleRow(r: RowRead, cols: Column[], table: string, rowRule: boolean, out: TablesRead): void {
  const keys = cols.map((c) => c.key);
  const { zh: rowZh, en: rowEn } = rowLabel(r.slot.id);
  const fit = r.fit;
  if (!fit) {
    out.issues.push(makeIssue('ROW_MISSING', `未找到“${rowZh}”行。`, `Row "${rowEn}" was not found.`, keys));
    for (const k of keys) out.store.set(k, nullEntry('missing', table, null));
    return;
  }
  if (!r.labelled) {
    out.issues.push(
      makeIssue(
        'LABEL_DAMAGED',
        `“${rowZh}”行按表格行序识别(其标签${r.labelSeen ? '不在数字旁' : '缺失或损坏'})。`,
        `Row "${rowEn}" was recognised by its position (its label is ${r.labelSeen ? 'not beside its numbers' : 'missing or damaged'}).`,
        keys,
      ),
    );
  }
  if (fit.kind === 'ok') {
    const rule = `${table}.cells`;
    fit.cells.forEach((cell, i) => out.store.set(keys[i]!, cellEntry(cell, cols[i]!, rule, out.issues)));
    return;
  }
  if (fit.kind === 'run') {
    const split = splitRun(fit.cells, cols.length, rowRule ? { total: true, blanks: true } : { total: false });
    if (split.only || (rowRule && split.complete && split.candidates.length > 0)) {
      out.pending.push({
        row: r.slot.id,
        cols,
        kind: split.only ? 'run' : 'readings',
        printed: fit.cells,
        candidates: split.only ? [split.only] : split.candidates,
        rule: `${table}.split`,
        rowRule,
      });
      return;
    }
    // No cut fits at all: a row one cell short whose digits may each be a whole cell.
    if (split.count > 0 || !split.complete || !(rowRule && fit.cells.length === cols.length - 1)) {
      return unplaced(r.slot.id, cols, fit.cells, `${table}.split`, out, split);
    }
  }
  const printed = fit.cells;
  const numbers = printed.map((c) => cellValue(c, cols[0]!));
  out.issues.push(
    makeIssue(
      'CELL_MISSING',
      `“${rowZh}”行有${printed.length}个单元格,应为${cols.length}个;不按位置猜测缺少的是哪一格。`,
      `Row "${rowEn}" has ${printed.length} cells where ${cols.length} are printed; the missing one is not guessed from position.`,
      keys,
      { numbers: Object.fromEntries(numbers.map((v, i) => [`cell${i + 1}`, v])), span: spanOf(printed) },
    ),
  );
  // The missing cell is inferred only when its place does not matter: every place it could have
  // gives the same numbers (a row of 0s, seed 003). Otherwise the printed digits cannot be placed.
  const candidates: Candidate[] = [];
  if (rowRule && printed.length === cols.length - 1 && numbers.every((v) => v !== null)) {
    const partsSum = (vals: number[]) => vals.slice(0, -1).reduce((a, b) => a + b, 0);
    for (let gap = 0; gap < cols.length; gap++) {
      const values = [...(numbers as number[])];
      if (gap === cols.length - 1) values.push(partsSum([...values, 0]));
      else {
        values.splice(gap, 0, 0);
        values[gap] = values[values.length - 1]! - partsSum(values);
      }
      const cells = [...printed.slice(0, gap), null, ...printed.slice(gap)];
      candidates.push({ values, cells, parts: cells.map((c) => (c ? { span: c.span, raw: c.raw } : undefined)) });
    }
  }
  const same = candidates.every((c) => c.values.every((v, i) => v !== null && v >= 0 && v === candidates[0]!.values[i]));
  if (candidates.length > 0 && same) {
    out.pending.push({ row: r.slot.id, cols, kind: 'short', printed, candidates, rule: `${table}.cells`, rowRule });
    return;
  }
  const placed = rowRule ? shortPlacings(printed, numbers, cols.length) : [];
  if (placed.length === 0) return unplaced(r.slot.id, cols, printed, `${table}.cells`, out, null);
  out.pending.push({
    row: r.slot.id,
    cols,
    kind: 'readings',
    short: true,
    printed,
    candidates: [...candidates.filter((c) => c.values.every((v) => v === null || v >= 0)), ...placed],
    rule: `${table}.place`,
    rowRule,
  });
}

/**
 * The readings of a row printed short of cells where blank cells leave no trace (PDF text, pages
 * without separators): the printed cells in order, with blanks (nothing, adding nothing) between
 * them, either the last one the total (equal to the sum of the others) or the total not printed
 * (then the sum of all). Which is the report's, the table's sums may tell (resolve/joint.ts).
 */
function shortPlacings(printed: readonly Cell[], numbers: readonly (number | null)[], k: number): Candidate[] {
  // a cell run on from what is before it may be several cells' digits: not placed whole
  if (printed.length >= k || printed.some((c, i) => c.touching || (numbers[i] === null && c.kind !== 'placeholder'))) return [];
  const out: Candidate[] = [];
  const put = (cells: readonly Cell[], values: readonly (number | null)[], total: Candidate['values'][number], totalCell: Cell | null) => {
    const place = (row: number[], next: number) => {
      if (row.length === k - 1) {
        if (next < cells.length) return;
        const at = row.map((j) => (j < 0 ? null : j));
        out.push({
          values: [...at.map((j) => (j === null ? null : values[j]!)), total],
          cells: [...at.map((j) => (j === null ? null : cells[j]!)), totalCell],
          parts: [
            ...at.map((j) => (j === null ? null : { span: cells[j]!.span, raw: cells[j]!.raw })),
            totalCell ? { span: totalCell.span, raw: totalCell.raw } : undefined,
          ],
        });
        return;
      }
      if (next < cells.length) place([...row, next], next + 1);
      if (k - 1 - row.length > cells.length - next) place([...row, -1], next);
    };
    place([], 0);
  };
  const sum = (vs: readonly (number | null)[]) => vs.reduce<number>((a, v) => a + (v ?? 0), 0);
  const last = numbers[numbers.length - 1];
  const head = numbers.slice(0, -1);
  if (last !== null && last !== undefined && sum(head) === last) put(printed.slice(0, -1), head, last, printed[printed.length - 1]!);
  put(printed, numbers, sum(numbers), null);
  return out;
}

/** Readings of a row of run-together cells worth handing to the table's sums; more leave the row null. */
const MAX_CANDIDATES = 512;

/**
 * The readings of run-together cells (tables/split.ts readRun) as candidates: `only` when exactly
 * one reading of `parts` cells exists (issue #9's rule). A reading of fewer cells (cells printed
 * blank leave no trace: 1037 343 _ 68 188 0 1636 runs together as 10373436818801636) stands for
 * every placing of its blanks among the cells before the total, so the row then has several.
 */
function splitRun(
  cells: readonly Cell[],
  parts: number,
  opts: Parameters<typeof readRun>[2],
): { only: Candidate | null; candidates: Candidate[]; count: number; complete: boolean } {
  const found = readRun(cells, parts, opts);
  const count = found.readings.length;
  const none = { only: null, candidates: [], count, complete: found.complete };
  if (!found.complete || count === 0) return none;
  const candidates: Candidate[] = [];
  for (const reading of found.readings) {
    for (const placed of placings(reading, parts)) {
      if (candidates.length >= MAX_CANDIDATES) return { ...none, complete: false };
      candidates.push(candidateOf(cells, placed));
    }
  }
  return { only: count === 1 && candidates.length === 1 ? candidates[0]! : null, candidates, count, complete: true };
}

/** A reading's cells in the row's columns: a full reading as it is, a shorter one with blanks (null) placed every way before its total. */
function placings(reading: Part[], parts: number): (Part | null)[][] {
  if (reading.length === parts) return [reading];
  const head = reading.slice(0, -1);
  const total = reading[reading.length - 1]!;
  const out: (Part | null)[][] = [];
  const place = (row: (Part | null)[], next: number) => {
    if (row.length === parts - 1) {
      if (next === head.length) out.push([...row, total]);
      return;
    }
    if (next < head.length) place([...row, head[next]!], next + 1);
    if (parts - 1 - row.length > head.length - next) place([...row, null], next);
  };
  place([], 0);
  return out;
}

function candidateOf(cells: readonly Cell[], placed: (Part | null)[]): Candidate {
  return {
    values: placed.map((p) => p?.value ?? null),
    cells: placed.map((p) => (p ? cells[p.cell]! : null)),
    parts: placed.map((p) => {
      if (!p) return null;
      const at = cells[p.cell]!.span[0] + p.offset;
      return { span: [at, at + p.len] as Span, raw: cells[p.cell]!.raw.slice(p.offset, p.offset + p.len) };
    }),
  };
}

/**
 * A row whose printed digits cannot be placed on its cells: every figure of the row is null, with
 * the digits in provenance.raw, and none of them is inferred from the sums (issue #9).
 */
function unplaced(
  row: string,
  cols: Column[],
  printed: readonly Cell[],
  rule: string,
  out: TablesRead,
  split: { count: number; complete: boolean } | null,
): void {
  const keys = cols.map((c) => c.key);
  const span = spanOf(printed);
  const raw = printed.map((c) => c.raw).join(' ');
  for (const k of keys) out.store.set(k, nullEntry('unplaced', rule, span, raw));
  if (!split) return; // CELL_MISSING was reported when the row was read
  const { zh, en } = rowLabel(row);
  const n = `${split.count}${split.complete ? '' : '+'}`;
  out.issues.push(
    makeIssue(
      'SPLIT_AMBIGUOUS',
      split.count === 0
        ? `“${zh}”行的数字“${raw}”连写,没有符合该行${cols.length}个单元格的拆分,各格留空。`
        : `“${zh}”行的数字“${raw}”连写,有${n}种符合该行${cols.length}个单元格的拆分,无法确定,各格留空。`,
      split.count === 0
        ? `Row "${en}": the digits "${raw}" are run together and no split into its ${cols.length} cells fits; the cells are left empty.`
        : `Row "${en}": the digits "${raw}" are run together and ${n} splits into its ${cols.length} cells fit; the cells are left empty.`,
      keys,
      { numbers: { candidates: split.count }, span },
    ),
  );
}

export function rowLabel(id: string): { zh: string; en: string } {
  return (
    TABLE3_ROWS.find((r) => r.id === id) ??
    TABLE2_ITEMS.find((i) => i.id === id) ??
    TABLE4_GROUPS.find((g) => g.id === id) ??
    TABLE4_COLUMNS.find((c) => c.id === id) ?? { zh: '行政复议、行政诉讼表', en: 'Reviews and lawsuits' }
  );
}

function spanOf(cells: readonly Cell[]): Span | null {
  if (cells.length === 0) return null;
  return [cells[0]!.span[0], cells[cells.length - 1]!.span[1]];
}
