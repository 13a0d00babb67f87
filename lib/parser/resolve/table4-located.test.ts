// Table 4 (行政复议、行政诉讼) found and read when its header's words are damaged, as a scan leaves
// them (a seal over them, a character misread: 复议 → 复仪, 诉讼 → 诉松), split over cells and
// lines, or lost: by its section heading's pieces, its header's remaining words after table 3's
// last row, or its place there and its shape (fifteen cells, its groups' totals). Never from
// numbers that are not its own: a row whose totals refute it, or a table with its groups across,
// is left unread. The report is seed 000 (its table 3 printed a cell per line) with its table 4
// section replaced by the recognised text of a scan (cells parted by `|`, lines by rows).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '..';
import { normalizeText } from '../normalize';
import { segment } from '../segment';

const seed = readFileSync(path.join(import.meta.dirname, '../../../data/reports/seeds/000-fuyang-2020.txt'), 'utf8');
const HEADING = '四、政府信息公开行政复议和行政诉讼情况';
const before = seed.slice(0, seed.indexOf(HEADING));
const after = seed.slice(seed.indexOf('五、存在的主要问题及改进情况'));

const GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'];
const OUTCOMES = ['upheld', 'corrected', 'other', 'pending', 'total'];
/** The seed's table 4, as its text prints it. */
const VALUES = [17, 7, 8, 0, 32, 20, 2, 3, 3, 28, 3, 2, 0, 0, 5];
const ROW = VALUES.join(' | ');

function table4(section: string) {
  const out = parseReport(`${before}${section}\n\n${after}`);
  if (!out.ok) throw new Error(out.refusal.code);
  const { figures, provenance, issues } = out.result;
  const values = GROUPS.flatMap((g) => OUTCOMES.map((o) => figures[`${g}.${o}`] ?? null));
  return { values, provenance, issues, figures };
}

const expectRead = (section: string) => {
  const r = table4(section);
  expect(r.values).toEqual(VALUES);
  expect(r.provenance['review.upheld']?.via).toBe('table');
  // table 3 is untouched: its last row and its total
  expect(r.figures['carriedForward.total']).toBe(37);
  expect(r.figures['applications.new.total']).toBe(835);
};
/** No cell of table 4 read from the numbers given (the report's sentences may still state a figure). */
const expectUnread = (section: string) => {
  const r = table4(section);
  const fromTable = GROUPS.flatMap((g) => OUTCOMES.map((o) => `${g}.${o}`)).filter((k) => r.provenance[k]?.via === 'table');
  expect(fromTable).toEqual([]);
  // table 3's last row read right, or blank where table 4's cells run on from it a line each (as on main)
  expect([37, null]).toContain(r.figures['carriedForward.total']);
};

describe('table 4 with its header damaged as a scan reads it', () => {
  it('the whole header read (the control)', () => {
    expectRead(
      [
        '四、政府信息公开行政复议、行政诉讼情况',
        '行政复议 | 行政诉讼',
        '未经复议直接起诉 | 复议后起诉',
        '结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计',
        ROW,
      ].join('\n'),
    );
  });

  it('every header word misread by a character (复仪, 诉松, 起拆), the outcome words wrapped in two lines', () => {
    expectRead(
      [
        '四、政府信息公开行政复仪、行政诉松情况',
        '行政复仪 | 行政诉松',
        '未经复仪直接起拆 | 复仪后起拆',
        '结果 | 结果 | 其他 | 尚未 | 总计 | 结果 | 结果 | 其他 | 尚未 | 总计 | 结果 | 结果 | 其他 | 尚未 | 总计',
        '维持 | 纠正 | 结果 | 审结 | 维持 | 纠正 | 结果 | 审结 | 维持 | 纠正 | 结果 | 审结',
        ROW,
      ].join('\n'),
    );
  });

  it('the heading lost (a seal over it), the header words split over cells and lines', () => {
    expectRead(
      ['进 | 饼', '未经复 | 议直接起诉 | 复议 | 后起诉', '结果 | 结果 | 其他 | 尚未', '维持 | 纠正 | 结果 | 审结', ROW].join('\n'),
    );
  });

  it('the heading and every header line lost: the fifteen cells after table 3 read by their shape', () => {
    expectRead(ROW);
  });

  it('the groups printed down, three rows of five, their names misread', () => {
    const rows = [0, 1, 2].map((g) => VALUES.slice(5 * g, 5 * g + 5).join(' | '));
    expectRead(
      ['四、政府信息公开行政复仪、行政诉松情况', `行政复仪 | ${rows[0]}`, `直接起拆 | ${rows[1]}`, `复仪后起拆 | ${rows[2]}`].join('\n'),
    );
  });

  it('a cell unreadable (?) and a seal mark read as ? on a line of its own: the others read, that cell blank', () => {
    const cells = VALUES.map(String);
    cells[4] = '?';
    const r = table4(['四、政府信息公开行政复议、行政诉讼情况', '行政复议 | 行政诉讼', '进 | 饼', cells.join(' | '), '?'].join('\n'));
    expect(r.values).toEqual(VALUES.map((v, i) => (i === 4 ? null : v)));
    expect(r.issues.some((i) => i.code === 'CELL_UNREADABLE' && i.keys?.includes('review.total'))).toBe(true);
  });
});

