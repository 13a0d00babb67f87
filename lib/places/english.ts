// English names of places: the official romanisation where it is not plain pinyin (陕西 Shaanxi,
// 呼和浩特 Hohhot, 乌兰察布 Ulanqab, 喀什 Kashi), readings of characters with more than one
// (洪洞 Hongtong, 乐清 Yueqing, 黄陂 Huangpi), pinyin-pro for the rest, and the administrative
// suffix in English (District, County, Banner...). Places whose English would read alike (阜阳市
// and 富阳区 are both "Fuyang") carry their province or prefecture: "Fuyang, Anhui". Pure, and run
// on the server only: the browser receives the names, never this table or pinyin-pro.

import { pinyin } from 'pinyin-pro';
import { allDivisions, divisionByCode, findDivisions, type Division } from './index';
import { ENGLISH_OVERRIDES, OFFICIAL_STEMS, PEOPLES, PROVINCE_ENGLISH, READING_FIXES, ZONE_KINDS } from './english-names';

/** Longest first, so 自治县 is matched before 县. */
const SUFFIXES: readonly [string, string][] = [
  ['维吾尔自治区', ''],
  ['壮族自治区', ''],
  ['回族自治区', ''],
  ['特别行政区', ''],
  ['自治区', ''],
  ['自治州', 'Autonomous Prefecture'],
  ['自治县', 'Autonomous County'],
  ['自治旗', 'Autonomous Banner'],
  ['地区', 'Prefecture'],
  // A banner's part of a league: 科尔沁左翼中旗 Horqin Left Wing Middle Banner.
  ['左翼前旗', 'Left Wing Front Banner'],
  ['左翼中旗', 'Left Wing Middle Banner'],
  ['左翼后旗', 'Left Wing Rear Banner'],
  ['右翼前旗', 'Right Wing Front Banner'],
  ['右翼中旗', 'Right Wing Middle Banner'],
  ['右翼后旗', 'Right Wing Rear Banner'],
  ['联合旗', 'United Banner'],
  ['左旗', 'Left Banner'],
  ['右旗', 'Right Banner'],
  ['前旗', 'Front Banner'],
  ['中旗', 'Middle Banner'],
  ['后旗', 'Rear Banner'],
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

/** The first `length` characters of a name in English: an official stem (科尔沁 Horqin) where one starts it, pinyin otherwise. */
function stemEnglish(name: string, length: number): string {
  const official = OFFICIAL_STEMS.find(([hanzi]) => hanzi.length <= length && name.startsWith(hanzi));
  if (!official) return romanize(name, length);
  const rest = name.slice(official[0].length, length);
  return rest ? `${official[1]} ${romanize(rest)}` : official[1];
}

/** Where a suffix of more than one character ends a name, the name before it has at least two (清新区 is Qingxin District). */
function suffixOf(name: string, table: readonly [string, string][]): [string, string] | null {
  return table.find(([s]) => name.endsWith(s) && name.length - s.length >= (s.length > 1 ? 2 : 1)) ?? null;
}

/** Peoples longest first, each with 族 or (names of two characters or more) without: 哈萨克, 蒙古. */
const PEOPLE_NAMES = Object.keys(PEOPLES).sort((a, b) => b.length - a.length);

/** The peoples ending an autonomous place's name (and a banner's wing before them), in English ("Tujia and Miao"), and where they start. */
function peoplesAtEnd(name: string, end: number): { at: number; english: string } {
  const found: string[] = [];
  let at = end;
  for (;;) {
    const head = name.slice(0, at);
    const people = PEOPLE_NAMES.find((p) => head.endsWith(`${p}族`) || (p.length > 1 && head.endsWith(p)));
    if (!people) break;
    found.unshift(PEOPLES[people]!);
    at -= head.endsWith(`${people}族`) ? people.length + 1 : people.length;
  }
  const peoples = found.length > 1 ? `${found.slice(0, -1).join(', ')} and ${found.at(-1)}` : (found[0] ?? '');
  // A banner's wing before them: 喀喇沁左翼蒙古族自治县 Harqin Left Wing Mongol Autonomous County.
  const wing = /([左右])翼$/.exec(name.slice(0, at));
  if (!wing || at < 4) return { at, english: peoples };
  return { at: at - 2, english: `${wing[1] === '左' ? 'Left' : 'Right'} Wing ${peoples}`.trim() };
}

/** The prefecture a county or district is under (its code's first four digits), or null. */
function prefectureOf(division: Division): Division | null {
  return division.prefecture ? divisionByCode(`${division.code.slice(0, 4)}00`) : null;
}

/** The province's and prefecture's own names a zone's name may start with, in English: 河北唐山 → Hebei Tangshan. */
function enclosingAtStart(name: string, division: Division | null): { at: number; english: string[] } {
  const english: string[] = [];
  let at = 0;
  const province = division?.province;
  const prefecture = division ? prefectureOf(division) : null;
  for (const [full, own] of [
    [province, province ? PROVINCE_ENGLISH[province] : undefined],
    [prefecture?.name, prefecture ? plainEnglish(prefecture.name, 'prefecture', prefecture.code) : undefined],
  ] as const) {
    if (!full || !own) continue;
    const short = full.replace(/(维吾尔自治区|壮族自治区|回族自治区|自治区|省|市)$/, '');
    const match = [full, short].find((n) => n.length >= 2 && name.startsWith(n, at));
    if (!match) continue;
    english.push(own);
    at += match.length;
  }
  return { at, english };
}

/** The English of a division's own name, without telling apart places that share it. */
function plainEnglish(name: string, level: Division['level'] | 'zone', code: string | null): string {
  const override = (code && ENGLISH_OVERRIDES[code]) ?? ENGLISH_OVERRIDES[name];
  if (override) return override;
  if (level === 'province') return PROVINCE_ENGLISH[name] ?? romanize(name, name.length - (suffixOf(name, SUFFIXES)?.[0].length ?? 0));
  const zone = suffixOf(name, ZONE_KINDS);
  const [suffix, kind] = zone ?? suffixOf(name, SUFFIXES) ?? ['', ''];
  // Autonomous places name their peoples (哈萨克 without 族 too); a district may name one (梅里斯达斡尔族区).
  const named = kind.startsWith('Autonomous') || name.endsWith(`族${suffix}`);
  const peoples = named ? peoplesAtEnd(name, name.length - suffix.length) : null;
  const end = peoples?.at ?? name.length - suffix.length;
  // A zone says where it is word by word (Hebei Tangshan Lutai …); a place's stem is one word.
  const enclosing = zone ? enclosingAtStart(name.slice(0, end), code ? divisionByCode(code) : null) : { at: 0, english: [] };
  // A prefecture-level city is known by its name alone (Fuyang); a county-level one is a City.
  const english = level === 'prefecture' && kind === 'City' ? '' : kind;
  const stem = enclosing.at < end ? stemEnglish(name.slice(enclosing.at), end - enclosing.at) : '';
  return [...enclosing.english, stem, peoples?.english, english].filter(Boolean).join(' ');
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
  // The prefecture by its code: its official name is kept by code (呼和浩特 Hohhot, 鄂尔多斯 Ordos).
  const prefecture = division?.prefecture && level !== 'prefecture' ? prefectureOf(division) : null;
  const region = prefecture
    ? plainEnglish(prefecture.name, 'prefecture', prefecture.code)
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

/** A division of the list in English, told apart from those that read alike, with its province and prefecture. */
export function divisionEnglish(division: Division): { name: string; province: string; prefecture: string | null } {
  const prefecture = prefectureOf(division);
  return {
    name: englishPlace({ name: division.name, level: division.level, divisionCode: division.code, province: division.province }).distinct,
    province: plainEnglish(division.province, 'province', null),
    prefecture: prefecture ? plainEnglish(prefecture.name, 'prefecture', prefecture.code) : null,
  };
}

/** A division of the list (held or not) named as placeLabel names a held one: "Hongze District 洪泽区". */
export function divisionLabel(division: Division, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? division.name : `${divisionEnglish(division).name} ${division.name}`;
}

/** A province by its Chinese name as English pages show it: "Anhui 安徽省". */
export function provinceLabel(name: string, lang: 'zh' | 'en'): string {
  const english = PROVINCE_ENGLISH[name];
  return lang === 'zh' || !english ? name : `${english} ${name}`;
}
