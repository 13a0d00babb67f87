// Table 4's header words in a sentence (text-only reports write 结果维持三件，…) are no table: the
// sentence's figures are read, not blocked by a "table" made of a note's dates below it.

import { describe, expect, it } from 'vitest';
import { parseReport } from '..';

const report = (section4: string) =>
  [
    '某县人民政府2019年政府信息公开工作年度报告',
    '三、收到和处理政府信息公开申请情况',
    '本年度新收政府信息公开申请5件。',
    '四、政府信息公开行政复议、行政诉讼情况',
    section4,
    '注：本表数据统计时间为2019年1月1日至2019年12月31日，共涉及3个部门。',
    '五、存在的主要问题及改进情况',
  ].join('\n');

describe('table 4 words in sentences', () => {
  it('结果维持三件，… in prose: the review figures are the sentence’s, not the note’s dates read as a table', () => {
    const out = parseReport(report('本年度发生政府信息公开行政复议四件，其中结果维持三件，结果纠正一件，其他结果零件，尚未审结零件。'));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.result.figures['review.total']).toBe(4);
    expect(out.result.figures['review.upheld']).toBe(3);
    expect(out.result.provenance['review.upheld']?.via).toBe('narrative');
  });

  it('the same words as a header still make a table', () => {
    const out = parseReport(report('结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计\n行政复议 | 3 | 1 | 0 | 0 | 4'));
    expect(out.ok && out.result.issues.some((i) => i.code === 'TABLE_MISSING' && i.message.en.includes('reviews'))).toBe(false);
  });
});

describe('table 4 as a list', () => {
  const GROUPS = ['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'];
  const OUTCOMES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const values = [
    [1, 0, 8, 0, 9],
    [0, 2, 0, 0, 2],
    [5, 6, 6, 1, 18],
  ];
  const expectRead = (section4: string) => {
    const out = parseReport(report(section4));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(['review', 'litigationDirect', 'litigationAfterReview'].map((g) => out.result.figures[`${g}.total`])).toEqual([9, 2, 18]);
    expect(out.result.figures['review.other']).toBe(8);
    expect(out.result.figures['litigationAfterReview.pending']).toBe(1);
  };

  it('a line per outcome, the group named on every line or once', () => {
    const lines = (every: boolean) =>
      GROUPS.flatMap((g, i) => OUTCOMES.map((o, k) => `${every || k === 0 ? g : ''}\t${o}\t${values[i]![k]}`)).join('\n');
    expectRead(`项目\t数量\n${lines(true)}`);
    expectRead(`项目\t数量\n${lines(false)}`);
  });

  it('a sentence per group, a note with dates below', () => {
    expectRead(GROUPS.map((g, i) => `${g}：${OUTCOMES.map((o, k) => `${o}${values[i]![k]}件`).join('，')}。`).join('\n'));
  });
});

describe('table 4 printing more numbers than its cells', () => {
  const HEADER = '行政复议\n行政诉讼\n未经复议直接起诉\n复议后起诉\n结果维持\n结果纠正\n其他结果\n尚未审结\n总计';
  it('fifteen taken from more (1 0 letter-spaced for 10) are read only when each group’s total holds', () => {
    // 0 0 10 0 10 | 5 0 0 0 5 | 0 0 0 0 0, the 10s printed 1 0: seventeen numbers
    const spaced = ['0', '0', '1 0', '0', '1 0', '5', '0', '0', '0', '5', '0', '0', '0', '0', '0'];
    const out = parseReport(report(`${HEADER}\n${spaced.join('\n')}`));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const figures = ['review', 'litigationDirect', 'litigationAfterReview'].flatMap((g) =>
      ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => out.result.figures[`${g}.${c}`]),
    );
    expect(figures.filter((v) => v !== null && v !== undefined)).toEqual([]);
  });
});
