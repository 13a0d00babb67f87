// Ruling lines of tables: found as long runs of ink, then erased before recognition, so that a
// grid line is never read as `1` or `|`. The vertical ones are kept: they separate a table's cells.
// A red seal over a table cuts its vertical rules: a piece beyond a seal's stroke is erased with its
// rule, and pieces of one rule stay one cell boundary across the seal.

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

/**
 * Faint ink (ink.ts's faint level): a rule under a red seal's stroke (grey by the brightest channel,
 * image.ts) is lighter than ink but darker than paper, so the stroke cuts the rule; the short piece
 * beyond such a gap is the rule's.
 */
const FAINT = 210;

/** The longest faint gap bridged (share of the page width): a seal's ring crossing a rule aslant. */
const SEAL_GAP = 0.03;

/** The longest gap between two pieces of one vertical rule still one cell boundary (share of the
 * page width): a seal's star or characters over the rule, paler than ink but not faint throughout. */
const CUT_GAP = 0.08;

/** How near a horizontal rule a vertical rule's end meets it (share of the page width): the
 * vertical run goes on through a thick border or a shaded row's edge. */
const JUNCTION = 0.004;

/**
 * One line of pixels: `ink(i)`, and `faint(i)`: faint ink or darker (none: no gap is bridged);
 * `meets(i)`: another rule crosses the line at `i` (a piece beyond a seal's stroke is a rule's when
 * it runs on to the table's next rule; a digit's stroke in line with a rule under a seal does not).
 */
interface Line {
  length: number;
  ink: (i: number) => boolean;
  faint?: (i: number) => boolean;
  meets?: (i: number) => boolean;
}

/**
 * Runs of ink at least `minLen` long along a line of pixels, as [start, end). A rule and a short
 * piece apart by a gap of faint ink at most `maxFaint` long are one: the piece beyond a seal's stroke
 * is the rule's ink too (left on the page it reads as `1`).
 */
function runs(line: Line, minLen: number, maxFaint: number): [number, number][] {
  const { length, ink, faint, meets } = line;
  const out: [number, number][] = [];
  const bridged = (from: number, to: number) => {
    if (!faint || to - from > maxFaint) return false;
    for (let i = from; i < to; i++) if (!faint(i)) return false;
    return true;
  };
  // The run so far, [a, b): pieces apart by gaps up to MAX_GAP, and a short one across a faint gap
  // (two rules apart by one stay two: both are erased, and joinCut keeps their cell boundary).
  let a = -1;
  let b = -1;
  const piece = (start: number, end: number) => {
    if (a >= 0) {
      const longRun = b - a >= minLen;
      const longPiece = end - start >= minLen;
      // the short piece's far end (away from the gap) on another rule
      const anchored = () => meets !== undefined && (longRun ? meets(end - 1) : meets(a));
      if (longRun !== longPiece && bridged(b, start) && anchored()) {
        b = end;
        return;
      }
      if (longRun) out.push([a, b]);
    }
    a = start;
    b = end;
  };
  let start = -1;
  let lastInk = -1;
  for (let i = 0; i <= length; i++) {
    if (i < length && ink(i)) {
      if (start < 0) start = i;
      lastInk = i;
    } else if (start >= 0 && i - lastInk > MAX_GAP) {
      piece(start, lastInk + 1);
      start = -1;
    }
  }
  if (b - a >= minLen) out.push([a, b]);
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
  // Faint across a vertical rule's width too (a pixel either side: a rule is a few pixels wide and may lean).
  const level = (x: number, y: number) => data[y * width + Math.min(width - 1, Math.max(0, x))]!;
  const faint = (x: number, y: number) => Math.min(level(x - 1, y), level(x, y), level(x + 1, y)) < FAINT;
  const maxFaint = Math.round(width * SEAL_GAP);
  const mask = new Uint8Array(width * height);
  const hRows: { y: number; left: number; right: number }[] = [];
  for (let y = 0; y < height; y++) {
    // Horizontal rules are not bridged: a piece left beyond a seal reads as a dash at most, while
    // erasing pieces along rules broken by a scan's noise moved the recogniser's readings of numbers
    // beside them (a digit lost, 7730.28 read as 730.28).
    for (const [a, b] of runs({ length: width, ink: (x) => ink(x, y) }, minLen, maxFaint)) {
      mask.fill(1, y * width + a, y * width + b);
      hRows.push({ y, left: a, right: b });
    }
  }
  // Where a horizontal rule passes near (x, y): within a junction's reach across, a few pixels along.
  const horizontalMask = mask.slice();
  const reach = Math.round(width * JUNCTION) + MAX_GAP;
  const onHorizontal = (x: number, y: number) => {
    for (let yy = Math.max(0, y - reach); yy <= Math.min(height - 1, y + reach); yy++)
      for (let xx = Math.max(0, x - MAX_GAP); xx <= Math.min(width - 1, x + MAX_GAP); xx++)
        if (horizontalMask[yy * width + xx]) return true;
    return false;
  };
  const vCols: { x: number; top: number; bottom: number }[] = [];
  for (let x = 0; x < width; x++) {
    const line = {
      length: height,
      ink: (y: number) => ink(x, y),
      faint: (y: number) => faint(x, y),
      meets: (y: number) => onHorizontal(x, y),
    };
    for (const [a, b] of runs(line, minLen, maxFaint)) {
      for (let y = a; y < b; y++) mask[y * width + x] = 1;
      vCols.push({ x, top: a, bottom: b });
    }
  }
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
  const horizontal = mergeHorizontal(hRows);
  return {
    image: { width, height, data: out },
    rules: { vertical: joinCut(mergeVertical(vCols), horizontal, width), horizontal },
  };
}