describe('table 4 by its shape: never another table’s numbers', () => {
  it('header lost and a misread cell refuting its group’s total (17 read 11): nothing read', () => {
    expectUnread(ROW.replace('17', '11'));
  });

  it('header lost, the groups across and the outcomes down (five rows of three): nothing read, even where the sums hold', () => {
    const down = (values: number[]) => [0, 1, 2, 3, 4].map((o) => [0, 1, 2].map((g) => values[5 * g + o]).join(' | ')).join('\n');
    expectUnread(down(VALUES));
    // 0 0 0 0 0 | 0 1 0 0 1 | 1 0 0 0 1 printed down reads, in print order, 0 0 1 0 1 | 0 0 0 0 0 | 0 0 0 1 1:
    // every group's total holding, and review's figures wrong
    expectUnread(down([0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 0, 1]));
  });

  it('header lost, the cells a line each right after table 3’s last row a cell a line: where that row ends cannot be told, nothing read', () => {
    expectUnread(ROW.replaceAll(' | ', '\n'));
  });

  it('fourteen cells (one lost) with no header: not read by position', () => {
    expectUnread(VALUES.slice(1).join(' | '));
  });

  it('the section in sentences only: no table (its figures are the sentences’)', () => {
    const r = table4(
      '四、政府信息公开行政复仪、行政诉松情况\n本年度发生政府信息公开行政复议4件，其中结果维持3件，结果纠正1件。注：统计时间为2020年1月1日至2020年12月31日。',
    );
    expect(r.values[0]).toBe(3);
    expect(r.provenance['review.upheld']?.via).toBe('narrative');
  });
});

describe('segment: table 4’s heading by a piece of its words', () => {
  it('only on the heading’s own line: table 3’s row 四、结转下年度继续办理 | 4 before table 4’s header is no heading', () => {
    const text = ['三、收到和处理政府信息公开申请情况', '本年新收 | 5', '四、结转下年度继续办理 | | | 4', '行政复议 | 行政诉讼', ROW].join(
      '\n',
    );
    const seg = segment(normalizeText(text));
    expect(seg.sections.map((s) => s.n)).toEqual([3]);
    expect(text.slice(...seg.table3!)).toContain('结转下年度继续办理 | | | 4');
  });

  it('四、 with 行政复仪、行政诉松 (a character of each misread) is table 4’s heading, and ends table 3', () => {
    const text = ['三、收到和处理政府信息公开申请情况', '本年新收 | 5', '四、政府信息公开行政复仪、行政诉松情况', ROW].join('\n');
    const seg = segment(normalizeText(text));
    expect(seg.sections.map((s) => s.n)).toEqual([3, 4]);
    expect(text.slice(...seg.table3!)).not.toContain(ROW);
    expect(text.slice(...seg.table4!)).toContain(ROW);
  });
});

describe('segment: table 3’s heading by a piece of its words', () => {
  it('三、收到和外理政府信息公开申靖情况 (a character of each word misread) is table 3’s heading', () => {
    const text = [
      '二、主动公开政府信息情况',
      '三、收到和外理政府信息公开申靖情况',
      '申清人情况 | 自然人',
      '本午新收 | 5',
      '四、政府信息公开行政复议、行政诉讼情况',
      ROW,
    ].join('\n');
    const seg = segment(normalizeText(text));
    expect(seg.sections.map((s) => s.n)).toEqual([2, 3, 4]);
    expect(text.slice(...seg.table3!)).toContain('本午新收 | 5');
  });
});
