// Seeds 000, 001 and 003: every figure of every table, against values read by hand from the files.

import { describe, expect, it } from 'vitest';
import { printedKeys } from '../figures/keys';
import { codes, parseOk, pick, readReport, table3Figures, table4Figures, ZERO7 } from './testing/expect';

describe('seed 000 阜阳 2020 (one cell per line)', () => {
  const text = readReport('seeds/000-fuyang-2020.txt');
  const r = parseOk(text);

  it('reads the format and every printed figure', () => {
    expect(r.meta.format).toBe('2019');
    const expected = {
      'active.rules.newlyMade': 0,
      'active.rules.newlyPublished': 0,
      'active.rules.publishedTotal': 3,
      'active.normativeDocs.newlyMade': 291,
      'active.normativeDocs.newlyPublished': 291,
      'active.normativeDocs.publishedTotal': 1836,
      'active.licensing.prevItems': 190,
      'active.licensing.change': 0,
      'active.licensing.decisions': 287790,
      'active.otherServices.prevItems': 449,
      'active.otherServices.change': 0,
      'active.otherServices.decisions': 1014956,
      'active.penalty.prevItems': 1619,
      'active.penalty.change': 0,
      'active.penalty.decisions': 268153,
      'active.enforcement.prevItems': 87,
      'active.enforcement.change': 0,
      'active.enforcement.decisions': 5828,
      'active.fees.prevItems': 55,
      'active.fees.change': 1,
      'active.procurement.projects': 1565,
      'active.procurement.amountYuan': 4_418_000_000,
      ...table3Figures({
        'applications.new': [790, 6, 0, 2, 26, 11, 835],
        'applications.carriedOver': [14, 1, 0, 0, 0, 0, 15],
        'results.granted': [249, 3, 0, 2, 16, 0, 270],
        'results.partial': [79, 1, 0, 0, 1, 0, 81],
        'results.denied.stateSecret': [4, 0, 0, 0, 0, 0, 4],
        'results.denied.lawForbidden': [3, 0, 0, 0, 0, 0, 3],
        'results.denied.threeSecurity': ZERO7,
        'results.denied.thirdParty': [23, 0, 0, 0, 0, 11, 34],
        'results.denied.internalAffairs': [2, 0, 0, 0, 0, 0, 2],
        'results.denied.processInfo': ZERO7,
        'results.denied.enforcementFile': [5, 0, 0, 0, 0, 0, 5],
        'results.denied.adminQuery': [1, 1, 0, 0, 0, 0, 2],
        'results.unable.notHeld': [337, 1, 0, 0, 8, 0, 346],
        'results.unable.needsCreation': [3, 0, 0, 0, 0, 0, 3],
        'results.unable.unclear': [13, 0, 0, 0, 0, 0, 13],
        'results.rejected.petition': [23, 0, 0, 0, 0, 0, 23],
        'results.rejected.duplicate': [12, 1, 0, 0, 0, 0, 13],
        'results.rejected.publication': ZERO7,
        'results.rejected.excessive': ZERO7,
        'results.rejected.confirmation': [2, 0, 0, 0, 0, 0, 2],
        'results.other': [11, 0, 0, 0, 1, 0, 12],
        'results.total': [767, 7, 0, 2, 26, 11, 813],
        carriedForward: [37, 0, 0, 0, 0, 0, 37],
      }),
      ...table4Figures([17, 7, 8, 0, 32, 20, 2, 3, 3, 28, 3, 2, 0, 0, 5]),
    };
    expect(Object.keys(expected).sort()).toEqual(printedKeys('2019').sort());
    expect(pick(r, Object.keys(expected))).toEqual(expected);
    for (const k of Object.keys(expected)) expect(r.provenance[k]!.via).toBe('table');
  });

  it('adds the group sums, marked as such', () => {
    expect(
      pick(r, ['results.denied.total', 'results.unable.total', 'results.rejected.total', 'litigation.total', 'litigation.upheld']),
    ).toEqual({
      'results.denied.total': 50,
      'results.unable.total': 362,
      'results.rejected.total': 38,
      'litigation.total': 33,
      'litigation.upheld': 23,
    });
    expect(r.provenance['results.denied.natural']).toMatchObject({ via: 'inferred', rule: 'group-sum', basis: 'group-sum' });
  });

  it('points every table figure at its cell in the text', () => {
    const p = r.provenance['active.procurement.amountYuan']!;
    expect(text.slice(...p.span!)).toBe('44.18亿元');
    const q = r.provenance['results.unable.notHeld.natural']!;
    expect(text.slice(...q.span!)).toBe('337');
    expect(text.slice(...r.provenance['active.fees.change']!.span!)).toBe('+1');
  });

  it('finds its sums consistent', () => {
    expect(codes(r)).not.toContain('SUM_MISMATCH');
    expect(codes(r)).not.toContain('CELL_MISSING');
    expect(codes(r)).not.toContain('ROW_MISSING');
  });
});