/** Adjacent columns of one thick line become one rule. */
function mergeVertical(cols: { x: number; top: number; bottom: number }[]): VerticalRule[] {
  const out: (VerticalRule & { n: number; sx: number })[] = [];
  for (const c of cols) {
    const near = out.find((r) => c.x - r.x <= MAX_GAP + 2 && c.top < r.bottom && c.bottom > r.top);
    if (near) {
      near.sx += c.x;
      near.n++;
      near.x = c.x;
      near.top = Math.min(near.top, c.top);
      near.bottom = Math.max(near.bottom, c.bottom);
    } else out.push({ ...c, n: 1, sx: c.x });
  }
  return out.map((r) => ({ x: r.sx / r.n, top: r.top, bottom: r.bottom }));
}

/**
 * Pieces of one vertical rule (in line, one above the other) joined across a gap at most CUT_GAP
 * long where another rule runs on beside it (inside a table: a seal cut the rule, the table goes on),
 * or where they overlap: the cell boundary holds through the gap. Nothing more is erased. A gap
 * between horizontal rules is a cell the rule does not cross (a row of cells joined), not a cut.
 */
function joinCut(rules: VerticalRule[], horizontal: HorizontalRule[], width: number): VerticalRule[] {
  const near = MAX_GAP + 2;
  const maxGap = width * CUT_GAP;
  const junction = width * JUNCTION;
  const meets = (x: number, y: number) =>
    horizontal.some((h) => Math.abs(h.y - y) <= junction && h.left <= x + near && h.right >= x - near);
  const out = [...rules].sort((a, b) => a.top - b.top);
  for (let i = 0; i < out.length; i++) {
    const a = out[i]!;
    for (let j = i + 1; j < out.length; j++) {
      const b = out[j]!;
      if (Math.abs(a.x - b.x) > near || b.top - a.bottom > maxGap) continue;
      const beside = (r: VerticalRule) => Math.abs(r.x - a.x) > near && r.top <= a.bottom && r.bottom >= b.top;
      if (b.top > a.bottom && (!out.some(beside) || (meets(a.x, a.bottom) && meets(b.x, b.top)))) continue;
      a.bottom = Math.max(a.bottom, b.bottom);
      out.splice(j, 1);
      j = i;
    }
  }
  return out;
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
