import { describe, expect, it } from 'vitest';
import { chineseNumber } from './chinese';

describe('chineseNumber', () => {
  it('reads counts written with place words', () => {
    const cases: [string, number][] = [
      ['零', 0],
      ['七', 7],
      ['十', 10],
      ['十二', 12],
      ['三十五', 35],
      ['一百零二', 102],
      ['一百一十', 110],
      ['两千零五十', 2050],
      ['一千零十', 1010],
      ['一万二千', 12000],
      ['三万零五百', 30500],
      ['三万', 30000],
      ['一万五百零三', 10503],
      ['〇', 0],
    ];
    for (const [s, n] of cases) expect(chineseNumber(s), s).toBe(n);
  });

  it('gives no number for digits in a row, codes or places out of order', () => {
    const none = [
      '',
      '三四',
      '一〇二',
      '十百',
      '百',
      '一百五',
      '零五',
      '一万万',
      '五零',
      '十五零',
      '一百零零二',
      '三个',
      '二十三百',
      '二十三十',
    ];
    for (const s of [...none, '一百十', '一千零五百', '三四万', '一万三四']) expect(chineseNumber(s), s).toBeNull();
  });
});
