// Text agrees with tables: the parser compares every sentence figure with the cell of the same key
// and reports each that differs (NARRATIVE_CONTRADICTS_TABLE, numbers table/narrative).

import { figureLabel, type Label } from '@/lib/figures/keys';
import { NOTATION } from '@/lib/i18n/notation';
import type { CheckResult, QualityReport } from './types';
import { CHECK_TITLES } from './titles';

const TITLE = CHECK_TITLES.narrative;

export function checkNarrative(report: QualityReport): CheckResult {
  const tableFigures = [...report.figures.values()].filter((f) => f.provenance === 'table' && f.value !== null).length;
  if (report.format === 'legacy' || tableFigures === 0) {
    return {
      id: 'narrative',
      status: 'na',
      title: TITLE,
      explanation: { zh: '没有读到表格数字,正文无从对照。', en: 'No table figures were read; there is nothing to compare the text with.' },
      numbers: { tableFigures },
      details: [],
    };
  }
  const contradictions = report.issues.filter((i) => i.code === 'NARRATIVE_CONTRADICTS_TABLE');
  const details = contradictions.map((i): Label => {
    const key = i.keys[0] ?? '';
    const { table, narrative } = i.numbers ?? {};
    return {
      zh: `${figureLabel(key, 'zh')}:表格 ${table ?? NOTATION.notRead.mark},正文 ${narrative ?? NOTATION.notRead.mark}`,
      en: `${figureLabel(key, 'en')}: table ${table ?? NOTATION.notRead.mark}, text ${narrative ?? NOTATION.notRead.mark}`,
    };
  });
  return {
    id: 'narrative',
    status: contradictions.length ? 'fail' : 'pass',
    title: TITLE,
    explanation: contradictions.length
      ? {
          zh: `正文有 ${contradictions.length} 个数字与表格不同;以表格为准。`,
          en: `${contradictions.length} figures in the text differ from the tables; the tables' numbers are kept.`,
        }
      : { zh: '正文提到的数字与表格一致。', en: 'The figures the text states agree with the tables.' },
    numbers: { tableFigures, contradictions: contradictions.length },
    details,
  };
}
