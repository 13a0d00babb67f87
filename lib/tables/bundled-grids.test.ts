// The drill-down grids, checks, cells and exports of lib/tables on bundled reports read by the
// parser: 阜阳 2020 (2019 format, complete), 洪泽 2023 (2021 format, a review total of 0 beside
// 10 upheld + 1 corrected), 洪泽 2024, 平潭 2022 (cells run together, one ambiguous) and
// 弋阳 2020 (a blank cell the sums fill).
import { describe, expect, it } from 'vitest';
import type { IssueView } from '@/lib/domain';
import { cellProvenance, indexReport } from './cells';
import { explainFailedChecks, isFailedCheck, relationOf } from './checks';
import { describeCell } from './describe';
import { parsedReport } from './fixtures.test-helpers';
import { rateRows } from './rates';
import { buildReportModels } from './report-models';
import { buildTable2, VALUE_COLUMN } from './table2';
import { buildTable3 } from './table3';
import { buildTable4 } from './table4';
import type { GridRow } from './types';

const fuyang = parsedReport('seeds/000-fuyang-2020.txt');
const hongze2023 = parsedReport('reference-text/hongze_district_2023.txt');
const hongze2024 = parsedReport('reference-text/hongze_district_2024.txt');

/** Rows as [id, zh label, en label, heading/expanded marks, sub-rows]. */
type Outline = [string, string, string, string, Outline[]?];
function outline(rows: readonly GridRow[]): Outline[] {
  return rows.map((r) => {
    const marks = `${r.heading ? 'H' : ''}${r.expanded ? 'E' : ''}`;
    return r.subRows ? [r.id, r.label.zh, r.label.en, marks, outline(r.subRows)] : [r.id, r.label.zh, r.label.en, marks];
  });
}

function find(rows: readonly GridRow[], id: string): GridRow | undefined {
  for (const r of rows) {
    if (r.id === id) return r;
    const inner = find(r.subRows ?? [], id);
    if (inner) return inner;
  }
  return undefined;
}

