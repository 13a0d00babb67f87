// Ink on a real scanned page (typeset, put through a scanner's damage at 150 dpi, prepared and its
// text boxes detected as recognition does): a number's glyphs counted from its ink, and a lone
// glyph the detector boxed only in part boxed again whole.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Box } from './engine';
import { decodeImage } from './image';
import { glyphRuns } from './ink';
import { PARTIAL, tableBoxes } from './leftover';
import { pageItems, preparePage, type PreparedPage } from './recognize';
import { scanPage, seeded, SCANNER } from './testing/damage';
import { typeset } from './testing/typeset';

/** The numbers of the one table row typeset: repeated digits (CTC reads them once), a serif `3`, zeros. */
const NUMBERS = ['11', '447', '3', '30', '0', '1288'];

let page: PreparedPage;
/** The detected boxes of the numbers' row, left to right (one per number). */
let row: Box[];

beforeAll(async () => {
  // Rows enough for a page's share of ink (the levels take the darkest half percent as ink).
  const [typed] = typeset(
    [
      {
        kind: 'table',
        cols: [0.28, ...NUMBERS.map(() => 0.12)],
        rows: Array.from({ length: 24 }, () => ({ cells: [{ text: '申请人情况' }, ...NUMBERS.map((text) => ({ text }))] })),
      },
    ],
    150,
  );
  const jpeg = await scanPage(typed!, { ...SCANNER, seal: false, maxDegrees: 0.5 }, seeded(7));
  const [gray] = await decodeImage(new Uint8Array(jpeg), 60e6);
  page = await preparePage(gray!);
  // The first row: the boxes level with the topmost, the label's left of the numbers'.
  const first = page.boxes.reduce((a, b) => (b.y0 < a.y0 ? b : a));
  const mid = (b: Box) => (b.y0 + b.y1) / 2;
  row = page.boxes
    .filter((b) => Math.abs(mid(b) - mid(first)) < (first.y1 - first.y0) / 2)
    .sort((a, b) => a.x0 - b.x0)
    .slice(1);
}, 60_000);

describe('glyphs counted from ink', () => {
  it('counts the two digits of 11 (which CTC reads once), a serif 3 or a 0 as one glyph, and never more glyphs than digits', () => {
    expect(row.length).toBe(NUMBERS.length);
    const counts = row.map((b) => glyphRuns(page.clean, b).length);
    expect(counts[NUMBERS.indexOf('11')]).toBe(2);
    expect(counts[NUMBERS.indexOf('3')]).toBe(1);
    expect(counts[NUMBERS.indexOf('0')]).toBe(1);
    // Digits that touch count as one (447's 4s here): a count never tells of a digit that is not there.
    counts.forEach((n, i) => expect(n).toBeLessThanOrEqual(NUMBERS[i]!.length));
  });

  it('follows a glyph the box cuts out of it, within the cell: a last digit boxed to its first strokes is counted whole (2113 read as 211)', () => {
    const box = row[NUMBERS.indexOf('1288')]!;
    // 1, 2 and the 8s (touching: one run).
    const glyphs = glyphRuns(page.clean, box);
    expect(glyphs).toHaveLength(3);
    // The box ends two columns into the last glyph, as the detector boxed a faint 3 under a seal.
    const cut = { ...box, x1: glyphs[2]!.x0 + 2 };
    const cell = { x0: box.x0 - (box.y1 - box.y0), x1: box.x1 + (box.y1 - box.y0) };
    expect(glyphRuns(page.clean, cut)).toHaveLength(2);
    expect(glyphRuns(page.clean, cut, cell).map((g) => [g.x0, g.x1])).toEqual(glyphs.map((g) => [g.x0, g.x1]));
    // Not past the cell's edge (a rule between): the reach is where the cell ends.
    expect(glyphRuns(page.clean, cut, { x0: cell.x0, x1: cut.x1 })).toHaveLength(2);
  });

  it('gives a number read from a box cutting its last digit a glyph more than its digits, its cell the reach (recognize.ts)', () => {
    const box = row[NUMBERS.indexOf('1288')]!;
    const glyphs = glyphRuns(page.clean, box);
    const cut = { ...box, x1: glyphs[2]!.x0 + 2 };
    const chars = glyphs.slice(0, 2).map((g, i) => ({ ch: '12'[i]!, conf: 0.99, x0: g.x0, x1: g.x1 }));
    const [item] = pageItems(page, [{ box: cut, chars }], 1);
    expect(item).toMatchObject({ text: '12', glyphs: 3 });
  });

  it("counts no neighbour's glyph the box does not cut, however far the reach", () => {
    const whole = { x0: 0, x1: page.clean.width };
    row.forEach((b) => expect(glyphRuns(page.clean, b, whole)).toEqual(glyphRuns(page.clean, b)));
  });

  it('counts no glyph where there is only paper', () => {
    const b = row[0]!;
    const h = b.y1 - b.y0;
    expect(glyphRuns(page.clean, { x0: b.x0, y0: b.y0 - 3 * h, x1: b.x1, y1: b.y0 - 2 * h })).toEqual([]);
  });
});

describe('a glyph the detector boxed only in part', () => {
  const inCell = () => true;
  const height = (b: Box) => b.y1 - b.y0;

  it("is boxed again whole from its ink (a lone 0's box a fifth of a line high)", () => {
    const zero = row[NUMBERS.indexOf('0')]!;
    const mid = (zero.y0 + zero.y1) / 2;
    const part = { ...zero, y0: mid - height(zero) / 10, y1: mid + height(zero) / 10 };
    const boxes = tableBoxes(
      page.clean,
      page.boxes.map((b) => (b === zero ? part : b)),
      inCell,
    );
    expect(boxes).not.toContainEqual(part);
    const whole = boxes.filter((b) => b.x0 < part.x1 && b.x1 > part.x0 && b.y0 < part.y1 && b.y1 > part.y0);
    expect(whole).toHaveLength(1);
    expect(height(whole[0]!)).toBeGreaterThan(PARTIAL * height(zero));
  });

  it('stays as it is over no ink (a seal speck the levels turned to paper)', () => {
    const b = row[0]!;
    const speck = { x0: b.x0, y0: b.y0 - 2 * height(b), x1: b.x1, y1: b.y0 - 1.8 * height(b) };
    expect(tableBoxes(page.clean, [...page.boxes, speck], inCell)).toContainEqual(speck);
  });
});
