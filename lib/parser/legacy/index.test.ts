// Pre-2019 statistics tables (issue #9 §2): the real Fujian table of pingtan 2012, and the same
// 2008-era items laid out as other provinces printed them (other labels, the cumulative column
// first, no unit column, cells run together).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codes, parseOk, pick } from '../testing/expect';

const PINGTAN_2012 = readFileSync(new URL('../../../data/gold/unseen/pingtan_2012.txt', import.meta.url), 'utf8');
const KEYS = [
  'applications.new.total',
  'results.total.total',
  'results.granted.total',
  'results.partial.total',
  'results.denied.total',
  'review.total',
  'litigation.total',
  'narrative.activeItems',
];

/** A pre-2019 report around a statistics table, worded as 2008-era reports were. */
const legacyReport = (table: string, prose = '本年度政府信息公开工作稳步推进。') =>
  [
    '某某市2010年政府信息公开工作年度报告',
    '本报告根据《中华人民共和国政府信息公开条例》要求,由某某市人民政府办公室编制。',
    '一、概述',
    prose,
    '二、主动公开政府信息情况',
    '三、依申请公开政府信息情况',
    '四、政府信息公开的收费及减免情况',
    '五、因政府信息公开申请行政复议、提起行政诉讼的情况',
    '六、存在的主要问题及改进措施',
    '附表:政府信息公开情况统计表',
    table,
  ].join('\n');

describe('pingtan 2012 (Fujian: 指标名称 计量单位 2012年度 历年累计, scraped as one line)', () => {
  const r = parseOk(PINGTAN_2012);

  it("reads this year's column under the national keys, never the cumulative one", () => {
    expect(r.meta.format).toBe('legacy');
    expect(pick(r, KEYS)).toEqual({
      'applications.new.total': 0,
      'results.total.total': 0,
      'results.granted.total': 0,
      'results.partial.total': 0,
      'results.denied.total': 0,
      'review.total': 0,
      'litigation.total': 0,
      'narrative.activeItems': 739, // 4359 is the cumulative; the prose's 1913 is not the table's
    });
    expect(r.provenance['narrative.activeItems']).toMatchObject({ via: 'table', rule: 'legacy.table', raw: '739' });
  });

  it('does not take a channel (网站公开) or the cumulative column for a total', () => {
    const damaged = PINGTAN_2012.replace('主动公开信息数 条 739 4359 ', '');
    expect(parseOk(damaged).figures['narrative.activeItems']).not.toBe(4359);
    expect(parseOk(damaged).figures['narrative.activeItems']).not.toBe(739);
  });
});

const FUJIAN_RUN_TOGETHER = [
  '统计指标计量单位本年度历年累计',
  '主动公开信息数条123456',
  '受理依申请公开信息总数条938其中：1、当面申请数条2102、传真申请数条013、电子邮件申请数条154、网上申请数条6205、信函申请数条02',
  '对申请的答复总数条938其中：1、同意公开答复数条7302、同意部分公开答复数条133、否决公开答复数条15',
  '行政复议数件01行政诉讼数件00',
].join('');

describe('a statistics table with its cells run together (受理依申请公开信息总数条938 = 9 this year, 38 in all)', () => {
  const r = parseOk(legacyReport(FUJIAN_RUN_TOGETHER));

  it('splits digits only where one split alone fits: cumulative ≥ year, a 其中 row ≤ its total', () => {
    expect(pick(r, KEYS)).toEqual({
      'applications.new.total': 9,
      'results.total.total': 9,
      'results.granted.total': 7, // 730: 7|30 (73|0 would make the cumulative smaller)
      'results.partial.total': 1,
      'results.denied.total': 1,
      'review.total': 0,
      'litigation.total': 0,
      'narrative.activeItems': null, // 123456: 1|23456, 12|3456 and 123|456 all fit
    });
    expect(r.provenance['applications.new.total']).toMatchObject({ rule: 'legacy.split', raw: '9' });
    expect(r.provenance['narrative.activeItems']).toMatchObject({ raw: '123456' });
    expect(codes(r)).toContain('SPLIT_AMBIGUOUS');
  });
});

