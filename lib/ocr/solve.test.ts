// The tables' relations solved together (solve.ts), on seed 000's table 3 (SAMPLE3) with cells
// taken away as a scan loses them.
import { describe, expect, it } from 'vitest';
import { relationsFor } from '../figures/checks';
import { APPLICANT_COLUMNS } from '../figures/keys';
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

const values = (m: ReturnType<typeof solveRelations>) => Object.fromEntries([...m].map(([k, s]) => [k, s.value]));

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
    expect(solved.size).toBe(0);
  });

  it('makes each of non-negative unknowns 0 when they must sum to 0, and nothing when to more', () => {
    const row = RELATIONS.filter((r) => r.id === 'rowTotal.results.denied.threeSecurity');
    const lost = { 'results.denied.threeSecurity.research': null, 'results.denied.threeSecurity.nonprofit': null };
    expect(values(solveRelations(row, figures(lost)))).toEqual({
      'results.denied.threeSecurity.research': 0,
      'results.denied.threeSecurity.nonprofit': 0,
    });
    expect(solveRelations(row, figures({ ...lost, 'results.denied.threeSecurity.total': 5 })).size).toBe(0);
  });

  it('determines nothing of a system the read figures contradict (a row and a column giving a cell two values)', () => {
    // 270 misread as 271: the row gives research 1, its column 0.
    const solved = solveRelations(RELATIONS, figures({ 'results.granted.research': null, 'results.granted.total': 271 }));
    expect(solved.has('results.granted.research')).toBe(false);
  });

  it('determines nothing only a negative number would satisfy', () => {
    const row = RELATIONS.filter((r) => r.id === 'rowTotal.results.granted');
    // 270 misread as 27: the lost cell would be negative.
    expect(solveRelations(row, figures({ 'results.granted.research': null, 'results.granted.total': 27 })).size).toBe(0);
  });
});
