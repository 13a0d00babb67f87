// Corpus reports: pdfplumber's text of the PDFs, the PDFs themselves through lib/extract
// (pdfjs-dist), and a scraped page whose table cells run together. Key figures by hand, and the
// contradictions the reports print flagged.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from '../extract';
import type { ParseResult } from './types';
import { codes, parseOk, pick, readReport, table3Figures, table4Figures, ZERO7 } from './testing/expect';

const pdfs = new Map<string, Promise<ParseResult>>();

/** Each PDF is extracted once for all its tests. */
function fromPdf(name: string): Promise<ParseResult> {
  if (!pdfs.has(name)) pdfs.set(name, extractAndParse(name));
  return pdfs.get(name)!;
}

async function extractAndParse(name: string): Promise<ParseResult> {
  const bytes = readFileSync(new URL(`../../data/reports/corpus/${name}.pdf`, import.meta.url));
  const out = await extractText(new Uint8Array(bytes), `${name}.pdf`);
  if (!out.ok) throw new Error(`extract refused ${name}: ${out.message.en}`);
  return parseOk(out.text);
}

const sources = (name: string) =>
  [
    ['pdfplumber text', async () => parseOk(readReport(`reference-text/${name}.txt`))],
    ['PDF through lib/extract', () => fromPdf(name)],
  ] as const;

describe.each(sources('hongze_district_2023'))('洪泽区 2023 (%s)', (_, load) => {
  it('keeps the printed review total of 0 beside 10 upheld and 1 corrected, and flags it', async () => {
    const r = await load();
    expect(r.meta.format).toBe('2021');
    expect(pick(r, Object.keys(table4Figures([])))).toEqual(table4Figures([10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0]));
    const review = r.issues.find((i) => i.code === 'SUM_MISMATCH' && i.keys[0] === 'review.total')!;
    expect(review).toMatchObject({ severity: 'error', numbers: { left: 0, right: 11 } });
    expect(review.keys).toEqual(['review.total', 'review.upheld', 'review.corrected', 'review.other', 'review.pending']);
    // the same report prints 5 upheld after review beside a total of 0
    expect(r.issues.some((i) => i.code === 'SUM_MISMATCH' && i.keys[0] === 'litigationAfterReview.total')).toBe(true);
    expect(r.issues.filter((i) => i.code === 'SUM_MISMATCH')).toHaveLength(2);
  });

  it('reads table 3 with numbers before their labels, a damaged label and a page number inside', async () => {
    const r = await load();
    const expected = table3Figures({
      'applications.new': [21, 0, 0, 0, 0, 0, 21],
      'applications.carriedOver': ZERO7,
      'results.granted': ZERO7,
      'results.partial': [4, 0, 0, 0, 0, 0, 4],
      'results.denied.stateSecret': [1, 0, 0, 0, 0, 0, 1],
      'results.denied.lawForbidden': ZERO7,
      'results.denied.threeSecurity': ZERO7,
      'results.denied.thirdParty': ZERO7,
      'results.denied.internalAffairs': ZERO7,
      'results.denied.processInfo': [1, 0, 0, 0, 0, 0, 1],
      'results.denied.enforcementFile': [1, 0, 0, 0, 0, 0, 1],
      'results.denied.adminQuery': ZERO7,
      'results.unable.notHeld': [10, 0, 0, 0, 0, 0, 10],
      'results.unable.needsCreation': [3, 0, 0, 0, 0, 0, 3],
      'results.unable.unclear': ZERO7,
      'results.rejected.petition': [1, 0, 0, 0, 0, 0, 1],
      'results.rejected.duplicate': ZERO7,
      'results.rejected.publication': ZERO7,
      'results.rejected.excessive': ZERO7,
      'results.rejected.confirmation': ZERO7,
      'results.other': ZERO7,
      'results.total': [21, 0, 0, 0, 0, 0, 21],
      carriedForward: ZERO7,
    });
    expect(pick(r, Object.keys(expected))).toEqual(expected);
    expect(r.figures['results.otherNoCorrection.total']).toBeUndefined();
  });

  it('reads table 2, fees printed in 万元', async () => {
    const r = await load();
    expect(
      pick(r, [
        'active.rules.issued',
        'active.normativeDocs.repealed',
        'active.normativeDocs.inForce',
        'active.licensing.decisions',
        'active.penalty.decisions',
        'active.enforcement.decisions',
        'active.fees.amountYuan',
      ]),
    ).toEqual({
      'active.rules.issued': 0,
      'active.normativeDocs.repealed': 5,
      'active.normativeDocs.inForce': 5,
      'active.licensing.decisions': 550,
      'active.penalty.decisions': 4119,
      'active.enforcement.decisions': 195,
      'active.fees.amountYuan': 77_302_800,
    });
  });
});

