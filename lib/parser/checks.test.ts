// One failing case for every kind of sum relation, refusals, format detection, and sentence
// figures beside table figures.

import { describe, expect, it } from 'vitest';
import { SUM_RELATIONS } from '../figures/checks';
import { parseReport } from './index';
import { mergeNarrative } from './merge';
import type { Store } from './resolve/store';
import { report, SAMPLE3, SAMPLE3_2021, SAMPLE4, table3, table4 } from './testing/build';
import { codes, parseOk, readReport, type Row7 } from './testing/expect';
import type { ParseIssue } from './types';

function mismatches(rows: Record<string, Row7>, format: '2019' | '2021' = '2019', t4: readonly number[] = SAMPLE4) {
  const r = parseOk(report({ table3: table3(rows, 'spaces', format), table4: table4(t4), format }));
  return r.issues.filter((i) => i.code === 'SUM_MISMATCH');
}

/** The relation whose terms an issue lists. */
function relationOf(issue: ParseIssue): string {
  return SUM_RELATIONS.find((r) => [...r.left, ...r.right].join() === issue.keys.join())!.id;
}

describe('sum checks', () => {
  it('the samples are consistent', () => {
    expect(mismatches(SAMPLE3)).toEqual([]);
    expect(mismatches(SAMPLE3_2021, '2021')).toEqual([]);
  });

  it('flags a column whose new + carried over ≠ handled + carried forward (balance)', () => {
    const bad = mismatches({ ...SAMPLE3, carriedForward: [38, 0, 0, 0, 0, 0, 38] });
    expect(bad.map(relationOf).sort()).toEqual(['balance.natural', 'balance.total']);
    expect(bad.find((i) => relationOf(i) === 'balance.natural')!.numbers).toEqual({ left: 804, right: 805 });
  });

  it('flags a row whose total ≠ the sum of its six columns (rowTotal)', () => {
    const bad = mismatches({ ...SAMPLE3, 'results.denied.thirdParty': [23, 0, 0, 0, 0, 11, 35] });
    expect(bad.map(relationOf)).toContain('rowTotal.results.denied.thirdParty');
    expect(bad.find((i) => relationOf(i) === 'rowTotal.results.denied.thirdParty')!.numbers).toEqual({ left: 35, right: 34 });
  });

  it('flags (七)总计 ≠ the sum of the outcome rows (resultsTotal)', () => {
    const bad = mismatches({ ...SAMPLE3, 'results.granted': [250, 3, 0, 2, 16, 0, 271] });
    expect(bad.map(relationOf)).toEqual(expect.arrayContaining(['resultsTotal.natural', 'resultsTotal.total']));
    expect(bad.find((i) => relationOf(i) === 'resultsTotal.natural')).toMatchObject({
      severity: 'error',
      numbers: { left: 767, right: 768 },
    });
  });

  it('flags a printed (六) total ≠ its three sub-rows (otherSubrows, 2021 format)', () => {
    const rows = table3(SAMPLE3_2021, 'spaces', '2021').replace('(六)其他处理', '(六)其他处理 12 0 0 0 1 0 13');
    const r = parseOk(report({ table3: rows, table4: table4(SAMPLE4), format: '2021' }));
    const bad = r.issues.filter((i) => i.code === 'SUM_MISMATCH').map(relationOf);
    expect(bad).toEqual(expect.arrayContaining(['otherSubrows.natural', 'otherSubrows.total']));
    expect(r.figures['results.other.natural']).toBe(12);
    expect(r.provenance['results.other.natural']!.via).toBe('table');
  });

  it('flags a table 4 total ≠ its four outcomes (appealTotal)', () => {
    const t4: number[] = [...SAMPLE4];
    t4[9] = 27;
    const bad = mismatches(SAMPLE3, '2019', t4);
    expect(bad.map(relationOf)).toEqual(['appealTotal.litigationDirect']);
    expect(bad[0]!.numbers).toEqual({ left: 27, right: 28 });
  });

  it('keeps the printed numbers when sums fail', () => {
    const r = parseOk(readReport('reference-text/hongze_district_2023.txt'));
    expect(r.figures['review.total']).toBe(0);
    expect(r.provenance['review.total']!.via).toBe('table');
  });
});

describe('refusals', () => {
  it.each([
    ['empty text', ''],
    ['only whitespace', ' \n\t　\n'],
  ])('refuses %s as EMPTY_INPUT', (_, text) => {
    const out = parseReport(text);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.refusal).toMatchObject({ code: 'EMPTY_INPUT', severity: 'error' });
  });

  it.each([
    [
      'a novel',
      '第一回 宴桃园豪杰三结义 斩黄巾英雄首立功\n话说天下大势,分久必合,合久必分。周末七国分争,并入于秦。及秦灭之后,楚、汉分争,又并入于汉。'.repeat(
        50,
      ),
    ],
    ['random bytes decoded as text', Array.from({ length: 4000 }, (_, i) => String.fromCharCode((i * 7919 + 13) % 0xd7ff)).join('')],
    ['a report-like word salad without the markers', '政府工作报告 2020年 经济增长 6%'],
    ['a bare table without any context', '1 2 3 4 5 6 21\n0 0 0 0 0 0 0'],
  ])('refuses %s as NOT_A_REPORT', (_, text) => {
    const out = parseReport(text);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.refusal.code).toBe('NOT_A_REPORT');
  });

  it.each([
    'seeds/000-fuyang-2020.txt',
    'seeds/001-yiyang-2020.txt',
    'seeds/002-ningbo-2020.txt',
    'seeds/003-wulanchabu-office-2020.txt',
    'seeds/004-shangqiu-2017.txt',
    'corpus/pingtan_2022.txt',
  ])('never refuses the real report %s', (path) => {
    expect(parseReport(readReport(path)).ok).toBe(true);
  });

  it('accepts a report whose text is spaced out character by character', () => {
    const spaced = [...report({ table3: table3(SAMPLE3, 'spaces') })].join(' ');
    expect(parseReport(spaced).ok).toBe(true);
  });
});

