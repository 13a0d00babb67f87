// Skew of a scanned page: the angle whose horizontal projection of the ink is sharpest (text
// lines and ruling lines fall into the fewest rows). Scanners tilt pages by a degree or two.

import { otsu, type Gray } from './image';

const MAX_DEGREES = 3;
const STEP_DEGREES = 0.05;
/** Estimated on a copy about this wide: enough for 0.05° over a page. */
const SAMPLE_WIDTH = 1000;

/** Degrees the content is turned clockwise (rotate by the negative to straighten it). */
export function estimateSkew(img: Gray): number {
  const step = Math.max(1, Math.floor(img.width / SAMPLE_WIDTH));
  const threshold = otsu(img);
  // The ink's sample points, in typed arrays (a page has a hundred thousand): counted, then placed.
  let n = 0;
  for (let y = 0; y < img.height; y += step) for (let x = 0; x < img.width; x += step) if (img.data[y * img.width + x]! < threshold) n++;
  if (n < 100) return 0;
  const xs = new Int32Array(n);
  const ys = new Int32Array(n);
  for (let y = 0, i = 0; y < img.height; y += step) {
    for (let x = 0; x < img.width; x += step) {
      if (img.data[y * img.width + x]! < threshold) {
        xs[i] = x / step;
        ys[i++] = y / step;
      }
    }
  }
  const rows = Math.ceil(img.height / step) + Math.ceil(img.width / step) + 2;
  const bins = new Float64Array(rows);
  const offset = Math.ceil(img.width / step);
  let best = 0;
  let bestScore = -1;
  for (let deg = -MAX_DEGREES; deg <= MAX_DEGREES + 1e-9; deg += STEP_DEGREES) {
    const t = Math.tan((deg * Math.PI) / 180);
    bins.fill(0);
    for (let i = 0; i < n; i++) bins[Math.round(ys[i]! - xs[i]! * t) + offset]!++;
    let score = 0;
    for (let r = 0; r < rows; r++) score += bins[r]! * bins[r]!;
    // Ties (a blank page) keep the smallest angle.
    if (score > bestScore * (1 + 1e-9) || (Math.abs(score - bestScore) <= bestScore * 1e-9 && Math.abs(deg) < Math.abs(best))) {
      bestScore = score;
      best = deg;
    }
  }
  return Math.round(best * 100) / 100;
}
