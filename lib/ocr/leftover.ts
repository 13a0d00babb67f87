// Ink the text detector left out: a lone thin `1` in a table cell can fall under its thresholds,
// and a figure missed is a figure lost. Marks of ink outside every detected box, of a character's
// size, become boxes of their own (noise specks are smaller and are left alone).

import type { Box } from './engine';
import { otsu, type Gray } from './image';

/**
 * A box less high than this share of the page's median box, in a table cell, is the detector's box
 * round part of a glyph only (a lone `0` boxed a fifth of a line high, the bottom of a `28`): read
 * alone, blown up to a line's height, it is read unsurely or wrongly, and the layout holds it as a
 * fragment. Its ink is boxed again whole (tableBoxes).
 */
export const PARTIAL = 0.5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const overlaps = (a: Box, b: Box) => Math.min(a.x1, b.x1) > Math.max(a.x0, b.x0) && Math.min(a.y1, b.y1) > Math.max(a.y0, b.y0);

/**
 * The boxes to read on a page: the detector's, with ink it left out inside table cells boxed too
 * (leftoverBoxes), and its partial boxes in cells (PARTIAL) replaced by the ink they belong to when
 * that ink makes a mark of a character's size; a partial box over no such ink (a seal's speck) stays.
 */
export function tableBoxes(page: Gray, detected: readonly Box[], inCell: (x: number, y: number) => boolean): Box[] {
  if (!detected.length) return [];
  const lineHeight = median(detected.map((b) => b.y1 - b.y0));
  const partial = detected.filter((b) => b.y1 - b.y0 < PARTIAL * lineHeight && inCell((b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2));
  const whole = detected.filter((b) => !partial.includes(b));
  const marks = leftoverBoxes(page, whole, inCell);
  return [...whole, ...partial.filter((p) => !marks.some((m) => overlaps(m, p))), ...marks];
}

/** Only inside table cells (`inCell`), where lone digits stand: elsewhere text comes in lines the detector finds. */
export function leftoverBoxes(page: Gray, boxes: readonly Box[], inCell: (x: number, y: number) => boolean): Box[] {
  if (!boxes.length) return [];
  const lineHeight = median(boxes.map((b) => b.y1 - b.y0));
  const { width, height, data } = page;
  const covered = new Uint8Array(width * height);
  // A detected box's glyphs may stick out of it a little: their edges are not marks of their own.
  const edge = lineHeight / 4;
  for (const b of boxes) {
    const y0 = Math.max(0, Math.floor(b.y0 - edge));
    const y1 = Math.min(height, Math.ceil(b.y1 + edge));
    const x0 = Math.max(0, Math.floor(b.x0 - edge));
    const x1 = Math.min(width, Math.ceil(b.x1 + edge));
    for (let y = y0; y < y1; y++) covered.fill(1, y * width + x0, y * width + x1);
  }
  const threshold = Math.min(otsu(page), 160);
  const seen = new Uint8Array(width * height);
  const marks: Box[] = [];
  const stack: number[] = [];
  for (let start = 0; start < width * height; start++) {
    if (seen[start] || covered[start] || data[start]! >= threshold) continue;
    let x0 = width;
    let y0 = height;
    let x1 = 0;
    let y1 = 0;
    let count = 0;
    seen[start] = 1;
    stack.push(start);
    while (stack.length) {
      const i = stack.pop()!;
      const x = i % width;
      const y = (i - x) / width;
      count++;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          const yy = y + dy;
          if (xx < 0 || yy < 0 || xx >= width || yy >= height) continue;
          const j = yy * width + xx;
          if (!seen[j] && !covered[j] && data[j]! < threshold) {
            seen[j] = 1;
            stack.push(j);
          }
        }
      }
    }
    const h = y1 - y0 + 1;
    const w = x1 - x0 + 1;
    // A digit is at least a third of a line high; a speck of noise, a dot or a stroke's remnant is not.
    // A digit is at least a third of a line high and has a stroke's worth of ink; a speck of noise,
    // a dot or a stroke's remnant has not.
    if (h < 0.3 * lineHeight || h > 1.5 * lineHeight || w > 2 * lineHeight || count < 0.03 * lineHeight * lineHeight) continue;
    if (inCell((x0 + x1) / 2, (y0 + y1) / 2)) marks.push({ x0, y0, x1: x1 + 1, y1: y1 + 1 });
  }
  // Marks side by side (the two strokes of `11`) make one box.
  marks.sort((a, b) => a.x0 - b.x0);
  const merged: Box[] = [];
  for (const m of marks) {
    const near = merged.find((b) => m.x0 - b.x1 < lineHeight / 2 && Math.min(b.y1, m.y1) - Math.max(b.y0, m.y0) > 0);
    if (near) {
      near.x1 = Math.max(near.x1, m.x1);
      near.y0 = Math.min(near.y0, m.y0);
      near.y1 = Math.max(near.y1, m.y1);
    } else merged.push({ ...m });
  }
  const pad = lineHeight / 5;
  return merged.map((b) => ({ x0: b.x0 - pad, y0: b.y0 - pad, x1: b.x1 + pad, y1: b.y1 + pad }));
}
