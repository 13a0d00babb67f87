// Table 3's applicant columns as its header names them (applicants.ts), and the tables read by them.

import { describe, expect, it } from 'vitest';
import { parseReport } from '..';
import { applicantLayout } from './applicants';

const LEGEND = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

describe('applicantLayout', () => {
  it('the template, its names wrapped in narrow PDF cells or in any line order after 自然人', () => {
    expect(applicantLayout(`${LEGEND}申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他`)).toEqual({
      kind: 'template',
    });
    expect(applicantLayout(`申请人情况${LEGEND}自然人商业企科研机社会公法律服其他业构益组织务机构总计`)).toEqual({ kind: 'template' });
  });

  it('总计 before 自然人, the five printed: total first', () => {
    expect(applicantLayout(`${LEGEND}总计申请人情况自然人法人或其他组织商业企业科研机构社会公益组织法律服务机构其他`)).toEqual({
      kind: 'total-first',
      columns: ['total', 'natural', 'commercial', 'research', 'nonprofit', 'legal', 'otherOrg'],
    });
  });

  it('法人或其他组织 without its five: one column that is no figure', () => {
    expect(applicantLayout(`${LEGEND}申请人情况自然人法人或其他组织总计`)).toEqual({ kind: 'merged', columns: ['natural', null, 'total'] });
  });

  it('总计 or a count column alone: total only; no header at all says nothing', () => {
    expect(applicantLayout(`${LEGEND}数量（件）`)).toEqual({ kind: 'total-only', columns: ['total'] });
    expect(applicantLayout(`${LEGEND}总计`)).toEqual({ kind: 'total-only', columns: ['total'] });
    expect(applicantLayout('')).toEqual({ kind: 'template' });
    expect(applicantLayout('申请人情况数据1数据2数据3数据4数据5数据6总计')).toEqual({ kind: 'template' });
  });

  it('says template whenever the header does not name one of the other layouts whole', () => {
    const template = { kind: 'template' };
    // the five by two of their names already; no 总计 is no total-first
    expect(applicantLayout('总计自然人商业科研').kind).toBe('total-first');
    expect(applicantLayout('自然人商业企业科研机构社会公益组织')).toEqual(template);
    // merged needs 自然人, 法人或其他组织 and 总计 after 自然人, and none of the five
    expect(applicantLayout('自然人法人或其他组织')).toEqual(template);
    expect(applicantLayout('法人或其他组织总计')).toEqual(template);
    expect(applicantLayout('自然人商业总计')).toEqual(template);
    expect(applicantLayout('自然人法人或其他组织商业总计')).toEqual(template);
    expect(applicantLayout('自然人总计')).toEqual(template);
    // 总计 alone: named among the header's last cells, no applicant named
    expect(applicantLayout(`总计申请人情况${LEGEND}`)).toEqual(template);
    expect(applicantLayout('商业总计')).toEqual(template);
  });
});

const row = (label: string, cells: number[]) => `${label} | ${cells.join(' | ')}`;
const report = (header: string, rows: string[]) =>
  [
    '某县人民政府2020年政府信息公开工作年度报告',
    '三、收到和处理政府信息公开申请情况',
    header,
    ...rows,
    '四、政府信息公开行政复议、行政诉讼情况',
    '五、存在的主要问题及改进情况',
  ].join('\n');

describe('table 3 read by its header', () => {
  const TOTAL_FIRST = `${LEGEND} | 总计 | 申请人情况\n自然人 | 法人或其他组织\n商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他`;

  it('总计 first: each cell under its own column', () => {
    const out = parseReport(
      report(TOTAL_FIRST, [
        row('一、本年新收政府信息公开申请数量', [12, 9, 3, 0, 0, 0, 0]),
        row('二、上年结转政府信息公开申请数量', [2, 2, 0, 0, 0, 0, 0]),
        row('（一）予以公开', [10, 7, 3, 0, 0, 0, 0]),
        row('（七）总计', [13, 10, 3, 0, 0, 0, 0]),
        row('四、结转下年度继续办理', [1, 1, 0, 0, 0, 0, 0]),
      ]),
    );
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.result.figures['applications.new.total']).toBe(12);
    expect(out.result.figures['applications.new.natural']).toBe(9);
    expect(out.result.figures['applications.new.commercial']).toBe(3);
    expect(out.result.figures['results.granted.total']).toBe(10);
  });

  it('总计 first whose rows do not check: nothing read, and no sentence stands in for the cells', () => {
    const out = parseReport(
      report(TOTAL_FIRST, [
        row('一、本年新收政府信息公开申请数量', [9, 3, 0, 0, 0, 0, 12]),
        row('二、上年结转政府信息公开申请数量', [2, 0, 0, 0, 0, 0, 2]),
        row('（一）予以公开', [7, 3, 0, 0, 0, 0, 10]),
        row('四、结转下年度继续办理', ['1件', '0件', '0件', '0件', '0件', '0件', '1件'] as unknown as number[]),
      ]),
    );
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(Object.values(out.result.figures).filter((v) => v !== null)).toEqual([]);
    expect(out.result.issues.some((i) => i.code === 'CELL_UNREADABLE' && i.keys.includes('applications.new.total'))).toBe(true);
  });

  it('legal persons as one column: 自然人 and 总计 read, the five not', () => {
    const out = parseReport(
      report(`${LEGEND} | 申请人情况\n自然人 | 法人或其他组织 | 总计`, [
        row('一、本年新收政府信息公开申请数量', [9, 3, 12]),
        row('二、上年结转政府信息公开申请数量', [2, 0, 2]),
        row('（一）予以公开', [7, 3, 10]),
        row('四、结转下年度继续办理', [4, 0, 4]),
      ]),
    );
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.result.figures['applications.new.natural']).toBe(9);
    expect(out.result.figures['applications.new.total']).toBe(12);
    expect(out.result.figures['applications.new.commercial']).toBeUndefined();
    expect(out.result.figures['results.granted.total']).toBe(10);
  });

  it('总计 alone: read when the balance holds (新收 + 结转 = 办理结果 + 结转下年度), else printed but not read', () => {
    const rows = (forward: number) => [
      row('一、本年新收政府信息公开申请数量', [12]),
      row('二、上年结转政府信息公开申请数量', [2]),
      row('（一）予以公开', [10]),
      row('（七）总计', [13]),
      row('四、结转下年度继续办理', [forward]),
    ];
    const ok = parseReport(report(`${LEGEND} | 总计`, rows(1)));
    expect(ok.ok && ok.result.figures['results.granted.total']).toBe(10);
    // the table's heading lost: its region opens at its first row, the header just before it still read
    const lost = parseReport(report(`${LEGEND} | 总计`, rows(1)).replace('三、收到和处理政府信息公开申请情况\n', ''));
    expect(lost.ok && lost.result.figures['results.granted.total']).toBe(10);
    const off = parseReport(report(`${LEGEND} | 总计`, rows(5)));
    expect(off.ok && off.result.figures['results.granted.total']).toBeNull();
  });
});