describe('another province: other labels, the cumulative column first, no unit column', () => {
  const table = [
    '项目 | 累计 | 本年',
    '主动公开政府信息 | 5000 | 800',
    '依申请公开信息受理总数 | 120 | 35',
    '其中:同意公开 | 80 | 20',
    '部分公开 | 10 | 5',
    '不予公开 | 15 | 4',
    '申请行政复议 | 3 | 1',
    '提起行政诉讼 | 1 | 0',
  ].join('\n');
  const r = parseOk(legacyReport(table));

  it('reads the year column the header names', () => {
    expect(pick(r, KEYS)).toEqual({
      'applications.new.total': 35,
      'results.total.total': undefined,
      'results.granted.total': 20,
      'results.partial.total': 5,
      'results.denied.total': 4,
      'review.total': 1,
      'litigation.total': 0,
      'narrative.activeItems': 800,
    });
  });

  it('keeps the table value over a sentence that states it differently, and says so', () => {
    const r2 = parseOk(legacyReport(table, '2010年共受理政府信息公开申请36件,其中同意公开20件。'));
    expect(r2.figures['applications.new.total']).toBe(35);
    expect(r2.issues.find((i) => i.code === 'NARRATIVE_CONTRADICTS_TABLE')?.numbers).toEqual({ table: 35, narrative: 36 });
  });
});

describe('a table with this year only (指标 | 本年度), spaces for separators', () => {
  it('reads its one column', () => {
    const table = ['指标 本年度', '受理政府信息公开申请数 12', '同意公开数 10', '不同意公开数 2', '行政复议数 0'].join('\n');
    const r = parseOk(legacyReport(table));
    expect(pick(r, ['applications.new.total', 'results.granted.total', 'results.denied.total', 'review.total'])).toEqual({
      'applications.new.total': 12,
      'results.granted.total': 10,
      'results.denied.total': 2,
      'review.total': 0,
    });
  });
});

describe('sentences of a legacy report', () => {
  it('reads statements of none as 0 for the figures they name, with the sentence as provenance', () => {
    const r = parseOk(legacyReport('', '2010年全市未收到政府信息公开申请,未发生因政府信息公开申请引起的行政复议、行政诉讼。'));
    expect(pick(r, ['applications.new.total', 'review.total', 'litigation.total'])).toEqual({
      'applications.new.total': 0,
      'review.total': 0,
      'litigation.total': 0,
    });
    expect(r.provenance['applications.new.total']).toMatchObject({ via: 'narrative', rule: 'narrative.noApplications' });
  });

  it('a statement naming reviews says nothing of lawsuits', () => {
    const r = parseOk(legacyReport('', '2010年未收到有关政府信息公开行政复议申请。'));
    expect(r.figures['review.total']).toBe(0);
    expect(r.figures['litigation.total']).toBeUndefined();
    expect(r.figures['applications.new.total']).toBeUndefined();
  });

  it('does not take documents available on request, filings or petitions for applications', () => {
    const prose =
      '2010年主动公开政府信息1200条,作为依申请公开信息数45条。行政服务中心累计收件9898件,办件9542件,接受咨询300次,受理信访举报120件。';
    const r = parseOk(legacyReport('', prose));
    expect(r.figures['applications.new.total']).toBeUndefined();
    expect(r.figures['narrative.activeItems']).toBe(1200);
  });

  it('reads the sentences of a prose-only legacy report (seed 004)', () => {
    const r = parseOk(readFileSync(new URL('../../../data/reports/seeds/004-shangqiu-2017.txt', import.meta.url), 'utf8'));
    expect(pick(r, ['applications.new.total', 'results.granted.total', 'review.total', 'litigation.total'])).toEqual({
      'applications.new.total': 301,
      'results.granted.total': 239,
      'review.total': 10,
      'litigation.total': 1,
    });
  });
});
