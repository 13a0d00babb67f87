import { describe, expect, it } from 'vitest';
import { parseOk } from '../testing/expect';
import { report, SAMPLE3, SAMPLE4, table3, table4 } from '../testing/build';
import { placeLostCell } from './lost-cell';

const keys = (groups: string[]) => groups.flatMap((g) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => `${g}.${c}`));
const GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'];

describe('placeLostCell: table 4 read with one cell lost', () => {
  it('a recognised row (yiyang 2020, 150 dpi scan): the review group lost a cell; the lawsuits are placed', () => {
    // 0 0 0 1 | 15 2 2 2 21 | 0 0 0 0 0: any place in the first group fits, none after it
    const placed = placeLostCell([0, 0, 0, 1, 15, 2, 2, 2, 21, 0, 0, 0, 0, 0], 5);
    expect(placed).toEqual([null, null, null, null, null, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  it('places the groups before and after the one holding the lost cell, which is left unread', () => {
    // 17 7 8 0 32 | 20 2 3 3 28 | 3 2 0 _ 5: only the last group can hold it
    const placed = placeLostCell([17, 7, 8, 0, 32, 20, 2, 3, 3, 28, 3, 2, 0, 5], 5);
    expect(placed?.slice(0, 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(placed?.slice(10)).toEqual([null, null, null, null, null]);
    // 17 7 8 _ 32 | …: the first group lost a cell; every place in it fits
    const first = placeLostCell([17, 7, 8, 32, 20, 2, 3, 3, 28, 3, 2, 0, 0, 5], 5);
    expect(first).toEqual([null, null, null, null, null, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    // the middle group: the last group's cells are each read one place on
    const middle = placeLostCell([1, 0, 0, 0, 1, 2, 0, 0, 2, 1, 1, 0, 0, 2], 5);
    expect(middle).toEqual([0, 1, 2, 3, 4, null, null, null, null, null, 9, 10, 11, 12, 13]);
  });

  it('reads nothing where places in different groups fit (zeros everywhere) or none does', () => {
    expect(
      placeLostCell(
        Array.from({ length: 14 }, () => 0),
        5,
      ),
    ).toBeNull();
    expect(placeLostCell([1, 1, 1, 1, 9, 2, 2, 2, 2, 9, 3, 3, 3, 9], 5)).toBeNull();
    // no place fits, though the last five read one place on hold their total (2 1 1 0 4)
    expect(placeLostCell([1, 1, 1, 1, 9, 2, 2, 2, 2, 2, 1, 1, 0, 4], 5)).toBeNull();
    // not one cell short of whole groups
    expect(placeLostCell([1, 0, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0], 5)).toBeNull();
  });

  it('a group with an unread cell refutes no place and is never read', () => {
    // 17 7 8 0 32 | 20 ? 3 3 28 | 3 2 0 0 (lost): the middle group might hold the lost cell too
    const placed = placeLostCell([17, 7, 8, 0, 32, 20, null, 3, 3, 28, 3, 2, 0, 0], 5);
    expect(placed?.slice(0, 5)).toEqual([0, 1, 2, 3, 4]);
    expect(placed?.slice(5)).toEqual(Array.from({ length: 10 }, () => null));
  });

  it('the parser prints the placed groups and leaves the group missing a cell null, CELL_MISSING naming its cells', () => {
    const row = [...SAMPLE4.slice(0, 13), SAMPLE4[14]];
    const r = parseOk(report({ table3: table3(SAMPLE3, 'spaces'), table4: table4(row) }));
    const all = keys(GROUPS);
    const read = Object.fromEntries(all.map((k) => [k, r.figures[k]]));
    expect(read).toEqual(Object.fromEntries(all.map((k, i) => [k, i < 10 ? SAMPLE4[i] : null])));
    const issue = r.issues.find((i) => i.code === 'CELL_MISSING');
    expect(issue?.keys).toEqual(all.slice(10));
    expect(r.issues.filter((i) => i.code === 'CELL_MISSING')).toHaveLength(1);
  });
});
