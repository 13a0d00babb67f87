// Home chart rows: one bar per report of the year, with the same marks and reasons as /compare.

import type { BarDatum } from '@/components/charts/chart-types';
import { FLAG_MARKS } from '@/lib/compare/chart-props';
import type { ValueFlag } from '@/lib/compare/types';
import type { HomeBar } from '@/lib/db/queries/home/get-home-overview';

export function homeBarFlags(bar: HomeBar): ValueFlag[] {
  const flags: ValueFlag[] = [];
  if (bar.provenance === 'narrative')
    flags.push({ kind: 'narrative', reason: { zh: '取自报告正文的句子,非表格', en: 'Read from a sentence of the report, not a table' } });
  if (bar.provenance === 'inferred')
    flags.push({
      kind: 'inferred',
      reason: { zh: '表中此格空白,由勾稽关系推算', en: 'Blank in the table; inferred from the table’s sums' },
    });
  if (bar.errorCount > 0)
    flags.push({
      kind: 'checks-failed',
      reason: {
        zh: `该报告 ${bar.errorCount} 项核验未通过,数字按原文照录`,
        en: `${bar.errorCount} sum check(s) of this report failed; figures kept as printed`,
      },
    });
  if (bar.scope === 'agency')
    flags.push({
      kind: 'agency',
      reason: { zh: `单一机关(${bar.body})的报告,不是全辖区汇总`, en: `Report of one office (${bar.body}), not the whole jurisdiction` },
    });
  return flags;
}

export function homeBarLabel(bar: HomeBar): string {
  // An office's name already says where it is (乌兰察布市政府办公室).
  return bar.scope === 'agency' ? bar.body : bar.name;
}

export function toHomeBarData(bars: readonly HomeBar[]): BarDatum[] {
  return [...bars]
    .sort(
      (a, b) =>
        (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) || (b.value ?? 0) - (a.value ?? 0) || a.name.localeCompare(b.name, 'zh-CN'),
    )
    .map((b) => ({
      id: String(b.reportId),
      label: homeBarLabel(b),
      value: b.value,
      highlighted: false,
      agency: b.scope === 'agency',
      marks: homeBarFlags(b)
        .map((f) => FLAG_MARKS[f.kind])
        .join(''),
    }));
}
