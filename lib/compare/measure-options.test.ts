import { describe, expect, it } from 'vitest';
import { FIGURES, isFigureKey } from '@/lib/figures/keys';
import { rateDef } from '@/lib/figures/rates';
import { parseMeasure } from '@/lib/view-state/params';
import { COLUMN_CHOICES, choiceOf, MEASURE_GROUPS, measureValueOf } from './measure-options';

describe('measure picker choices', () => {
  it('every choice and column gives a measure the URL accepts', () => {
    for (const group of MEASURE_GROUPS) {
      for (const choice of group.choices) {
        const columns = choice.columns ? COLUMN_CHOICES[choice.columns].map((c) => c.id) : [null];
        for (const column of columns) {
          const value = measureValueOf(choice.value, column);
          expect(isFigureKey(value) || rateDef(value) !== undefined, value).toBe(true);
        }
      }
    }
  });

  it('every figure key of the catalogue can be picked, and picks back to itself', () => {
    for (const f of FIGURES) {
      const parsed = parseMeasure(f.key);
      if (parsed.kind !== 'valid') throw new Error(f.key);
      const { choice, column } = choiceOf(parsed.value);
      expect(measureValueOf(choice, column)).toBe(f.key);
      expect(
        MEASURE_GROUPS.some((g) => g.choices.some((c) => c.value === choice)),
        choice,
      ).toBe(true);
    }
  });
});
