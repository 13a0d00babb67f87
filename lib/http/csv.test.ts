import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('starts with a BOM, quotes what needs it, keeps null empty and 0 as 0', () => {
    const csv = toCsv(
      ['a', 'b', 'c'],
      [
        ['阜阳市, 安徽', 0, null],
        ['say "hi"', 1.5, '=SUM(A1)'],
      ],
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('a,b,c\r\n"阜阳市, 安徽",0,\r\n"say ""hi""",1.5,\'=SUM(A1)\r\n');
  });
});
