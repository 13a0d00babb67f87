// Sums (勾稽关系) of tables 3 and 4: the parser checks every relation of lib/figures/checks.ts
// whose figures are all present and reports each that fails (SUM_MISMATCH, numbers left/right).
// This check reads its verdicts, names each failed relation, and counts the relations that could
// be checked at all (all their figures present) with lib/figures' own sum.

import { relationsFor, SUM_RELATIONS, type SumRelation } from '@/lib/figures/checks';
import type { Label } from '@/lib/figures/keys';
import { sumKeys } from '@/lib/figures/rates';
import type { CheckResult, QualityIssue, QualityReport } from './types';
import { CHECK_TITLES } from './titles';

const TITLE = CHECK_TITLES.sums;

/** The relation a SUM_MISMATCH names: its keys are the relation's left then right figures. */
function relationOfIssue(issue: QualityIssue): SumRelation | undefined {
  const keys = issue.keys.join('|');
  return SUM_RELATIONS.find((r) => [...r.left, ...r.right].join('|') === keys);
}

export function checkSums(report: QualityReport): CheckResult {
  if (report.format === 'legacy') {
    return {
      id: 'sums',
      status: 'na',
      title: TITLE,
      explanation: {
        zh: '旧格式报告没有统一的统计表,不检查。',
        en: 'Reports in the formats before 2019 print no national tables; not checked.',
      },
      numbers: {},
      details: [],
    };
  }
  const relations = relationsFor(report.format);
  const lookup = (key: string) => report.figures.get(key)?.value;
  const checkable = relations.filter((r) => sumKeys(lookup, r.left) !== null && sumKeys(lookup, r.right) !== null).length;
  const failures = report.issues.filter((i) => i.code === 'SUM_MISMATCH');
  const details = failures.map((issue): Label => {
    const relation = relationOfIssue(issue);
    const left = issue.numbers?.left ?? null;
    const right = issue.numbers?.right ?? null;
    const name = relation?.label ?? { zh: issue.keys.join(' '), en: issue.keys.join(' ') };
    return { zh: `${name.zh}:左边 ${left},右边 ${right}`, en: `${name.en}: left ${left}, right ${right}` };
  });
  const numbers = { relations: relations.length, checked: checkable, failed: failures.length };
  if (failures.length) {
    return {
      id: 'sums',
      status: 'fail',
      title: TITLE,
      explanation: {
        zh: `可核对的 ${checkable} 条勾稽关系中有 ${failures.length} 条不符(共 ${relations.length} 条);数字按原文照录。`,
        en: `${failures.length} of the ${checkable} sum relations that could be checked do not hold (of ${relations.length}); figures are kept as printed.`,
      },
      numbers,
      details,
    };
  }
  if (checkable === 0) {
    return {
      id: 'sums',
      status: 'unknown',
      title: TITLE,
      explanation: {
        zh: `${relations.length} 条勾稽关系都缺少数字,无法核对。`,
        en: `Each of the ${relations.length} sum relations lacks a figure; none could be checked.`,
      },
      numbers,
      details,
    };
  }
  return {
    id: 'sums',
    status: 'pass',
    title: TITLE,
    explanation:
      checkable === relations.length
        ? { zh: `${checkable} 条勾稽关系全部相符。`, en: `All ${checkable} sum relations hold.` }
        : {
            zh: `可核对的 ${checkable} 条勾稽关系全部相符(共 ${relations.length} 条,其余缺少数字)。`,
            en: `All ${checkable} sum relations that could be checked hold (of ${relations.length}; the others lack a figure).`,
          },
    numbers,
    details,
  };
}
