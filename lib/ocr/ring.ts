// Whether a lone `0` recognised in a table cell is, by its ink, a ring: one glyph around one counter
// that spans most of its height, centred — not a 6 or a 9 (a counter low or high), an 8 (two), a
// broken glyph or a seal's trace (no counter, or more than one glyph). A witness apart from the
// recogniser's confidence, for a cell no sum protects (table 2).

import type { Box } from './engine';
import type { Gray } from './image';

/** Ink for the ring, on a page whose paper is levelled to white: the grey top and bottom of a `0`
 * at 150 dpi (lighter than ink.ts's INK) close its counter. */
const RING_INK = 210;

/** The glyph holds at least this share of the box's ink (the rest: specks). */
const MAIN_SHARE = 0.85;

/** A counter smaller than this share of the glyph's box is a speck of paper inside a stroke. */
const MIN_HOLE = 0.03;

/** The counter spans at least this share of the glyph's height, its centre this near the middle. */
const HOLE_HEIGHT = 0.45;
const HOLE_CENTRE = 0.12;

/** Connected components of `on` pixels in a w×h grid (4- or 8-connected), as lists of indices. */
function components(on: Uint8Array, w: number, h: number, eight: boolean): number[][] {
  const seen = new Uint8Array(on.length);
  const out: number[][] = [];
  for (let start = 0; start < on.length; start++) {
    if (!on[start] || seen[start]) continue;
    const comp: number[] = [];
    const stack = [start];
    seen[start] = 1;
    while (stack.length) {
      const i = stack.pop()!;
      comp.push(i);
      const x = i % w;
      const y = (i - x) / w;
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          if ((!dx && !dy) || (!eight && dx && dy)) continue;
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
          const j = ny * w + nx;
          if (on[j] && !seen[j]) {
            seen[j] = 1;
            stack.push(j);
          }
        }
    }
    out.push(comp);
  }
  return out;
}

/** Whether the ink in `box` is one glyph shaped as a `0`: one counter, centred, spanning most of its height. */
export function isRing(page: Gray, box: Box): boolean {
  const x0 = Math.max(0, Math.floor(box.x0));
  const y0 = Math.max(0, Math.floor(box.y0));
  const x1 = Math.min(page.width, Math.ceil(box.x1));
  const y1 = Math.min(page.height, Math.ceil(box.y1));
  const w = x1 - x0;
  const h = y1 - y0;
  if (w < 3 || h < 3) return false;
  const ink = new Uint8Array(w * h);
  let total = 0;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++)
      if (page.data[(y0 + y) * page.width + x0 + x]! < RING_INK) {
        ink[y * w + x] = 1;
        total++;
      }
  const glyphs = components(ink, w, h, true).sort((a, b) => b.length - a.length);
  const glyph = glyphs[0];
  if (!glyph || glyph.length < MAIN_SHARE * total) return false;
  // The glyph alone, in its own box; paper reached from that box's edge is outside, the rest counters.
  let gx0 = w;
  let gy0 = h;
  let gx1 = 0;
  let gy1 = 0;
  for (const i of glyph) {
    const x = i % w;
    const y = (i - x) / w;
    gx0 = Math.min(gx0, x);
    gy0 = Math.min(gy0, y);
    gx1 = Math.max(gx1, x + 1);
    gy1 = Math.max(gy1, y + 1);
  }
  const gw = gx1 - gx0;
  const gh = gy1 - gy0;
  const mine = new Uint8Array(w * h);
  for (const i of glyph) mine[i] = 1;
  const paper = new Uint8Array(gw * gh);
  for (let y = 0; y < gh; y++) for (let x = 0; x < gw; x++) paper[y * gw + x] = mine[(gy0 + y) * w + gx0 + x] ? 0 : 1;
  const holes = components(paper, gw, gh, false).filter((c) =>
    c.every((i) => {
      const x = i % gw;
      const y = (i - x) / gw;
      return x > 0 && y > 0 && x < gw - 1 && y < gh - 1;
    }),
  );
  const counters = holes.filter((c) => c.length >= MIN_HOLE * gw * gh);
  if (counters.length !== 1) return false;
  let top = gh;
  let bottom = 0;
  for (const i of counters[0]!) {
    const y = Math.floor(i / gw);
    top = Math.min(top, y);
    bottom = Math.max(bottom, y + 1);
  }
  return bottom - top >= HOLE_HEIGHT * gh && Math.abs((top + bottom) / 2 / gh - 0.5) <= HOLE_CENTRE;
}

/** Where a lone digit's ring is looked for: its characters' span (coarse: the recogniser's frames)
 * widened by a quarter of the line's height each side, within its cell [left, right). */
export function ringBox(box: Box, left: number, right: number): Box {
  const grow = (box.y1 - box.y0) / 4;
  return { x0: Math.max(left, box.x0 - grow), x1: Math.min(right, box.x1 + grow), y0: box.y0, y1: box.y1 };
}
