import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readNarrative } from './index';

const read = (path: string) => readFileSync(path, 'utf8');
const asObject = (figures: { key: string; value: number }[]) => Object.fromEntries(figures.map((f) => [f.key, f.value]));

describe('readNarrative on reports without tables', () => {
  it('seed 002 Ningbo 2020: exactly the figures its sentences state', () => {
    const text = read('data/reports/seeds/002-ningbo-2020.txt');
    const { figures, issues } = readNarrative(text, { year: 2020, tablesFound: false });
    expect(asObject(figures)).toEqual({
      'applications.new.total': 3517,
      'review.total': 126,
      'litigation.total': 142,
      // 2020年，全市通过不同渠道和方式主动公开各类政府信息680964条 (read by hand).
      'narrative.activeItems': 680964,
    });
    for (const f of figures) expect(text.slice(f.span[0], f.span[1])).toBe(f.raw);
    expect(issues).toEqual([]);
  });

  it('seed 004 Shangqiu 2017: legacy outcomes, reviews and the lawsuit; the website figure is partial', () => {
    const text = read('data/reports/seeds/004-shangqiu-2017.txt');
    const { figures, issues } = readNarrative(text, { year: 2017, tablesFound: false });
    expect(asObject(figures)).toEqual({
      'applications.new.total': 301,
      'results.granted.total': 239,
      'results.partial.total': 16,
      'results.denied.total': 6,
      'narrative.legacyNotHeldOrOther': 40,
      'review.total': 10,
      'review.upheld': 6,
      'review.corrected': 2,
      'litigation.total': 1,
      // 2017年度全市各级各部门共主动公开政府信息数93857条 (read by hand).
      'narrative.activeItems': 93857,
    });
    const partial = issues.filter((i) => i.code === 'PARTIAL_SCOPE');
    expect(partial).toHaveLength(1);
    expect(partial[0]!.numbers).toEqual({ value: 46 });
    expect(text.slice(...partial[0]!.span!)).toBe('受理办结依申请政府信息公开46起');
    // No table holds the figure, so what is left out is a warning.
    expect(partial[0]!.severity).toBe('warning');
  });
});

describe('readNarrative beside tables', () => {
  it('seed 000 Fuyang: the summary sentences, for comparison with the table', () => {
    const { figures, issues } = readNarrative(read('data/reports/seeds/000-fuyang-2020.txt'), { year: 2020, tablesFound: true });
    expect(asObject(figures)).toMatchObject({
      'applications.new.total': 835,
      'applications.carriedOver.total': 15,
      'carriedForward.total': 37,
      'results.granted.total': 270,
      'results.other.total': 12,
      'review.total': 32,
      'litigation.total': 33,
    });
    expect(issues).toEqual([]);
  });

  it('huaian 2024 (pdfplumber text, wrapped lines and spaced digits): review and lawsuit outcomes', () => {
    const { figures, issues } = readNarrative(read('data/reports/reference-text/huaian_city_2024.txt'), { year: 2024, tablesFound: true });
    expect(asObject(figures)).toEqual({
      'applications.new.total': 3119,
      'applications.carriedOver.total': 34,
      'review.total': 351,
      'review.upheld': 72,
      'review.corrected': 64,
      'review.other': 178,
      'review.pending': 37,
      'litigation.total': 46,
      'litigation.upheld': 25,
      'litigation.corrected': 5,
      'litigation.other': 9,
      'litigation.pending': 7,
    });
    // 市政府网站主动公开各类政府信息5500余条: approximate and one channel: not a figure.
    expect(figures.some((f) => f.key === 'narrative.activeItems')).toBe(false);
    expect(issues).toEqual([]);
  });

  it('hongze 2024: the office acting for the district government is a part, not the total', () => {
    const { figures, issues } = readNarrative(read('data/reports/reference-text/hongze_district_2024.txt'), {
      year: 2024,
      tablesFound: true,
    });
    expect(figures.some((f) => f.key === 'applications.new.total')).toBe(false);
    expect(issues.find((i) => i.code === 'PARTIAL_SCOPE')).toMatchObject({ severity: 'info', numbers: { value: 17 } });
  });
});

describe('readNarrative never invents', () => {
  it('skips sentences about another year, approximations and unrelated counts', () => {
    const text = '2019年，全市共受理依申请公开500件。2020年全市共受理依申请公开约600余件。全年办理人大建议64件。';
    expect(readNarrative(text, { year: 2020, tablesFound: false }).figures).toEqual([]);
  });

  it('sentences that disagree on a key give no figure, and say so', () => {
    const text = '2020年，全市共受理依申请公开120件。2020年，市政府共受理依申请公开30件，县区共受理依申请公开90件。';
    const { figures, issues } = readNarrative(text, { year: 2020, tablesFound: false });
    expect(asObject(figures)).toEqual({ 'applications.new.total': 120 });
    const noWhole = '共受理依申请公开120件。另共受理依申请公开130件。';
    const r = readNarrative(noWhole, { year: null, tablesFound: false });
    expect(r.figures).toEqual([]);
    expect(r.issues[0]).toMatchObject({ code: 'PARTIAL_SCOPE', severity: 'warning', numbers: { value1: 120, value2: 130 } });
    expect(issues).toEqual([]);
  });

  it('reads full-width digits and thousands separators', () => {
    const { figures } = readNarrative('全市共受理依申请公开１２３件；全市因政府信息公开引起的行政复议1,234件。', {
      year: null,
      tablesFound: true,
    });
    expect(asObject(figures)).toEqual({ 'applications.new.total': 123, 'review.total': 1234 });
  });
});

describe('readNarrative beside table text', () => {
  it('a row of cells with units (label, 1件, 0, 1件) is no sentence: its first cell is not the total', () => {
    const text = '本年度收到政府信息公开申请7件。\n（一）予以公开1件 0 1件\n（二）部分公开0件01件\n本年度予以公开5件，部分公开2件。';
    const { figures } = readNarrative(text, { year: null, tablesFound: false });
    expect(asObject(figures)).toEqual({ 'applications.new.total': 7, 'results.granted.total': 5, 'results.partial.total': 2 });
  });
});

describe('readNarrative in Chinese numerals', () => {
  it('reads counts in Chinese numerals; a carried-forward sentence of its own; no number from 三四件', () => {
    const text =
      '本年度新收政府信息公开申请三十五件，上年结转二件。其中，予以公开二十件，部分公开三四件，其他处理一百零二件；结转下年度继续办理十件。' +
      '本年度发生政府信息公开行政复议两件，其中结果维持一件，结果纠正零件。';
    const { figures } = readNarrative(text, { year: null, tablesFound: false });
    expect(asObject(figures)).toEqual({
      'applications.new.total': 35,
      'applications.carriedOver.total': 2,
      'results.granted.total': 20,
      'results.other.total': 102,
      'carriedForward.total': 10,
      'review.total': 2,
      'review.upheld': 1,
      'review.corrected': 0,
    });
  });
});
