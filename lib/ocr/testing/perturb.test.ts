import { describe, expect, it } from 'vitest';
import { gamma, perturbations, shifted } from './perturb';

const img = { width: 5, height: 4, data: Uint8Array.from({ length: 20 }, (_, i) => (i * 37) % 256) };

describe('perturbations', () => {
  it('moves a page by whole pixels exactly, white coming in at the edge, and by half a pixel as the mean', () => {
    const moved = shifted(img, 1, 0, 0);
    for (let y = 0; y < 4; y++) {
      expect(moved.data[y * 5]).toBe(255);
      for (let x = 1; x < 5; x++) expect(moved.data[y * 5 + x]).toBe(img.data[y * 5 + x - 1]);
    }
    const half = shifted(img, 0, 0.5, 0);
    expect(half.data[2 * 5 + 3]).toBe(Math.round((img.data[5 + 3]! + img.data[2 * 5 + 3]!) / 2));
    expect(shifted(img, 0, 0, 0).data).toEqual(img.data);
  });

  it('lightens below gamma 1 and darkens above it, paper and ink kept', () => {
    const light = gamma(img, 0.8);
    const dark = gamma(img, 1.25);
    for (let i = 0; i < 20; i++) {
      const v = img.data[i]!;
      if (v === 0 || v === 255) expect([light.data[i], dark.data[i]]).toEqual([v, v]);
      else {
        expect(light.data[i]).toBeGreaterThanOrEqual(v);
        expect(dark.data[i]).toBeLessThanOrEqual(v);
      }
    }
    expect(light.data[1]).toBeGreaterThan(img.data[1]!);
  });

  it('names its family and refuses a name it does not know', () => {
    expect(perturbations('native,shift').map((p) => p.name)).toEqual(['native', 'shift']);
    expect(perturbations('all').length).toBeGreaterThan(5);
    expect(() => perturbations('blur')).toThrow(/unknown perturbation blur/);
  });
});
