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
 * The glyphs in `box`: runs of columns holding ink, apart by columns of paper, each as a box of the
 * run's columns and `box`'s rows. A gap closed above and below by faint ink is a `0`'s counter, not
 * paper between glyphs; a run inked on too few rows (MIN_GLYPH_ROWS, MIN_GLYPH_HEIGHT) is not counted.
 * Digits that touch count as one: the count tells of a glyph too many, never of one too few.
 */
export function glyphRuns(page: Gray, box: Box): Box[] {
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
  const runs: [number, number][] = [];
  for (let x = x0; x < x1; x++) {
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
  const rows = runs.map(([a, b]) => {
    let n = 0;
    for (let y = top; y <= bottom; y++) {
      for (let x = a; x < b; x++)
        if (at(x, y) < INK) {
          n++;
          break;
        }
    }
    return n;
  });
  const tallest = Math.max(0, ...rows);
  return runs
    .filter((_, i) => rows[i]! >= MIN_GLYPH_ROWS * tallest && rows[i]! >= MIN_GLYPH_HEIGHT * (y1 - y0))
    .map(([a, b]) => ({ x0: a, y0, x1: b, y1 }));
}
