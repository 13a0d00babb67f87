// On time. 2019 条例 第四十九条 (reports on 2019 onwards): a department's report by 31 January, a
// people's government's own report for its whole jurisdiction by 31 March of the following year.
// 2008 条例 第三十一条 (reports on 2018 and before): 31 March of the following year for every body.
// The date is the publication date of the page the report was collected from (collection reads it
// from the page), else the date printed in the report (a 发布时间 printed with its text, then the
// date signed at its end); without any, a report held here before the deadline was published in time.

import type { Label } from '@/lib/figures/keys';
import type { ReportScope } from '@/lib/domain';
import type { CheckResult, QualityReport, ReportDates } from './types';
import { CHECK_TITLES } from './titles';

const TITLE = CHECK_TITLES.onTime;

export interface Deadline {
  /** ISO date, the last day allowed. */
  date: string;
  law: Label;
}

const LAW_2019: Label = { zh: '2019 年《条例》第四十九条', en: 'the 2019 Regulations, article 49' };
const LAW_2008: Label = { zh: '2008 年《条例》第三十一条', en: 'the 2008 Regulations, article 31' };

/** The deadline of a report on `year`; a single office's report is a department's. */
export function deadlineOf(year: number, scope: ReportScope): Deadline {
  if (year >= 2019) return { date: `${year + 1}-${scope === 'agency' ? '01-31' : '03-31'}`, law: LAW_2019 };
  return { date: `${year + 1}-03-31`, law: LAW_2008 };
}

/** The dates the check reads, in order: the first known one is taken. */
const DATE_ORDER = ['page', 'printed', 'signed'] as const satisfies readonly (keyof ReportDates)[];
const BASES: Record<(typeof DATE_ORDER)[number], Label> = {
  page: { zh: '采集网页的发布日期', en: 'publication date of the page it was collected from' },
  printed: { zh: '报告所印发布日期', en: 'publication date printed with the report' },
  signed: { zh: '落款日期', en: 'date signed' },
};

/** Whole days from a to b (ISO dates). */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function checkOnTime(report: QualityReport): CheckResult {
  const deadline = deadlineOf(report.year, report.scope);
  const { heldSince } = report.dates;
  const from = DATE_ORDER.find((f) => report.dates[f] !== null) ?? null;
  const date = from && report.dates[from];
  const basis = from && BASES[from];
  const numbers = { deadline: deadline.date, date, dateFrom: from, heldSince };
  const rule = { zh: `依${deadline.law.zh},应于 ${deadline.date} 前公布`, en: `under ${deadline.law.en}, due by ${deadline.date}` };
  if (date && basis) {
    const late = daysBetween(deadline.date, date);
    return {
      id: 'onTime',
      status: late > 0 ? 'fail' : 'pass',
      title: TITLE,
      explanation:
        late > 0
          ? { zh: `${basis.zh} ${date},迟了 ${late} 天(${rule.zh})。`, en: `${basis.en} ${date}, ${late} days late (${rule.en}).` }
          : { zh: `${basis.zh} ${date},按时(${rule.zh})。`, en: `${basis.en} ${date}, on time (${rule.en}).` },
      numbers: { ...numbers, daysLate: Math.max(0, late) },
      details: [],
    };
  }
  if (heldSince && heldSince <= deadline.date) {
    return {
      id: 'onTime',
      status: 'pass',
      title: TITLE,
      explanation: {
        zh: `报告未印日期,但本站 ${heldSince} 已收录,早于期限(${rule.zh})。`,
        en: `The report prints no date, but it was held here on ${heldSince}, before the deadline (${rule.en}).`,
      },
      numbers,
      details: [],
    };
  }
  return {
    id: 'onTime',
    status: 'unknown',
    title: TITLE,
    explanation: {
      zh: `网页发布日期、报告所印日期都不知道,无法判断(${rule.zh})。`,
      en: `Neither the page's publication date nor a date printed in the report is known; cannot tell (${rule.en}).`,
    },
    numbers,
    details: [],
  };
}
