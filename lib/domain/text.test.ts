import { describe, expect, it } from 'vitest';
import { isPlainText, printable } from './text';

describe('isPlainText', () => {
  it('takes names and searches as people type them', () => {
    for (const text of ['安徽省', 'fuyang-341200', 'Fuyang City', '𠀋𠀾 (astral)', 'it\'s "quoted"', ''])
      expect(isPlainText(text), text).toBe(true);
  });

  it('refuses NUL, other control characters and unpaired surrogates', () => {
    for (const text of ['\u0000', 'a\u0000b', '安徽\u0007省', 'tab\there', 'line\nbreak', '\u007f', '\uD800', 'x\uDC00', 'a\uD83Db'])
      expect(isPlainText(text), JSON.stringify(text)).toBe(false);
  });

  it('quotes refused text with replacement characters, keeping the rest', () => {
    expect(printable('安\u0000徽\uD800')).toBe('安\uFFFD徽\uFFFD');
    expect(printable('𠀋')).toBe('𠀋');
  });
});
