// Sections present: the six sections of the national format (一、总体情况 … 六、其他需要报告的事项),
// as the parser's segmenter finds their headings in the text.

import type { Label } from '@/lib/figures/keys';
import type { CheckResult, QualityReport } from './types';
import { CHECK_TITLES } from './titles';

const TITLE = CHECK_TITLES.sections;

export const SECTION_NAMES: readonly Label[] = [
  { zh: '一、总体情况', en: '1. Overview' },
  { zh: '二、主动公开政府信息情况', en: '2. Proactive disclosure' },
  { zh: '三、收到和处理政府信息公开申请情况', en: '3. Applications received and handled' },
  { zh: '四、政府信息公开行政复议、行政诉讼情况', en: '4. Administrative reviews and lawsuits' },
  { zh: '五、存在的主要问题及改进情况', en: '5. Problems and improvements' },
  { zh: '六、其他需要报告的事项', en: '6. Other matters' },
];

export function checkSections(report: QualityReport): CheckResult {
  if (report.format === 'legacy' || report.sections === null) {
    return {
      id: 'sections',
      status: 'na',
      title: TITLE,
      explanation:
        report.format === 'legacy'
          ? { zh: '2019 年以前的旧格式另有章节安排,不检查。', en: 'The formats before 2019 had other sections; not checked.' }
          : { zh: '未保存报告原文,无从检查。', en: 'The report text is not held; cannot be checked.' },
      numbers: {},
      details: [],
    };
  }
  const found = new Set(report.sections);
  const missing = SECTION_NAMES.map((name, i) => ({ name, n: i + 1 })).filter((s) => !found.has(s.n));
  return {
    id: 'sections',
    status: missing.length ? 'fail' : 'pass',
    title: TITLE,
    explanation: missing.length
      ? {
          zh: `六部分中找到 ${6 - missing.length} 部分,缺 ${missing.length} 部分。`,
          en: `${6 - missing.length} of the six sections found; ${missing.length} missing.`,
        }
      : { zh: '六部分的标题都在。', en: 'All six section headings are there.' },
    numbers: { found: 6 - missing.length, missing: missing.length },
    details: missing.map((s) => ({ zh: `缺少“${s.name.zh}”`, en: `Missing "${s.name.en}"` })),
  };
}
