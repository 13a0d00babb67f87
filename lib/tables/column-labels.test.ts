import { describe, expect, it } from 'vitest';
import { isFigureKey } from '@/lib/figures/keys';
import { rateDef } from '@/lib/figures/rates';
import { COLUMN_CHOICES, columnLabel } from './column-labels';

describe('columnLabel', () => {
  it('shortens catalogue labels to what tells columns apart', () => {
    expect(columnLabel('applications.new.total', 'zh')).toBe('本年新收');
    expect(columnLabel('applications.new.natural', 'zh')).toBe('本年新收 · 自然人');
    expect(columnLabel('results.partial.total', 'zh')).toBe('部分公开');
    expect(columnLabel('results.denied.thirdParty.total', 'zh')).toBe('保护第三方合法权益');
    expect(columnLabel('results.denied.total', 'zh')).toBe('不予公开');
    expect(columnLabel('review.corrected', 'zh')).toBe('行政复议 · 结果纠正');
    expect(columnLabel('litigation.total', 'en')).toBe('Lawsuits (all)');
    expect(columnLabel('active.penalty.decisions', 'zh')).toBe('行政处罚 · 处理决定数量');
    expect(columnLabel('disclosure-rate', 'zh')).toBe('实质公开率');
  });

  it('offers only real keys and rates', () => {
    for (const id of COLUMN_CHOICES.flatMap((c) => c.ids)) expect(isFigureKey(id) || rateDef(id) !== undefined, id).toBe(true);
  });
});
