import { describe, expect, it } from 'vitest';
import { indexReport } from './cells';
import { explainFailedChecks, relationOf } from './checks';
import type { FigureView, IssueView } from '@/lib/domain';

function fig(key: string, value: number | null): FigureView {
  return { key, value, provenance: 'table', rule: 'test', raw: String(value), basis: null, span: null };
}

describe('explainFailedChecks', () => {
  // 洪泽区 2023 prints a review total of 0 beside 10 upheld + 1 corrected.
  const figures = [
    fig('review.upheld', 10),
    fig('review.corrected', 1),
    fig('review.other', 0),
    fig('review.pending', 0),
    fig('review.total', 0),
  ];
  const mismatch: IssueView = {
    id: 7,
    code: 'SUM_MISMATCH',
    severity: 'error',
    message: { zh: '行政复议总计不等于各项之和', en: 'Review total differs from its parts' },
    keys: ['review.total', 'review.upheld', 'review.corrected', 'review.other', 'review.pending'],
    numbers: { left: 0, right: 11 },
    span: [100, 120],
  };

  it('names the relation in plain words and shows both sides', () => {
    const [check] = explainFailedChecks([mismatch], indexReport(figures), '2021');
    expect(check!.title.zh).toBe('行政复议:总计 = 维持 + 纠正 + 其他 + 尚未审结');
    expect(check!.leftSum).toBe(0);
    expect(check!.rightSum).toBe(11);
    expect(check!.right.map((t) => t.value)).toEqual([10, 1, 0, 0]);
    expect(check!.span).toEqual([100, 120]);
  });

  it('says why a term has no number, in the one notation: not read, or not in the format', () => {
    const withoutOther = indexReport(figures.filter((f) => f.key !== 'review.other'));
    const [check] = explainFailedChecks([mismatch], withoutOther, '2021');
    expect(check!.right.map((t) => t.none)).toEqual([null, null, 'notRead', null]);
    expect(check!.rightSum).toBeNull();
    const [legacy] = explainFailedChecks([mismatch], withoutOther, 'legacy');
    expect(legacy!.right.find((t) => t.key === 'review.other')!.none).toBe('notInFormat');
  });

  it('lists other errors with the parser message and skips informational issues', () => {
    const info: IssueView = { ...mismatch, id: 8, code: 'INFERRED', severity: 'info' };
    const missing: IssueView = { ...mismatch, id: 9, code: 'TABLE_MISSING', keys: [], message: { zh: '缺少表三', en: 'Table 3 missing' } };
    const checks = explainFailedChecks([info, missing], indexReport(figures), '2021');
    expect(checks.map((c) => c.issueId)).toEqual([9]);
    expect(checks[0]!.title.zh).toBe('缺少表三');
    expect(checks[0]!.leftSum).toBeNull();
  });

  it('finds the balance relation of a column from its keys', () => {
    const r = relationOf([
      'applications.new.natural',
      'applications.carriedOver.natural',
      'results.total.natural',
      'carriedForward.natural',
    ]);
    expect(r!.id).toBe('balance.natural');
    expect(relationOf(['active.penalty.decisions'])).toBeUndefined();
  });
});
