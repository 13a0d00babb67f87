// Ruling lines on a drawn page: a red seal's stroke crossing a vertical rule (grey by the brightest
// channel: lighter than ink, darker than paper) cuts it; the piece beyond the stroke is still the
// rule's ink, erased with it when it runs on to the table's next rule, while a mark beyond paper,
// or a stroke beyond a seal meeting no rule (a digit's), is left alone. Pieces of a rule cut by a
// seal's star stay one cell boundary; a rule that stops at a row of joined cells is not continued.
import { describe, expect, it } from 'vitest';
import type { Gray } from './image';
import { removeRules } from './rules';

const W = 1000;
const H = 700;
/** A rule's core and its anti-aliased edges (two levels of ink, as Otsu's threshold expects of a page). */
const INK = 20;
const EDGE = 90;
/** A seal's stroke over a rule, and over paper (image.ts: red by its brightest channel). */
const STROKE_OVER_INK = 165;
const STROKE_OVER_PAPER = 200;
/** A seal's star over a rule where the scan left it paler still (no faint ink to follow). */
const STAR_OVER_INK = 215;

function page(): Gray {
  const data = new Uint8Array(W * H).fill(255);
  const fill = (x0: number, y0: number, x1: number, y1: number, v: number) => {
    for (let y = y0; y < y1; y++) data.fill(v, y * W + x0, y * W + x1);
  };
  const rule = (x0: number, y0: number, x1: number, y1: number) => {
    fill(x0, y0, x1, y1, EDGE);
    if (x1 - x0 > y1 - y0) fill(x0, y0 + 1, x1, y1 - 1, INK);
    else fill(x0 + 1, y0, x1 - 1, y1, INK);
  };
  // A grid: rows of cells, vertical rules 3 px wide; the rule at x = 250 stops at a row of joined
  // cells (430 to 470) and goes on below it.
  for (const y of [100, 250, 400, 430, 470, 550]) rule(100, y, 900, y + 3);
  for (const x of [100, 400, 700, 897]) rule(x, 100, x + 3, 553);
  rule(250, 100, 253, 433);
  rule(250, 470, 253, 553);
  // A seal's star over the rule at x = 700, 40 px high.
  fill(690, 300, 713, 340, STAR_OVER_INK);
  // A seal's ring crossing the rule at x = 400 near the grid's bottom (a stroke 24 px high, wider
  // than the rule), leaving a piece of 29 px below it: shorter than any rule, it reads as `1` when left.
  fill(370, 500, 440, 524, STROKE_OVER_PAPER);
  fill(400, 500, 403, 524, STROKE_OVER_INK);
  // A mark on paper in line with a rule's end: the rule at x = 897 ends at 553, a stroke 10 px below.
  rule(897, 563, 900, 593);
  // A digit's stroke under a seal in line with the rule at x = 100 below the table: the seal's stroke
  // (faint) joins it to the rule's end, but it meets no other rule: a digit's, not the rule's.
  fill(95, 553, 110, 570, STROKE_OVER_PAPER);
  fill(100, 570, 103, 600, INK);
  return { width: W, height: H, data };
}

describe('removeRules', () => {
  const { image, rules } = removeRules(page());
  const dark = (x0: number, y0: number, x1: number, y1: number) => {
    let n = 0;
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (image.data[y * W + x]! < 128) n++;
    return n;
  };

  it('erases the piece of a rule beyond a seal stroke, and the rule spans the stroke', () => {
    expect(dark(395, 524, 408, 553)).toBe(0);
    const cut = rules.vertical.filter((r) => Math.abs(r.x - 401) <= 2);
    expect(cut).toHaveLength(1);
    expect(cut[0]!.top).toBeLessThanOrEqual(101);
    expect(cut[0]!.bottom).toBeGreaterThanOrEqual(552);
  });

  it('keeps one cell boundary across a seal that cut a rule, without erasing the gap', () => {
    const cut = rules.vertical.filter((r) => Math.abs(r.x - 701) <= 2);
    expect(cut).toHaveLength(1);
    expect(cut[0]!.top).toBeLessThanOrEqual(101);
    expect(cut[0]!.bottom).toBeGreaterThanOrEqual(552);
  });

  it('does not continue a rule across a row of joined cells', () => {
    const pieces = rules.vertical.filter((r) => Math.abs(r.x - 251) <= 2).sort((a, b) => a.top - b.top);
    expect(pieces).toHaveLength(2);
    expect(pieces[0]!.bottom).toBeLessThan(440);
    expect(pieces[1]!.top).toBeGreaterThanOrEqual(468);
  });

  it('leaves a stroke beyond a seal in line with a rule when it meets no other rule (a digit under the seal)', () => {
    expect(dark(99, 572, 104, 598)).toBeGreaterThan(0);
    expect(rules.vertical.filter((r) => Math.abs(r.x - 101) <= 2).every((r) => r.bottom < 560)).toBe(true);
  });

  it('leaves a mark in line with a rule beyond paper', () => {
    expect(dark(895, 565, 902, 593)).toBeGreaterThan(0);
    expect(rules.vertical.filter((r) => Math.abs(r.x - 898) <= 2).every((r) => r.bottom < 560)).toBe(true);
  });
});
