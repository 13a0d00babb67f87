import { describe, expect, it } from 'vitest';
import { formatValue } from '@/lib/i18n/format';
import { NOTATION } from '@/lib/i18n/notation';
import { describeCell, sharedRowReasons } from './describe';
import type { GridCell } from './types';

const base: GridCell = { key: 'applications.new.total', value: 835, status: 'table', raw: '835', basis: null, span: [0, 3], notes: [] };

describe('describeCell', () => {
  it('says nothing special about an ordinary cell and prints the change', () => {
    expect(describeCell({ ...base, prev: 738, delta: 97 }, 'zh', { prevYear: 2019 })).toEqual({
      display: '835',
      reason: null,
      change: '+97',
      prevText: '2019 年:738',
    });
    expect(describeCell({ ...base, prev: 900, delta: -65 }, 'en').change).toBe('−65');
    expect(describeCell({ ...base, prev: 12, delta: 0, value: 12 }, 'en').change).toBe('±0');
    expect(describeCell({ ...base, prev: 0, delta: 0, value: 0 }, 'en')).toMatchObject({ change: null, prevText: 'Previous year: 0' });
  });

  it('prints blank, "/", not-read and not-in-format cells in the one notation, the same in both languages, and explains them', () => {
    const slash = describeCell({ ...base, value: null, status: 'notNumber', raw: ' / ' }, 'zh');
    expect(slash.display).toBe('/');
    expect(slash.reason).toContain('不记作 0');
    // Other printed text is the same meaning: the mark is "/", the reason quotes what was printed.
    const word = describeCell({ ...base, value: null, status: 'notNumber', raw: '无' }, 'en');
    expect(word.display).toBe('/');
    expect(word.reason).toContain('“无”');
    for (const lang of ['zh', 'en'] as const) {
      expect(describeCell({ ...base, value: null, status: 'blank', raw: '' }, lang).display).toBe('□');
      expect(describeCell({ ...base, value: null, status: 'absent', raw: null }, lang).display).toBe('…');
      expect(describeCell({ ...base, value: null, status: 'notInFormat', raw: null }, lang).display).toBe('—');
    }
    expect(describeCell({ ...base, value: null, status: 'blank', raw: '' }, 'en').reason).toBe('The cell is blank: not 0');
    expect(describeCell({ ...base, value: null, status: 'absent', raw: null }, 'zh').reason).toBe('未读取(报告应有此项,未能读出)');
  });

  it('explains inferred and sentence figures with their basis, raw text and notes', () => {
    const inferred = describeCell(
      { ...base, status: 'inferred', basis: 'rowTotal.applications.new', notes: [{ zh: '由六列之和推算', en: 'from the six columns' }] },
      'zh',
    );
    expect(inferred.display).toBe('835');
    expect(inferred.reason).toBe(
      '表格此格空白,数字由表内勾稽关系唯一推算得出。依据:一、本年新收政府信息公开申请数量:总计 = 六类申请人之和。由六列之和推算',
    );
    const sentence = describeCell({ ...base, value: 3517, status: 'narrative', raw: '共受理依申请政府信息公开3517件' }, 'en');
    expect(sentence.reason).toContain('read from a sentence');
    expect(sentence.reason).toContain('3517件');
  });

  it('tells an incomplete sum from a computed one', () => {
    expect(describeCell({ ...base, value: null, status: 'sum' }, 'en').reason).toContain('sub-row is missing');
    expect(describeCell({ ...base, value: 50, status: 'sum' }, 'en').reason).toContain('sum of its sub-rows');
    // Said once: its basis, the same sum, is not added again.
    expect(describeCell({ ...base, value: 50, status: 'sum', basis: 'group-sum' }, 'zh').reason).toBe('报告未印这一行,数字为各子项之和');
    expect(describeCell({ ...base, value: 50, status: 'inferred', basis: 'group-sum' }, 'zh').reason).toContain('依据:各子项之和');
  });
});

describe('formatValue', () => {
  it('prints yuan in 万元 in Chinese and signed changes', () => {
    expect(formatValue(255340300, 'yuan', 'zh')).toBe('25,534.03万元');
    expect(formatValue(255340300, 'yuan', 'en')).toBe('255,340,300 yuan');
    expect(formatValue(543, 'change', 'zh')).toBe('+543');
  });
});

describe('describeCell, edges', () => {
  it('says a figure is absent, joins reasons per language, and has no previous text without a previous value', () => {
    const absent = describeCell({ ...base, value: null, status: 'absent', raw: null, span: null }, 'zh');
    expect(absent).toEqual({ display: NOTATION.notRead.mark, reason: NOTATION.notRead.zh, change: null, prevText: null });
    const notes = [
      { zh: '甲', en: 'first' },
      { zh: '乙', en: 'second' },
    ];
    expect(describeCell({ ...base, notes }, 'en').reason).toBe('first. second');
    expect(describeCell({ ...base, notes }, 'zh').reason).toBe('甲。乙');
    expect(describeCell({ ...base, prev: null, delta: null }, 'en')).toEqual({
      display: '835',
      reason: null,
      change: null,
      // No previous number: no previous text (never a bare "—", which the footer defines as "not in this format").
      prevText: null,
    });
    // A change of 0 on a non-zero value is said; a change to 0 from something is a fall.
    expect(describeCell({ ...base, value: 5, prev: 5, delta: 0 }, 'en').change).toBe('±0');
    expect(describeCell({ ...base, value: 0, prev: 3, delta: -3 }, 'en').change).toBe('−3');
    expect(describeCell({ ...base, value: 1234, prev: 0, delta: 1234 }, 'en').change).toBe('+1,234');
  });
});

describe('sharedRowReasons', () => {
  const lacking: GridCell = { ...base, value: null, status: 'notInFormat', raw: null };
  it('names a reason two cells of the row give, once, and leaves a reason of one cell to it', () => {
    const blank: GridCell = { ...base, value: null, status: 'blank', raw: '' };
    const row = [lacking, { ...lacking, key: 'b' }, { ...lacking, key: 'c' }, blank, base];
    expect(sharedRowReasons(row, 'zh')).toEqual([NOTATION.notInFormat.zh]);
    expect(sharedRowReasons(row, 'en')).toEqual([NOTATION.notInFormat.en]);
    expect(sharedRowReasons([lacking, base, blank], 'en')).toEqual([]);
  });
  it('keeps reasons apart that differ in their words, in the order first met', () => {
    const slash = (raw: string, key: string): GridCell => ({ ...base, key, value: null, status: 'notNumber', raw });
    const reasons = sharedRowReasons([slash('无', 'a'), slash('/', 'b'), slash('/', 'c'), slash('无', 'd')], 'zh');
    expect(reasons).toHaveLength(2);
    expect(reasons[0]).toContain('“无”');
  });
});
