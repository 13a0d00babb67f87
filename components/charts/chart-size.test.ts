import { describe, expect, it } from 'vitest';
import { fitLabel } from './chart-size';

describe('fitLabel', () => {
  it('keeps a label that fits whole', () => {
    expect(fitLabel('阜阳市', 13)).toBe('阜阳市');
    expect(fitLabel('Fuyang, Anhui 阜阳市', 13)).toBe('Fuyang, Anhui 阜阳市');
  });

  it('cuts a label that does not fit, with an ellipsis, keeping its start', () => {
    const long = 'Ulanqab · 乌兰察布市人民政府办公室政务公开科';
    const cut = fitLabel(long, 13);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cut.length).toBeLessThan(long.length);
  });

  it('counts CJK characters wider than Latin ones', () => {
    expect(fitLabel('a'.repeat(24), 13)).toBe('a'.repeat(24));
    expect(fitLabel('县'.repeat(24), 13)).not.toBe('县'.repeat(24));
  });
});
