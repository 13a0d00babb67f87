// Follows from last year: this year's 上年结转 equals last year's 结转下年度, column by column; in
// the 2019 format (both years), table 2's 上一年项目数量 equals last year's 上一年项目数量 + 本年增/减.
// Only figures both years print as numbers are compared.

import { APPLICANT_COLUMNS, figureLabel, TABLE2_COLUMNS, TABLE2_ITEMS, table3Key, type Label } from '@/lib/figures/keys';
import type { CheckResult, QualityInput, QualityReport } from './types';
import { CHECK_TITLES } from './titles';

const TITLE = CHECK_TITLES.continuity;

interface Comparison {
  key: string;
  now: number;
  expected: number;
  /** How the expected number was obtained from last year's report. */
  from: Label;
}

const value = (r: QualityReport, key: string) => r.figures.get(key)?.value ?? null;

function carried(now: QualityReport, prev: QualityReport): Comparison[] {
  return APPLICANT_COLUMNS.flatMap((c) => {
    const a = value(now, table3Key('applications.carriedOver', c.id));
    const b = value(prev, table3Key('carriedForward', c.id));
    if (a === null || b === null) return [];
    return [
      {
        key: table3Key('applications.carriedOver', c.id),
        now: a,
        expected: b,
        from: { zh: `上年结转下年度 ${b}`, en: `last year's carried forward ${b}` },
      },
    ];
  });
}

/** Table 2 items whose 2019 columns hold 上一年项目数量 and 本年增/减. */
const ITEMS_WITH_PREV = TABLE2_ITEMS.filter((i) => TABLE2_COLUMNS['2019'][i.id]?.some((c) => c.id === 'prevItems')).map((i) => i.id);

function items(now: QualityReport, prev: QualityReport): Comparison[] {
  if (now.format !== '2019' || prev.format !== '2019') return [];
  return ITEMS_WITH_PREV.flatMap((item) => {
    const a = value(now, `${item}.prevItems`);
    const p = value(prev, `${item}.prevItems`);
    const d = value(prev, `${item}.change`);
    if (a === null || p === null || d === null) return [];
    return [
      { key: `${item}.prevItems`, now: a, expected: p + d, from: { zh: `上年 ${p} + 增减 ${d}`, en: `last year's ${p} + change ${d}` } },
    ];
  });
}

export function checkContinuity({ report, previous }: QualityInput): CheckResult {
  const na = (explanation: Label): CheckResult => ({ id: 'continuity', status: 'na', title: TITLE, explanation, numbers: {}, details: [] });
  if (report.format === 'legacy')
    return na({
      zh: '旧格式报告没有统一的统计表,不检查。',
      en: 'Reports in the formats before 2019 print no national tables; not checked.',
    });
  if (!previous || previous.year !== report.year - 1) {
    return na({
      zh: `未收录同一机关 ${report.year - 1} 年度的报告,无从比较。`,
      en: `The same body's report for ${report.year - 1} is not held; nothing to compare with.`,
    });
  }
  const comparisons = [...carried(report, previous), ...items(report, previous)];
  const wrong = comparisons.filter((c) => c.now !== c.expected);
  const numbers = { previousYear: previous.year, compared: comparisons.length, differ: wrong.length };
  const details = wrong.map((c): Label => ({
    zh: `${figureLabel(c.key, 'zh')}:本年印 ${c.now},应为 ${c.expected}(${c.from.zh})`,
    en: `${figureLabel(c.key, 'en')}: printed ${c.now}, expected ${c.expected} (${c.from.en})`,
  }));
  if (!comparisons.length) {
    return {
      id: 'continuity',
      status: 'unknown',
      title: TITLE,
      explanation: {
        zh: `两年报告没有可以对照的数字(上年结转、结转下年度未都印出)。`,
        en: `The two years' reports hold no figures to compare (carried over and carried forward are not both printed).`,
      },
      numbers,
      details,
    };
  }
  return {
    id: 'continuity',
    status: wrong.length ? 'fail' : 'pass',
    title: TITLE,
    explanation: wrong.length
      ? {
          zh: `与 ${previous.year} 年度报告对照 ${comparisons.length} 个数字,${wrong.length} 个不衔接。`,
          en: `${wrong.length} of ${comparisons.length} figures compared with the ${previous.year} report do not follow from it.`,
        }
      : {
          zh: `与 ${previous.year} 年度报告对照 ${comparisons.length} 个数字,全部衔接。`,
          en: `All ${comparisons.length} figures compared with the ${previous.year} report follow from it.`,
        },
    numbers,
    details,
  };
}
