// Rates against hand-computed values. The figures are 阜阳市 2020 as printed in
// data/reports/seeds/000-fuyang-2020.txt (表三 and 表四), copied by hand so this test checks the
// arithmetic independently of the parser.

import { describe, expect, it } from 'vitest';
import { isFigureKey } from './keys';
import {
  computeRate,
  expandKeys,
  figureValue,
  MIN_BASE,
  notComputedReason,
  perTenThousand,
  rateDef,
  rateInputKeys,
  RATES,
  rateStanding,
  ratio,
  type FigureLookup,
} from './rates';

const FUYANG_2020: Record<string, number | null> = {
  'applications.new.total': 835,
  'applications.new.natural': 790,
  'applications.carriedOver.total': 15,
  'results.granted.total': 270,
  'results.partial.total': 81,
  'results.denied.stateSecret.total': 4,
  'results.denied.lawForbidden.total': 3,
  'results.denied.threeSecurity.total': 0,
  'results.denied.thirdParty.total': 34,
  'results.denied.internalAffairs.total': 2,
  'results.denied.processInfo.total': 0,
  'results.denied.enforcementFile.total': 5,
  'results.denied.adminQuery.total': 2,
  'results.unable.notHeld.total': 346,
  'results.unable.needsCreation.total': 3,
  'results.unable.unclear.total': 13,
  'results.total.total': 813,
  'carriedForward.total': 37,
  'review.corrected': 7,
  'review.total': 32,
  'litigationDirect.corrected': 2,
  'litigationDirect.total': 28,
  'litigationAfterReview.corrected': 2,
  'litigationAfterReview.total': 5,
};
const fuyang: FigureLookup = (key) => FUYANG_2020[key];

function rate(id: string, lookup: FigureLookup = fuyang): number | null {
  const def = rateDef(id);
  if (!def) throw new Error(`no rate ${id}`);
  return computeRate(def, lookup);
}

describe('rates of 阜阳 2020', () => {
  it.each([
    ['received-total', 835 + 15],
    ['disclosure-rate', (270 + 81) / 813],
    ['denial-rate', 50 / 813],
    ['unable-share', 362 / 813],
    ['not-held-share', 346 / 813],
    ['carry-forward-rate', 37 / 850],
    ['natural-person-share', 790 / 835],
    ['review-correction-rate', 7 / 32],
    ['litigation-correction-rate', (2 + 2) / (28 + 5)],
    ['dispute-rate', (32 + 33) / 835],
  ])('%s', (id, expected) => {
    expect(rate(id)).toBeCloseTo(expected, 12);
  });

  it('new applications per 10,000 residents', () => {
    expect(perTenThousand(835, 8200264)).toBeCloseTo((835 / 8200264) * 10000, 12);
  });
});

describe('missing inputs give null, never 0', () => {
  it('a missing numerator part', () => {
    const lookup: FigureLookup = (key) => (key === 'results.partial.total' ? null : FUYANG_2020[key]);
    expect(rate('disclosure-rate', lookup)).toBeNull();
  });

  it('a missing sub-row of a group sum', () => {
    const lookup: FigureLookup = (key) => (key === 'results.denied.adminQuery.total' ? undefined : FUYANG_2020[key]);
    expect(rate('denial-rate', lookup)).toBeNull();
  });

  it('a sum with a figure missing says so; a sum with its figures has no reason', () => {
    const received = rateDef('received-total')!;
    expect(notComputedReason(received, null, null)).toEqual({
      zh: '无法计算:(本年新收 + 上年结转)有数字缺失',
      en: 'Not computed: a figure of the sum (New applications + carried over from last year) is missing',
    });
    expect(notComputedReason(received, 21, null)).toBeNull();
  });

  it('a zero denominator', () => {
    const lookup: FigureLookup = (key) => (key === 'review.total' ? 0 : key === 'review.corrected' ? 0 : FUYANG_2020[key]);
    expect(rate('review-correction-rate', lookup)).toBeNull();
  });

  it('a stored group sum is used as printed (narrative-only reports state totals)', () => {
    const lookup: FigureLookup = (key) => ({ 'litigation.corrected': 1, 'litigation.total': 4 })[key];
    expect(rate('litigation-correction-rate', lookup)).toBe(0.25);
  });

  it('no population, no per-capita figure', () => {
    expect(perTenThousand(835, null)).toBeNull();
    expect(perTenThousand(835, undefined)).toBeNull();
    expect(perTenThousand(835, 0)).toBeNull();
    expect(perTenThousand(835, -1)).toBeNull();
    expect(perTenThousand(null, 100)).toBeNull();
    expect(perTenThousand(0, 100)).toBe(0);
    expect(perTenThousand(835, 1)).toBe(8_350_000);
  });

  it('a missing denominator, and 0 over a known denominator is 0', () => {
    expect(ratio(835, null)).toBeNull();
    expect(ratio(null, 835)).toBeNull();
    expect(ratio(0, 835)).toBe(0);
    expect(ratio(835, 0)).toBeNull();
  });

  it('a group sum stored as null is made from its sub-rows; an unknown key has no value', () => {
    const lookup: FigureLookup = (key) => (key === 'results.denied.total' ? null : FUYANG_2020[key]);
    expect(figureValue(lookup, 'results.denied.total')).toBe(50);
    expect(figureValue(fuyang, 'results.granted.total')).toBe(270);
    expect(figureValue(fuyang, 'no.such.key')).toBeNull();
    expect(figureValue(() => 3, 'no.such.key')).toBe(3);
    expect(expandKeys(['no.such.key', 'review.total'])).toEqual(['no.such.key', 'review.total']);
  });
});