describe('seed 001 弋阳 2020 (`|` cells, stray `||`, (六) row starting with an empty cell)', () => {
  const text = readReport('seeds/001-yiyang-2020.txt');
  const r = parseOk(text);

  it('reads every printed figure, units and signs converted', () => {
    const expected = {
      'active.rules.newlyMade': 0,
      'active.rules.newlyPublished': 0,
      'active.rules.publishedTotal': 0,
      'active.normativeDocs.newlyMade': 4,
      'active.normativeDocs.newlyPublished': 15,
      'active.normativeDocs.publishedTotal': 19,
      'active.licensing.prevItems': 186,
      'active.licensing.change': 0,
      'active.licensing.decisions': 3752,
      'active.otherServices.prevItems': 0,
      'active.otherServices.change': 0,
      'active.otherServices.decisions': 0,
      'active.penalty.prevItems': 2859,
      'active.penalty.change': 543,
      'active.penalty.decisions': 3402,
      'active.enforcement.prevItems': 175,
      'active.enforcement.change': -15,
      'active.enforcement.decisions': 160,
      'active.fees.prevItems': 33,
      'active.fees.change': 0,
      'active.procurement.projects': 152,
      'active.procurement.amountYuan': 255_340_300,
      ...table3Figures({
        'applications.new': [3, 0, 0, 0, 0, 0, 3],
        'applications.carriedOver': ZERO7,
        'results.granted': ZERO7,
        'results.partial': ZERO7,
        'results.denied.stateSecret': ZERO7,
        'results.denied.lawForbidden': ZERO7,
        'results.denied.threeSecurity': ZERO7,
        'results.denied.thirdParty': ZERO7,
        'results.denied.internalAffairs': ZERO7,
        'results.denied.processInfo': ZERO7,
        'results.denied.enforcementFile': ZERO7,
        'results.denied.adminQuery': ZERO7,
        'results.unable.notHeld': [3, 0, 0, 0, 0, 0, 3],
        'results.unable.needsCreation': ZERO7,
        'results.unable.unclear': ZERO7,
        'results.rejected.petition': ZERO7,
        'results.rejected.duplicate': ZERO7,
        'results.rejected.publication': ZERO7,
        'results.rejected.excessive': ZERO7,
        'results.rejected.confirmation': ZERO7,
        // printed: an empty cell, then six zeros; the empty natural-person cell is inferred below
        'results.other': [0, 0, 0, 0, 0, 0, 0],
        'results.total': [3, 0, 0, 0, 0, 0, 3],
        carriedForward: ZERO7,
      }),
      ...table4Figures([0, 1, 0, 0, 1, 15, 2, 2, 2, 21, 0, 0, 0, 0, 0]),
    };
    expect(pick(r, Object.keys(expected))).toEqual(expected);
    expect(text.slice(...r.provenance['active.procurement.amountYuan']!.span!)).toBe('25534.03万元');
    expect(text.slice(...r.provenance['active.fees.prevItems']!.span!)).toBe('33项');
  });

  it('keeps the empty (六) cell apart: blank, then inferred from the column sum', () => {
    const p = r.provenance['results.other.natural']!;
    expect(p).toMatchObject({ via: 'inferred', basis: 'resultsTotal.natural' });
    expect(r.issues.find((i) => i.code === 'CELL_BLANK')?.keys).toEqual(['results.other.natural']);
    expect(r.issues.find((i) => i.code === 'INFERRED')?.keys).toEqual(['results.other.natural']);
    expect(r.provenance['results.other.commercial']!.via).toBe('table');
  });

  it('finds its sums consistent', () => {
    expect(codes(r)).not.toContain('SUM_MISMATCH');
  });
});

