// Table 3 printed letter-spaced (PDFs and Word pages with character spacing print 790 as "7 9 0"):
// a single space between digits may part two cells or join one number, so each row's readings go
// to its total and the table's sums, which read the table where they single one reading out and
// leave the rest blank. Seed 000's table 3 (阜阳 2020, testing/build.ts) printed that way.

import { describe, expect, it } from 'vitest';
import { APPLICANT_COLUMNS } from '../../figures/keys';
import { parseReport } from '..';
import { normalizeText } from '../normalize';
import { report, SAMPLE3, table3, type Layout } from '../testing/build';
import { mayJoin, spacedReadings, spacedRun } from './spaced';
import { tokenize, type Cell } from './tokens';

const spaced = (n: number | null) => [...String(n)].join(' ');
const SPACED3 = Object.fromEntries(Object.entries(SAMPLE3).map(([id, cells]) => [id, cells.map(spaced)]));

/** Table 3's figures as read: the sample's value, null, or what was read instead (a wrong figure). */
function table3Read(text: string): { read: number; wrong: string[]; figures: Record<string, number | null> } {
  const out = parseReport(text);
  if (!out.ok) throw new Error(out.refusal.message.en);
  const wrong: string[] = [];
  let read = 0;
  for (const [id, cells] of Object.entries(SAMPLE3)) {
    APPLICANT_COLUMNS.forEach((c, i) => {
      const got = out.result.figures[`${id}.${c.id}`];
      if (got === null || got === undefined) return;
      if (got === cells[i]) read++;
      else wrong.push(`${id}.${c.id}: ${got} (printed ${cells[i]})`);
    });
  }
  return { read, wrong, figures: out.result.figures };
}

const CELLS = Object.keys(SAMPLE3).length * APPLICANT_COLUMNS.length;

describe('letter-spaced table 3', () => {
  it.each<[Layout, number]>([
    ['lines', CELLS], // one cell a line (pdftotext raw): 7 9 0 alone on its line
    ['pipes', CELLS], // cells between '|' (HTML, Markdown): | 7 9 0 | 6 |
  ])('%s: every cell read, each number by its row total and the table sums', (layout, cells) => {
    const { read, wrong } = table3Read(report({ table3: table3(SPACED3, layout) }));
    expect(wrong).toEqual([]);
    expect(read).toBe(cells);
  });

  it('cells run together, digits spaced (a page’s text): the rows the sums single out are read, no other', () => {
    // 一、本年新收…7 9 06022 61 18 3 5: 790|6|0|2|26|11|835 among the splits at each space
    const { read, wrong, figures } = table3Read(report({ table3: table3(SPACED3, 'run') }));
    expect(wrong).toEqual([]);
    expect(figures['applications.new.total']).toBe(835);
    expect(figures['results.unable.notHeld.natural']).toBe(337);
    expect(read).toBeGreaterThanOrEqual(80);
  });

  it('numbers printed on the line before their labels: no row takes another row’s numbers', () => {
    // read as printed, each group of numbers went to the row above its own (its label after it)
    const { wrong } = table3Read(report({ table3: table3(SPACED3, 'before') }));
    expect(wrong).toEqual([]);
  });

  it('a number wrapped onto the next line (pdftotext -layout): its row is left blank, the others read', () => {
    // 1.信访举报投诉类申请 2 3 … 2 3 printed 2 … 2 on the row's line, 3 … 3 below: the row alone reads 2 … 2, its total holding
    const rows = { ...SPACED3, 'results.rejected.petition': ['2', '0', '0', '0', '0', '0', '2'] };
    const text = report({ table3: table3(rows, 'pipes') }).replace(/(信访举报投诉类申请[^\n]*)/, '$1\n |  | 3 |  |  |  |  |  | 3');
    const { wrong, figures } = table3Read(text);
    expect(wrong).toEqual([]);
    expect(figures['results.rejected.petition.natural']).toBeNull();
    expect(figures['applications.new.natural']).toBe(790);
  });
});

describe('letter-spaced table 4', () => {
  const figures = (table4: string) => {
    const out = parseReport(report({ table3: table3(SAMPLE3, 'spaces'), table4 }));
    if (!out.ok) throw new Error(out.refusal.message.en);
    return ['review', 'litigationDirect', 'litigationAfterReview'].map((g) =>
      ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => out.result.figures[`${g}.${c}`] ?? null),
    );
  };

  it('one cell a line, full-width digits spaced (１ １ for 11): no group read otherwise than printed', () => {
    // taken as printed, fifteen of them (０ ８ ０ １ ９ …, １ １ left out) held each total by chance and
    // were read (0 for 11); read as spaced, 11 0 8 0 19 holds too: the first group is left blank
    const t4 = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '行政复议', '１ １', '０', '８', '０', '１ ９'];
    const rest = [
      '行政诉讼（未经复议',
      '直接起诉）',
      '０',
      '０',
      '０',
      '０',
      '０',
      '行政诉讼（复议后起',
      '诉）',
      '０',
      '０',
      '０',
      '９',
      '９',
    ];
    expect(figures([...t4, ...rest].join('\n'))).toEqual([
      [null, null, null, null, null],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 9, 9],
    ]);
  });

  it('cells run together, digits spaced (a page’s text): a space may join 1 1, the cells the readings give alike are read', () => {
    // 0 0 0 0 0 | 0 0 0 11 11 | 0 0 0 1 1; split at its spaces only, 1|10|… was read
    const t4 = '行政复议行政诉讼\n结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉\n000000001 11 100011';
    expect(figures(t4)).toEqual([
      [0, 0, 0, 0, 0],
      [0, 0, 0, null, null],
      [null, null, null, null, null],
    ]);
  });
});

