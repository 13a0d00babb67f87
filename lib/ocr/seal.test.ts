// A red seal's characters over a table, read as words: flagged by recognition where their box holds
// no dark ink (the seal is light once grey), and left out of the layout so the row keeps its cells.
import { describe, expect, it } from 'vitest';
import type { Gray } from './image';
import { layoutText } from './layout';
import { pageItems, type CleanPage, type LineRead } from './recognize';
import type { OcrDocument, OcrItem } from './types';

/** A white page with a ruled table row: rules at x = 100, 300, 500; ink of `level` in each [x0, x1) of `marks` (rows 110–140). */
function page(marks: { x0: number; x1: number; level: number; rows?: (y: number) => boolean }[]): CleanPage {
  const width = 600;
  const height = 200;
  const data = new Uint8Array(width * height).fill(255);
  for (const m of marks)
    for (let y = 110; y < 140; y++) for (let x = m.x0; x < m.x1; x++) if (m.rows ? m.rows(y) : x % 6 < 4) data[y * width + x] = m.level;
  const img: Gray = { width, height, data };
  return { straight: img, clean: img, skew: 0, rules: [100, 300, 500].map((x) => ({ x, top: 100, bottom: 150 })) };
}

const read = (chars: [string, number, number][]): LineRead => ({
  box: { x0: chars[0]![1], y0: 105, x1: chars[chars.length - 1]![2], y1: 145 },
  chars: chars.map(([ch, x0, x1]) => ({ ch, conf: 0.99, x0, x1 })),
});

describe('a seal read as words over a table', () => {
  it('flags words in a table cell read where the box holds no dark ink, never dark words nor digits', () => {
    // 政 in the seal's light grey (200 once grey), 规章 and 0 black.
    const p = page([
      { x0: 120, x1: 180, level: 20 },
      { x0: 330, x1: 350, level: 200 },
      { x0: 400, x1: 412, level: 20 },
    ]);
    const items = pageItems(
      p,
      [
        read([
          ['规', 120, 150],
          ['章', 150, 180],
        ]),
        read([['政', 330, 350]]),
        read([['0', 400, 412]]),
      ],
      1,
    );
    expect(items.map((i) => [i.text, i.inkless ?? false])).toEqual([
      ['规章', false],
      ['政', true],
      ['0', false],
    ]);
    // The same light mark read as a digit is counted as no glyph (a seal's stroke read as `2`), not flagged as words.
    const digit = pageItems(p, [read([['2', 330, 350]])], 1)[0]!;
    expect(digit).toMatchObject({ text: '2', glyphs: 0 });
    expect(digit.inkless).toBeUndefined();
    // 三 in black, three thin strokes (no column of ink tall enough to count as a glyph): words, not a seal's.
    const three = page([{ x0: 330, x1: 350, level: 20, rows: (y) => [114, 115, 124, 125, 134, 135].includes(y) }]);
    expect(pageItems(three, [read([['三', 330, 350]])], 1)[0]!.inkless).toBeUndefined();
    // Outside a table (no rules around it) nothing is flagged: a paragraph's words are no cell.
    expect(pageItems({ ...p, rules: [] }, [read([['政', 330, 350]])], 1)[0]!.inkless).toBeUndefined();
  });

  it("leaves a seal's words read beside a number in its cell out of the row, which keeps its cells (`15 室 | 政` made four of three)", () => {
    const item = (text: string, x: number, cell: number, inkless = false): OcrItem => ({
      page: 1,
      box: [x, 0.5, x + 0.01 * text.length, 0.51],
      text,
      conf: [...text].map(() => 0.99),
      cell,
      ...(inkless ? { inkless: true as const } : {}),
    });
    const doc = (seal: boolean): OcrDocument => ({
      engine: 'test',
      pages: [{ width: 2480, height: 3508, skew: 0, seconds: 0 }],
      items: [
        item('行政强制', 0.12, 1),
        item('175', 0.45, 2),
        item('15', 0.62, 3),
        item('室', 0.656, 3, seal),
        item('政', 0.686, 3, seal),
        item('160', 0.79, 4),
      ],
    });
    expect(layoutText(doc(true), 0.8).text).toBe('行政强制 | 175 | 15 | 160');
    // Unflagged (a recognition stored before the flag), they stay: the row has cells too many.
    expect(layoutText(doc(false), 0.8).text).toBe('行政强制 | 175 | 15 | 室 | 政 | 160');
    // Beside no number in their cell (a header's line), they stay where they were: a sure word there
    // keeps a seal's stroke read as a digit out of the layout (layout.ts's markInWordCell).
    const header: OcrDocument = { ...doc(true), items: [item('行政复议', 0.12, 1), item('室', 0.6, 2, true), item('政', 0.7, 2, true)] };
    expect(layoutText(header, 0.8).text).toBe('行政复议 | 室 | 政');
    // Read unsurely, a mark (rows.ts weighs it: it may hold a lost cell's place): it stays too.
    const unsure = doc(true);
    unsure.items[3] = { ...unsure.items[3]!, conf: [0.3] };
    expect(layoutText(unsure, 0.8).text).toBe('行政强制 | 175 | 15 | 室 | 160');
  });
});
