// The tables' relations solved together (solve.ts), on seed 000's table 3 (SAMPLE3) with cells
// taken away as a scan loses them.
import { describe, expect, it } from 'vitest';
import { relationsFor, type SumRelation } from '../figures/checks';
import { APPLICANT_COLUMNS, figureDef } from '../figures/keys';
import { parseReport } from '../parser';
import { report, SAMPLE3, table3 } from '../parser/testing/build';
import { readFigures, solveRelations } from './solve';

const RELATIONS = relationsFor('2019');

/** SAMPLE3's figures, keyed; `changes` overrides some (null: not read). */
function figures(changes: Record<string, number | null> = {}): (key: string) => number | null {
  const all = new Map<string, number | null>();
  for (const [row, cells] of Object.entries(SAMPLE3)) APPLICANT_COLUMNS.forEach((c, i) => all.set(`${row}.${c.id}`, cells[i]!));
  for (const [k, v] of Object.entries(changes)) all.set(k, v);
  return (key) => all.get(key) ?? null;
}

/** A relation of the unknowns named (a test's own, shaped as the tables' are: sums of counts). */
const rel = (id: string, left: string[], right: string[]): SumRelation => ({
  id,
  kind: 'resultsTotal',
  label: { zh: id, en: id },
  left,
  right,
  formats: ['2021'],
});

