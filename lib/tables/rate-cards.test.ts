import { describe, expect, it } from 'vitest';
import { RATES, type RateStanding } from '@/lib/figures/rates';
import { toRateCards } from './rate-cards';
import type { RateRow } from './rates';
import { unrankedNote } from './unranked-note';

const ratio = RATES.find((r) => r.unit !== 'count' && r.denominatorLabel)!;
const row = (standing: RateStanding, failed: RateRow['failedRelations'] = []): RateRow => ({
  rate: ratio,
  value: 'value' in standing ? standing.value : null,
  prev: undefined,
  per10k: null,
  standing,
  failedRelations: failed,
  notComputed: null,
});
const relations = [
  { zh: '自然人列:新收 + 结转 = 办理 + 结转下年', en: 'Natural persons column' },
  { zh: '总计行', en: 'Total row' },
];

describe('unrankedNote', () => {
  it('names why a rate is not ranked, and nothing for a ranked or missing one', () => {
    expect(unrankedNote({ kind: 'tooFew', value: 0.5, base: 3 }, 'zh')).toEqual({ kind: 'tooFew', text: '样本太少,不参与排名' });
    expect(unrankedNote({ kind: 'sumFailed', value: 0.5, base: 30 }, 'en')).toEqual({
      kind: 'sumFailed',
      text: 'not ranked: its figures fail a sum check',
    });
    expect(unrankedNote({ kind: 'ranked', value: 0.5, base: 30 }, 'zh')).toBeNull();
    expect(unrankedNote({ kind: 'missing', base: null }, 'en')).toBeNull();
  });
});

describe('toRateCards standing', () => {
  it('names the failed sum checks, joined in the language', () => {
    const [zh] = toRateCards([row({ kind: 'sumFailed', value: 0.5, base: 30 }, relations)], null, 'zh');
    expect(zh?.standing).toEqual({ kind: 'sumFailed', text: '所用数字勾稽不符,不参与排名', relations: `${relations[0]?.zh};总计行` });
    const [en] = toRateCards([row({ kind: 'sumFailed', value: 0.5, base: 30 }, relations)], null, 'en');
    expect(en?.standing?.relations).toBe('Natural persons column; Total row');
  });

  it('gives a too-small base no relations, and a ranked rate no note', () => {
    const [few, ranked] = toRateCards(
      [row({ kind: 'tooFew', value: 0.5, base: 3 }, relations), row({ kind: 'ranked', value: 0.5, base: 30 }, relations)],
      null,
      'en',
    );
    expect(few?.standing).toEqual({ kind: 'tooFew', text: 'too few to rank' });
    expect(ranked?.standing).toBeUndefined();
    expect(ranked?.base?.value).toBe(30);
  });
});
