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
  const FUYANG = 'seeds/000-fuyang-2020.txt'; // a government's own report, signed 2021年3月8日
  const OFFICE = 'seeds/003-wulanchabu-office-2020.txt'; // a single office's, no date printed
  const SHANGQIU = 'seeds/004-shangqiu-2017.txt'; // 2017, its page header printed with it: 时间:2018-03-27

  it('deadlines: 2019 条例 第四十九条 (reports on 2019 on) and 2008 条例 第三十一条 (before)', () => {
    expect(deadlineOf(2023, 'aggregate')).toMatchObject({ date: '2024-03-31', law: { zh: '2019 年《条例》第四十九条' } });
    expect(deadlineOf(2023, 'agency').date).toBe('2024-01-31');
    expect(deadlineOf(2019, 'agency').date).toBe('2020-01-31');
    expect(deadlineOf(2018, 'agency')).toMatchObject({ date: '2019-03-31', law: { zh: '2008 年《条例》第三十一条' } });
    expect(deadlineOf(2018, 'aggregate').date).toBe('2019-03-31');
  });

  /** 阜阳 2020 dated a month later: its page header (发布时间 2021-03-08…) and its signature. */
  const fuyangLate = (text: string) => text.replaceAll('2021-03-08', '2021-04-08').replace('2021年3月8日', '2021年4月8日');
  /** A signature line added to a report that prints no date. */
  const signed = (date: string) => (text: string) => `${text}\n\n${date}\n`;

  // Each 条例, on time and late, by each source: the collected page's date, and the date printed in
  // the report (its signature, or a 发布时间/时间 printed with it), the page's taking precedence.
  it.each([
    // 2019 条例, a government's own report: 31 March
    ['2019 government', FUYANG, 'printed', undefined, 'pass', 'signed', '2021-03-08', 0],
    ['2019 government', FUYANG, 'printed', fuyangLate, 'fail', 'signed', '2021-04-08', 8],
    ['2019 government', FUYANG, '2021-03-31', fuyangLate, 'pass', 'page', '2021-03-31', 0],
    ['2019 government', FUYANG, '2021-04-01', undefined, 'fail', 'page', '2021-04-01', 1],
    // 2019 条例, a department's (a single office's) report: 31 January
    ['2019 department', OFFICE, 'printed', signed('2021年1月30日'), 'pass', 'signed', '2021-01-30', 0],
    ['2019 department', OFFICE, 'printed', signed('2021年2月5日'), 'fail', 'signed', '2021-02-05', 5],
    ['2019 department', OFFICE, '2021-01-31', signed('2021年2月5日'), 'pass', 'page', '2021-01-31', 0],
    ['2019 department', OFFICE, '2021-02-01', signed('2021年1月30日'), 'fail', 'page', '2021-02-01', 1],
    // 2008 条例: 31 March for every body
    ['2008', SHANGQIU, 'printed', undefined, 'pass', 'printed', '2018-03-27', 0],
    ['2008', SHANGQIU, 'printed', (t: string) => t.replace('时间:2018-03-27', '时间:2018-04-20'), 'fail', 'printed', '2018-04-20', 20],
    ['2008', SHANGQIU, '2018-03-30', (t: string) => t.replace('时间:2018-03-27', '时间:2018-04-20'), 'pass', 'page', '2018-03-30', 0],
    ['2008', SHANGQIU, '2018-05-01', undefined, 'fail', 'page', '2018-05-01', 31],
  ] as const)('%s: %s, date from %s → %s', (_, file, page, edit, status, dateFrom, date, daysLate) => {
    const report = bundledReport(file, page === 'printed' ? {} : { page }, edit);
    const c = check(report, 'onTime');
    expect(c).toMatchObject({ status, numbers: { dateFrom, date, daysLate } });
    expect(c.explanation.zh).toContain(date);
    expect(c.explanation.zh).toContain(file === SHANGQIU ? '2008 年《条例》第三十一条' : '2019 年《条例》第四十九条');
    expect(c.explanation.en).toContain(status === 'fail' ? `${daysLate} days late` : 'on time');
  });

  it('says which date it went by', () => {
    expect(check(bundledReport(FUYANG, { page: '2021-03-01' }), 'onTime').explanation.zh).toMatch(/^采集网页的发布日期 2021-03-01,按时/);
    expect(check(bundledReport(FUYANG), 'onTime').explanation.en).toMatch(/^date signed 2021-03-08, on time/);
    expect(check(bundledReport(SHANGQIU), 'onTime').explanation.zh).toMatch(/^报告所印发布日期 2018-03-27/);
  });

  it('without any date: held here before the deadline passes, else unknown', () => {
    const none = bundledReport(OFFICE, { heldSince: '2026-12-01' });
    expect(none.dates).toMatchObject({ page: null, printed: null, signed: null });
    expect(check(none, 'onTime')).toMatchObject({ status: 'unknown', numbers: { dateFrom: null } });
    expect(check({ ...none, dates: { ...none.dates, heldSince: '2021-01-20' } }, 'onTime').status).toBe('pass');
  });

  it('reads the signed and printed dates from the report’s text, each once; a printed 发布时间 before the signature', () => {
    expect(bundledReport(FUYANG).dates).toMatchObject({ signed: '2021-03-08', printed: null });
    const resigned = bundledReport(FUYANG, {}, (t) => t.replace('2021年3月8日', '2021年4月8日'));
    expect(resigned.dates).toMatchObject({ signed: '2021-04-08', printed: '2021-03-08' });
    expect(check(resigned, 'onTime')).toMatchObject({ status: 'pass', numbers: { dateFrom: 'printed' } });
    expect(bundledReport(SHANGQIU).dates).toMatchObject({ signed: null, printed: '2018-03-27' });
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
