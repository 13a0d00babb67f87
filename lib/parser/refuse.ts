// Refusing text that is not an annual report: empty text, novels, random bytes decoded as text.
// A report names 政府信息公开 and several of the words every report of every format uses; text-only
// reports (tables lost, or written before the 2019 format) pass the same test.

import { makeIssue } from './issues';
import { hasLegacyTable } from './legacy';
import { compactView, type NormalText } from './normalize';
import type { Segments } from './segment';
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
  // norm holds tabs as '|' (cell separators): nothing but blanks, tabs and those is empty
  if (!/[^\s|]/.test(t.norm) && !t.original.includes('|')) {
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

// News about a report (南京市发布2020年政府信息公开工作年度报告 本报讯…报告显示…) quotes the report's
// statistics but is not the report: a report has its own structure. Such text, when its first
// lines read as news, is refused; a report is never refused for words in its page's chrome.

/** How far into the text its opening is looked for (page chrome and a title come first). */
const OPENING = 600;
const NEWS =
  /本报讯|[(（]\s*记者|记者\s*[\u4e00-\u9fa5]{2,3}\s*[)）]|通讯员|(?:日前|近日)[^。]{0,40}(?:发布|公布|出炉)|报告显示|据悉|新华社|中新网/;
/** A report's own opening: 本报告根据…编制, 根据《条例》…现公布本年度报告. */
const REPORT_OPENING =
  /本报告(?:根据|依据|按照|是根据|系根据|由)|根据《中华人民共和国政府信息公开条例》[^。]{0,160}(?:编制|公布|报告如下|特此报告|发布)/;
const MIN_SECTIONS = 4;

/** Whether the text has a report's structure: the format's sections in order, a statistics table, or a report's opening. */
function hasReportStructure(t: NormalText, seg: Segments): boolean {
  if (seg.sections.length >= MIN_SECTIONS) return true;
  if (REPORT_OPENING.test(t.norm.slice(0, 4 * OPENING))) return true;
  return compactView(t, 0, Math.min(t.norm.length, SPACED_OUT_WINDOW)).compact.includes('申请人情况') || hasLegacyTable(t.norm);
}

/** A text whose opening reads as news and that lacks a report's structure: refused, with the reason. */
export function newsRefusal(t: NormalText, seg: Segments): ParseIssue | null {
  const opening = NEWS.exec(t.norm.slice(0, OPENING));
  if (!opening || hasReportStructure(t, seg)) return null;
  return makeIssue(
    'NOT_A_REPORT',
    `这是关于年度报告的新闻,不是报告本身:开头读作新闻(“${opening[0]}”),且没有报告的结构(格式的各部分标题、统计表或报告的开头)。`,
    `This is news about an annual report, not the report: its opening reads as news ("${opening[0]}") and it lacks a report's structure (the format's section headings, a statistics table, or a report's opening).`,
  );
}