describe('format', () => {
  it.each([
    ['seeds/000-fuyang-2020.txt', '2019'],
    ['seeds/002-ningbo-2020.txt', '2019'], // tables lost: the notice it cites
    ['seeds/004-shangqiu-2017.txt', 'legacy'], // before 2019
    ['corpus/pingtan_2022.txt', '2021'],
    ['reference-text/hongze_district_2024.txt', '2021'], // single (六) row, 2021 table 2 headers
  ])('%s is read as the %s format', (path, format) => {
    expect(parseOk(readReport(path)).meta.format).toBe(format);
  });

  it('reads the 2021 format from its (六) sub-rows', () => {
    const r = parseOk(report({ table3: table3(SAMPLE3_2021, 'spaces', '2021'), format: '2021' }).replace('〔2021〕30号', ''));
    expect(r.meta.format).toBe('2021');
    expect(r.figures['results.otherMisc.natural']).toBe(3);
    expect(r.figures['results.other.natural']).toBe(11);
  });

  it('says so when the signals disagree', () => {
    const text = report({ table3: table3(SAMPLE3_2021, 'spaces', '2021'), format: '2021' }).replace(
      '某某县人民政府2022年',
      '某某县人民政府2020年',
    );
    const r = parseOk(text);
    expect(codes(r)).toContain('FORMAT_UNCERTAIN');
  });
});

describe('sentence figures beside table figures', () => {
  const entry = (value: number | null) => ({
    value,
    state: value === null ? ('blank' as const) : ('read' as const),
    prov: { via: 'table' as const, span: [0, 1] as [number, number], rule: 'table3.cells' },
  });

  it('flags a sentence that contradicts its table cell and keeps the table number', () => {
    const store: Store = new Map([['applications.new.total', entry(835)]]);
    const issues: ParseIssue[] = [];
    mergeNarrative(
      [{ key: 'applications.new.total', value: 836, span: [10, 20], raw: '新收依申请公开836件', rule: 'narrative.applications' }],
      store,
      issues,
    );
    expect(store.get('applications.new.total')!.value).toBe(835);
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'NARRATIVE_CONTRADICTS_TABLE',
        keys: ['applications.new.total'],
        numbers: { table: 835, narrative: 836 },
        span: [10, 20],
      }),
    ]);
  });

  it('stands in for absent tables, with NARRATIVE_ONLY, and never overwrites a printed blank', () => {
    const store: Store = new Map([['review.total', entry(null)]]);
    const issues: ParseIssue[] = [];
    mergeNarrative(
      [
        { key: 'applications.new.total', value: 3517, span: [1, 5], raw: '3517件', rule: 'narrative.applications' },
        { key: 'review.total', value: 126, span: [6, 9], raw: '126件', rule: 'narrative.review' },
        { key: 'narrative.activeItems', value: 680964, span: [9, 15], raw: '680964条', rule: 'narrative.active' },
      ],
      store,
      issues,
    );
    expect(store.get('applications.new.total')).toMatchObject({ value: 3517, prov: { via: 'narrative', span: [1, 5] } });
    expect(store.get('review.total')!.value).toBeNull();
    expect(issues.map((i) => [i.code, i.keys])).toEqual([['NARRATIVE_ONLY', ['applications.new.total']]]);
  });

  it('uses sentence figures for a report whose tables were lost (seed 002)', () => {
    const r = parseOk(readReport('seeds/002-ningbo-2020.txt'));
    expect(r.figures['applications.new.total']).toBe(3517);
    expect(r.provenance['applications.new.total']!.via).toBe('narrative');
    expect(codes(r)).toContain('NARRATIVE_ONLY');
    expect(Object.values(r.provenance).every((p) => p.via === 'narrative')).toBe(true);
  });

  it('finds no contradiction where the text agrees with the table (seed 000: 新收依申请公开835件)', () => {
    const text = readReport('seeds/000-fuyang-2020.txt');
    expect(codes(parseOk(text))).not.toContain('NARRATIVE_CONTRADICTS_TABLE');
    const changed = parseOk(text.replace('全市新收依申请公开835件', '全市新收依申请公开853件'));
    const issue = changed.issues.find((i) => i.code === 'NARRATIVE_CONTRADICTS_TABLE');
    expect(issue).toMatchObject({ keys: ['applications.new.total'], numbers: { table: 835, narrative: 853 } });
    expect(changed.figures['applications.new.total']).toBe(835);
  });
});
