// A report's quality panel in words, from the checks run on a bundled report: 洪泽区 2023, whose
// printed review total of 0 beside 10 + 1 fails the sums.
import { describe, expect, it } from 'vitest';
import { checkReport } from '@/lib/quality';
import { bundledReport } from '@/lib/quality/testing/bundled';
import { toQualityPanel } from './quality-panel';

describe('quality panel', () => {
  it('names the failed checks, says each verdict and the particulars in the language, and links last year’s report', () => {
    const { checks, summary } = checkReport({ report: bundledReport('reference-text/hongze_district_2023.txt'), previous: null });
    const view = { summary, checks, previousReportId: 7, computedAt: '2026-12-07T00:00:00.000Z' };
    const zh = toQualityPanel(view, 'zh');
    expect(zh.summary).toBe(`${summary.passed}/${summary.decided} 项通过`);
    expect(zh.failed).toContain('勾稽关系');
    const sums = zh.checks.find((c) => c.id === 'sums')!;
    expect(sums).toMatchObject({ status: 'fail', statusText: '未通过', title: '勾稽关系' });
    expect(sums.details).toContain('行政复议:总计 = 维持 + 纠正 + 其他 + 尚未审结:左边 0,右边 11');
    expect(zh.previous).toEqual({ href: '/reports/7', text: '对照的上年报告' });
    const en = toQualityPanel({ ...view, previousReportId: null }, 'en');
    expect(en.checks.find((c) => c.id === 'sums')).toMatchObject({ statusText: 'Fail', title: 'Sums (勾稽关系)' });
    expect(en.failed).toMatch(/^ · Failed: .*Sums/);
    expect(en.previous).toBeUndefined();
  });
});
