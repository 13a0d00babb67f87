// Counting a number's glyphs from its ink, apart from what the recogniser read: CTC decoding reads
// two identical adjacent digits as one when the model puts no blank frame between them (`11` as
// `1`, `447` as `47`), with the engine sure. Typeset digits stand apart by a sliver of paper, so the
// runs of ink columns in a number's box count its glyphs.

import type { Box } from './engine';
import type { Gray } from './image';

/** A run of ink columns less high than this share of the box is a speck or residue, not a glyph. */
const MIN_GLYPH_HEIGHT = 0.3;

/** A run inked on fewer rows than this share of the box's tallest run is a part of a glyph (a serif
 * `3`'s two terminals, whose columns stand apart from its body), not a glyph. */
const MIN_GLYPH_ROWS = 0.6;

/** Ink, on a page whose paper is levelled to white (image.ts). */
export const INK = 160;

/** Faint ink: the grey top and bottom of a `0` at 150 dpi, which close its counter (lighter than INK):
 * a gap with faint ink in the top and the bottom quarter of the ink's rows is a counter. */
const FAINT = 210;

/**
 * The glyphs in `box`: runs of columns holding ink, apart by columns of paper, each as the box of
 * its ink (the run's columns, its first and last inked row). A gap closed above and below by faint ink is a `0`'s counter, not
 * paper between glyphs; a run inked on too few rows (MIN_GLYPH_ROWS, MIN_GLYPH_HEIGHT) is not counted.
 * A glyph the box cuts is followed out of it, as far as `reach` (the cell's x range) and the box's
 * height allow, and counted whole: a faint digit the detector left half outside (`2113` boxed to the
 * 3's first stroke, read `211`) is a glyph more than the digits read.
 * Digits that touch count as one: the count tells of a glyph too many, never of one too few.
 */
export function glyphRuns(page: Gray, box: Box, reach: { x0: number; x1: number } = box): Box[] {
  const x0 = Math.max(0, Math.floor(box.x0));
  const x1 = Math.min(page.width, Math.ceil(box.x1));
  const y0 = Math.max(0, Math.floor(box.y0));
  const y1 = Math.min(page.height, Math.ceil(box.y1));
  const at = (x: number, y: number) => page.data[y * page.width + x]!;
  // The band of rows the ink spans.
  let top = y1;
  let bottom = y0 - 1;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++)
      if (at(x, y) < INK) {
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
  if (bottom < top) return [];
  const edge = (bottom - top + 1) / 4;
  const faintIn = (x: number, from: number, to: number) => {
    for (let y = Math.floor(from); y < Math.ceil(to); y++) if (at(x, y) < FAINT) return true;
    return false;
  };
  const inked = (x: number) => {
    for (let y = top; y <= bottom; y++) if (at(x, y) < INK) return true;
    return false;
  };
  // The runs over the box and beside it (a box's height each side, within the reach); those that meet the box count.
  const from = Math.max(0, Math.min(x0, Math.floor(Math.max(reach.x0, box.x0 - (y1 - y0)))));
  const to = Math.min(page.width, Math.max(x1, Math.ceil(Math.min(reach.x1, box.x1 + (y1 - y0)))));
  let runs: [number, number][] = [];
  for (let x = from; x < to; x++) {
    if (!inked(x)) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === x) last[1] = x + 1;
    else if (last && closed(last[1], x)) last[1] = x + 1;
    else runs.push([x, x + 1]);
  }
  function closed(from: number, to: number): boolean {
    for (let x = from; x < to; x++) if (!faintIn(x, top, top + edge) || !faintIn(x, bottom + 1 - edge, bottom + 1)) return false;
    return true;
  }
  runs = runs.filter(([a, b]) => a < x1 && b > x0);
  // Each run's inked rows: how many, and the first and last (its ink's height).
  const rows = runs.map(([a, b]) => {
    let n = 0;
    let first = bottom + 1;
    let last = top - 1;
    for (let y = top; y <= bottom; y++) {
      for (let x = a; x < b; x++)
        if (at(x, y) < INK) {
          n++;
          first = Math.min(first, y);
          last = y;
          break;
        }
    }
    return { n, first, last };
  });
  const tallest = Math.max(0, ...rows.map((r) => r.n));
  return runs
    .map(([a, b], i) => ({ x0: a, y0: rows[i]!.first, x1: b, y1: rows[i]!.last + 1, n: rows[i]!.n }))
    .filter((g) => g.n >= MIN_GLYPH_ROWS * tallest && g.n >= MIN_GLYPH_HEIGHT * (y1 - y0))
    .map(({ x0, y0, x1, y1 }) => ({ x0, y0, x1, y1 }));
}
