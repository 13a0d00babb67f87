import { describe, expect, it } from 'vitest';
import { indexReport } from './cells';
import { buildTable2 } from './table2';
import { buildTable4 } from './table4';
import type { FigureView } from '@/lib/domain';

function fig(key: string, value: number | null, provenance: FigureView['provenance'] = 'table'): FigureView {
  return { key, value, provenance, rule: 'test', raw: value === null ? '' : String(value), basis: null, span: null };
}

describe('buildTable4', () => {
  it('sums both kinds of lawsuit into 行政诉讼(合计) unless the report states it', () => {
    const report = indexReport([
      fig('review.upheld', 10),
      fig('review.corrected', 1),
      fig('review.total', 0),
      fig('litigationDirect.total', 4),
      fig('litigationAfterReview.total', 2),
      fig('litigationDirect.upheld', 3),
      fig('litigationAfterReview.upheld', null),
    ]);
    const model = buildTable4(report);
    const [review, litigation] = model.rows;
    expect(review!.cells.total!.value).toBe(0);
    expect(litigation!.cells.total).toMatchObject({ value: 6, status: 'sum' });
    expect(litigation!.cells.upheld).toMatchObject({ value: null, status: 'sum' });
    expect(litigation!.cells.pending!.status).toBe('absent');
    expect(litigation!.subRows!.map((r) => r.id)).toEqual(['litigationDirect', 'litigationAfterReview']);

    const stated = buildTable4(indexReport([fig('litigation.total', 142, 'narrative')]));
    expect(stated.rows[1]!.cells.total).toMatchObject({ value: 142, status: 'narrative' });
  });
});

describe('buildTable2', () => {
  it('lists each item with the columns its format prints', () => {
    const report = indexReport([fig('active.penalty.decisions', 3402), fig('active.penalty.change', 543)]);
    const m2019 = buildTable2(report, '2019');
    const penalty = m2019.rows.find((r) => r.id === 'active.penalty')!;
    expect(penalty.subRows!.map((r) => r.id)).toEqual(['active.penalty.prevItems', 'active.penalty.change', 'active.penalty.decisions']);
    expect(penalty.subRows![2]!.cells.value!.value).toBe(3402);
    expect(m2019.rows.find((r) => r.id === 'active.procurement')!.subRows![1]!.unit).toBe('yuan');
    const m2021 = buildTable2(report, '2021');
    expect(m2021.rows.map((r) => r.id)).not.toContain('active.procurement');
    expect(m2021.rows.find((r) => r.id === 'active.penalty')!.subRows!.map((r) => r.id)).toEqual(['active.penalty.decisions']);
  });
});