describe('letter-spaced table 4, outcomes down', () => {
  it('rows run together beside a total row a space parts (１ ６７１ ０ for 16 | 7 | 10): its readings, chosen by the sums', () => {
    // read as printed, 1 | 671 | 0
    const t4 = [
      '行政复议行政诉讼（未经复议直接起诉）行政诉讼（复议后起诉）',
      '结果维持９００',
      '结果纠正００１',
      '其他结果０３０',
      '尚未审结７４９',
      '总计１ ６７１ ０',
    ];
    const out = parseReport(report({ table3: table3(SAMPLE3, 'spaces'), table4: t4.join('\n') }));
    if (!out.ok) throw new Error(out.refusal.message.en);
    expect(['review.total', 'litigationDirect.total', 'litigationAfterReview.total'].map((k) => out.result.figures[k])).toEqual([
      16, 7, 10,
    ]);
  });
});

/** A line's text and the cells the tokenizer reads in it. */
const cellsOf = (line: string): { t: ReturnType<typeof normalizeText>; cells: Cell[] } => {
  const t = normalizeText(line);
  const cells = tokenize(t, [], 0, t.norm.length).flatMap((tok) => (tok.kind === 'cell' ? [tok.cell] : []));
  return { t, cells };
};
const values = (r: Cell[]) => r.map((c) => (c.kind === 'number' ? c.num!.value : c.raw));
/** The readings of a line as values, `least` to `k` cells. */
const readingsOf = (line: string, k: number, least?: number) => {
  const { t, cells } = cellsOf(line);
  return spacedReadings(t, cells, k, least)?.readings.map(values) ?? null;
};

