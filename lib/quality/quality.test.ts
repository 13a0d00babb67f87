// The checks on the bundled reports, each able to fail: 洪泽区 2023's review total, 洪泽区 2024
// following from 2023, dates under both 条例, sections, tables and the text.

import { describe, expect, it } from 'vitest';
import { checkReport, deadlineOf, summaryLine, type CheckId, type QualityReport } from '.';
import { bundledReport } from './testing/bundled';

const HONGZE_2023 = 'reference-text/hongze_district_2023.txt';
const HONGZE_2024 = 'reference-text/hongze_district_2024.txt';

function check(report: QualityReport, id: CheckId, previous: QualityReport | null = null) {
  return checkReport({ report, previous }).checks.find((c) => c.id === id)!;
}

/** A copy of a report with some figures changed (a value, or `undefined` to remove the figure). */
function withFigures(report: QualityReport, changes: Record<string, number | null | undefined>): QualityReport {
  const figures = new Map(report.figures);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) figures.delete(key);
    else figures.set(key, { value, provenance: 'table', raw: value === null ? '' : String(value), basis: null });
  }
  return { ...report, figures };
}

describe('sums', () => {
  it('洪泽区 2023: the printed review total of 0 beside 10 + 1 fails, named with both sides', () => {
    const sums = check(bundledReport(HONGZE_2023), 'sums');
    expect(sums.status).toBe('fail');
    expect(sums.numbers).toMatchObject({ failed: 2 });
    expect(sums.details.map((d) => d.zh)).toContain('行政复议:总计 = 维持 + 纠正 + 其他 + 尚未审结:左边 0,右边 11');
    expect(sums.details.map((d) => d.en).join('\n')).toMatch(
      /Lawsuit after review: total = upheld \+ corrected \+ other \+ pending: left 0, right 5/,
    );
  });

  it('洪泽区 2024 and 淮安市 2024: every relation holds', () => {
    for (const file of [HONGZE_2024, 'reference-text/huaian_city_2024.txt']) {
      const sums = check(bundledReport(file), 'sums');
      expect(sums.status).toBe('pass');
      expect(sums.numbers.failed).toBe(0);
      expect(sums.numbers.checked).toBeGreaterThanOrEqual(40);
    }
  });

  it('a pre-2019 report is not applicable', () => {
    expect(check(bundledReport('seeds/004-shangqiu-2017.txt'), 'sums').status).toBe('na');
  });
});

describe('follows from last year', () => {
  const y2023 = bundledReport(HONGZE_2023);
  const y2024 = bundledReport(HONGZE_2024);

  it('洪泽区 2024 上年结转 against 2023 结转下年度, column by column', () => {
    const c = check(y2024, 'continuity', y2023);
    expect(y2023.figures.get('carriedForward.total')!.value).toBe(0);
    expect(c.numbers).toMatchObject({ previousYear: 2023, compared: 7 });
    expect(y2024.figures.get('applications.carriedOver.total')!.value).toBe(0);
    expect(c).toMatchObject({ status: 'pass', numbers: { differ: 0 } });
  });

  it('fails when a column does not carry over, naming it and both numbers', () => {
    const c = check(withFigures(y2024, { 'applications.carriedOver.natural': 3 }), 'continuity', y2023);
    expect(c.status).toBe('fail');
    expect(c.numbers).toMatchObject({ compared: 7, differ: 1 });
    expect(c.details[0]!.zh).toBe('二、上年结转政府信息公开申请数量 · 自然人:本年印 3,应为 0(上年结转下年度 0)');
  });

  it('is not applicable without last year’s report, or with a report two years back', () => {
    expect(check(y2024, 'continuity', null).status).toBe('na');
    expect(check(y2024, 'continuity', { ...y2023, year: 2022 }).status).toBe('na');
  });

  it('2019 format: table 2 上一年项目数量 = last year’s 上一年项目数量 + 本年增/减', () => {
    const fuyang = bundledReport('seeds/000-fuyang-2020.txt');
    expect(fuyang.format).toBe('2019');
    const now = fuyang.figures.get('active.licensing.prevItems')!.value!;
    const last = (prevItems: number) =>
      withFigures({ ...fuyang, year: 2019 }, { 'active.licensing.prevItems': prevItems, 'active.licensing.change': 5 });
    const off = check(fuyang, 'continuity', last(now - 4));
    expect(off.status).toBe('fail');
    expect(off.details.map((d) => d.zh)).toContain(`行政许可 · 上一年项目数量:本年印 ${now},应为 ${now + 1}(上年 ${now - 4} + 增减 5)`);
    expect(check(fuyang, 'continuity', last(now - 5)).details.some((d) => d.zh.startsWith('行政许可'))).toBe(false);
  });

  it('2021 format: table 2 is not compared (it prints neither column)', () => {
    const c = check(y2024, 'continuity', y2023);
    expect(c.details.every((d) => !d.zh.includes('上一年项目数量'))).toBe(true);
    expect(c.numbers.compared).toBe(7);
  });
});

