// /p/<province-slug>: every province of the official list, held or not, has the slug the API
// names its jurisdiction by, and the slug leads back to it.
import { describe, expect, it } from 'vitest';
import { PROVINCE_NAMES } from '@/lib/places';
import { provinceOfSlug, provinceSlug } from './province-slugs';

describe('province slugs', () => {
  it('every province of the official list has one slug, as the API names it, and back', () => {
    const slugs = PROVINCE_NAMES.map((name) => provinceSlug(name)!);
    expect(new Set(slugs).size).toBe(PROVINCE_NAMES.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z]+-\d{2}0000$/);
    for (const [i, name] of PROVINCE_NAMES.entries()) expect(provinceOfSlug(slugs[i]!)).toBe(name);
    expect(provinceSlug('江苏省')).toBe('jiangsu-320000');
    expect(provinceOfSlug('atlantis-990000')).toBeNull();
    expect(provinceSlug('洪泽区')).toBeNull();
  });
});