/** Known figures named `read.<n>` (the number n as read); every other key unknown. */
const readNumbers = (k: string) => (k.startsWith('read.') ? Number(k.slice(5)) : null);

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
    const known = (k: string) => (k === 'read.37' ? 37 : null);
    const relations = [rel('a', ['lost.p', 'read.37'], ['unable.u']), rel('b', ['lost.q', 'unable.u'], ['read.37'])];
    expect(values(solveRelations(relations, known))).toEqual({ 'lost.p': 0, 'lost.q': 0, 'unable.u': 37 });
    // with q + u = 38 the bounds leave u 37 or 38: nothing is determined
    expect(
      values(solveRelations([relations[0]!, rel('b', ['lost.q', 'unable.u'], ['read.38'])], (k) => (k === 'read.38' ? 38 : known(k)))),
    ).toEqual({});
  });

  it('a contradiction settles nothing in its own system only: a cell lost elsewhere is still determined, from its own relations', () => {
    const solved = solveRelations(
      RELATIONS,
      figures({ 'results.granted.research': null, 'results.granted.total': 271, 'results.partial.natural': null }),
    );
    expect(values(solved)).toEqual({ 'results.partial.natural': 79 });
    expect(
      solved
        .get('results.partial.natural')!
        .relations.map((r) => r.id)
        .sort(),
    ).toEqual(['resultsTotal.natural', 'rowTotal.results.partial']);
  });

  it('names only the relations of the system an unknown was solved in, and determines the group sums its parts settle', () => {
    const row = RELATIONS.filter((r) => r.id === 'rowTotal.results.denied.threeSecurity');
    const solved = solveRelations(
      row,
      figures({ 'results.denied.threeSecurity.research': null, 'results.denied.threeSecurity.nonprofit': null }),
    );
    expect(solved.get('results.denied.threeSecurity.research')!.relations.map((r) => r.id)).toEqual([
      'rowTotal.results.denied.threeSecurity',
    ]);
    // 不予公开's research column: the row's cell (0) and the other sub-rows as read
    expect(solved.get('results.denied.research')?.value).toBe(0);
    expect(solved.get('results.denied.natural')?.value).toBe(4 + 3 + 0 + 23 + 2 + 0 + 5 + 1);
  });

  it('leaves out every equation through an unknown set apart (a doubtful reading the sums contradict)', () => {
    const lost = figures({ 'results.granted.research': null, 'results.granted.natural': null });
    expect(values(solveRelations(RELATIONS, lost))).toEqual({ 'results.granted.research': 0, 'results.granted.natural': 249 });
    // the row holds both; natural's column still gives it
    const apart = solveRelations(RELATIONS, lost, new Set(['results.granted.research']));
    expect(values(apart)).toEqual({ 'results.granted.natural': 249 });
    expect(apart.get('results.granted.natural')!.relations.map((r) => r.id)).not.toContain('rowTotal.results.granted');
  });

  it('uses no relation with a negative known (no count)', () => {
    const row = RELATIONS.filter((r) => r.id === 'rowTotal.results.granted');
    expect(values(solveRelations(row, figures({ 'results.granted.research': null, 'results.granted.natural': -249 })))).toEqual({});
  });

  it('cancels an unknown standing on both sides of a relation', () => {
    expect(values(solveRelations([rel('a', ['x', 'y'], ['x', 'read.3'])], readNumbers))).toEqual({ y: 3 });
  });

  it('determines two unknowns from their sum and their difference (rows scaled and reduced exactly)', () => {
    // x + y = 5, x = y + 1: eliminating x leaves 2y = 4
    const relations = [rel('sum', ['x', 'y'], ['read.5']), rel('difference', ['x'], ['y', 'read.1'])];
    expect(values(solveRelations(relations, readNumbers))).toEqual({ x: 3, y: 2 });
  });

  it('goes on from what elimination fixed to what the bounds of the rest then pin (pingtan 2022’s shape beside two settled cells)', () => {
    // x + y = 10 and x = y + 4 settle x and y; x + p + 30 = u ties them to p = u − 37, q + u = 37
    const relations = [
      rel('sum', ['x', 'y'], ['read.10']),
      rel('difference', ['x'], ['y', 'read.4']),
      rel('tie', ['x', 'p', 'read.30'], ['u']),
      rel('b', ['q', 'u'], ['read.37']),
    ];
    expect(values(solveRelations(relations, readNumbers))).toEqual({ x: 7, y: 3, p: 0, q: 0, u: 37 });
  });

  it('pins an unknown between a lower bound from another’s upper bound and an upper bound of its own, whatever the relations’ order', () => {
    // x + y = 10 with y ≤ 3 (y + z = 3) makes x ≥ 7; x + w = 7 makes x ≤ 7
    const relations = [rel('a', ['x', 'y'], ['read.10']), rel('b', ['y', 'z'], ['read.3']), rel('c', ['x', 'w'], ['read.7'])];
    const expected = { x: 7, y: 3, z: 0, w: 0 };
    expect(values(solveRelations(relations, readNumbers))).toEqual(expected);
    expect(values(solveRelations([...relations].reverse(), readNumbers))).toEqual(expected);
  });

  it('rounds bounds inward: 2x = 5 + p (p ≥ 0) makes x ≥ 3', () => {
    // x + y = 5 and x = y + p: 2x = 5 + p; x + q = 3 makes x ≤ 3
    const relations = [rel('a', ['x', 'y'], ['read.5']), rel('b', ['x'], ['y', 'p']), rel('c', ['x', 'q'], ['read.3'])];
    expect(values(solveRelations(relations, readNumbers))).toEqual({ x: 3, y: 2, p: 1, q: 0 });
  });

  it('determines nothing of a system whose bounds cross (u ≥ 37 and u ≤ 36)', () => {
    const relations = [rel('a', ['p', 'read.37'], ['u']), rel('b', ['q', 'u'], ['read.36']), rel('c', ['s', 'u'], ['read.37'])];
    expect(values(solveRelations(relations, readNumbers))).toEqual({});
  });
});

describe('readFigures', () => {
  it('knows the figures a report prints, not those its sums inferred nor those it lacks', () => {
    // 予以公开's 科研机构 printed blank: the row's total gives it (0), inferred
    const rows = { ...SAMPLE3, 'results.granted': [249, 3, null, 2, 16, 0, 270] };
    const out = parseReport(report({ table3: table3(rows, 'pipes') }));
    if (!out.ok) throw new Error(out.refusal.message.en);
    expect(out.result.figures['results.granted.research']).toBe(0);
    const known = readFigures(out.result);
    expect(known('results.granted.natural')).toBe(249);
    expect(known('results.granted.research')).toBeNull();
    expect(known('review.total')).toBeNull(); // no table 4
  });
});