describe('on time', () => {
  it('2019 条例: a government’s own report by 31 March, a department’s by 31 January', () => {
    expect(deadlineOf(2023, 'aggregate').date).toBe('2024-03-31');
    expect(deadlineOf(2023, 'agency').date).toBe('2024-01-31');
    const onTime = check(bundledReport(HONGZE_2023, { page: '2024-03-31' }), 'onTime');
    expect(onTime).toMatchObject({ status: 'pass', numbers: { deadline: '2024-03-31', daysLate: 0 } });
    expect(onTime.explanation.zh).toContain('2019 年《条例》第四十九条');
    const late = check(bundledReport(HONGZE_2023, { page: '2024-04-02' }), 'onTime');
    expect(late).toMatchObject({ status: 'fail', numbers: { daysLate: 2 } });
    const office = bundledReport('seeds/003-wulanchabu-office-2020.txt', { page: '2021-02-01' });
    expect(office.scope).toBe('agency');
    expect(check(office, 'onTime')).toMatchObject({ status: 'fail', numbers: { deadline: '2021-01-31', daysLate: 1 } });
  });

  it('2008 条例: 31 March for every body', () => {
    const shangqiu = (page: string) => check(bundledReport('seeds/004-shangqiu-2017.txt', { page }), 'onTime');
    expect(shangqiu('2018-03-30')).toMatchObject({ status: 'pass', numbers: { deadline: '2018-03-31' } });
    expect(shangqiu('2018-03-30').explanation.en).toContain('the 2008 Regulations, article 31');
    expect(shangqiu('2018-05-01')).toMatchObject({ status: 'fail', numbers: { daysLate: 31 } });
  });

  it('the page’s date before the signed one; the signed date when no page date; unknown without either', () => {
    const signedLate = { ...bundledReport(HONGZE_2023), dates: { page: null, signed: '2024-04-10', heldSince: null } };
    expect(check(signedLate, 'onTime')).toMatchObject({ status: 'fail', numbers: { date: '2024-04-10' } });
    expect(check({ ...signedLate, dates: { ...signedLate.dates, page: '2024-03-01' } }, 'onTime').status).toBe('pass');
    const none = { ...signedLate, dates: { page: null, signed: null, heldSince: '2026-12-01' } };
    expect(check(none, 'onTime').status).toBe('unknown');
    expect(check({ ...none, dates: { ...none.dates, heldSince: '2024-02-01' } }, 'onTime').status).toBe('pass');
  });

  it('reads the signed date from the report’s text', () => {
    const fuyang = bundledReport('seeds/000-fuyang-2020.txt');
    expect(fuyang.dates.signed).toBe('2021-03-08');
    expect(check(fuyang, 'onTime')).toMatchObject({ status: 'pass', numbers: { date: '2021-03-08', deadline: '2021-03-31' } });
  });
});

describe('tables present and complete', () => {
  it('弋阳县 2020 left one cell of (六) blank (inferred as 0 by the sums): incomplete', () => {
    const t = check(bundledReport('seeds/001-yiyang-2020.txt'), 'tables');
    expect(t).toMatchObject({ status: 'fail', numbers: { blank: 1, missing: 0 } });
    expect(t.details[0]!.zh).toBe('表三(依申请):缺 0 格、空白 1 格((六)其他处理)');
  });

  it('淮安市 2024 prints every cell of the 2021 format', () => {
    const t = check(bundledReport('reference-text/huaian_city_2024.txt'), 'tables');
    expect(t.status).toBe('pass');
    expect(t.numbers.missing).toBe(0);
    expect(t.numbers.blank).toBe(0);
  });

  it('洪泽区 2024 prints (六) without its three 2021 sub-rows: 21 cells missing', () => {
    const t = check(bundledReport(HONGZE_2024), 'tables');
    expect(t.status).toBe('fail');
    expect(t.numbers.missing).toBe(21);
    expect(t.details[0]!.zh).toContain('1.申请人无正当理由逾期不补正');
  });

  it('blank, "/" and 0 are kept apart: "/" passes, a blank cell fails', () => {
    const full = bundledReport('reference-text/huaian_city_2024.txt');
    const slash = new Map(full.figures).set('review.other', { value: null, provenance: 'table', raw: '/', basis: null });
    expect(check({ ...full, figures: slash }, 'tables')).toMatchObject({ status: 'pass', numbers: { slash: 1 } });
    const blank = withFigures(full, { 'review.other': null });
    expect(check(blank, 'tables')).toMatchObject({ status: 'fail', numbers: { blank: 1, missing: 0 } });
  });
});

describe('text agrees with tables, and sections', () => {
  it('a sentence contradicting its cell fails with both numbers', () => {
    const report = bundledReport(HONGZE_2024);
    expect(check(report, 'narrative').status).toBe('pass');
    const contradicted = {
      ...report,
      issues: [
        ...report.issues,
        { code: 'NARRATIVE_CONTRADICTS_TABLE', keys: ['applications.new.total'], numbers: { table: 95, narrative: 59 } },
      ],
    };
    expect(check(contradicted, 'narrative').details[0]!.zh).toBe('一、本年新收政府信息公开申请数量 · 总计:表格 95,正文 59');
  });

  it('six headings found in 淮安市 2024; a text without 五 fails naming it', () => {
    const report = bundledReport('reference-text/huaian_city_2024.txt');
    expect(report.sections).toEqual([1, 2, 3, 4, 5, 6]);
    expect(check(report, 'sections').status).toBe('pass');
    const fail = check({ ...report, sections: [1, 2, 3, 4, 6] }, 'sections');
    expect(fail.status).toBe('fail');
    expect(fail.details.map((d) => d.zh)).toEqual(['缺少“五、存在的主要问题及改进情况”']);
  });
});

describe('summary', () => {
  it('says how many passed of those decided and names the failed ones', () => {
    const result = checkReport({ report: bundledReport(HONGZE_2023, { page: '2024-03-20' }), previous: null });
    expect(result.summary.failedIds).toContain('sums');
    expect(result.summary.decided).toBe(result.summary.passed + result.summary.failed);
    expect(summaryLine(result.summary).zh).toMatch(
      new RegExp(`^${result.summary.passed}/${result.summary.decided} 项通过;未通过:.*勾稽关系`),
    );
  });
});
