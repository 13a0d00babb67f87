// English names of places: the official romanisation where it is not plain pinyin (陕西 Shaanxi,
// 呼和浩特 Hohhot, 乌兰察布 Ulanqab, 喀什 Kashi), readings of characters with more than one
// (洪洞 Hongtong, 乐清 Yueqing, 黄陂 Huangpi), pinyin-pro for the rest, and the administrative
// suffix in English (District, County, Banner...). Places whose English would read alike (阜阳市
// and 富阳区 are both "Fuyang") carry their province or prefecture: "Fuyang, Anhui". Pure, and run
// on the server only: the browser receives the names, never this table or pinyin-pro.

import { pinyin } from 'pinyin-pro';
import { allDivisions, divisionByCode, findDivisions, type Division } from './index';
import { ENGLISH_OVERRIDES, PROVINCE_ENGLISH, READING_FIXES } from './english-names';

/** Longest first, so 自治县 is matched before 县. */
const SUFFIXES: readonly [string, string][] = [
  ['维吾尔自治区', ''],
  ['壮族自治区', ''],
  ['回族自治区', ''],
  ['特别行政区', ''],
  ['综合实验区', 'Comprehensive Pilot Zone'],
  ['自治区', ''],
  ['自治州', 'Autonomous Prefecture'],
  ['自治县', 'Autonomous County'],
  ['自治旗', 'Autonomous Banner'],
  ['地区', 'Prefecture'],
  ['新区', 'New Area'],
  ['林区', 'Forestry District'],
  ['省', ''],
  ['市', 'City'],
  ['县', 'County'],
  ['区', 'District'],
  ['旗', 'Banner'],
  ['盟', 'League'],
];

/**
 * Pinyin of the first `length` characters of a name (its stem), with the readings of
 * READING_FIXES (which may reach into the suffix: 单县 → Shan), and an apostrophe where syllables
 * would run together (Lu'an, Xi'an).
 */
export function romanize(name: string, length = name.length): string {
  const syllables: string[] = [];
  let plain = '';
  const flush = () => {
    if (plain) syllables.push(...pinyin(plain, { toneType: 'none', type: 'array', v: true }).map((x) => x.replace(/v/g, 'u')));
    plain = '';
  };
  for (let i = 0; i < length;) {
    const fix = READING_FIXES.find(([hanzi]) => name.startsWith(hanzi, i));
    if (fix) {
      flush();
      syllables.push(...fix[1].split(' '));
      i += fix[0].length;
    } else {
      plain += name[i];
      i += 1;
    }
  }
  flush();
  const joined = syllables.map((p, i) => (i > 0 && /^[aeo]/.test(p) ? `'${p}` : p)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

function split(name: string): { stem: number; suffix: string } {
  const found = SUFFIXES.find(([s]) => name.endsWith(s) && name.length > s.length);
  return found ? { stem: name.length - found[0].length, suffix: found[1] } : { stem: name.length, suffix: '' };
}

/** The English of a division's own name, without telling apart places that share it. */
function plainEnglish(name: string, level: Division['level'] | 'zone', code: string | null): string {
  const override = (code && ENGLISH_OVERRIDES[code]) ?? ENGLISH_OVERRIDES[name];
  if (override) return override;
  if (level === 'province') return PROVINCE_ENGLISH[name] ?? romanize(name, split(name).stem);
  const { stem, suffix } = split(name);
  // A prefecture-level city is known by its name alone (Fuyang); a county-level one is a City.
  const english = level === 'prefecture' && suffix === 'City' ? '' : suffix;
  return [romanize(name, stem), english].filter(Boolean).join(' ');
}

let stemsCache: Map<string, number> | null = null;

/** How many divisions read alike in English (the stem, whatever the suffix): Fuyang ×2. */
function sharedStems(): Map<string, number> {
  if (stemsCache) return stemsCache;
  stemsCache = new Map();
  for (const d of allDivisions()) {
    const base = plainEnglish(d.name, d.level, d.code).replace(/ (City|District|County|Banner|League|Prefecture|Autonomous .*)$/, '');
    stemsCache.set(base, (stemsCache.get(base) ?? 0) + 1);
  }
  return stemsCache;
}

/** What a place is called in English, its region added when another place reads alike. */
export interface PlaceEnglish {
  /** Hongze District, Fuyang, Inner Mongolia. */
  name: string;
  /** The name with its province or prefecture when another division reads alike: "Fuyang, Anhui". */
  distinct: string;
}

export function englishPlace(input: { name: string; level: string; divisionCode: string | null; province: string | null }): PlaceEnglish {
  const division = input.divisionCode ? divisionByCode(input.divisionCode) : (findDivisions(input.name)[0] ?? null);
  const level = (division?.level ?? input.level) as Division['level'] | 'zone';
  const name = plainEnglish(input.name, level, division?.code ?? input.divisionCode);
  if (level === 'province') return { name, distinct: name };
  const base = name.replace(/ (City|District|County|Banner|League|Prefecture|Autonomous .*)$/, '');
  const shared = (sharedStems().get(base) ?? 0) > 1;
  if (!shared) return { name, distinct: name };
  // Counties and districts are told apart by their prefecture, prefectures by their province.
  const region =
    division?.prefecture && level !== 'prefecture'
      ? plainEnglish(division.prefecture, 'prefecture', null)
      : plainEnglish(division?.province ?? input.province ?? '', 'province', null);
  return { name, distinct: region ? `${name}, ${region}` : name };
}

/** The English name of a division code (provinces included), or null when the code is unknown. */
export function englishOfCode(code: string): string | null {
  const d = divisionByCode(code);
  return d ? plainEnglish(d.name, d.level, d.code) : null;
}

/** A stored jurisdiction as pages hold it (its slug ends in its division code when it has one). */
export interface NamedPlace {
  name: string;
  slug: string;
  level: string;
  province: string | null;
}

function codeOfSlug(slug: string): string | null {
  return /-(\d{6})$/.exec(slug)?.[1] ?? null;
}

/** The place's name in English, told apart from places that read alike: "Fuyang, Anhui". */
export function englishName(place: NamedPlace): string {
  return englishPlace({ name: place.name, level: place.level, divisionCode: codeOfSlug(place.slug), province: place.province }).distinct;
}

/** The place as a page in `lang` names it: 阜阳市, or "Fuyang, Anhui 阜阳市" with the Chinese beside. */
export function placeLabel(place: NamedPlace, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? place.name : `${englishName(place)} ${place.name}`;
}

/** A division of the list (held or not) named as placeLabel names a held one: "Hongze District 洪泽区". */
export function divisionLabel(division: Division, lang: 'zh' | 'en'): string {
  if (lang === 'zh') return division.name;
  const english = englishPlace({ name: division.name, level: division.level, divisionCode: division.code, province: division.province });
  return `${english.distinct} ${division.name}`;
}

/** A province by its Chinese name as English pages show it: "Anhui 安徽省". */
export function provinceLabel(name: string, lang: 'zh' | 'en'): string {
  const english = PROVINCE_ENGLISH[name];
  return lang === 'zh' || !english ? name : `${english} ${name}`;
}