describe.each(sources('hongze_district_2024'))('淮安市洪泽区 2024 (%s): 2021 format with a single (六) row', (_, load) => {
  it('reads (六) as printed and no sub-rows', async () => {
    const r = await load();
    expect(r.meta.format).toBe('2021');
    expect(
      pick(r, [
        'applications.new.total',
        'results.granted.total',
        'results.partial.natural',
        'results.denied.threeSecurity.total',
        'results.unable.notHeld.total',
        'results.unable.needsCreation.total',
        'results.other.total',
        'results.total.total',
      ]),
    ).toEqual({
      'applications.new.total': 95,
      'results.granted.total': 50,
      'results.partial.natural': 9,
      'results.denied.threeSecurity.total': 1,
      'results.unable.notHeld.total': 31,
      'results.unable.needsCreation.total': 1,
      'results.other.total': 0,
      'results.total.total': 95,
    });
    expect(r.provenance['results.other.total']!.via).toBe('table');
    expect(pick(r, Object.keys(table4Figures([])))).toEqual(table4Figures([1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3]));
    expect(codes(r)).not.toContain('SUM_MISMATCH');
    expect(r.figures['active.fees.amountYuan']).toBe(75_450_000);
  });
});

describe.each(sources('huaian_city_2024'))('淮安市 2024 (%s): 2021 format with (六) sub-rows', (_, load) => {
  it('reads every figure of tables 3 and 4', async () => {
    const r = await load();
    const expected = {
      ...table3Figures({
        'applications.new': [3001, 53, 0, 0, 61, 4, 3119],
        'applications.carriedOver': [34, 0, 0, 0, 0, 0, 34],
        'results.granted': [1288, 21, 0, 0, 50, 3, 1362],
        'results.partial': [447, 7, 0, 0, 0, 0, 454],
        'results.denied.stateSecret': [2, 0, 0, 0, 0, 0, 2],
        'results.denied.lawForbidden': [30, 1, 0, 0, 0, 0, 31],
        'results.denied.threeSecurity': [5, 0, 0, 0, 0, 0, 5],
        'results.denied.thirdParty': [6, 0, 0, 0, 0, 0, 6],
        'results.denied.internalAffairs': [7, 1, 0, 0, 0, 0, 8],
        'results.denied.processInfo': [12, 0, 0, 0, 0, 0, 12],
        'results.denied.enforcementFile': [9, 0, 0, 0, 0, 0, 9],
        'results.denied.adminQuery': [105, 0, 0, 0, 0, 0, 105],
        'results.unable.notHeld': [746, 12, 0, 0, 10, 1, 769],
        'results.unable.needsCreation': [11, 0, 0, 0, 0, 0, 11],
        'results.unable.unclear': [1, 0, 0, 0, 0, 0, 1],
        'results.rejected.petition': [56, 6, 0, 0, 0, 0, 62],
        'results.rejected.duplicate': [25, 0, 0, 0, 0, 0, 25],
        'results.rejected.publication': ZERO7,
        'results.rejected.excessive': ZERO7,
        'results.rejected.confirmation': [1, 0, 0, 0, 0, 0, 1],
        'results.otherNoCorrection': [67, 3, 0, 0, 1, 0, 71],
        'results.otherUnpaidFee': [6, 0, 0, 0, 0, 0, 6],
        'results.otherMisc': [108, 2, 0, 0, 0, 0, 110],
        'results.total': [2932, 53, 0, 0, 61, 4, 3050],
        carriedForward: [103, 0, 0, 0, 0, 0, 103],
      }),
      ...table4Figures([72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20]),
    };
    expect(pick(r, Object.keys(expected))).toEqual(expected);
    // (六) is not printed in this layout: the sum of its sub-rows, marked as such
    expect(r.figures['results.other.total']).toBe(187);
    expect(r.provenance['results.other.total']).toMatchObject({ via: 'inferred', rule: 'group-sum' });
    expect(codes(r)).not.toContain('SUM_MISMATCH');
    expect(codes(r)).not.toContain('INFERRED');
  });

  it('reads table 2', async () => {
    const r = await load();
    expect(
      pick(r, [
        'active.rules.issued',
        'active.rules.inForce',
        'active.normativeDocs.repealed',
        'active.licensing.decisions',
        'active.penalty.decisions',
        'active.enforcement.decisions',
        'active.fees.amountYuan',
      ]),
    ).toEqual({
      'active.rules.issued': 1,
      'active.rules.inForce': 11,
      'active.normativeDocs.repealed': 26,
      'active.licensing.decisions': 447228,
      'active.penalty.decisions': 3985758,
      'active.enforcement.decisions': 88283,
      'active.fees.amountYuan': 961_716_000,
    });
  });
});

