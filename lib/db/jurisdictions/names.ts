// Slugs and search keys of jurisdictions. Pure.
//
// Slug: pinyin of the name without its administrative suffix, then the GB/T 2260 division code:
// 阜阳市 → fuyang-341200, 富阳区 → fuyang-330111, 淮安市洪泽区 → hongze-320813. The code makes it
// unique across China and stable (it never depends on which other places exist). A place without a
// code (平潭综合实验区) gets its province instead: pingtan-fujian.
import { pinyin } from 'pinyin-pro';

/** Longest first, so 自治县 is stripped before 县. */
const SUFFIXES = [
  '特别行政区',
  '综合实验区',
  '维吾尔自治区',
  '壮族自治区',
  '回族自治区',
  '自治区',
  '自治州',
  '自治县',
  '自治旗',
  '地区',
  '新区',
  '林区',
  '省',
  '市',
  '县',
  '区',
  '旗',
  '盟',
];

export function shortName(name: string): string {
  // A one-character remainder (沙县 → 沙) would read badly: keep such names whole.
  const suffix = SUFFIXES.find((s) => name.endsWith(s) && name.length - s.length >= 2);
  return suffix ? name.slice(0, -suffix.length) : name;
}

function romanize(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', v: true })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

export function jurisdictionSlug(name: string, divisionCode: string | null, province: string | null): string {
  const base = romanize(shortName(name)) || 'place';
  if (divisionCode) return `${base}-${divisionCode}`;
  const region = province && province !== name ? romanize(shortName(province)) : '';
  return region ? `${base}-${region}` : base;
}

/** Full pinyin and initials, lower case, for search by either: "fuyangshi fys". */
export function pinyinSearchKey(name: string): string {
  const full = romanize(name);
  const initials = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase();
  return `${full} ${initials}`;
}
