import { readFileSync } from 'node:fs';
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

  it('defuses every formula start in text, never in numbers or mid-text', () => {
    const csv = toCsv(['cell'], [['+1'], ['-1'], ['@A1'], ['\tx'], ['1+1'], ['a=b'], [-3], [undefined], ['']]);
    expect(csv.slice(1).split('\r\n')).toEqual(['cell', "'+1", "'-1", "'@A1", "'\tx", '1+1', 'a=b', '-3', '', '', '']);
  });

  it('quotes a line break of either kind, and a defused formula holding a comma', () => {
    expect(toCsv(['h'], [['a\nb'], ['a\rb'], ['=1,2']]).slice(1)).toBe('h\r\n"a\nb"\r\n"a\rb"\r\n"\'=1,2"\r\n');
    // A leading carriage return is both defused and quoted.
    expect(toCsv(['h'], [['\rx']]).slice(1)).toBe('h\r\n"\'\rx"\r\n');
  });

  it('keeps every line of a real report, one row each, and reads back the same', () => {
    // 弋阳 2020 has `|` cells, ASCII commas in sentences, and cells printed "+543" and "-15".
    const lines = readFileSync('data/reports/seeds/001-yiyang-2020.txt', 'utf8').split('\n');
    const csv = toCsv(
      ['line'],
      lines.map((l) => [l]),
    );
    // A minimal reader of what toCsv writes: quoted fields may hold the separators.
    const cells = [...csv.slice(1).matchAll(/("(?:[^"]|"")*"|[^,\r\n]*)\r\n/g)].map((m) =>
      m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!,
    );
    expect(cells).toHaveLength(lines.length + 1);
    expect(cells.filter((c) => c.startsWith("'"))).toEqual(["'+543 |", "'-15 |"]);
    expect(cells.slice(1).map((c) => c.replace(/^'/, ''))).toEqual(lines);
    expect(csv.split('\r\n').filter((row) => row.startsWith('"')).length).toBeGreaterThan(10);
  });
});