describe('seed 003 乌兰察布 office 2020 (a row missing a cell, spaced-out headers)', () => {
  const text = readReport('seeds/003-wulanchabu-office-2020.txt');
  const r = parseOk(text);

  it('reads every printed figure', () => {
    const expected = {
      'active.rules.newlyMade': 0,
      'active.rules.newlyPublished': 0,
      'active.rules.publishedTotal': 0,
      'active.normativeDocs.newlyMade': 9,
      'active.normativeDocs.newlyPublished': 9,
      'active.normativeDocs.publishedTotal': 9,
      'active.licensing.prevItems': 0,
      'active.licensing.change': 0,
      'active.licensing.decisions': 0,
      'active.otherServices.prevItems': 0,
      'active.otherServices.change': 0,
      'active.otherServices.decisions': 0,
      'active.penalty.prevItems': 0,
      'active.penalty.change': 0,
      'active.penalty.decisions': 0,
      'active.enforcement.prevItems': 0,
      'active.enforcement.change': 0,
      'active.enforcement.decisions': 0,
      'active.fees.prevItems': 0,
      'active.fees.change': 0,
      'active.procurement.projects': 0,
      'active.procurement.amountYuan': 0,
      ...table3Figures({
        'applications.new': [6, 0, 0, 0, 0, 0, 6],
        'applications.carriedOver': ZERO7,
        'results.granted': ZERO7,
        'results.partial': ZERO7,
        'results.denied.stateSecret': ZERO7,
        'results.denied.lawForbidden': ZERO7,
        'results.denied.threeSecurity': ZERO7,
        'results.denied.thirdParty': ZERO7,
        'results.denied.internalAffairs': ZERO7,
        'results.denied.processInfo': ZERO7,
        'results.denied.enforcementFile': ZERO7,
        'results.denied.adminQuery': ZERO7,
        'results.unable.notHeld': [6, 0, 0, 0, 0, 0, 6],
        'results.unable.needsCreation': ZERO7,
        'results.unable.unclear': ZERO7,
        'results.rejected.petition': ZERO7,
        'results.rejected.duplicate': ZERO7, // printed with six cells: see below
        'results.rejected.publication': ZERO7,
        'results.rejected.excessive': ZERO7,
        'results.rejected.confirmation': ZERO7,
        'results.other': ZERO7,
        'results.total': [6, 0, 0, 0, 0, 0, 6],
        carriedForward: ZERO7,
      }),
      ...table4Figures([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    };
    expect(pick(r, Object.keys(expected))).toEqual(expected);
  });

  it('flags the row short of a cell and does not place its cells by position', () => {
    const missing = r.issues.find((i) => i.code === 'CELL_MISSING')!;
    expect(missing.keys[0]).toBe('results.rejected.duplicate.natural');
    expect(missing.numbers).toEqual({ cell1: 0, cell2: 0, cell3: 0, cell4: 0, cell5: 0, cell6: 0 });
    // every placement of the missing cell gives the same numbers, so they are known, but no cell
    // is credited to a printed position
    for (const c of ['natural', 'total']) expect(r.provenance[`results.rejected.duplicate.${c}`]!.via).toBe('inferred');
    expect(codes(r)).toContain('INFERRED');
  });
});
