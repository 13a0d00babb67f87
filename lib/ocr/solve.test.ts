// The tables' relations solved together (solve.ts), on seed 000's table 3 (SAMPLE3) with cells
// taken away as a scan loses them.
import { describe, expect, it } from 'vitest';
import { relationsFor, type SumRelation } from '../figures/checks';
import { APPLICANT_COLUMNS, figureDef } from '../figures/keys';
import { SAMPLE3 } from '../parser/testing/build';
import { solveRelations } from './solve';

const RELATIONS = relationsFor('2019');

/** SAMPLE3's figures, keyed; `changes` overrides some (null: not read). */
function figures(changes: Record<string, number | null> = {}): (key: string) => number | null {
  const all = new Map<string, number | null>();
  for (const [row, cells] of Object.entries(SAMPLE3)) APPLICANT_COLUMNS.forEach((c, i) => all.set(`${row}.${c.id}`, cells[i]!));
  for (const [k, v] of Object.entries(changes)) all.set(k, v);
  return (key) => all.get(key) ?? null;
}

/** The cells determined (group sums apart). */
const values = (m: ReturnType<typeof solveRelations>) =>
  Object.fromEntries([...m].filter(([k]) => !figureDef(k)?.sumOf).map(([k, s]) => [k, s.value]));

describe('the relations solved together', () => {
  it('determines cells lost in one row and in the columns crossing it (the row and the outcome totals have two unknowns each)', () => {
    const solved = solveRelations(
      RELATIONS,
      figures({
        'results.granted.natural': null,
        'results.granted.legal': null,
        'results.total.natural': null,
        'results.total.legal': null,
      }),
    );
    expect(values(solved)).toEqual({
      'results.granted.natural': 249,
      'results.granted.legal': 16,
      'results.total.natural': 767,
      'results.total.legal': 26,
    });
    expect(solved.get('results.granted.natural')!.relations.map((r) => r.id)).toEqual(
      expect.arrayContaining(['rowTotal.results.granted', 'resultsTotal.natural', 'balance.natural']),
    );
  });

  it('leaves a 2 × 2 block undetermined: any amount moved round it keeps every sum', () => {
    const solved = solveRelations(
      RELATIONS,
      figures({
        'results.granted.natural': null,
        'results.granted.commercial': null,
        'results.partial.natural': null,
        'results.partial.commercial': null,
      }),
    );
    expect(values(solved)).toEqual({});
  });

  it('makes each of non-negative unknowns 0 when they must sum to 0, and nothing when to more', () => {
    const row = RELATIONS.filter((r) => r.id === 'rowTotal.results.denied.threeSecurity');
    const lost = { 'results.denied.threeSecurity.research': null, 'results.denied.threeSecurity.nonprofit': null };
    expect(values(solveRelations(row, figures(lost)))).toEqual({
      'results.denied.threeSecurity.research': 0,
      'results.denied.threeSecurity.nonprofit': 0,
    });
    expect(values(solveRelations(row, figures({ ...lost, 'results.denied.threeSecurity.total': 5 })))).toEqual({});
  });

  it('determines nothing of a system the read figures contradict (a row and a column giving a cell two values)', () => {
    // 270 misread as 271: the row gives research 1, its column 0.
    const solved = solveRelations(RELATIONS, figures({ 'results.granted.research': null, 'results.granted.total': 271 }));
    expect(solved.has('results.granted.research')).toBe(false);
  });

  it('determines nothing only a negative number would satisfy', () => {
    const row = RELATIONS.filter((r) => r.id === 'rowTotal.results.granted');
    // 270 misread as 27: the lost cell would be negative.
    expect(values(solveRelations(row, figures({ 'results.granted.research': null, 'results.granted.total': 27 })))).toEqual({});
  });

  it('determines a group sum no table prints where its parts are not known (the column total gives 不予公开 whole)', () => {
    // Two sub-rows of 不予公开 lost in the natural-person column with their totals: neither is
    // determined, their sum is.
    const lost = ['stateSecret', 'thirdParty'].flatMap((row) => [`results.denied.${row}.natural`, `results.denied.${row}.total`]);
    const solved = solveRelations(RELATIONS, figures(Object.fromEntries(lost.map((k) => [k, null]))));
    expect(solved.get('results.denied.natural')?.value).toBe(4 + 3 + 0 + 23 + 2 + 0 + 5 + 1);
    expect(values(solved)).toEqual({});
  });

  it('uses no relation with a known that is no count (a fraction read from a damaged cell), and never throws', () => {
    const lost = { 'results.granted.research': null, 'results.granted.total': 270.5 };
    const solved = solveRelations(RELATIONS, figures(lost));
    // its column still gives it; the row is not used
    expect(solved.get('results.granted.research')?.relations.map((r) => r.id)).not.toContain('rowTotal.results.granted');
    expect(solved.get('results.granted.research')?.value).toBe(0);
  });

  it('determines what the bounds of non-negative counts pin where elimination leaves an unknown free (pingtan 2022 at 300 dpi)', () => {
    // As read there: 无法提供's total u is in two equations left after elimination, p = u − 37 and
    // q + u = 37 (p, q two lost cells): p ≥ 0 makes u ≥ 37, q ≥ 0 makes u ≤ 37.
    const rel = (id: string, left: string[], right: string[]): SumRelation => ({
      id,
      kind: 'resultsTotal',
      label: { zh: id, en: id },
      left,
      right,
      formats: ['2021'],
    });
    const known = (k: string) => (k === 'read.37' ? 37 : null);
    const relations = [rel('a', ['lost.p', 'read.37'], ['unable.u']), rel('b', ['lost.q', 'unable.u'], ['read.37'])];
    expect(values(solveRelations(relations, known))).toEqual({ 'lost.p': 0, 'lost.q': 0, 'unable.u': 37 });
    // with q + u = 38 the bounds leave u 37 or 38: nothing is determined
    expect(
      values(solveRelations([relations[0]!, rel('b', ['lost.q', 'unable.u'], ['read.38'])], (k) => (k === 'read.38' ? 38 : known(k)))),
    ).toEqual({});
  });
});
