import { describe, expect, it } from 'vitest';
import { indexReport } from './cells';
import { withChange } from './change';
import { FUYANG_2020_ROWS, tableFigures } from './fixtures.test-helpers';
import { buildTable3 } from './table3';
import type { GridRow } from './types';

function find(rows: readonly GridRow[], id: string): GridRow | undefined {
  for (const r of rows) {
    if (r.id === id) return r;
    const inner = find(r.subRows ?? [], id);
    if (inner) return inner;
  }
  return undefined;
}

describe('buildTable3', () => {
  const report = indexReport(tableFigures(FUYANG_2020_ROWS));

  it('groups the eight 不予公开 reasons under (三) and sums them per column', () => {
    const model = buildTable3(report, '2019');
    const denied = find(model.rows, 'results.denied')!;
    expect(denied.subRows!.map((r) => r.id)).toHaveLength(8);
    const thirdParty = find(model.rows, 'results.denied.thirdParty')!;
    expect(thirdParty.cells.total!.value).toBe(34);
    expect(thirdParty.cells.otherOrg!.value).toBe(11);
    expect(denied.cells.total!).toMatchObject({ value: 4 + 3 + 0 + 34 + 2 + 0 + 5 + 2, status: 'sum' });
    expect(denied.cells.otherOrg!.value).toBe(11);
  });

  it('nests the outcomes under 三、本年度办理结果 and keeps the printed order', () => {
    const model = buildTable3(report, '2019');
    expect(model.rows.map((r) => r.id)).toEqual(['applications.new', 'applications.carriedOver', 'results', 'carriedForward']);
    expect(find(model.rows, 'results')!.subRows!.map((r) => r.id)).toEqual([
      'results.granted',
      'results.partial',
      'results.denied',
      'results.unable',
      'results.rejected',
      'results.other',
      'results.total',
    ]);
    expect(model.columns.map((c) => c.id)).toEqual(['natural', 'commercial', 'research', 'nonprofit', 'legal', 'otherOrg', 'total']);
  });

  it('gives (六)其他处理 its three sub-rows in the 2021 format only', () => {
    expect(find(buildTable3(report, '2019').rows, 'results.other')!.subRows).toBeUndefined();
    const other = find(buildTable3(report, '2021').rows, 'results.other')!;
    expect(other.subRows!.map((r) => r.id)).toEqual(['results.otherNoCorrection', 'results.otherUnpaidFee', 'results.otherMisc']);
  });

  it('keeps blank, "/" and absent cells apart from 0', () => {
    const figures = tableFigures({ 'results.denied.thirdParty': [23, null, 0, 0, 0, 11, 34] });
    figures[2] = { ...figures[2]!, value: null, raw: '/' };
    const model = buildTable3(indexReport(figures), '2019');
    const row = find(model.rows, 'results.denied.thirdParty')!;
    expect(row.cells.commercial).toMatchObject({ value: null, status: 'blank' });
    expect(row.cells.research).toMatchObject({ value: null, status: 'notNumber', raw: '/' });
    expect(row.cells.nonprofit).toMatchObject({ value: 0, status: 'table' });
    expect(find(model.rows, 'applications.new')!.cells.total!.status).toBe('absent');
    // a group sum with a blank part is unknown, not the sum of the rest
    expect(find(model.rows, 'results.denied')!.cells.commercial).toMatchObject({ value: null, status: 'sum' });
  });

  it('marks inferred and sentence figures and attaches the issues that explain them', () => {
    const figures = tableFigures({ 'applications.new': [790, 6, 0, 2, 26, 11, 835] });
    figures[6] = { ...figures[6]!, provenance: 'inferred', basis: 'rowTotal.applications.new' };
    figures.push({
      key: 'review.total',
      value: 126,
      provenance: 'narrative',
      rule: 'narrative.appeals',
      raw: '行政复议126件',
      basis: null,
      span: [5, 14],
    });
    const message = { zh: '总计栏空白,由六类申请人之和推算', en: 'Total blank, inferred from the six columns' };
    const report2 = indexReport(figures, [
      { id: 1, code: 'INFERRED', severity: 'info', message, keys: ['applications.new.total'], numbers: null, span: null },
    ]);
    const cell = find(buildTable3(report2, '2019').rows, 'applications.new')!.cells.total!;
    expect(cell).toMatchObject({ value: 835, status: 'inferred', basis: 'rowTotal.applications.new', notes: [message] });
    expect(report2.figures.get('review.total')!.provenance).toBe('narrative');
  });

  it('shows a group total the parser added up as a sum, not as an inferred blank', () => {
    const figures = tableFigures(FUYANG_2020_ROWS);
    figures.push({
      key: 'results.denied.total',
      value: 50,
      provenance: 'inferred',
      rule: 'group-sum',
      raw: null,
      basis: 'group-sum',
      span: [0, 40],
    });
    const denied = find(buildTable3(indexReport(figures), '2019').rows, 'results.denied')!;
    expect(denied.cells.total).toMatchObject({ value: 50, status: 'sum', span: [0, 40] });
    expect(denied.cells.natural).toMatchObject({ value: 38, status: 'sum', span: null });
  });

  it('is empty for a report without table 3 figures', () => {
    expect(buildTable3(indexReport([]), 'legacy').empty).toBe(true);
    expect(buildTable3(report, '2019').empty).toBe(false);
  });
});

describe('withChange', () => {
  it('sets the previous value and the change where both years have a number', () => {
    const current = buildTable3(indexReport(tableFigures(FUYANG_2020_ROWS)), '2019');
    const previous = buildTable3(
      indexReport(
        tableFigures({ 'applications.new': [700, 6, null, 2, 20, 10, 738], 'results.denied.thirdParty': [20, 0, 0, 0, 0, 5, 25] }),
      ),
      '2019',
    );
    const model = withChange(current, previous);
    const news = find(model.rows, 'applications.new')!;
    expect(news.cells.total).toMatchObject({ value: 835, prev: 738, delta: 97 });
    expect(news.cells.research).toMatchObject({ value: 0, prev: null, delta: null });
    expect(find(model.rows, 'results.denied.thirdParty')!.cells.otherOrg).toMatchObject({ prev: 5, delta: 6 });
    // nothing to compare with: no prev at all
    expect(find(model.rows, 'results.granted')!.cells.total!.prev).toBeUndefined();
    expect(withChange(current, null)).toBe(current);
  });
});

describe('withChange, edges', () => {
  it('has no change where this year is blank, and lays over rows the previous grid lacks nothing', () => {
    const current = buildTable3(indexReport(tableFigures({ 'applications.new': [790, null, 0, 2, 26, 11, 835] })), '2019');
    const previous = buildTable3(indexReport(tableFigures({ 'applications.new': [700, 6, 0, 2, 20, 10, 738] })), '2019');
    const news = find(withChange(current, previous).rows, 'applications.new')!;
    expect(news.cells.commercial).toMatchObject({ value: null, prev: 6, delta: null });
    // A previous grid without the results heading (or any row) leaves those rows as they are.
    const partial = { ...previous, rows: previous.rows.filter((r) => r.id === 'applications.new') };
    const model = withChange(current, partial);
    expect(find(model.rows, 'results.granted')!.cells.total!.prev).toBeUndefined();
    expect(find(model.rows, 'results')!.subRows!.length).toBe(7);
  });
});
