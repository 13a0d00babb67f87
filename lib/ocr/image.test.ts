import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { levels, median3, otsu, type Gray } from './image';

/** A seeded page-like image: paper, ink strokes, speckle; odd sizes so that the edges are exercised. */
function noisy(width: number, height: number, seed: number): Gray {
  const data = new Uint8Array(width * height);
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let i = 0; i < data.length; i++) data[i] = rnd() < 0.1 ? Math.floor(rnd() * 256) : 235 + Math.floor(rnd() * 20);
  for (let y = 5; y < height; y += 9) data.fill(20, y * width + 3, y * width + Math.max(4, width - 3));
  return { width, height, data };
}

describe('median3', () => {
  it('is libvips’s median(3) pixel for pixel, edges included (libvips refuses images under 3 px)', async () => {
    for (const [w, h, seed] of [
      [3, 3, 1],
      [4, 7, 2],
      [37, 23, 3],
      [250, 131, 4],
    ] as const) {
      const img = noisy(w, h, seed);
      const ref = await sharp(img.data, { raw: { width: w, height: h, channels: 1 } })
        .median(3)
        .toColourspace('b-w')
        .raw()
        .toBuffer();
      expect(Buffer.from(median3(img).data).equals(ref)).toBe(true);
    }
  });
});

describe('levels and otsu', () => {
  it('maps the 60th percentile to white and the darkest half percent to black', () => {
    const img = noisy(120, 80, 5);
    const out = levels(img);
    expect(out.data.length).toBe(img.data.length);
    expect(Math.min(...out.data)).toBe(0);
    expect(out.data.filter((v) => v === 255).length).toBeGreaterThanOrEqual(0.4 * img.data.length);
    const t = otsu(img);
    expect(t).toBeGreaterThan(20);
    expect(t).toBeLessThan(235);
  });
});