describe('平潭 2022 (scraped page, cells run together)', () => {
  const text = readReport('corpus/pingtan_2022.txt');
  const r = parseOk(text);

  it('splits every run-together row of table 3 by its sums, marking the figures inferred', () => {
    const expected = table3Figures({
      'applications.new': [71, 3, 0, 0, 0, 0, 74],
      'applications.carriedOver': [1, 0, 0, 0, 0, 0, 1],
      'results.granted': [21, 0, 0, 0, 0, 0, 21],
      'results.partial': [8, 1, 0, 0, 0, 0, 9],
      'results.denied.stateSecret': ZERO7,
      'results.denied.lawForbidden': ZERO7,
      'results.denied.threeSecurity': ZERO7,
      'results.denied.thirdParty': ZERO7,
      'results.denied.internalAffairs': [1, 0, 0, 0, 0, 0, 1],
      'results.denied.processInfo': [2, 0, 0, 0, 0, 0, 2],
      'results.denied.enforcementFile': [1, 0, 0, 0, 0, 0, 1],
      'results.denied.adminQuery': ZERO7,
      'results.unable.notHeld': [37, 0, 0, 0, 0, 0, 37],
      'results.unable.needsCreation': ZERO7,
      'results.unable.unclear': ZERO7,
      'results.rejected.petition': ZERO7,
      'results.rejected.duplicate': ZERO7,
      'results.rejected.publication': ZERO7,
      'results.rejected.excessive': ZERO7,
      'results.rejected.confirmation': ZERO7,
      'results.otherNoCorrection': [2, 0, 0, 0, 0, 0, 2],
      'results.otherUnpaidFee': ZERO7,
      'results.otherMisc': [0, 2, 0, 0, 0, 0, 2],
      'results.total': [72, 3, 0, 0, 0, 0, 75],
      carriedForward: ZERO7,
    });
    expect(pick(r, Object.keys(expected))).toEqual(expected);
    const p = r.provenance['applications.new.natural']!;
    expect(p).toMatchObject({ via: 'inferred', rule: 'table3.split', raw: '71', basis: 'rowTotal.applications.new' });
    expect(text.slice(...p.span!)).toBe('71');
    expect(text.slice(...r.provenance['results.unable.notHeld.total']!.span!)).toBe('37');
    expect(r.issues.filter((i) => i.code === 'SPLIT_INFERRED').length).toBeGreaterThanOrEqual(25);
    expect(codes(r)).not.toContain('SUM_MISMATCH');
  });

  it('leaves a table 2 row with several possible splits empty and says so', () => {
    expect(pick(r, ['active.normativeDocs.issued', 'active.normativeDocs.repealed', 'active.normativeDocs.inForce'])).toEqual({
      'active.normativeDocs.issued': null,
      'active.normativeDocs.repealed': null,
      'active.normativeDocs.inForce': null,
    });
    const amb = r.issues.find((i) => i.code === 'SPLIT_AMBIGUOUS')!;
    expect(amb.keys).toContain('active.normativeDocs.inForce');
    expect(amb.numbers!.candidates).toBeGreaterThan(1);
    expect(
      pick(r, [
        'active.rules.issued',
        'active.licensing.decisions',
        'active.penalty.decisions',
        'active.enforcement.decisions',
        'active.fees.amountYuan',
      ]),
    ).toEqual({
      'active.rules.issued': 0,
      'active.licensing.decisions': 10690,
      'active.penalty.decisions': 2113,
      'active.enforcement.decisions': 0,
      'active.fees.amountYuan': 91_163_600,
    });
  });

  it('reads table 4', () => {
    expect(pick(r, Object.keys(table4Figures([])))).toEqual(table4Figures([0, 1, 1, 0, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0]));
  });

  it('flags the sentence that states 75 applications beside a table of 74 new', () => {
    const c = r.issues.find((i) => i.code === 'NARRATIVE_CONTRADICTS_TABLE')!;
    expect(c).toMatchObject({ keys: ['applications.new.total'], numbers: { table: 74, narrative: 75 } });
    expect(text.slice(...c.span!)).toContain('75');
    expect(r.figures['applications.new.total']).toBe(74);
  });
});
