import { describe, expect, it } from 'vitest';
import { codesByEnglish, searchKey } from './english-search';

describe('search by English name', () => {
  it('finds the official romanisations that pinyin would not (Hohhot, Ulanqab, Kashi)', () => {
    expect(codesByEnglish('Hohhot')).toContain('150100');
    expect(codesByEnglish('ulanqab')).toContain('150900');
    expect(codesByEnglish('Kashi')).toContain('653100');
  });

  it('finds both Fuyangs, and one when the region is typed', () => {
    const both = codesByEnglish('Fuyang');
    expect(both).toEqual(expect.arrayContaining(['341200', '330111']));
    expect(codesByEnglish('fuyang, anhui')).toStrictEqual(['341200']);
  });

  it('ignores case, spaces and apostrophes; a single letter or Chinese finds nothing here', () => {
    expect(searchKey("Xi'an City")).toBe('xiancity');
    expect(codesByEnglish('hong ze')).toContain('320813');
    expect(codesByEnglish('h')).toStrictEqual([]);
    expect(codesByEnglish('阜阳')).toStrictEqual([]);
  });
});
