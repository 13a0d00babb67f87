// Refusing text that is not an annual report: empty text, novels, random bytes decoded as text.
// A report names 政府信息公开 and several of the words every report of every format uses; text-only
// reports (tables lost, or written before the 2019 format) pass the same test.

import { makeIssue } from './issues';
import { compactView, type NormalText } from './normalize';
import type { ParseIssue } from './types';

const REQUIRED = ['政府信息公开', '政务公开'];
const MARKERS = ['年度报告', '工作报告', '年报', '主动公开', '依申请', '行政复议', '行政诉讼', '条例', '本年新收', '予以公开', '申请'];
const MIN_MARKERS = 3;
/** How much text is searched again with spaces removed, for reports printed spaced-out. */
const SPACED_OUT_WINDOW = 200_000;

function looksLikeReport(c: string): boolean {
  if (!REQUIRED.some((w) => c.includes(w))) return false;
  // Each marker is a search of the whole text: stop at the third found.
  let found = 0;
  for (const w of MARKERS) if (c.includes(w) && ++found === MIN_MARKERS) return true;
  return false;
}

export function refusal(t: NormalText): ParseIssue | null {
  if (!/\S/.test(t.norm)) {
    return makeIssue('EMPTY_INPUT', '输入为空,没有可读取的文字。', 'The input is empty: there is no text to read.');
  }
  if (!looksLikeReport(t.norm) && !looksLikeReport(compactView(t, 0, Math.min(t.norm.length, SPACED_OUT_WINDOW)).compact)) {
    return makeIssue(
      'NOT_A_REPORT',
      '这不是政府信息公开工作年度报告:未出现“政府信息公开”及年度报告的常用词。',
      'This is not a government information-disclosure annual report: it lacks 政府信息公开 and the words every such report uses.',
    );
  }
  return null;
}
