// Ruling lines of tables: found as long runs of ink, then erased before recognition, so that a
// grid line is never read as `1` or `|`. The vertical ones are kept: they separate a table's cells.

import { otsu, type Gray } from './image';

export interface VerticalRule {
  x: number;
  top: number;
  bottom: number;
}

export interface HorizontalRule {
  y: number;
  left: number;
  right: number;
}

export interface Rules {
  vertical: VerticalRule[];
  horizontal: HorizontalRule[];
}

/** Ink gaps this long (noise, JPEG) do not break a line. */
const MAX_GAP = 2;

/** Runs of ink at least `minLen` long along one line of pixels (`at(i)` is ink), as [start, end). */
function runs(length: number, at: (i: number) => boolean, minLen: number): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  let lastInk = -1;
  for (let i = 0; i <= length; i++) {
    const ink = i < length && at(i);
    if (ink) {
      if (start < 0) start = i;
      lastInk = i;
    } else if (start >= 0 && (i - lastInk > MAX_GAP || i === length)) {
      if (lastInk + 1 - start >= minLen) out.push([start, lastInk + 1]);
      start = -1;
    }
  }
  return out;
}

/**
 * Finds the ruling lines (ink runs longer than `minLen`, default 6% of the page width: longer than
 * any stroke of a character or a dash in running text) and returns a copy of the page with them
 * painted white, with the rules found.
 */
export function removeRules(img: Gray, minLen = Math.round(img.width * 0.06)): { image: Gray; rules: Rules } {
  const { width, height, data } = img;
  const threshold = Math.min(otsu(img), 200);
  const ink = (x: number, y: number) => data[y * width + x]! < threshold;
  const mask = new Uint8Array(width * height);
  const hRows: { y: number; left: number; right: number }[] = [];
  for (let y = 0; y < height; y++) {
    for (const [a, b] of runs(width, (x) => ink(x, y), minLen)) {
      mask.fill(1, y * width + a, y * width + b);
      hRows.push({ y, left: a, right: b });
    }
  }
  const vCols: Span[] = [];
  for (let x = 0; x < width; x++) {
    for (const [a, b] of runs(height, (y) => ink(x, y), minLen)) {
      for (let y = a; y < b; y++) mask[y * width + x] = 1;
      vCols.push({ x, top: a, bottom: b });
    }
  }
  // A rule a seal (or a scanner's gap) broke leaves pieces shorter than a rule, which would be read
  // as `1` and leave the cells beside them merged: in a rule's own columns, within the rows its
  // table's rules span, ink runs of half a rule's length (taller than any digit) are that rule too;
  // the rule runs over the gaps between them, and any ink in its columns between its ends is its own
  // (a piece between two breaks, however short: no text stands on a rule).
  const found = mergeVertical(vCols);
  const joined = found.map((r) => {
    const beside = found.filter((o) => o.top < r.bottom && o.bottom > r.top);
    const from = Math.min(...beside.map((o) => o.top));
    const to = Math.max(...beside.map((o) => o.bottom));
    let { top, bottom } = r;
    for (let x = r.x0; x <= r.x1; x++) {
      for (const [a, b] of runs(to - from, (i) => ink(x, from + i), Math.round(minLen / 2))) {
        top = Math.min(top, from + a);
        bottom = Math.max(bottom, from + b);
      }
    }
    for (let x = r.x0; x <= r.x1; x++) for (let y = top; y < bottom; y++) if (ink(x, y)) mask[y * width + x] = 1;
    return { x: r.x, top, bottom };
  });
  const out = new Uint8Array(data);
  // The line's anti-aliased edge too: one pixel around each masked pixel.
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (!mask[y * width + x]) continue;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx >= 0 && xx < width) out[yy * width + xx] = 255;
        }
      }
    }
  }
  // A rule joined over its gaps is found once per piece: as one.
  const vertical = mergeVertical(joined.sort((a, b) => a.x - b.x)).map(({ x, top, bottom }) => ({ x, top, bottom }));
  return { image: { width, height, data: out }, rules: { vertical, horizontal: mergeHorizontal(hRows) } };
}

/** A vertical run of ink in column x (or a rule, x its middle), rows [top, bottom). */
type Span = VerticalRule;

/** Adjacent columns of one thick line become one rule, with the range of its columns [x0, x1]. */
function mergeVertical(cols: readonly Span[]): (VerticalRule & { x0: number; x1: number })[] {
  const out: (VerticalRule & { n: number; sx: number; x0: number })[] = [];
  for (const c of cols) {
    const near = out.find((r) => c.x - r.x <= MAX_GAP + 2 && c.top < r.bottom && c.bottom > r.top);
    if (near) {
      near.sx += c.x;
      near.n++;
      near.x = c.x;
      near.top = Math.min(near.top, c.top);
      near.bottom = Math.max(near.bottom, c.bottom);
    } else out.push({ ...c, n: 1, sx: c.x, x0: c.x });
  }
  return out.map((r) => ({ x: r.sx / r.n, top: r.top, bottom: r.bottom, x0: Math.floor(r.x0), x1: Math.ceil(r.x) }));
}

function mergeHorizontal(rows: { y: number; left: number; right: number }[]): HorizontalRule[] {
  const out: (HorizontalRule & { n: number; sy: number })[] = [];
  for (const r of rows) {
    const near = out.find((o) => r.y - o.y <= MAX_GAP + 2 && r.left < o.right && r.right > o.left);
    if (near) {
      near.sy += r.y;
      near.n++;
      near.y = r.y;
      near.left = Math.min(near.left, r.left);
      near.right = Math.max(near.right, r.right);
    } else out.push({ ...r, n: 1, sy: r.y });
  }
  return out.map((r) => ({ y: r.sy / r.n, left: r.left, right: r.right }));
}
