// Table 3 printed letter-spaced (PDFs and Word pages with character spacing print 790 as "7 9 0"):
// a single space between digits may part two cells or join one number, so each row's readings go
// to its total and the table's sums, which read the table where they single one reading out and
// leave the rest blank. Seed 000's table 3 (阜阳 2020, testing/build.ts) printed that way.

import { describe, expect, it } from 'vitest';
import { APPLICANT_COLUMNS } from '../../figures/keys';
import { parseReport } from '..';
import { normalizeText } from '../normalize';
import { report, SAMPLE3, table3, type Layout } from '../testing/build';
import { spacedReadings } from './spaced';
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

describe('spacedReadings', () => {
  const cellsOf = (line: string): { t: ReturnType<typeof normalizeText>; cells: Cell[] } => {
    const t = normalizeText(line);
    const cells = tokenize(t, [], 0, t.norm.length).flatMap((tok) => (tok.kind === 'cell' ? [tok.cell] : []));
    return { t, cells };
  };
  const values = (r: Cell[]) => r.map((c) => (c.kind === 'number' ? c.num!.value : c.raw));

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
});
