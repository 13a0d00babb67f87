import { describe, expect, it } from 'vitest';
import { fitText, textWidth } from './preview-text';

describe('preview text', () => {
  it('keeps a name that fits whole, and cuts one that does not with … within the width', () => {
    expect(fitText('洪泽区', 264, 24)).toBe('洪泽区');
    expect(fitText('Fuyang, Anhui 阜阳市', 400, 24)).toBe('Fuyang, Anhui 阜阳市');
    const long = 'Xilingol League 锡林郭勒盟 · 锡林郭勒盟行政公署办公室';
    const cut = fitText(long, 264, 24);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(textWidth(cut, 24)).toBeLessThanOrEqual(264);
  });

  it('counts a Chinese character wider than a Latin letter', () => {
    expect(textWidth('阜阳', 20)).toBe(40);
    expect(textWidth('Fu', 20)).toBeLessThan(40);
    expect(fitText('阜阳市人民政府办公室', 100, 20)).toBe('阜阳市人…');
  });
});