describe('table 3 of a real report', () => {
  it('is laid out as the 2019 format prints it, with the legal-person columns grouped', () => {
    const model = buildTable3(indexReport(fuyang.figures), fuyang.format);
    expect(model.columns).toEqual([
      { id: 'natural', label: { zh: '自然人', en: 'Natural persons' }, group: undefined },
      ...[
        ['commercial', '商业企业', 'Businesses'],
        ['research', '科研机构', 'Research institutions'],
        ['nonprofit', '社会公益组织', 'Public-interest organisations'],
        ['legal', '法律服务机构', 'Legal service providers'],
        ['otherOrg', '其他', 'Other organisations'],
      ].map(([id, zh, en]) => ({ id, label: { zh, en }, group: { zh: '法人或其他组织', en: 'Legal persons and other organisations' } })),
      { id: 'total', label: { zh: '总计', en: 'Total' }, group: undefined },
    ]);
    const top = outline(model.rows);
    expect(top.map(([id, zh, , marks]) => [id, zh, marks])).toEqual([
      ['applications.new', '一、本年新收政府信息公开申请数量', ''],
      ['applications.carriedOver', '二、上年结转政府信息公开申请数量', ''],
      ['results', '三、本年度办理结果', 'HE'],
      ['carriedForward', '四、结转下年度继续办理', ''],
    ]);
    expect(top[2]![2]).toBe('Outcomes this year');
    const outcomes = top[2]![4]!;
    expect(outcomes.map(([id, zh]) => [id, zh])).toEqual([
      ['results.granted', '(一)予以公开'],
      ['results.partial', '(二)部分公开'],
      ['results.denied', '(三)不予公开'],
      ['results.unable', '(四)无法提供'],
      ['results.rejected', '(五)不予处理'],
      ['results.other', '(六)其他处理'],
      ['results.total', '(七)总计'],
    ]);
    const denied = outcomes[2]!;
    expect(denied[2]).toBe('Withheld');
    expect(denied[4]!.map(([id, zh]) => [id, zh]).slice(0, 2)).toEqual([
      ['results.denied.stateSecret', '1.属于国家秘密'],
      ['results.denied.lawForbidden', '2.其他法律行政法规禁止公开'],
    ]);
    // 2019 prints (六)其他处理 as one row.
    expect(outcomes[5]![4]).toBeUndefined();
    expect(find(model.rows, 'results.denied')!.cells.total).toMatchObject({ value: 50 });
    expect(find(model.rows, 'results.total')!.cells.total).toMatchObject({ value: 813, status: 'table' });
    expect(model.empty).toBe(false);
  });

  it('gives (六)其他处理 its three printed sub-rows in the 2021 format', () => {
    const model = buildTable3(indexReport(hongze2024.figures), hongze2024.format);
    expect(hongze2024.format).toBe('2021');
    const other = find(model.rows, 'results.other')!;
    expect(other.label.zh).toBe('(六)其他处理');
    expect(outline(other.subRows!).map(([id, zh]) => [id, zh])).toEqual([
      ['results.otherNoCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
      ['results.otherUnpaidFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
      ['results.otherMisc', '3.其他'],
    ]);
  });
});

describe('tables 2 and 4 of a real report', () => {
  it('table 2: one value column, each item a heading with its printed columns', () => {
    const model = buildTable2(indexReport(fuyang.figures), fuyang.format);
    expect(VALUE_COLUMN).toBe('value');
    expect(model.columns).toEqual([{ id: 'value', label: { zh: '数量', en: 'Figure' } }]);
    const penalty = model.rows.find((r) => r.id === 'active.penalty')!;
    expect(outline([penalty])).toEqual([
      [
        'active.penalty',
        '行政处罚',
        'Administrative penalties',
        'HE',
        [
          ['active.penalty.prevItems', expect.any(String), expect.any(String), ''],
          ['active.penalty.change', expect.any(String), expect.any(String), ''],
          ['active.penalty.decisions', '处理决定数量', expect.any(String), ''],
        ],
      ],
    ]);
    expect(penalty.subRows![2]!.cells[VALUE_COLUMN]).toMatchObject({ key: 'active.penalty.decisions', status: 'table' });
    expect(model.empty).toBe(false);
  });

  it('table 4: review, and lawsuits with both kinds under them; 洪泽 2023 as printed', () => {
    const model = buildTable4(indexReport(hongze2023.figures));
    expect(model.columns).toEqual(
      [
        ['upheld', '结果维持', 'Upheld'],
        ['corrected', '结果纠正', 'Corrected'],
        ['other', '其他结果', 'Other outcome'],
        ['pending', '尚未审结', 'Pending'],
        ['total', '总计', 'Total'],
      ].map(([id, zh, en]) => ({ id, label: { zh, en } })),
    );
    expect(outline(model.rows)).toEqual([
      ['review', '行政复议', 'Administrative review', ''],
      [
        'litigation',
        '行政诉讼(合计)',
        'Lawsuits (all)',
        'E',
        [
          ['litigationDirect', '行政诉讼(未经复议直接起诉)', 'Lawsuit filed directly', ''],
          ['litigationAfterReview', '行政诉讼(复议后起诉)', 'Lawsuit after review', ''],
        ],
      ],
    ]);
    const review = model.rows[0]!.cells;
    expect([review.upheld!.value, review.corrected!.value, review.total!.value]).toEqual([10, 1, 0]);
    expect(model.rows[1]!.subRows![0]!.cells.total!.key).toBe('litigationDirect.total');
  });
});

describe('failed checks of a real report', () => {
  const report = indexReport(hongze2023.figures, hongze2023.issues);

  it('explains 洪泽 2023: a review total of 0 beside 10 upheld + 1 corrected', () => {
    const failed = explainFailedChecks(hongze2023.issues, report, hongze2023.format);
    expect(failed.length).toBe(hongze2023.issues.filter((i) => i.severity === 'error').length);
    const review = failed.find((c) => c.keys.includes('review.total'))!;
    expect(review.title.zh).toBe('行政复议:总计 = 维持 + 纠正 + 其他 + 尚未审结');
    expect(review.left).toEqual([{ key: 'review.total', value: 0, none: null }]);
    expect(review.right.map((t) => t.value)).toEqual([10, 1, 0, 0]);
    expect([review.leftSum, review.rightSum]).toEqual([0, 11]);
    expect(review.span).not.toBeNull();
  });

  it('counts a sum mismatch of any severity and any error; a side with a missing figure has no sum', () => {
    const base = hongze2023.issues.find((i) => i.code === 'SUM_MISMATCH')!;
    expect(isFailedCheck({ ...base, severity: 'warning' })).toBe(true);
    expect(isFailedCheck({ ...base, code: 'TABLE_MISSING', severity: 'error' })).toBe(true);
    expect(isFailedCheck({ ...base, code: 'CELL_BLANK', severity: 'warning' })).toBe(false);
    // An error that is not a sum mismatch names no relation, even when its keys would match one.
    const [other] = explainFailedChecks([{ ...base, code: 'ROW_MISSING' }], report, hongze2023.format);
    expect(other).toMatchObject({ title: base.message, left: [], right: [], leftSum: null, rightSum: null });
    const withoutUpheld = indexReport(hongze2023.figures.filter((f) => f.key !== 'review.upheld'));
    const [check] = explainFailedChecks(
      [{ ...base, keys: ['review.total', 'review.upheld', 'review.corrected'] }],
      withoutUpheld,
      hongze2023.format,
    );
    expect(check!.right[0]).toEqual({ key: 'review.upheld', value: null, none: 'notRead' });
    expect(check!.rightSum).toBeNull();
    expect(check!.leftSum).toBe(0);
  });

  it('matches a relation only when the issue names all of its left side, the one sharing most keys', () => {
    expect(relationOf(['review.upheld', 'review.corrected', 'review.other', 'review.pending'])).toBeUndefined();
    expect(relationOf(['review.total', 'review.upheld'])!.label.zh).toBe('行政复议:总计 = 维持 + 纠正 + 其他 + 尚未审结');
  });
});

describe('cells of real reports', () => {
  it('note each cell with its issues once, and only issues about a cell', () => {
    const yiyang = parsedReport('seeds/001-yiyang-2020.txt');
    const blank = yiyang.issues.find((i) => i.code === 'CELL_BLANK')!;
    const key = blank.keys[0]!;
    const twice: IssueView[] = [...yiyang.issues, { ...blank, id: 99 }];
    const report = indexReport(yiyang.figures, twice);
    // The blank cell is noted as blank and as inferred by the sums, each once.
    const expected = yiyang.issues.filter((i) => i.keys.includes(key)).map((i) => i.message);
    expect(expected).toHaveLength(2);
    expect(report.notes.get(key)).toEqual(expected);
    const mismatch = hongze2023.issues.find((i) => i.code === 'SUM_MISMATCH')!;
    expect(indexReport(hongze2023.figures, hongze2023.issues).notes.get(mismatch.keys[0]!)).toBeUndefined();
    // Two different notes on one cell are both kept.
    const other: IssueView = { ...blank, id: 100, code: 'LABEL_DAMAGED', message: { zh: '行名受损', en: 'label damaged' } };
    expect(indexReport(yiyang.figures, [blank, other]).notes.get(key)).toEqual([blank.message, other.message]);
    expect(indexReport(yiyang.figures).notes.size).toBe(0);
  });

  it('show run-together digits the sums could not split as text, not as a number (平潭 2022)', () => {
    const pingtan = parsedReport('corpus/pingtan_2022.txt');
    const unsplit = pingtan.figures.find((f) => f.value === null && f.raw && f.raw.trim() !== '')!;
    const cell = buildTable2(indexReport(pingtan.figures, pingtan.issues), pingtan.format)
      .rows.flatMap((r) => r.subRows ?? [])
      .map((r) => r.cells[VALUE_COLUMN]!)
      .find((c) => c.key === unsplit.key)!;
    expect(cell).toMatchObject({ value: null, status: 'notNumber', raw: unsplit.raw });
    expect(describeCell(cell, 'en')).toMatchObject({ display: '/', reason: expect.stringContaining(unsplit.raw!.trim()) });
    const whitespace = indexReport([{ ...unsplit, raw: '  ' }]);
    expect(
      buildTable2(whitespace, '2021')
        .rows.flatMap((r) => r.subRows ?? [])
        .find((r) => r.id === unsplit.key)!.cells[VALUE_COLUMN]!.status,
    ).toBe('blank');
    expect(
      buildTable2(indexReport([{ ...unsplit, raw: null }]), '2021')
        .rows.flatMap((r) => r.subRows ?? [])
        .find((r) => r.id === unsplit.key)!.cells[VALUE_COLUMN]!.status,
    ).toBe('blank');
  });
});

describe('report models of real reports', () => {
  it('lay 洪泽 2023 under 洪泽 2024 cell by cell, and keep figures no grid shows aside, by key', () => {
    const models = buildReportModels(
      { figures: indexReport(hongze2024.figures), format: hongze2024.format },
      { figures: indexReport(hongze2023.figures), format: hongze2023.format },
    );
    const review = models.table4.rows[0]!.cells.upheld!;
    const prev2023 = hongze2023.figures.find((f) => f.key === 'review.upheld')!.value;
    expect(review.prev).toBe(prev2023);
    expect(review.delta).toBe(review.value! - prev2023!);
    const penalty = models.table2.rows.find((r) => r.id === 'active.penalty')!.subRows!.find((r) => r.id === 'active.penalty.decisions')!;
    expect(penalty.cells[VALUE_COLUMN]!.prev).toBe(hongze2023.figures.find((f) => f.key === 'active.penalty.decisions')?.value);
    expect(models.others).toEqual([]);
  });

  it('keep the figures no grid shows aside, by key (商丘 2017: sentences only)', () => {
    const shangqiu = parsedReport('seeds/004-shangqiu-2017.txt');
    // Whatever order the figures come in (here the parser's, reversed), the rest is listed by key.
    for (const figures of [shangqiu.figures, [...shangqiu.figures].reverse()]) {
      const models = buildReportModels({ figures: indexReport(figures), format: shangqiu.format }, null);
      expect(models.others.map((f) => f.key)).toEqual(['narrative.activeItems', 'narrative.legacyNotHeldOrOther']);
    }
  });

  it('stand alone without a previous report', () => {
    const models = buildReportModels({ figures: indexReport(fuyang.figures), format: fuyang.format }, null);
    expect(models.table3.rows[0]!.cells.total).toMatchObject({ value: 835 });
    expect(models.table3.rows[0]!.cells.total!.prev).toBeUndefined();
    expect(models.table4.rows[0]!.cells.total!.prev).toBeUndefined();
    expect(models.table2.rows[0]!.subRows![0]!.cells[VALUE_COLUMN]!.prev).toBeUndefined();
  });

  it('rates: per 10,000 residents for counts only', () => {
    const rows = rateRows(indexReport(fuyang.figures), null, 8_200_264);
    for (const row of rows) {
      if (row.rate.unit === 'count') expect(row.per10k, row.rate.id).toBeCloseTo((row.value! / 8_200_264) * 10_000, 10);
      else expect(row.per10k, row.rate.id).toBeNull();
    }
  });
});

describe('more of the grids and cells', () => {
  it('gives sub-rows only to (六)其他处理 in the 2021 format; other printed outcomes stay single rows', () => {
    const model = buildTable3(indexReport(hongze2024.figures), hongze2024.format);
    for (const id of ['results.granted', 'results.partial', 'results.total']) expect(find(model.rows, id)!.subRows, id).toBeUndefined();
  });

  it('says a pre-2019 report has no such tables: its empty cells are "not in this format" (商丘 2017)', () => {
    const shangqiu = parsedReport('seeds/004-shangqiu-2017.txt');
    expect(shangqiu.format).toBe('legacy');
    const models = buildReportModels({ figures: indexReport(shangqiu.figures), format: shangqiu.format }, null);
    const denied = find(models.table3.rows, 'results.denied.stateSecret')!;
    expect(denied.cells.total!.status).toBe('notInFormat');
    const news = find(models.table3.rows, 'applications.new')!.cells.total!;
    expect(news.status).toBe(shangqiu.figures.find((f) => f.key === 'applications.new.total')!.provenance);
    expect(models.table4.rows[1]!.subRows![0]!.cells.total!.status).toBe('notInFormat');
    expect(models.table2.rows[0]!.subRows![0]!.cells[VALUE_COLUMN]!.status).toBe('notInFormat');
    expect(describeCell(denied.cells.total!, 'en')).toMatchObject({ display: '—', reason: 'not in this report’s format' });
    // A 2019-format report's missing figure is "not read".
    const fuyangModels = buildReportModels(
      { figures: indexReport(fuyang.figures.filter((f) => f.key !== 'review.total')), format: '2019' },
      null,
    );
    expect(fuyangModels.table4.rows[0]!.cells.total!.status).toBe('absent');
  });

  it('gives a provenance (the badge, and a button to choose it) to the figures of the report only: none to "not in this format" (商丘 2017)', () => {
    const shangqiu = parsedReport('seeds/004-shangqiu-2017.txt');
    const models = buildReportModels({ figures: indexReport(shangqiu.figures), format: shangqiu.format }, null);
    const stored = new Map(shangqiu.figures.map((f) => [f.key, f.provenance]));
    const cells = (rows: readonly GridRow[]): GridRow['cells'][string][] =>
      rows.flatMap((r) => [...Object.values(r.cells), ...cells(r.subRows ?? [])]);
    const all = [models.table3, models.table4, models.table2].flatMap((m) => cells(m.rows));
    const notInFormat = all.filter((c) => c.status === 'notInFormat');
    expect(notInFormat.length).toBeGreaterThan(100);
    expect(notInFormat.filter((c) => cellProvenance(c) !== null).map((c) => c.key)).toEqual([]);
    // Every other cell is a figure the parser stored, with its own provenance.
    for (const c of all.filter((c) => c.status !== 'notInFormat')) expect(cellProvenance(c), c.key).toBe(stored.get(c.key));
    // A 2019-format report's figure not read has none either; a sum the page added up has none, the parser's has.
    const absent = { key: 'review.total', value: null, raw: null, basis: null, span: null, notes: [] };
    expect(cellProvenance({ ...absent, status: 'absent' })).toBeNull();
    expect(cellProvenance({ ...absent, status: 'sum', value: 3 })).toBeNull();
    expect(cellProvenance({ ...absent, status: 'sum', value: 3, span: [0, 1] })).toBe('inferred');
  });

  it('a cell carries exactly its figure, and no notes when none name it', () => {
    const report = indexReport(fuyang.figures);
    const cell = buildTable4(report).rows[0]!.cells.total!;
    const figure = fuyang.figures.find((f) => f.key === 'review.total')!;
    expect(cell).toEqual({ key: 'review.total', value: 32, status: 'table', raw: figure.raw, basis: null, span: figure.span, notes: [] });
    expect(buildTable4(indexReport([])).rows[0]!.cells.total).toEqual({
      key: 'review.total',
      value: null,
      status: 'absent',
      raw: null,
      basis: null,
      span: null,
      notes: [],
    });
  });

  it('describes an incomplete sum as not read, and quotes printed text trimmed', () => {
    const incomplete = describeCell(
      { key: 'results.denied.total', value: null, status: 'sum', raw: null, basis: null, span: null, notes: [] },
      'en',
    );
    expect(incomplete.display).toBe('…');
    const complete = describeCell(
      { key: 'results.denied.total', value: 50, status: 'sum', raw: null, basis: null, span: null, notes: [] },
      'en',
    );
    expect(complete.display).toBe('50');
    const slash = describeCell(
      { key: 'review.total', value: null, status: 'notNumber', raw: '  /  ', basis: null, span: null, notes: [] },
      'en',
    );
    expect(slash.reason).toBe(
      describeCell({ ...{ key: 'review.total', value: null, status: 'notNumber', raw: '/', basis: null, span: null, notes: [] } }, 'en')
        .reason,
    );
    expect(slash.reason).not.toContain('  /');
  });

  it('matches a relation whose left side the issue names in full, the first listed on a tie', () => {
    const partial = relationOf(['applications.new.natural', 'results.total.natural', 'carriedForward.natural']);
    expect(partial!.left).toEqual(['results.total.natural']);
    expect(relationOf(['review.total', 'litigationDirect.total'])!.left).toEqual(['review.total']);
  });
});