describe('catalogue', () => {
  it('every rate has a unique URL id and reads only catalogue keys', () => {
    expect(new Set(RATES.map((r) => r.id)).size).toBe(RATES.length);
    for (const r of RATES) {
      expect(r.id).toMatch(/^[a-z0-9-]+$/);
      for (const key of rateInputKeys(r)) expect(isFigureKey(key), key).toBe(true);
    }
  });
});

describe('guardrails: a rate is ranked only on a base of at least its minimum, its inputs passing the sums', () => {
  const standing = (id: string, lookup: FigureLookup, failed: readonly string[] = []) =>
    rateStanding(rateDef(id)!, lookup, new Set(failed));
  const with_ =
    (changes: Record<string, number | null>): FigureLookup =>
    (key) =>
      key in changes ? changes[key] : FUYANG_2020[key];

  it('defines one minimum per kind of base, and every ratio has one', () => {
    expect(MIN_BASE).toEqual({ applications: 10, reviews: 5, lawsuits: 5 });
    expect(rateDef('review-correction-rate')!.minBase).toBe(MIN_BASE.reviews);
    expect(rateDef('disclosure-rate')!.minBase).toBe(MIN_BASE.applications);
    expect(RATES.filter((r) => r.unit === 'ratio').every((r) => r.minBase > 0)).toBe(true);
  });

  it('阜阳市 2020: 813 handled and 32 reviews are ranked, with their bases', () => {
    expect(standing('disclosure-rate', fuyang)).toEqual({ kind: 'ranked', value: 351 / 813, base: 813 });
    expect(standing('review-correction-rate', fuyang)).toEqual({ kind: 'ranked', value: 7 / 32, base: 32 });
  });

  it('too few: 4 reviews (below 5) or 9 handled (below 10) are not ranked; 5 and 10 are', () => {
    expect(standing('review-correction-rate', with_({ 'review.total': 4, 'review.corrected': 1 }))).toEqual({
      kind: 'tooFew',
      value: 0.25,
      base: 4,
    });
    expect(standing('review-correction-rate', with_({ 'review.total': 5, 'review.corrected': 1 })).kind).toBe('ranked');
    const nine = with_({ 'results.total.total': 9, 'results.granted.total': 3, 'results.partial.total': 0 });
    expect(standing('disclosure-rate', nine)).toMatchObject({ kind: 'tooFew', base: 9 });
    expect(standing('disclosure-rate', with_({ 'results.total.total': 10 })).kind).toBe('ranked');
    expect(standing('review-correction-rate', with_({ 'review.total': 0, 'review.corrected': 0 }))).toEqual({
      kind: 'tooFew',
      value: null,
      base: 0,
    });
  });

  it('a rate reading a figure of a failed sum check is not ranked; others of the report still are', () => {
    expect(standing('review-correction-rate', fuyang, ['review.total', 'review.upheld'])).toMatchObject({ kind: 'sumFailed', base: 32 });
    expect(standing('disclosure-rate', fuyang, ['review.total']).kind).toBe('ranked');
  });

  it('missing when a figure is missing; counts have no base', () => {
    expect(standing('disclosure-rate', with_({ 'results.total.total': null }))).toEqual({ kind: 'missing', base: null });
    expect(standing('received-total', fuyang)).toEqual({ kind: 'ranked', value: 850, base: null });
  });
});
