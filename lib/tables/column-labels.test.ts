import { describe, expect, it } from 'vitest';
import { figureLabel, isFigureKey } from '@/lib/figures/keys';
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

describe('columnLabel, edges', () => {
  it('keeps a sentence figure whole, an unknown id as it is, and strips only the leading numbering', () => {
    expect(columnLabel('narrative.activeItems', 'zh')).toBe(figureLabel('narrative.activeItems', 'zh'));
    expect(columnLabel('narrative.activeItems', 'en')).toBe(figureLabel('narrative.activeItems', 'en'));
    expect(columnLabel('no.such.key', 'zh')).toBe('no.such.key');
    // 1.申请人无正当理由逾期不补正、行政机关… keeps its 、 (only a numeral before 、 is numbering).
    expect(columnLabel('results.otherNoCorrection.total', 'zh')).toBe('申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请');
    expect(columnLabel('results.rejected.total', 'zh')).toBe('不予处理');
    expect(columnLabel('carriedForward.natural', 'en')).toBe('Carried forward · Natural persons');
  });
});
