// Province slugs, as the API names province jurisdictions (pinyin + division code: jiangsu-320000),
// for every province of the official list, held or not: /p/<province-slug>.

import { divisionsOf, PROVINCE_NAMES } from '../../places';
import { jurisdictionSlug } from './names';

const SLUGS = new Map(PROVINCE_NAMES.map((name) => [jurisdictionSlug(name, divisionsOf(name)[0]!.code, name), name]));

export function provinceSlug(name: string): string | null {
  for (const [slug, province] of SLUGS) if (province === name) return slug;
  return null;
}

export function provinceOfSlug(slug: string): string | null {
  return SLUGS.get(slug) ?? null;
}