describe('spacedReadings', () => {
  it('each single space either way; digits printed together are cells run together', () => {
    const { t, cells } = cellsOf('5 7122246 8');
    const found = spacedReadings(t, cells, 7)!;
    expect(found.complete).toBe(true);
    expect(found.readings.map(values)).toEqual([[57, 1, 2, 2, 2, 4, 68]]);
  });

  it('marks run together are one cell each or one together; no number but 0 starts with 0', () => {
    const { t, cells } = cellsOf('7 9———3—8 2');
    const readings = spacedReadings(t, cells, 7)!.readings.map(values);
    expect(readings).toContainEqual([79, '—', '—', '—', 3, '—', 82]);
    expect(readings).toContainEqual([7, 9, '———', 3, '—', 8, 2]);
    const zero = cellsOf('1 0 5');
    expect(spacedReadings(zero.t, zero.cells, 3)!.readings.map(values)).toEqual([[1, 0, 5], [10, 5], [105]]);
  });

  it('no space that may join digits: null', () => {
    const { t, cells } = cellsOf('12 | 0 | 3');
    expect(spacedReadings(t, cells, 3)).toBeNull();
  });

  it('a joined number is one cell spanning its digits and the spaces between; marks split from a run keep their places', () => {
    const { t, cells } = cellsOf('1 0 5 ——');
    const readings = spacedReadings(t, cells, 5)!.readings;
    expect(readings.map(values)).toEqual([
      [1, 0, 5, '—', '—'],
      [1, 0, 5, '——'],
      [10, 5, '—', '—'],
      [10, 5, '——'],
      [105, '—', '—'],
      [105, '——'],
    ]);
    const [first, , , , whole, joined] = readings;
    expect(whole![0]).toMatchObject({ kind: 'number', raw: '1 0 5', span: [0, 5], num: { value: 105 } });
    expect(first!.slice(3)).toEqual([
      { kind: 'placeholder', raw: '—', span: [6, 7] },
      { kind: 'placeholder', raw: '—', span: [7, 8] },
    ]);
    expect(joined![1]).toEqual({ kind: 'placeholder', raw: '——', span: [6, 8] });
  });

  it('two runs of marks a space apart are never one cell', () => {
    expect(readingsOf('7 9 — —', 4)).toEqual([
      [7, 9, '—', '—'],
      [79, '—', '—'],
    ]);
  });

  it('a gap of two spaces, or a line break beside one, may stand inside a number; a wider one parts cells', () => {
    // pdf.js items of a wrapped number (2 6 + ␣1), a one-cell-a-line text (1 0 / ␣6)
    expect(readingsOf('2 6  1', 1)).toEqual([[261]]);
    expect(readingsOf('1 0\n 6', 1)).toEqual([[106]]);
    expect(readingsOf('2 6   1', 1)).toEqual([]);
    expect(readingsOf('2 6   1', 2)).toEqual([[26, 1]]);
  });

  it('a number is at most seven digits', () => {
    expect(readingsOf('1 2 3 4 5 6 7 8', 1)).toEqual([]);
    expect(readingsOf('1 2 3 4 5 6 7 8', 2)).toEqual([
      [1, 2345678],
      [12, 345678],
      [123, 45678],
      [1234, 5678],
      [12345, 678],
      [123456, 78],
      [1234567, 8],
    ]);
  });

  it('readings of fewer than `least` cells are left out', () => {
    expect(readingsOf('1 0 5', 3, 3)).toEqual([[1, 0, 5]]);
    expect(readingsOf('1 0 5', 3, 2)).toEqual([
      [1, 0, 5],
      [10, 5],
    ]);
  });

  it('a number printed with separators, an unreadable cell or a placeholder other than a run of marks is one cell as printed', () => {
    expect(readingsOf('7 9 1,234', 4)).toEqual([
      [7, 9, 1234],
      [79, 1234],
    ]);
    expect(readingsOf('7 9 ? 5', 4)).toEqual([
      [7, 9, '?', 5],
      [79, '?', 5],
    ]);
    expect(readingsOf('7 9 ---', 4)).toEqual([
      [7, 9, '---'],
      [79, '---'],
    ]);
  });

  it('digits spaced inside one unreadable cell (| 2 3 7 |) may be one number', () => {
    expect(readingsOf('7 | 2 3 7 | 5', 3)).toEqual([[7, 237, 5]]);
  });

  it('a count of one digit printed with its counter may end a spaced number (1 4件), one of more digits may not', () => {
    expect(readingsOf('1 4件', 2)).toEqual([[1, 4], [14]]);
    expect(readingsOf('1 45件', 2)).toBeNull();
  });

  it('layout blanks at a row’s ends are no cells of it; a row of them alone has no reading', () => {
    expect(readingsOf('某行 |  | 7 9 | 5 |  |', 3)).toEqual([
      [7, 9, 5],
      [79, 5],
    ]);
    expect(readingsOf('|\n|', 3)).toBeNull();
  });

  it('a space joins digits only to a digit before it: not at a row’s start, after a mark nor after another cell', () => {
    expect(readingsOf('| 12 | 0 | 3 |', 3)).toBeNull();
    expect(readingsOf('— 5', 2)).toBeNull();
    expect(readingsOf('? 5', 2)).toBeNull();
  });

  it('reads a long row completely where nearly every digit is a cell of its own', () => {
    // 20 digits as 19 cells: one pair joined; the walk gives up no reading that cannot reach 19 cells
    const row = cellsOf(Array(20).fill('1').join(' '));
    const found = spacedReadings(row.t, row.cells, 19, 19)!;
    expect(found.complete).toBe(true);
    expect(found.readings).toHaveLength(19);
  });

  it('stops, marked incomplete, where a row has too many readings or too many to try', () => {
    const many = cellsOf(Array(14).fill('1').join(' '));
    const cut = spacedReadings(many.t, many.cells, 14)!;
    expect(cut.complete).toBe(false);
    expect(cut.readings.length).toBeGreaterThan(500);
    expect(cut.readings.length).toBeLessThan(1000);
    // 50 digits as 6 cells of at most 7 digits: none, and too many tries to know it
    const long = cellsOf(Array(50).fill('1').join(' '));
    expect(spacedReadings(long.t, long.cells, 6)).toEqual({ readings: [], complete: false });
  });
});

describe('mayJoin', () => {
  const join = (line: string) => {
    const { t, cells } = cellsOf(line);
    expect(cells).toHaveLength(2);
    return mayJoin(t, cells[0]!, cells[1]!);
  };

  it('one digit, a single space, then a count of one digit (with or without its counter)', () => {
    expect(join('1 4')).toBe(true);
    expect(join('1 4件')).toBe(true);
  });

  it('not across a cell rule, after more than one digit or something else, nor before a count that is not one plain digit', () => {
    expect(join('1 | 4')).toBe(false);
    expect(join('12 4')).toBe(false);
    expect(join('? 4')).toBe(false);
    expect(join('1 45')).toBe(false);
    expect(join('1 4.5')).toBe(false);
    expect(join('1 -4')).toBe(false);
    expect(join('1 4万元')).toBe(false);
    expect(join('1 ?')).toBe(false);
  });
});

describe('spacedRun', () => {
  const run = (line: string) => {
    const { t, cells } = cellsOf(line);
    return spacedRun(t, cells);
  };

  it('a single space between two digit strings (cells run together, digits spaced)', () => {
    expect(run('000000001 11 100011')).toBe(true);
    expect(run('12 34')).toBe(true);
  });

  it('not where cells are parted otherwise, or a cell is not plain digits', () => {
    expect(run('12 | 34')).toBe(false);
    expect(run('12   34')).toBe(false);
    expect(run('12 4件')).toBe(false);
    expect(run('1,234 5')).toBe(false);
  });
});
