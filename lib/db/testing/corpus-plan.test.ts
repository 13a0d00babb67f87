import { describe, expect, it } from 'vitest';
import { placePrefixOf } from '../../parser/meta/body';
import type { ReportMeta } from '../../parser/types';
import { placeFromMeta } from '../jurisdictions/from-meta';
import { allDivisions, resolvePlace, unambiguousName } from '../../places';
import { corpusPlan, FIRST_YEAR, formatOfYear, LAST_YEAR, YEARS } from './corpus-plan';

describe('corpusPlan', () => {
  const plan = corpusPlan(1_000_000);

  it('has a government for every named division of the official list, and departments for the rest', () => {
    // The official list has about 3,200 governments at county level and above.
    expect(plan.governments).toBeGreaterThan(3_000);
    expect(plan.governments).toBeLessThan(3_400);
    expect(plan.governments + plan.unnamed.length).toBe(allDivisions().length);
    expect(plan.size).toBeGreaterThanOrEqual(1_000_000);
    expect(plan.size).toBe((plan.governments + plan.departments) * YEARS);
    expect(plan.size - 1_000_000).toBeLessThan(YEARS);
  });

  it('gives every slot of the plan a distinct body-year (at most one report per body-year)', () => {
    const seen = new Set<string>();
    const bodies = new Map<string, string>();
    for (let i = 0; i < plan.size; i++) {
      const { body, year } = plan.slot(i);
      seen.add(`${body.name}|${year}`);
      // One name, one body: a name never stands for two divisions or two scopes.
      const id = `${body.division.code}|${body.scope}`;
      if ((bodies.get(body.name) ?? id) !== id) throw new Error(`${body.name} names ${bodies.get(body.name)} and ${id}`);
      bodies.set(body.name, id);
    }
    expect(seen.size).toBe(plan.size);
    expect(bodies.size).toBe(plan.governments + plan.departments);
  });

  it('spreads any first N reports evenly over years, formats and kinds of body', () => {
    const n = 20_000;
    const years = new Map<number, number>();
    let governments = 0;
    for (let i = 0; i < n; i++) {
      const { body, year } = plan.slot(i);
      expect(year).toBeGreaterThanOrEqual(FIRST_YEAR);
      expect(year).toBeLessThanOrEqual(LAST_YEAR);
      years.set(year, (years.get(year) ?? 0) + 1);
      if (body.scope === 'aggregate') governments++;
    }
    expect(years.size).toBe(YEARS);
    for (const count of years.values()) expect(Math.abs(count - n / YEARS)).toBeLessThan(n / YEARS / 10);
    const share = plan.governments / (plan.governments + plan.departments);
    expect(Math.abs(governments / n - share)).toBeLessThan(share / 5);
    const legacy = [...years].filter(([y]) => formatOfYear(y) === 'legacy').reduce((s, [, c]) => s + c, 0);
    expect(legacy / n).toBeCloseTo(11 / 18, 1);
  });

  it('prints place names that resolve to their division alone', () => {
    for (let i = 0; i < 2_000; i++) {
      const { body } = plan.slot(i * 499);
      expect(resolvePlace(body.place)?.code).toBe(body.division.code);
      expect(body.name.startsWith(body.place)).toBe(true);
      expect(placePrefixOf(body.name)).toBe(body.place);
    }
    const gulou = allDivisions().find((d) => d.code === '350102')!;
    expect(unambiguousName(gulou)).toBe('福州市鼓楼区');
  });

  it('files every division of the list as its own jurisdiction, under its parents', () => {
    for (const d of allDivisions()) {
      const place = unambiguousName(d);
      if (!place) continue;
      const meta = { place, province: d.province, divisionCode: d.code } as ReportMeta;
      const record = placeFromMeta(meta)!;
      expect(record.divisionCode).toBe(d.code);
      const parents: string[] = [];
      for (let p = record.parent; p; p = p.parent) parents.push(p.divisionCode!);
      expect(parents.length).toBeLessThanOrEqual(2);
      expect(new Set([d.code, ...parents]).size).toBe(parents.length + 1);
    }
  });

  it('refuses a slot outside the plan, and a corpus larger than its departments', () => {
    expect(() => plan.slot(plan.size)).toThrow(RangeError);
    expect(() => plan.slot(-1)).toThrow(RangeError);
    expect(() => corpusPlan(100_000_000)).toThrow(/departments/);
  });

  it('knows the formats of the years', () => {
    expect([2008, 2018, 2019, 2020, 2021, 2025].map(formatOfYear)).toEqual(['legacy', 'legacy', '2019', '2019', '2021', '2021']);
  });
});
