// A lone `0`'s ink told apart from the digits a recogniser may read as `0` (6, 8, 9), a broken
// glyph and a seal's trace: glyphs drawn stroke by stroke on a white page, as the cleaned page holds them.
import { describe, expect, it } from 'vitest';
import type { Gray } from './image';
import { pageItems } from './recognize';
import { isRing, ringBox } from './ring';

const W = 60;
const H = 60;
/** The glyph's box on the page: 40 px high, 24 wide, in a 60×60 page. */
const BOX = { x0: 14, y0: 8, x1: 46, y1: 52 };

/** A page with ink (grey `level`) where `ink(x, y)` holds, x and y relative to the glyph's centre (30, 30). */
function draw(ink: (x: number, y: number) => boolean, level = 0): Gray {
  const data = new Uint8Array(W * H).fill(255);
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) if (ink(x - 30, y - 30)) data[y * W + x] = level;
  return { width: W, height: H, data };
}

/** An elliptic stroke 4 px thick around (cx, cy) with radii rx, ry. */
const ellipse = (cx: number, cy: number, rx: number, ry: number) => (x: number, y: number) => {
  const outer = ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;
  const inner = ((x - cx) / (rx - 4)) ** 2 + ((y - cy) / (ry - 4)) ** 2 <= 1;
  return outer && !inner;
};
const zero = ellipse(0, 0, 11, 19);
const or =
  (...fs: ((x: number, y: number) => boolean)[]) =>
  (x: number, y: number) =>
    fs.some((f) => f(x, y));

describe('a lone 0 told by its ink', () => {
  it('finds the ring of a 0', () => {
    expect(isRing(draw(zero), BOX)).toBe(true);
    // Grey at 150 dpi (its top and bottom lighter than ink, darker than paper): still a ring.
    expect(isRing(draw(zero, 190), BOX)).toBe(true);
    // A speck of noise beside it changes nothing.
    expect(isRing(draw(or(zero, (x, y) => x === 14 && y === 18)), BOX)).toBe(true);
  });

  it("refuses a 6, a 9, an 8, a 0 broken open, a seal's light stroke and two glyphs", () => {
    // 6: a counter in the lower part (tall enough, off the middle), a stem rising from it.
    const six = or(ellipse(0, 6, 11, 13), (x, y) => x >= -11 && x <= -7 && y >= -19 && y <= 6);
    expect(isRing(draw(six), BOX)).toBe(false);
    // 9: a counter in the upper part.
    const nine = or(ellipse(0, -6, 11, 13), (x, y) => x >= 7 && x <= 11 && y >= -6 && y <= 19);
    expect(isRing(draw(nine), BOX)).toBe(false);
    // 8: two counters.
    expect(isRing(draw(or(ellipse(0, -9, 10, 10), ellipse(0, 9, 11, 10))), BOX)).toBe(false);
    // A 0 split by a stroke down its middle (θ, a seal's line through it): two counters, each as tall.
    expect(isRing(draw(or(zero, (x, y) => Math.abs(x) <= 1 && Math.abs(y) <= 18)), BOX)).toBe(false);
    // A 0 whose stroke a break opened (a C): no counter.
    expect(
      isRing(
        draw((x, y) => zero(x, y) && !(x > 4 && Math.abs(y) < 4)),
        BOX,
      ),
    ).toBe(false);
    // A seal's stroke, light once grey: no ink.
    expect(isRing(draw(zero, 230), BOX)).toBe(false);
    // Two glyphs of a size (a 00 in one box, a mark as big as the 0 beside it): not one glyph.
    expect(isRing(draw(or(zero, (x, y) => x >= 13 && x <= 15 && Math.abs(y) <= 19)), { ...BOX, x1: 50 })).toBe(false);
  });

  it("looks a quarter of the line's height either side of the characters' span, within the cell", () => {
    expect(ringBox({ x0: 100, y0: 0, x1: 110, y1: 40 }, 0, 500)).toEqual({ x0: 90, y0: 0, x1: 120, y1: 40 });
    expect(ringBox({ x0: 100, y0: 0, x1: 110, y1: 40 }, 95, 115)).toEqual({ x0: 95, y0: 0, x1: 115, y1: 40 });
  });

  it('is looked at for a lone 0 in a table cell as recognition reads it, the 0 of a paragraph and other digits left alone', () => {
    const img = draw(zero);
    const page = { straight: img, clean: img, skew: 0, rules: [0, 59].map((x) => ({ x, top: 0, bottom: 59 })) };
    const read = (ch: string) => ({ box: { x0: 19, y0: 8, x1: 41, y1: 52 }, chars: [{ ch, conf: 0.9, x0: 19, x1: 41 }] });
    expect(pageItems(page, [read('0')], 1)[0]!.ring).toBe(true);
    // A 6 read as `0`.
    const six = or(ellipse(0, 6, 11, 13), (x, y) => x >= -11 && x <= -7 && y >= -19 && y <= 6);
    expect(pageItems({ ...page, clean: draw(six) }, [read('0')], 1)[0]!.ring).toBe(false);
    expect(pageItems(page, [read('8')], 1)[0]!.ring).toBeUndefined();
    expect(pageItems({ ...page, rules: [] }, [read('0')], 1)[0]!.ring).toBeUndefined();
  });
});
